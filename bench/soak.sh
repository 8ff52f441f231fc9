#!/usr/bin/env bash
# The soak on its own: an hour of mixed traffic on the scaled clock (60 times real time by default, so it takes
# about a minute; give another time scale as the first argument). Prints the figures as Markdown and exits non-zero
# when a check fails (growth once warm, a store over its bound, sessions left over).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_jar="$here/bench/target/benchmarks.jar"
if [ ! -f "$bench_jar" ]; then
  echo "soak: building the benchmark jar (mvn -B -q -DskipTests package)..." >&2
  (cd "$here" && mvn -B -q -DskipTests -pl fixtures,simulator,bench -am package) >&2 \
    || { echo "soak: the build failed" >&2; exit 1; }
fi
exec java -jar "$bench_jar" soak "${1:-60}"
