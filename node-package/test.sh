#!/usr/bin/env bash
# Tests the packed npm package as a user gets it: the package's own tests, then the tarball installed into a fresh
# project (target/consumer) that runs the README's example tests with node --test, Jest and Vitest and type-checks a
# TypeScript example. The consumer installs nothing but the tarball: its test tools and the Zowe SDKs resolve from
# this folder's node_modules (one npm install per build), found by Node's usual walk up the folders.
set -euo pipefail
cd "$(dirname "$0")"
tools=$PWD/node_modules/.bin
tarball=$(ls target/zosmf-sim-*.tgz)

node --test test/

consumer=target/consumer
rm -rf "$consumer"
mkdir -p "$consumer"
cp -r examples/. "$consumer/"
echo '{ "name": "zosmf-sim-consumer", "private": true }' > "$consumer/package.json"
(cd "$consumer" && npm install --no-audit --no-fund --offline --loglevel=error "../$(basename "$tarball")")
[ ! -e "$consumer/node_modules/zosmf-sim/src" ] || { echo "node-package: the tarball carries the sources" >&2; exit 1; }

(cd "$consumer/node-test" && node --test)
(cd "$consumer/jest" && "$tools/jest" --ci)
(cd "$consumer/vitest" && "$tools/vitest" run)
(cd "$consumer/typescript" && "$tools/tsc" -p tsconfig.json)
