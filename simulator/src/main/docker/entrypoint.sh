#!/bin/sh
# The container's entry point. It turns the ZOSMF_SIM_* environment variables into zosmf-sim options and then
# becomes the JVM (exec), so that the SIGTERM of 'docker stop' reaches the simulator directly.
# Arguments given to the container come after the options made from variables, and win over them.
# ZOSMF_SIM_USERS and ZOSMF_SIM_ADMIN_TOKEN are read by the simulator itself, so that passwords and the token stay
# out of the process list.
set -eu
set -f # the values below are never file name patterns

if [ -n "${ZOSMF_SIM_TIME_SCALE:-}" ]; then set -- --time-scale "$ZOSMF_SIM_TIME_SCALE" "$@"; fi
if [ -n "${ZOSMF_SIM_CLOCK:-}" ]; then set -- --clock "$ZOSMF_SIM_CLOCK" "$@"; fi
if [ -n "${ZOSMF_SIM_LIMITS:-}" ]; then set -- --limit "$ZOSMF_SIM_LIMITS" "$@"; fi
if [ -n "${ZOSMF_SIM_HOSTNAMES:-}" ]; then set -- --hostname "$ZOSMF_SIM_HOSTNAMES" "$@"; fi
# the paths in zowe.config.json and the printed commands: the host's path of the mounted folder, or relative ones
set -- --host-out "${ZOSMF_SIM_HOST_OUT:-.}" "$@"
set -- --port "${ZOSMF_SIM_PORT:-10443}" --bind "${ZOSMF_SIM_BIND:-0.0.0.0}" \
    --out "${ZOSMF_SIM_OUT:-/var/lib/zosmf-sim}" --scenario "${ZOSMF_SIM_SCENARIO:-default}" "$@"

# JAVA_OPTS is split into words on purpose
exec java ${JAVA_OPTS:-} -jar "${ZOSMF_SIM_JAR:-/app/zosmf-sim.jar}" "$@"
