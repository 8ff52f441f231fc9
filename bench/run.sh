#!/usr/bin/env bash
# Runs every benchmark of zosmf-sim and writes bench/RESULTS.md: cold start of the CLI, start + stop and the
# HOSTNAME timeout in a warm JVM (JMH), a JUnit class of 200 tests with a simulator each, the peer benchmark
# (bench/peer.sh: the simulator, WireMock and the ceiling each in its own process, driven by wrk), console D T over
# mutual TLS beside a bare Javalin ceiling in-process, 10,000 TSO sessions, and an hour-long soak on the scaled
# clock. About 5 minutes on 2 cores. Prints the machine's load average before and after. Needs wrk for the peer
# benchmark (Debian: apt-get install wrk); without it that section says so and the rest runs.
#
#   bench/run.sh                 build the jars (mvn), run everything, write bench/RESULTS.md
#   BENCH_SKIP_BUILD=1 bench/run.sh   use the jars already built
#   bench/run.sh cold-start      only the cold start (prints its section)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
simulator_jar="$here/simulator/target/zosmf-sim-0.1.0-SNAPSHOT-all.jar"
bench_jar="$here/bench/target/benchmarks.jar"
results="$here/bench/RESULTS.md"
cold_runs="${COLD_RUNS:-7}"

fail() { echo "bench: $*" >&2; exit 1; }

build() {
  command -v mvn >/dev/null || fail "mvn is not on the PATH: install Maven (and Java 17) to build the jars"
  echo "bench: building the simulator and benchmark jars (mvn -B -q -DskipTests package)..." >&2
  (cd "$here" && mvn -B -q -DskipTests -pl fixtures,simulator,bench -am package) >&2 \
    || fail "the build failed (see above); no figures were taken"
  [ -f "$simulator_jar" ] || fail "the build made no $simulator_jar"
  [ -f "$bench_jar" ] || fail "the build made no $bench_jar"
}

# Process start to the line "zosmf-sim ready on ...": the CLI on the default scenario, generating its CA and
# certificates and writing them out, in a new JVM each run. The arguments are the command that starts the CLI;
# prints the median in ms.
cold_start_median() {
  local work times=() i log start end pid deadline
  work=$(mktemp -d)
  for i in $(seq 1 "$cold_runs"); do
    log="$work/run$i.log"
    start=$(date +%s%N)
    "$@" --port 0 --out "$work/out$i" > "$log" 2>&1 &
    pid=$!
    deadline=$(( start + 60000000000 ))
    until grep -q "zosmf-sim ready on" "$log"; do
      if [ "$(date +%s%N)" -gt "$deadline" ] || ! kill -0 "$pid" 2>/dev/null; then
        cat "$log" >&2; rm -rf "$work"; fail "cold start run $i did not get ready"
      fi
      sleep 0.002
    done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    times+=( $(( (end - start) / 1000000 )) )
  done
  rm -rf "$work"
  echo "bench: cold start ($*): ${times[*]} ms" >&2
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( cold_runs / 2 + 1 ))p"
}

cold_start() {
  local plain launcher
  plain=$(cold_start_median java -jar "$simulator_jar")
  # the launcher records its class-data archive on its first start after a build; that start is not measured
  "$here/zosmf-sim" --list-scenarios > /dev/null
  launcher=$(cold_start_median "$here/zosmf-sim")
  cat <<SECTION
### Cold start of the command line

Process start to the line \`zosmf-sim ready on ...\` (default scenario, CA and certificates generated and written),
polled every 2 ms; median of $cold_runs runs, each in a new JVM. First \`./zosmf-sim --port 0 --out DIR\`, the
command the README gives: it runs the JVM with a class-data archive of the simulator's classes (recorded by one
training start after each build, \`-XX:ArchiveClassesAtExit\`, then \`-XX:SharedArchiveFile\`), C2 deferred
to ten times its usual call counts (\`-XX:Tier4InvocationThreshold=50000\` and the like) and the serial collector. Then plain \`java -jar
simulator/target/zosmf-sim-0.1.0-SNAPSHOT-all.jar --port 0 --out DIR\` for comparison.

| figure | simulator | ceiling | ratio | target | met | note |
| --- | ---: | ---: | ---: | --- | --- | --- |
| cold start to the ready line, \`./zosmf-sim\` | $launcher ms |  |  | <= 1.0 s | $([ "$launcher" -le 1000 ] && echo yes || echo "**no**") | what users run |
| cold start to the ready line, plain \`java -jar\` | $plain ms |  |  |  |  | no start-up options |

SECTION
}

machine() {
  cat <<SECTION
- date: $(date -u '+%Y-%m-%d %H:%M UTC')
- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(uname -sr)
- java: $(java -version 2>&1 | head -2 | tail -1)
- commit: $(cd "$here" && git rev-parse --short HEAD 2>/dev/null || echo unknown)$(cd "$here" && git diff --quiet HEAD 2>/dev/null || echo " with uncommitted changes")
- load average before: $(cut -d' ' -f1-3 /proc/loadavg)
SECTION
}

if [ "${1:-}" = "cold-start" ]; then
  [ -f "$simulator_jar" ] || build
  cold_start
  exit 0
fi

[ "${BENCH_SKIP_BUILD:-}" = "1" ] || build
[ -f "$bench_jar" ] || fail "$bench_jar is missing: run without BENCH_SKIP_BUILD"

began=$(date +%s)
sections=$(mktemp -d)
trap 'rm -rf "$sections"' EXIT
echo "bench: load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
machine > "$sections/0-machine.md"
echo "bench: cold start..." >&2
cold_start > "$sections/1-cold.md"
for figure in jmh pertest peer "network beside-peer" scale soak; do
  name=${figure%% *}
  echo "bench: $figure..." >&2
  if [ "$figure" = peer ]; then
    if command -v wrk > /dev/null; then
      "$here/bench/peer.sh" --print > "$sections/2-$name.md" || fail "the peer benchmark failed"
    else
      printf '### Peer benchmark\n\nNot run: wrk is not installed (Debian: apt-get install wrk).\n\n' \
          > "$sections/2-$name.md"
    fi
    continue
  fi
  # shellcheck disable=SC2086 # the figure's options are words
  java -jar "$bench_jar" $figure > "$sections/2-$name.md" \
    || fail "the $figure benchmark failed: $(tail -5 "$sections/2-$name.md")"
done
took=$(( $(date +%s) - began ))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: load average after: $load_after" >&2

{
  cat <<HEAD
# zosmf-sim benchmark results

Written by \`bench/run.sh\` (the whole run took ${took} s). Every network figure is measured in the same run beside a
*ceiling*: a bare Javalin server on the simulator's own Jetty/TLS settings (\`TlsPort\`) and the same kind of
certificates, answering a fixed small JSON body. The peer benchmark also puts WireMock, the usual HTTP stub server,
beside them, each server in its own process and the load generator (wrk) outside all of them; the in-process
figures after it share the JVM and the two cores with their load driver. The ratio is simulator / ceiling (or
simulator / peer).

$(cat "$sections/0-machine.md")
- load average after: $load_after

The machine is shared (other builds may run beside the benchmark); absolute figures move with that, the ratios
less, since the simulator and the ceiling are measured back to back, interleaved, and each figure is a median.

## Figures

HEAD
  cat "$sections/1-cold.md" "$sections/2-jmh.md" "$sections/2-pertest.md" "$sections/2-peer.md" \
      "$sections/2-network.md" "$sections/2-scale.md" "$sections/2-soak.md"
  if [ -f "$here/bench/NOTES.md" ]; then
    echo
    cat "$here/bench/NOTES.md"
  fi
} > "$results"
echo "bench: wrote $results in ${took} s" >&2
