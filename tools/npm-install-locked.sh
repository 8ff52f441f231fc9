#!/usr/bin/env bash
# npm-install-locked.sh FOLDER EXECUTABLE NAME: installs FOLDER's npm packages exactly as its package-lock.json pins
# them, unless node_modules already matches the lock (EXECUTABLE, such as node_modules/.bin/zowe, then exists and a
# stamp holds the lock it was installed from). NAME starts the messages.
#
# Why 'npm install' and not 'npm ci': @zowe/cli ships its dependencies bundled, and npm 11's 'ci' refuses the lock
# file it wrote itself for such a package ("Missing: entities@8.1.0 from lock file"). 'npm install' with the lock
# installs exactly the locked versions; the check below fails the build if it ever changes the lock instead.
set -euo pipefail
folder=${1:?usage: npm-install-locked.sh FOLDER EXECUTABLE NAME}
executable=${2:?usage: npm-install-locked.sh FOLDER EXECUTABLE NAME}
name=${3:?usage: npm-install-locked.sh FOLDER EXECUTABLE NAME}
cd "$folder"
stamp=node_modules/.zosmf-sim-installed
if [ -x "$executable" ] && [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
command -v npm >/dev/null || { echo "$name: npm is needed" >&2; exit 1; }
locked=$(mktemp)
trap 'rm -f "$locked"' EXIT
cp package-lock.json "$locked"
npm install --no-audit --no-fund --loglevel=error
if ! cmp -s package-lock.json "$locked"; then
  cp "$locked" package-lock.json
  echo "$name: npm wanted to change package-lock.json; the pinned versions are no longer installable" >&2
  exit 1
fi
cp package-lock.json "$stamp"
