#!/usr/bin/env bash
# Builds the npm package: installs the pinned tools (once per lock file), copies the simulator's fat jar in, compiles
# the TypeScript and packs target/zosmf-sim-<version>.tgz. Nothing is downloaded when the package is installed.
#
# The pinned tools come through tools/npm-install-locked.sh, as the Zowe CLI of client-tests does.
set -euo pipefail
cd "$(dirname "$0")"
jar=${1:?usage: build.sh SIMULATOR_JAR}
command -v node >/dev/null || { echo "node-package: node and npm are needed to build the npm package" >&2; exit 1; }
command -v npm >/dev/null || { echo "node-package: npm is needed to build the npm package" >&2; exit 1; }
[ -f "$jar" ] || { echo "node-package: the simulator jar $jar is missing; build the simulator module first" >&2; exit 1; }

bash ../tools/npm-install-locked.sh "$PWD" node_modules/.bin/tsc node-package

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
