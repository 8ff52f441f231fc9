#!/usr/bin/env bash
# Cold start of the CLI: process start to the line "zosmf-sim ready on ...", default scenario, certificates
# generated. Runs N times (default 5) and prints each time and the median, in milliseconds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/simulator/target/zosmf-sim-0.1.0-SNAPSHOT-all.jar"
runs="${1:-5}"
[ -f "$jar" ] || { echo "cold-start: build first (mvn -B -DskipTests install)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
times=()
for i in $(seq 1 "$runs"); do
  log="$work/run$i.log"
  start=$(date +%s%N)
  java -jar "$jar" --port 0 --out "$work/out$i" > "$log" 2>&1 &
  pid=$!
  deadline=$(( start + 30000000000 ))
  until grep -q "zosmf-sim ready on" "$log"; do
    if [ "$(date +%s%N)" -gt "$deadline" ] || ! kill -0 "$pid" 2>/dev/null; then
      echo "cold-start: run $i did not get ready:" >&2; cat "$log" >&2; exit 1
    fi
    sleep 0.002
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  times+=( $(( (end - start) / 1000000 )) )
  echo "run $i: ${times[-1]} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs: ${sorted[$(( runs / 2 ))]} ms"
