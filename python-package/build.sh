#!/usr/bin/env bash
# Builds the wheel target/dist/zosmf_sim-<version>-py3-none-any.whl with Debian's packaging tools (python3-build,
# python3-setuptools, python3-wheel) and no network: --no-isolation uses the installed setuptools instead of
# fetching it from PyPI. The simulator's fat jar goes inside the wheel. The sources are built from a copy in target/,
# so the build leaves nothing in the source tree.
set -euo pipefail
cd "$(dirname "$0")"
jar=${1:?usage: build.sh SIMULATOR_JAR}
python=/usr/bin/python3
[ -f "$jar" ] || { echo "python-package: the simulator jar $jar is missing; build the simulator module first" >&2; exit 1; }
"$python" -c 'import build, setuptools, wheel' 2>/dev/null || {
  echo "python-package: $python needs Debian's python3-build, python3-setuptools and python3-wheel (see .ci/run)" >&2
  exit 1
}
rm -rf target/build-src target/dist
mkdir -p target/build-src
cp -r pyproject.toml README.md src target/build-src/
mkdir -p target/build-src/src/zosmf_sim/jar
cp "$jar" target/build-src/src/zosmf_sim/jar/zosmf-sim.jar
"$python" -m build --no-isolation --wheel --outdir target/dist target/build-src >target/build.log 2>&1 || {
  cat target/build.log >&2
  exit 1
}
ls -l target/dist/*.whl
