"""find_java: JAVA_HOME first, then PATH, and a message that says what to do when Java is missing or too old."""
import os
import stat

import pytest

import zosmf_sim
from zosmf_sim import JavaNotFoundError, find_java


def fake_jdk(tmp_path, name, version_line):
    """A folder with bin/java that prints the given 'java -version' text, as a JDK of that version does."""
    java = tmp_path / name / "bin" / "java"
    java.parent.mkdir(parents=True)
    java.write_text(f"#!/bin/sh\necho '{version_line}' >&2\n")
    java.chmod(java.stat().st_mode | stat.S_IXUSR)
    return java.parent.parent


def test_a_java_17_on_path_is_found(tmp_path):
    home = fake_jdk(tmp_path, "jdk17", 'openjdk version "17.0.15" 2025-04-15')
    runtime = find_java(env={"PATH": str(home / "bin")})
    assert (runtime.executable, runtime.version) == (str(home / "bin" / "java"), 17)


def test_java_home_wins_over_path(tmp_path):
    old = fake_jdk(tmp_path, "jdk11", 'openjdk version "11.0.2" 2019-01-15')
    new = fake_jdk(tmp_path, "jdk21", 'openjdk version "21" 2023-09-19')
    assert find_java(env={"PATH": str(old / "bin"), "JAVA_HOME": str(new)}).version == 21


def test_java_8_is_refused_saying_which_java_and_what_to_do(tmp_path):
    home = fake_jdk(tmp_path, "jdk8", 'java version "1.8.0_392"')
    with pytest.raises(JavaNotFoundError, match=r"needs Java 17 or newer, but .*bin/java is Java 8; set JAVA_HOME"):
        find_java(env={"JAVA_HOME": str(home)})


def test_no_java_anywhere_says_so(tmp_path):
    with pytest.raises(JavaNotFoundError, match="found no 'java' on PATH and JAVA_HOME is not set"):
        find_java(env={"PATH": str(tmp_path)})


def test_a_java_home_without_java_says_so(tmp_path):
    with pytest.raises(JavaNotFoundError, match=r"JAVA_HOME is .*, but .*bin/java does not exist"):
        find_java(env={"JAVA_HOME": str(tmp_path)})


def test_start_refuses_an_old_java_before_anything_starts(tmp_path):
    home = fake_jdk(tmp_path, "jdk11", 'openjdk version "11.0.2" 2019-01-15')
    with pytest.raises(JavaNotFoundError, match="is Java 11"):
        zosmf_sim.start(java=str(home / "bin" / "java"))
