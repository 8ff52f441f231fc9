# Sourced by bench/peer.sh and bench/sidebyside.sh: waiting for a server's ready line, and wrk driving console D T
# (bench/peer.lua) at a server on loopback.

# Waits until the file $1 has a whole line containing $2 (up to its newline: a line still being written would give
# half a port number), while process $3 lives, for at most $4 seconds; prints the line's last number (the port).
# Returns 1 if the process ended or the time ran out first.
await_ready_port() {
  local log="$1" ready="$2" pid="$3" limit_ns=$(( $4 * 1000000000 )) began line
  began=$(date +%s%N)
  until { tr '\n' '\001' < "$log"; } 2>/dev/null | grep -q "$ready[^$(printf '\001')]*$(printf '\001')"; do
    if [ $(( $(date +%s%N) - began )) -gt "$limit_ns" ] || ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    sleep 0.002
  done
  line=$(grep -m1 "$ready" "$log")
  echo "$line" | grep -oE '[0-9]+[^0-9]*$' | grep -oE '^[0-9]+'
}

# wrk against https://127.0.0.1:$1 for $2 seconds with $3 keep-alive connections, each pausing $4 ms after each
# answer (0: saturation); prints bench/peer.lua's RESULT line, or nothing when wrk gave none.
wrk_dt() {
  WRK_PAUSE_MS="$4" wrk -t1 -c"$3" -d"$2"s --timeout 5s -s "$(dirname "${BASH_SOURCE[0]}")/peer.lua" \
      "https://127.0.0.1:$1/zosmf/restconsoles/consoles/defcn" | grep '^RESULT'
}
