#!/usr/bin/env bash
# Builds the npm package: installs the pinned tools (once per lock file), copies the simulator's fat jar in, compiles
# the TypeScript and packs target/zosmf-sim-<version>.tgz. Nothing is downloaded when the package is installed.
#
# 'npm install' with the lock, not 'npm ci', as in client-tests/install-zowe-cli.sh; the check below fails the build
# if npm ever changes the lock instead of following it.
set -euo pipefail
cd "$(dirname "$0")"
jar=${1:?usage: build.sh SIMULATOR_JAR}
command -v node >/dev/null || { echo "node-package: node and npm are needed to build the npm package" >&2; exit 1; }
command -v npm >/dev/null || { echo "node-package: npm is needed to build the npm package" >&2; exit 1; }
[ -f "$jar" ] || { echo "node-package: the simulator jar $jar is missing; build the simulator module first" >&2; exit 1; }

stamp=node_modules/.zosmf-sim-installed
if ! { [ -x node_modules/.bin/tsc ] && [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; }; then
  locked=$(mktemp)
  trap 'rm -f "$locked"' EXIT
  cp package-lock.json "$locked"
  npm install --no-audit --no-fund --loglevel=error
  if ! cmp -s package-lock.json "$locked"; then
    cp "$locked" package-lock.json
    echo "node-package: npm wanted to change package-lock.json; the pinned versions are no longer installable" >&2
    exit 1
  fi
  cp package-lock.json "$stamp"
fi

mkdir -p jar target
# the jar keeps its time stamp, so the class-data archive that the package's tests record beside it (named after the
# jar's size and time) stays valid until the simulator changes; then the old one goes
if ! cmp -s "$jar" jar/zosmf-sim.jar; then
  rm -f jar/zosmf-sim-*.jsa*
  cp -p "$jar" jar/zosmf-sim.jar
fi
rm -rf dist
node_modules/.bin/tsc -p tsconfig.json
rm -f target/zosmf-sim-*.tgz
npm pack --pack-destination target --loglevel=error >/dev/null
ls -l target/zosmf-sim-*.tgz
