#!/usr/bin/env bash
# Two builds of the simulator side by side, at the same time: each started by its own checkout's ./zosmf-sim, each
# driven by its own wrk (bench/peer.lua: console D T over keep-alive TLS), warmed up together and then measured
# together, so that whatever else the machine does hits both alike. On a shared machine whose capacity moves from
# minute to minute, this is how a change of a few per cent can be seen at all (bench/NOTES.md, issue 18).
#
#   git worktree add /tmp/before HEAD~1 && (cd /tmp/before && mvn -B -q -DskipTests -pl simulator -am package)
#   bench/sidebyside.sh /tmp/before .     prints requests/s of each and the ratio second / first, per measurement
#
# Needs wrk (Debian: apt-get install wrk) and a built jar in each checkout. SIDE_WARMUP_S (30), SIDE_SECONDS (10),
# SIDE_ROUNDS (3) and SIDE_CONNECTIONS (4, per server) change the settings. Swap the two to see any bias of order.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: bench/sidebyside.sh CHECKOUT_A CHECKOUT_B" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/wrk-dt.sh
. "$here/bench/wrk-dt.sh"
command -v wrk > /dev/null || { echo "sidebyside: wrk is not on the PATH (Debian: apt-get install wrk)" >&2; exit 1; }
warmup="${SIDE_WARMUP_S:-30}" seconds="${SIDE_SECONDS:-10}" rounds="${SIDE_ROUNDS:-3}"
connections="${SIDE_CONNECTIONS:-4}"
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
ports=()
for side in 0 1; do
  checkout="$(cd "${@:$((side + 1)):1}" && pwd)"
  [ -x "$checkout/zosmf-sim" ] || { echo "sidebyside: no zosmf-sim launcher in $checkout" >&2; exit 1; }
  ZOSMF_SIM_JAVA_OPTS="" "$checkout/zosmf-sim" --port 0 --out "$work/out$side" > "$work/log$side" 2>&1 &
  pids+=($!)
done
for side in 0 1; do
  port=$(await_ready_port "$work/log$side" "zosmf-sim ready on" "${pids[$side]}" 120) \
      || { cat "$work/log$side" >&2; exit 1; }
  ports+=("$port")
done
drive() { # port seconds -> requests
  wrk_dt "$1" "$2" "$connections" 0 | grep -oE 'requests=[0-9]+' | cut -d= -f2
}
echo "sidebyside: warming both up for $warmup s (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
# (each wait names its wrk: a bare wait would also wait for the two simulators)
drive "${ports[0]}" "$warmup" > /dev/null & first=$!
drive "${ports[1]}" "$warmup" > /dev/null; wait "$first"
for round in $(seq 1 "$rounds"); do
  drive "${ports[0]}" "$seconds" > "$work/a" & first=$!
  drive "${ports[1]}" "$seconds" > "$work/b"; wait "$first"
  a=$(cat "$work/a") b=$(cat "$work/b")
  echo "round $round: $1 $((a / seconds)) req/s, $2 $((b / seconds)) req/s, second / first $((b * 100 / a)) %"
done
