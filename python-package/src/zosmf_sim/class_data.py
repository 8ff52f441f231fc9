"""A class-data archive of the simulator's classes, beside the jar: about half a second off each JVM start.

The first start with a given java records one when its JVM exits (about 1.4 s more at stop); later starts map it.
It is named after the java and the jar it was made with, because an archive only fits the JVM build and jar that
made it (a JVM that finds one that does not fit ignores it). Concurrent first starts each record to their own file
and rename it. A read-only install starts without one.
"""
import hashlib
import os
import secrets
from typing import Callable, List, Tuple

_QUIET = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"]


def _nothing(clean_exit: bool) -> None:
    pass


def class_data_plan(java: str, jar: str) -> Tuple[List[str], Callable[[bool], None]]:
    """The JVM options for one start, and what to call (clean_exit: ended on SIGTERM) once that JVM has ended."""
    folder = os.path.dirname(os.path.abspath(jar))
    if not os.access(folder, os.W_OK):
        return [], _nothing
    archive = os.path.join(folder, f"zosmf-sim-{_key(java, jar)}.jsa")
    if os.path.isfile(archive):
        return [f"-XX:SharedArchiveFile={archive}", *_QUIET], _nothing
    recording = f"{archive}.{os.getpid()}.{secrets.token_hex(4)}.tmp"

    def finish(clean_exit: bool) -> None:
        try:
            if clean_exit and os.path.isfile(recording) and os.path.getsize(recording) > 0:
                os.replace(recording, archive)
        except OSError:
            pass  # the folder went away: the next start records again
        finally:
            if os.path.exists(recording):
                os.remove(recording)

    return [f"-XX:ArchiveClassesAtExit={recording}", *_QUIET], finish


def _key(java: str, jar: str) -> str:
    real_java = os.path.realpath(java)
    jar_stat = os.stat(jar)
    text = "\0".join(map(str, [real_java, os.stat(real_java).st_mtime_ns, os.path.realpath(jar), jar_stat.st_size,
                               jar_stat.st_mtime_ns]))
    return hashlib.sha256(text.encode()).hexdigest()[:16]
