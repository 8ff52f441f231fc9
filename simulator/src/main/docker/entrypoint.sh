#!/bin/sh
# The container's entry point. It turns the ZOSMF_SIM_* environment variables into zosmf-sim options and then
# becomes the JVM (exec), so that the SIGTERM of 'docker stop' reaches the simulator's shutdown hook directly.
# Arguments given to the container come after the options made from variables, and win over them.
set -eu
set -f # the lists below are split into words on purpose; they are never file name patterns

if [ -n "${ZOSMF_SIM_TIME_SCALE:-}" ]; then set -- --time-scale "$ZOSMF_SIM_TIME_SCALE" "$@"; fi
if [ -n "${ZOSMF_SIM_CLOCK:-}" ]; then set -- --clock "$ZOSMF_SIM_CLOCK" "$@"; fi
if [ -n "${ZOSMF_SIM_HOSTNAMES:-}" ]; then set -- --hostname "$ZOSMF_SIM_HOSTNAMES" "$@"; fi
# USERID:PASSWORD[:special][:cert] entries separated by blanks; prepended last one first to keep their order
reversed=""
for user in ${ZOSMF_SIM_USERS:-}; do reversed="$user $reversed"; done
for user in $reversed; do set -- --user "$user" "$@"; done
set -- --port "${ZOSMF_SIM_PORT:-10443}" --bind "${ZOSMF_SIM_BIND:-0.0.0.0}" \
    --out "${ZOSMF_SIM_OUT:-/var/lib/zosmf-sim}" --scenario "${ZOSMF_SIM_SCENARIO:-default}" "$@"

# JAVA_OPTS is split into words on purpose
exec java ${JAVA_OPTS:-} -jar "${ZOSMF_SIM_JAR:-/app/zosmf-sim.jar}" "$@"
