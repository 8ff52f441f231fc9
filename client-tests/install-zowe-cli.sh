#!/usr/bin/env bash
# Installs the Zowe CLI pinned in package-lock.json, unless node_modules already matches the lock file.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec bash "$here/../tools/npm-install-locked.sh" "$here" node_modules/.bin/zowe install-zowe-cli
