#!/usr/bin/env bash
# Installs the Zowe CLI pinned in package-lock.json, unless node_modules already matches the lock file.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.zosmf-sim-installed
if [ -x node_modules/.bin/zowe ] && [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
command -v npm >/dev/null || { echo "install-zowe-cli: npm is needed for the Zowe CLI client tests" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
