"""Starts zosmf-sim in its own JVM, waits for its ready line, and stops it with SIGTERM."""
import atexit
import collections
import functools
import json
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union
from urllib.parse import urlsplit

from .admin import AdminClient
from .class_data import class_data_plan
from .java import find_java
from .scenario_passwords import scenario_passwords

_READY = re.compile(r"^zosmf-sim ready on (https://\S+)")
# a harness starts far more often than it runs long: the client compiler and the serial collector start fastest
_FAST_START = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"]
_KEPT_LINES = 200


@dataclass(frozen=True)
class User:
    """A user of the system at start, and the files the simulator wrote for it."""

    userid: str
    special: bool
    password: Optional[str] = None
    cert_path: Optional[str] = None
    key_path: Optional[str] = None
    p12_path: Optional[str] = None

    @property
    def cert(self) -> Tuple[str, str]:
        """(certificate, key) paths, as requests' cert= takes them."""
        if self.cert_path is None or self.key_path is None:
            raise LookupError(f'{self.userid} has no client certificate; give it one with "{self.userid}:PASSWORD:cert"')
        return (self.cert_path, self.key_path)

    @property
    def auth(self) -> Tuple[str, str]:
        """(userid, password), as requests' auth= takes them."""
        if self.password is None:
            raise LookupError(f"the password of {self.userid} is not known")
        return (self.userid, self.password)


UserOption = Union[str, Dict[str, Any]]


def _user_argument(user: UserOption) -> str:
    if isinstance(user, str):
        return user
    flags = (["special"] if user.get("special") else []) + (["cert"] if user.get("certificate") else [])
    return ":".join([user["userid"], user["password"], *flags])


class ZosmfSim:
    """A running zosmf-sim: its URL, CA, users' certificates, and admin API. Also a context manager."""

    def __init__(self, url: str, out_dir: str, admin_token: str, users: Iterable[User],
                 process: Optional[subprocess.Popen] = None, remove_out_dir: bool = False,
                 output: Optional[collections.deque] = None):
        self.url = url
        parts = urlsplit(url)
        self.host = parts.hostname
        self.port = parts.port
        self.out_dir = out_dir
        self.ca_path = os.path.join(out_dir, "ca.pem")
        self.admin_token = admin_token
        self.admin = AdminClient(url, admin_token, self.ca_path)
        self._users = {user.userid.upper(): user for user in users}
        self._process = process
        self._remove_out_dir = remove_out_dir
        self._output = output if output is not None else collections.deque()
        self._killer: Optional[Any] = None
        self._finish_class_data: Optional[Callable[[bool], None]] = None

    @classmethod
    def start(cls, scenario: Optional[str] = None, users: Sequence[UserOption] = (), clock: Optional[str] = None,
              time_scale: Optional[float] = None, port: int = 0, java: Optional[str] = None,
              java_options: Sequence[str] = (), jar: Optional[str] = None, out_dir: Optional[str] = None,
              admin_token: Optional[str] = None, start_timeout: float = 60.0,
              class_data_archive: bool = True) -> "ZosmfSim":
        """Starts a simulator and returns once it serves (about a second).

        scenario: a shipped name ("default", "hostname-missing", ...) or a scenario YAML file;
        users: "USERID:PASSWORD[:special][:cert]" or {"userid", "password", "special", "certificate"};
        clock: "system", "manual" or "scaled" (with time_scale); port 0 picks a free port on 127.0.0.1;
        class_data_archive: record a class-data archive beside the jar at the first stop and map it at later starts.
        """
        if not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValueError(f"port: expected 0-65535, got {port}")
        if time_scale is not None and not time_scale > 0:
            raise ValueError(f"time_scale: expected a number above 0, got {time_scale}")
        runtime = find_java(java)
        jar = jar or bundled_jar()
        remove_out_dir = out_dir is None
        out_dir = os.path.abspath(out_dir or tempfile.mkdtemp(prefix="zosmf-sim-"))
        admin_token = admin_token or secrets.token_hex(18)
        args = ["--port", str(port), "--out", out_dir, "--admin-token", admin_token]
        if scenario is not None:
            args += ["--scenario", str(scenario)]
        for user in users:
            args += ["--user", _user_argument(user)]
        if clock is not None:
            args += ["--clock", clock]
        if time_scale is not None:
            args += ["--time-scale", str(time_scale)]
        class_data, finish_class_data = class_data_plan(runtime.executable, jar) if class_data_archive else ([], None)
        process = subprocess.Popen([runtime.executable, *_FAST_START, *class_data, *java_options, "-jar", jar, *args],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   text=True, encoding="utf-8", errors="replace")
        killer = functools.partial(_kill, process, finish_class_data)
        atexit.register(killer)
        output: collections.deque = collections.deque(maxlen=_KEPT_LINES)
        ready: Dict[str, str] = {}
        seen = threading.Event()
        threading.Thread(target=_read, args=(process, output, ready, seen), daemon=True,
                         name=f"zosmf-sim-{process.pid}-output").start()
        try:
            if not seen.wait(start_timeout):
                raise RuntimeError(f"zosmf-sim was not ready within {start_timeout} s; its output:\n" +
                                   "\n".join(output))
            if "url" not in ready:
                process.wait(10)
                raise RuntimeError(f"zosmf-sim stopped before it was ready (exit {process.returncode}); its output:\n"
                                   + "\n".join(output))
            url = ready["url"]
            admin = AdminClient(url, admin_token, os.path.join(out_dir, "ca.pem"))
            passwords = scenario_passwords(admin.scenario())
            passwords.update(_given_passwords(users))
            described = [_describe_user(out_dir, user["userid"], user["special"],
                                        passwords.get(user["userid"].upper())) for user in admin.users()]
        except BaseException:
            _stop(process, finish_class_data)
            atexit.unregister(killer)
            if remove_out_dir:
                shutil.rmtree(out_dir, ignore_errors=True)
            raise
        sim = cls(url, out_dir, admin_token, described, process, remove_out_dir, output)
        sim._killer = killer
        sim._finish_class_data = finish_class_data
        return sim

    @classmethod
    def attach(cls, description: Union[str, Dict[str, Any]]) -> "ZosmfSim":
        """A handle on a simulator another process started, from its describe(); its stop() leaves it running."""
        facts = json.loads(description) if isinstance(description, str) else description
        return cls(facts["url"], facts["out_dir"], facts["admin_token"], [User(**user) for user in facts["users"]])

    def describe(self) -> Dict[str, Any]:
        """Plain JSON-able facts for another process: ZosmfSim.attach(description)."""
        return {"url": self.url, "out_dir": self.out_dir, "admin_token": self.admin_token,
                "users": [asdict(user) for user in self._users.values()]}

    @property
    def users(self) -> List[User]:
        return list(self._users.values())

    def user(self, userid: str) -> User:
        try:
            return self._users[userid.upper()]
        except KeyError:
            raise LookupError(f"zosmf-sim has no user {userid}; it has {', '.join(self._users)}") from None

    @property
    def ca_pem(self) -> str:
        return Path(self.ca_path).read_text()

    def cert(self, userid: str) -> Tuple[str, str]:
        """The user's (certificate, key) PEM paths, for requests' cert=."""
        return self.user(userid).cert

    def cert_path(self, userid: str) -> str:
        return self.cert(userid)[0]

    def key_path(self, userid: str) -> str:
        return self.cert(userid)[1]

    def output(self) -> str:
        """The last lines the simulator printed (only for a simulator this process started)."""
        return "\n".join(self._output)

    def stop(self) -> None:
        """Stops the simulator this handle started (SIGTERM, as Ctrl-C would) and removes its temporary files."""
        if self._process is None:
            return
        process, self._process = self._process, None
        _stop(process, self._finish_class_data)
        if self._killer is not None:
            atexit.unregister(self._killer)
        if self._remove_out_dir:
            shutil.rmtree(self.out_dir, ignore_errors=True)

    def __enter__(self) -> "ZosmfSim":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"ZosmfSim({self.url})"


def start(**options: Any) -> ZosmfSim:
    """ZosmfSim.start(...), for `with zosmf_sim.start(scenario="default") as sim:`."""
    return ZosmfSim.start(**options)


def bundled_jar() -> str:
    """The simulator jar inside this package."""
    jar = Path(__file__).with_name("jar") / "zosmf-sim.jar"
    if not jar.is_file():
        raise FileNotFoundError(f"the zosmf-sim jar is missing from this package ({jar}); reinstall the package")
    return str(jar)


def _read(process: subprocess.Popen, output: collections.deque, ready: Dict[str, str], seen: threading.Event) -> None:
    for line in process.stdout:
        line = line.rstrip("\n")
        output.append(line)
        match = _READY.match(line)
        if match and not seen.is_set():
            ready["url"] = match.group(1)
            seen.set()
    seen.set()  # the output ended: the JVM stopped


def _given_passwords(users: Sequence[UserOption]) -> Dict[str, str]:
    passwords = {}
    for user in users:
        userid, password = (user.split(":")[:2] if isinstance(user, str) else (user["userid"], user["password"]))
        passwords[userid.upper()] = password
    return passwords


def _describe_user(out_dir: str, userid: str, special: bool, password: Optional[str]) -> User:
    base = os.path.join(out_dir, userid.lower())
    has_cert = os.path.isfile(base + ".pem") and os.path.isfile(base + ".key.pem")
    return User(userid=userid, special=special, password=password,
                cert_path=base + ".pem" if has_cert else None, key_path=base + ".key.pem" if has_cert else None,
                p12_path=base + ".p12" if has_cert and os.path.isfile(base + ".p12") else None)


def _stop(process: subprocess.Popen, finish_class_data: Optional[Callable[[bool], None]],
          grace: float = 20.0) -> None:
    clean = process.poll() is None  # a JVM that ended by itself (a failed start) recorded no useful archive
    if clean:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            clean = False
            process.kill()
            process.wait()
    if finish_class_data is not None:
        finish_class_data(clean)


def _kill(process: subprocess.Popen, finish_class_data: Optional[Callable[[bool], None]]) -> None:
    """At interpreter exit: a run that forgot stop() must not leave a JVM behind."""
    if process.poll() is None:
        process.kill()
        process.wait()
    if finish_class_data is not None:
        finish_class_data(False)
