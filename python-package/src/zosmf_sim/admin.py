"""The simulator's own API under /zosmf-sim/v1, authorized by its admin token (standard library only)."""
import json
import ssl
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, List, Optional, Union


class AdminError(RuntimeError):
    """The admin API answered with an error status."""

    def __init__(self, status: int, body: str, method: str, path: str):
        super().__init__(f"zosmf-sim admin API: {method} {path} answered {status}: {body}")
        self.status = status
        self.body = body


class AdminClient:
    """Clock, faults, users, sessions, journal and reset of one running simulator."""

    def __init__(self, base_url: str, token: str, ca_path: str):
        self._base_url = base_url.rstrip("/") + "/zosmf-sim/v1"
        self._token = token
        self._context = ssl.create_default_context(cafile=ca_path)

    def clock(self) -> Dict[str, Any]:
        """{"mode": "manual", "now": ISO-8601 instant, "scale": 1.0}"""
        return self.call("GET", "/clock")

    def advance_clock(self, by: Union[str, float]) -> Dict[str, Any]:
        """Moves the simulated clock forward: "500ms", "60s", "30m", "1h", or a number of seconds."""
        if not isinstance(by, str):
            by = f"{round(by * 1000)}ms"
        return self.call("POST", "/clock/advance", {"by": by})

    def set_clock(self, mode: str, scale: Optional[float] = None) -> Dict[str, Any]:
        return self.call("PUT", "/clock", {"mode": mode} if scale is None else {"mode": mode, "scale": scale})

    def faults(self) -> List[Dict[str, Any]]:
        return self.call("GET", "/faults")["rules"]

    def add_fault(self, rule: Dict[str, Any]) -> str:
        """Adds a rule in the scenario's faults.rules form; returns its id."""
        return self.call("POST", "/faults", rule)["id"]

    def remove_fault(self, rule_id: str) -> None:
        self.call("DELETE", f"/faults/{urllib.parse.quote(rule_id, safe='')}")

    def clear_faults(self) -> None:
        self.call("DELETE", "/faults")

    def fault_firings(self) -> List[Dict[str, Any]]:
        return self.call("GET", "/faults/firings")["firings"]

    def users(self) -> List[Dict[str, Any]]:
        return self.call("GET", "/users")["users"]

    def revoke(self, userid: str) -> Dict[str, Any]:
        """ALTUSER userid REVOKE: new logons are refused, running address spaces live on."""
        return self.call("POST", f"/users/{urllib.parse.quote(userid, safe='')}/revoke")

    def resume(self, userid: str) -> Dict[str, Any]:
        return self.call("POST", f"/users/{urllib.parse.quote(userid, safe='')}/resume")

    def expire_password(self, userid: str) -> Dict[str, Any]:
        return self.call("POST", f"/users/{urllib.parse.quote(userid, safe='')}/expire-password")

    def sessions(self) -> List[Dict[str, Any]]:
        """The CEA address spaces: asid, userid, kind (tso or console), console, started, ..."""
        return self.call("GET", "/sessions")["sessions"]

    def cancel_sessions(self, user: str, asid: Optional[str] = None) -> List[str]:
        """C U=user[,A=asid], as the operator would; returns the messages."""
        query = {"user": user} if asid is None else {"user": user, "asid": asid}
        return self.call("DELETE", "/sessions?" + urllib.parse.urlencode(query))["messages"]

    def journal(self) -> List[Dict[str, Any]]:
        """The requests answered: sequence, time, method, path, status, userid, fault."""
        return self.call("GET", "/journal")["entries"]

    def clear_journal(self) -> None:
        self.call("DELETE", "/journal")

    def operator_command(self, cmd: str) -> List[str]:
        return self.call("POST", "/operator-command", {"cmd": cmd})["messages"]

    def reset(self) -> None:
        """Back to the scenario as it was at start."""
        self.call("POST", "/reset")

    def scenario(self) -> str:
        """The current state as a scenario YAML."""
        return self._send("GET", "/scenario", None)

    def call(self, method: str, path: str, body: Any = None) -> Any:
        """Any admin request; path is below /zosmf-sim/v1."""
        text = self._send(method, path, body)
        return json.loads(text) if text else None

    def _send(self, method: str, path: str, body: Any) -> str:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self._base_url + path, data=data, method=method)
        request.add_header("Authorization", f"Bearer {self._token}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, context=self._context, timeout=30) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            raise AdminError(error.code, error.read().decode("utf-8", "replace"), method, path) from None
