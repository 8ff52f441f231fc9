#!/usr/bin/env bash
# Installs the Zowe CLI pinned in package-lock.json, unless node_modules already matches the lock file.
#
# Why 'npm install' and not 'npm ci': @zowe/cli ships its dependencies bundled, and npm 11's 'ci' refuses the lock
# file it wrote itself for such a package ("Missing: entities@8.1.0 from lock file"). 'npm install' with the lock
# installs exactly the locked versions; the check below fails the build if it ever changes the lock instead.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.zosmf-sim-installed
if [ -x node_modules/.bin/zowe ] && [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
command -v npm >/dev/null || { echo "install-zowe-cli: npm is needed for the Zowe CLI client tests" >&2; exit 1; }
locked=$(mktemp)
trap 'rm -f "$locked"' EXIT
cp package-lock.json "$locked"
npm install --no-audit --no-fund --loglevel=error
if ! cmp -s package-lock.json "$locked"; then
  cp "$locked" package-lock.json
  echo "install-zowe-cli: npm wanted to change package-lock.json; the pinned versions are no longer installable" >&2
  exit 1
fi
cp package-lock.json "$stamp"
