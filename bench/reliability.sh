#!/usr/bin/env bash
# The reliability benchmark (issue 20), on loopback only and bounded in time (about 2 minutes): ./zosmf-sim in its
# own process, 1,000 slow attackers (trickled PUT bodies to /zosmf/services/authenticate and trickled headers, a
# byte or a line every 20 s, from 127.0.0.2) and 1,000 TSO receive long polls of a logged-on user (from 127.0.0.3),
# while a well-behaved client (127.0.0.1) issues D T and measures its own p50/p99 and failures. Writes its section
# of bench/RESULTS.md (replacing an earlier one) and prints it.
#
#   bench/reliability.sh                     build the jars if missing, run, write the section
#   ATTACKERS=200 POLLERS=200 SECONDS_=30 bench/reliability.sh   a smaller run (printed only, RESULTS.md untouched)
#
#   BENCH_DIAG=1 ZOSMF_SIM_JAVA_OPTS=-XX:NativeMemoryTracking=summary bench/reliability.sh
#                                            also prints the simulator's heap, native memory and heap histogram (jcmd)
#                                            at the start and 25 s after the attack
#
# It holds the Maven lock of this machine (/tmp/zosmf-mvn.lock) while it measures, so that builds beside it do not
# distort the figures, and raises the open-file limit for the 2,000+ sockets on each side.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_jar="$here/bench/target/benchmarks.jar"
results="$here/bench/RESULTS.md"
attackers="${ATTACKERS:-1000}"
pollers="${POLLERS:-1000}"
seconds="${SECONDS_:-60}"

if [ ! -f "$bench_jar" ] || [ ! -f "$here/simulator/target/zosmf-sim-0.1.0-SNAPSHOT-all.jar" ]; then
  (cd "$here" && flock /tmp/zosmf-mvn.lock mvn -B -q -DskipTests -pl fixtures,simulator,bench -am package) >&2
fi
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 65536 2>/dev/null || true

section=$(mktemp)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s)
flock /tmp/zosmf-mvn.lock java -Xss256k -jar "$bench_jar" reliability "$attackers" "$pollers" "$seconds" -- \
  "$here/zosmf-sim" ${SIM_ARGS:-} > "$section.body"
took=$(( $(date +%s) - start ))
{
  echo "## Reliability under hostile load"
  echo
  echo "Written by \`bench/reliability.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') (took ${took} s; commit"
  echo "$(cd "$here" && git rev-parse --short HEAD)$( [ -n "$(cd "$here" && git status --porcelain)" ] && echo ' with uncommitted changes');"
  echo "$(nproc) cores, $(java -version 2>&1 | sed -n 2p), load average before: ${load_before}, after: $(cut -d' ' -f1-3 /proc/loadavg))."
  echo "The simulator is \`./zosmf-sim --port 0 --out DIR\` with the default limits (\`--limit\`: 4,000 connections,"
  echo "1,000 per client address, 64 threads, 30 s idle, 20 s header timeout, 256 bytes/s minimum body rate);"
  echo "the attackers, the long polls and the measuring client run in one other JVM and share the 2 cores with it."
  echo
  cat "$section.body"
} > "$section"
cat "$section"
if [ "$attackers" = 1000 ] && [ "$pollers" = 1000 ]; then
  python3 - "$results" "$section" <<'PY'
import sys, re
results, section = sys.argv[1], open(sys.argv[2]).read().rstrip() + "\n"
text = open(results).read()
pattern = re.compile(r"## Reliability under hostile load\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(lambda m: section.rstrip("\n"), text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(results, "w").write(text if text.endswith("\n") else text + "\n")
PY
fi
rm -f "$section" "$section.body"
