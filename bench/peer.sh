#!/usr/bin/env bash
# The peer benchmark: console D T on the simulator beside what a user would pick instead, each server in a process
# of its own, driven from outside by wrk over keep-alive TLS, in rounds that alternate between the servers:
#   - the simulator as users start it, ./zosmf-sim (C2 deferred, serial collector, class-data archive);
#   - the same with ZOSMF_SIM_JAVA_OPTS=-XX:TieredStopAtLevel=4 (both compilers at the JVM's usual thresholds: a
#     compiler option there drops the launcher's deferral of C2);
#   - WireMock standalone (fetched from Maven Central with mvn dependency:copy, never committed) over HTTPS, with a
#     stub that answers the D T body;
#   - the bare Javalin ceiling on the simulator's TLS port settings (java -jar bench/target/benchmarks.jar
#     ceiling-server).
# First each server is started cold and stopped, round after round (time to its ready line, RSS when idle); then
# all four are started and each is warmed up, and in each round every server is saturated (requests/s, RSS under
# load) and then held at a fixed rate (p50/p99). The order of the servers turns each round. Medians of the rounds,
# with ratios to WireMock and to the ceiling. About 3 minutes on 2 cores.
#
#   bench/peer.sh            run it, print the section and write it into bench/RESULTS.md (between its markers)
#   bench/peer.sh --print    run it and only print the section (bench/run.sh uses this)
# Needs wrk (Debian: apt-get install wrk) and the jars (built when missing). PEER_ROUNDS, PEER_CONNECTIONS,
# PEER_RATE, PEER_WARMUP_S, PEER_SATURATION_S, PEER_FIXED_S and WIREMOCK_VERSION change the settings.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
simulator_jar="$here/simulator/target/zosmf-sim-0.1.0-SNAPSHOT-all.jar"
bench_jar="$here/bench/target/benchmarks.jar"
results="$here/bench/RESULTS.md"
wiremock_version="${WIREMOCK_VERSION:-3.13.2}"
wiremock_jar="$here/bench/target/peer/wiremock-standalone-$wiremock_version.jar"
rounds="${PEER_ROUNDS:-3}"
connections="${PEER_CONNECTIONS:-4}"
rate="${PEER_RATE:-1000}"
warmup_s="${PEER_WARMUP_S:-20}"
saturation_s="${PEER_SATURATION_S:-3}"
fixed_s="${PEER_FIXED_S:-2}"
servers=(zosmf-sim zosmf-sim-c2 wiremock ceiling)
path="/zosmf/restconsoles/consoles/defcn"

fail() { echo "peer: $*" >&2; exit 1; }
# shellcheck source=bench/wrk-dt.sh
. "$here/bench/wrk-dt.sh"

ensure_tools() {
  command -v wrk > /dev/null || fail "wrk is not on the PATH: install it (Debian: apt-get install wrk)"
  if [ ! -f "$simulator_jar" ] || [ ! -f "$bench_jar" ]; then
    echo "peer: building the simulator and benchmark jars..." >&2
    (cd "$here" && mvn -B -q -DskipTests -pl fixtures,simulator,bench -am package) >&2 || fail "the build failed"
  fi
  if [ ! -f "$wiremock_jar" ]; then
    echo "peer: fetching WireMock $wiremock_version from Maven Central (mvn dependency:copy)..." >&2
    (cd "$here" && mvn -B -q -N dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$wiremock_version" \
        -DoutputDirectory="$here/bench/target/peer") >&2 || fail "could not fetch WireMock $wiremock_version"
  fi
  # the launcher records its class-data archive on its first start after a build; that start is not measured
  "$here/zosmf-sim" --list-scenarios > /dev/null
}

# WireMock's files: the D T stub and an EC P-256 key store (the simulator's and the ceiling's key type).
prepare_wiremock() {
  java -jar "$bench_jar" wiremock-stub "$work/wiremock"
  keytool -genkeypair -alias wiremock -keyalg EC -groupname secp256r1 -dname CN=localhost \
      -ext san=dns:localhost,ip:127.0.0.1 -validity 30 -storetype PKCS12 -keystore "$work/wiremock.p12" \
      -storepass password -keypass password > /dev/null 2>&1 || fail "keytool could not make WireMock's key store"
}

# Starts server $1 in the background: sets pid, port and cold (the time from launch to its ready line in ms).
start_server() {
  local name="$1" log="$work/$1.log" ready start now
  # emptied here, not only by the launch: the background shell may open it after the loop below first reads it
  : > "$log"
  case "$name" in
    zosmf-sim)
      ready="zosmf-sim ready on"
      start=$(date +%s%N)
      ZOSMF_SIM_JAVA_OPTS="" "$here/zosmf-sim" --port 0 --out "$work/out-$name" > "$log" 2>&1 &
      ;;
    zosmf-sim-c2)
      ready="zosmf-sim ready on"
      start=$(date +%s%N)
      ZOSMF_SIM_JAVA_OPTS="-XX:TieredStopAtLevel=4" "$here/zosmf-sim" --port 0 --out "$work/out-$name" > "$log" 2>&1 &
      ;;
    wiremock)
      ready="https-port:"
      start=$(date +%s%N)
      java -jar "$wiremock_jar" --disable-http --https-port 0 --bind-address 127.0.0.1 \
          --https-keystore "$work/wiremock.p12" --keystore-type PKCS12 --keystore-password password \
          --key-manager-password password --root-dir "$work/wiremock" --max-request-journal-entries 1000 \
          > "$log" 2>&1 &
      ;;
    ceiling)
      ready="ceiling ready on"
      start=$(date +%s%N)
      java -jar "$bench_jar" ceiling-server > "$log" 2>&1 &
      ;;
  esac
  pid=$!
  echo "$pid" >> "$work/pid"
  port=$(await_ready_port "$log" "$ready" "$pid" 60) || { cat "$log" >&2; fail "$name did not get ready"; }
  now=$(date +%s%N)
  [ -n "$port" ] || fail "no port in $name's ready line: $(grep -m1 "$ready" "$log")"
  cold=$(( (now - start) / 1000000 ))
}

stop_server() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

rss_kb() {
  awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0
}

# wrk against the server on $port for $1 seconds with WRK_PAUSE_MS=$2; prints its RESULT line.
drive() {
  wrk_dt "$port" "$1" "$connections" "$2" || fail "wrk reported no result"
}

field() { echo "$1" | tr ' ' '\n' | awk -F= -v key="$2" '$1 == key {print $2}'; }

record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$work/measurements.tsv"; }

# Phase 1, server $1 in round $2: start it cold, read its RSS once idle, stop it.
measure_start() {
  start_server "$1"
  sleep 1
  record "$1" "$2" cold_ms "$cold"
  record "$1" "$2" rss_idle_kb "$(rss_kb "$pid")"
  echo "peer: start round $2, $1: ready in $cold ms, idle RSS $(rss_kb "$pid") kB" >&2
  stop_server
}

# Phase 2, server $1 (running, pid ${pids[$1]}, port ${ports[$1]}) in round $2: saturation (RSS sampled), fixed rate.
measure_load() {
  local name="$1" round="$2" most=0 sample sat fixed errors wrk_pid
  port=${ports[$name]}
  drive "$saturation_s" 0 > "$work/sat" &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    sample=$(rss_kb "${pids[$name]}")
    [ "$sample" -gt "$most" ] && most=$sample
    sleep 0.25
  done
  wait "$wrk_pid" || fail "wrk failed against $name"
  sat=$(cat "$work/sat")
  fixed=$(drive "$fixed_s" "$(( connections * 1000 / rate ))")
  errors=$(( $(field "$sat" failed) + $(field "$sat" non2xx) + $(field "$fixed" failed) + $(field "$fixed" non2xx) ))
  record "$name" "$round" rss_load_kb "$most"
  record "$name" "$round" sat_rps "$(( $(field "$sat" requests) * 1000000 / $(field "$sat" duration_us) ))"
  record "$name" "$round" fixed_rps "$(( $(field "$fixed" requests) * 1000000 / $(field "$fixed" duration_us) ))"
  record "$name" "$round" p50_us "$(field "$fixed" p50_us)"
  record "$name" "$round" p99_us "$(field "$fixed" p99_us)"
  record "$name" "$round" errors "$errors"
  echo "peer: load round $round, $name: RSS $most kB; $sat; $fixed" >&2
}

# The servers of round $1 in the order of that round: the first server moves to the end each round.
order() {
  local i n=${#servers[@]}
  for i in $(seq 0 $(( n - 1 ))); do echo "${servers[$(( (i + $1 - 1) % n ))]}"; done
}

section() {
  local began took load_before load_after
  began=$(date +%s)
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "peer: load average before: $load_before" >&2
  : > "$work/measurements.tsv"
  prepare_wiremock
  local round name
  for round in $(seq 1 "$rounds"); do
    for name in $(order "$round"); do measure_start "$name" "$round"; done
  done
  declare -A pids ports
  for name in "${servers[@]}"; do
    start_server "$name"
    pids[$name]=$pid
    ports[$name]=$port
    drive "$warmup_s" 0 > /dev/null
  done
  for round in $(seq 1 "$rounds"); do
    for name in $(order "$round"); do measure_load "$name" "$round"; done
  done
  for name in "${servers[@]}"; do
    pid=${pids[$name]}
    stop_server
  done
  rm -f "$work/pid"
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "peer: load average after: $load_after" >&2
  took=$(( $(date +%s) - began ))
  cat <<SECTION
<!-- peer:begin -->
### Beside WireMock and the ceiling, each in its own process (peer benchmark)

\`bench/peer.sh\` (took ${took} s). Four servers, each in a process of its own: the simulator as users start it
(\`./zosmf-sim --port 0 --out DIR\`: both compilers, C2 only after ten times the usual calls, serial collector,
8 MiB initial heap, class-data archive); the same with \`ZOSMF_SIM_JAVA_OPTS=-XX:TieredStopAtLevel=4\` (both
compilers at the JVM's usual thresholds: a compiler option there drops the launcher's deferral of C2); WireMock standalone $wiremock_version
from Maven Central (plain \`java -jar\`, HTTPS only, an EC P-256 key store, the request journal bounded to 1,000
entries like the simulator's, one stub answering the D T body); and the bare Javalin ceiling on the simulator's TLS
port settings (plain \`java -jar bench/target/benchmarks.jar ceiling-server\`, a fixed JSON body of the D T answer's
size). The load comes from outside: wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), one thread,
$connections keep-alive TLS connections, \`PUT $path\` with \`{"cmd":"D T"}\`, the CSRF header and a Basic password
logon of IBMUSER on every request (wrk cannot present a client certificate, so this is the password path; the
simulator checks the password and runs the console model each time, the others check nothing).

First, $rounds rounds in which each server is started cold and stopped: the time from launch to its ready line
(polled every 2 ms) and its RSS 1 s later (idle). Then all four are started and each is warmed up for ${warmup_s} s
(JVMs with C2 need 10 s or more of it on a shared machine, the simulator's deferred C2 longer), and in each of $rounds rounds every server gets
${saturation_s} s at saturation (requests/s; RSS sampled every 0.25 s, the most seen) and then ${fixed_s} s at a fixed
rate for p50 and p99: each connection pauses $(( connections * 1000 / rate )) ms after each answer (wrk's \`delay()\`
hook in \`bench/peer.lua\`, since wrk2 is not in Debian), about $rate requests/s offered in all; latency is measured
from send to answer (no coordinated-omission correction). The servers' order turns by one each round. Medians of
the rounds. A ratio is simulator / peer, first for \`./zosmf-sim\`, then for \`TieredStopAtLevel=4\`: above 100 % is
better for requests/s, below 100 % for everything else.

- load average before: $load_before; after: $load_after ($(nproc) cores, shared with other work)

$(java -jar "$bench_jar" peer-report "$work/measurements.tsv")

<details><summary>Every round</summary>

\`\`\`
$(cat "$work/measurements.tsv")
\`\`\`
</details>
<!-- peer:end -->
SECTION
}

# Replaces the peer section of bench/RESULTS.md (between its markers) with file $1, or adds it at the end.
write_results() {
  local tmp
  tmp=$(mktemp)
  if [ -f "$results" ] && grep -q '<!-- peer:begin -->' "$results"; then
    awk -v file="$1" '
      /<!-- peer:begin -->/ { while ((getline line < file) > 0) print line; skipping = 1; next }
      /<!-- peer:end -->/ { skipping = 0; next }
      !skipping { print }' "$results" > "$tmp"
  else
    { [ -f "$results" ] && cat "$results"; echo; cat "$1"; } > "$tmp"
  fi
  mv "$tmp" "$results"
}

ensure_tools
work=$(mktemp -d)
# shellcheck disable=SC2046 # one pid a word
trap '[ -f "$work/pid" ] && kill $(cat "$work/pid") 2>/dev/null; rm -rf "$work"' EXIT
out=$(section)
printf '%s\n\n' "$out"
if [ "${1:-}" != "--print" ]; then
  printf '%s\n' "$out" > "$work/section.md"
  write_results "$work/section.md"
  echo "peer: wrote its section into $results" >&2
fi
