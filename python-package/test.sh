#!/usr/bin/env bash
# Tests the built wheel as a user gets it: installed with 'pip install --no-index' into a fresh venv that sees
# Debian's python3-pytest and python3-requests (--system-site-packages); then the package's own tests, and the
# README's examples run from a fresh project folder: the pytest example, and the script.
set -euo pipefail
cd "$(dirname "$0")"
python=/usr/bin/python3
"$python" -c 'import pytest, requests' 2>/dev/null || {
  echo "python-package: $python needs Debian's python3-pytest and python3-requests (see .ci/run)" >&2
  exit 1
}
venv=target/venv
rm -rf "$venv"
"$python" -m venv --system-site-packages "$venv"
"$venv/bin/python" -m pip install --no-index --quiet --disable-pip-version-check target/dist/zosmf_sim-*.whl

"$venv/bin/python" -m pytest -q -p no:cacheprovider tests

consumer=target/consumer
rm -rf "$consumer"
mkdir -p "$consumer"
cp examples/test_zosmf_sim_example.py examples/script_example.py "$consumer/"
venv_python=$PWD/$venv/bin/python
(cd "$consumer" && "$venv_python" -m pytest -q -p no:cacheprovider test_zosmf_sim_example.py \
   && "$venv_python" script_example.py)
