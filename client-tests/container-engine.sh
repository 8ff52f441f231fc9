#!/usr/bin/env bash
# Gets podman ready for the container tests, where podman is installed and no Docker engine is named by DOCKER_HOST:
#   - a containers.conf for this kernel (runc, no default ulimits, user-mode networking in the container's own
#     namespace) in STATE_DIR;
#   - the base image the tests build on, localhost/zosmf-sim-base-jre17, made once from Debian's packages
#     (debootstrap, as root) and kept in podman's image store, its root file system cached as a tarball under
#     /var/cache/zosmf-sim (or ~/.cache/zosmf-sim), so that a later run, or one after 'podman system reset', is fast;
#   - STATE_DIR/ready, which tells the test JVM to start 'podman system service' on STATE_DIR/podman.sock
#     (PodmanService, for as long as the tests run).
# Where any of this cannot be had, it says why in one line and exits 0: the container tests are then skipped, and
# say so ("Docker is not available").
#
#   container-engine.sh STATE_DIR
set -euo pipefail
state=${1:?usage: container-engine.sh STATE_DIR}
base=localhost/zosmf-sim-base-jre17
mkdir -p "$state"
rm -f "$state/ready"

skip() {
  echo "container-engine: container tests will be skipped: $*" >&2
  exit 0
}

[ -z "${DOCKER_HOST:-}" ] || { echo "container-engine: using DOCKER_HOST=$DOCKER_HOST" >&2; exit 0; }
command -v podman >/dev/null || skip "no podman (Debian: apt-get install podman runc slirp4netns uidmap debootstrap)"
command -v slirp4netns >/dev/null || skip "no slirp4netns (apt-get install slirp4netns)"
runtime=$(command -v runc || true)
[ -n "$runtime" ] || skip "no runc (crun fails on hybrid cgroups; apt-get install runc)"

cat > "$state/containers.conf" <<EOF
[containers]
default_ulimits = []
netns = "slirp4netns"
[engine]
runtime = "runc"
EOF
export CONTAINERS_CONF="$state/containers.conf"

if ! podman image exists "$base"; then
  if [ "$(id -u)" = 0 ] && [ -w /var/cache ]; then cache=/var/cache/zosmf-sim; else cache=${XDG_CACHE_HOME:-$HOME/.cache}/zosmf-sim; fi
  mkdir -p "$cache"
  tarball="$cache/base-jre17-bookworm.tar"
  if [ ! -s "$tarball" ]; then
    command -v debootstrap >/dev/null || skip "no image $base and no debootstrap to make it"
    [ "$(id -u)" = 0 ] || skip "no image $base, and debootstrap needs root to make it"
    echo "container-engine: making $base from Debian packages (debootstrap, about a minute, once)..." >&2
    root=$(mktemp -d "$cache/root.XXXXXX")
    trap 'rm -rf "$root"' EXIT
    debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$root" http://deb.debian.org/debian \
        > "$cache/debootstrap.log" 2>&1 || skip "debootstrap failed; see $cache/debootstrap.log"
    rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
    tar -C "$root" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
    rm -rf "$root"
    trap - EXIT
  fi
  podman import -q "$tarball" "$base" >/dev/null || skip "podman import of $tarball failed"
fi
podman run --rm --network none "$base" java -version >/dev/null 2>&1 || skip "podman cannot run $base here"
echo "$base" > "$state/ready"
