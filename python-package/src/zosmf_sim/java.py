"""Finds the java that runs the simulator, a Java 17 program, and says what to do when there is none."""
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from typing import Mapping, Optional

MINIMUM_JAVA_VERSION = 17
_EXECUTABLE = "java.exe" if os.name == "nt" else "java"


class JavaNotFoundError(RuntimeError):
    """Java is missing, cannot be run, or is older than Java 17."""


@dataclass(frozen=True)
class JavaRuntime:
    executable: str
    version: int


def find_java(explicit: Optional[str] = None, env: Optional[Mapping[str, str]] = None) -> JavaRuntime:
    """The given java, else JAVA_HOME's (when JAVA_HOME is set, as Maven and Gradle do), else the first on PATH."""
    env = os.environ if env is None else env
    executable = explicit or _from_java_home(env) or shutil.which(_EXECUTABLE, path=env.get("PATH", ""))
    if executable is None:
        raise JavaNotFoundError(
            f"zosmf-sim needs Java {MINIMUM_JAVA_VERSION} or newer, but found no '{_EXECUTABLE}' on PATH and "
            "JAVA_HOME is not set; install a JDK or JRE 17+ and put it on PATH, or set JAVA_HOME to it")
    version = _version(executable)
    if version < MINIMUM_JAVA_VERSION:
        raise JavaNotFoundError(
            f"zosmf-sim needs Java {MINIMUM_JAVA_VERSION} or newer, but {executable} is Java {version}; "
            f"set JAVA_HOME to a Java {MINIMUM_JAVA_VERSION}+ installation or put one first on PATH")
    return JavaRuntime(executable, version)


def _from_java_home(env: Mapping[str, str]) -> Optional[str]:
    home = env.get("JAVA_HOME")
    if not home:
        return None
    executable = os.path.join(home, "bin", _EXECUTABLE)
    if not os.path.isfile(executable):
        raise JavaNotFoundError(
            f"zosmf-sim needs Java {MINIMUM_JAVA_VERSION} or newer: JAVA_HOME is {home}, but {executable} does not "
            "exist; point JAVA_HOME at a Java 17+ installation or unset it to use the java on PATH")
    return executable


def _version(executable: str) -> int:
    """'java -version' names it: "1.8.0_392" is 8, "17.0.15" is 17, "21" is 21."""
    try:
        result = subprocess.run([executable, "-version"], capture_output=True, text=True, timeout=30)
    except OSError as error:
        raise JavaNotFoundError(
            f"zosmf-sim needs Java {MINIMUM_JAVA_VERSION} or newer, but {executable} could not be run: {error}") from error
    output = result.stderr + result.stdout
    match = re.search(r'version "([^"]+)"', output)
    if result.returncode != 0 or match is None:
        raise JavaNotFoundError(
            f"zosmf-sim needs Java {MINIMUM_JAVA_VERSION} or newer, but '{executable} -version' did not tell its "
            f"version (exit {result.returncode}): {output.strip()}")
    parts = re.split(r"[.\-+_]", match.group(1))
    return int(parts[1] if parts[0] == "1" else parts[0])
