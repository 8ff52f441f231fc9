"""The users' passwords from the scenario YAML that GET /zosmf-sim/v1/scenario exports (the user list leaves them
out). Reads only the "users:" block, whose layout the export fixes:
  users:
    COLIN:
      password: PASSWORD
"""
import json
import re
from typing import Dict, Optional


def scenario_passwords(yaml: str) -> Dict[str, str]:
    passwords: Dict[str, str] = {}
    in_users = False
    user: Optional[str] = None
    for line in yaml.splitlines():
        if re.match(r"\S", line):
            in_users = re.match(r"users:\s*$", line) is not None
            user = None
            continue
        if not in_users:
            continue
        name = re.match(r"^ {2}([^\s:#][^:]*):\s*$", line)
        if name:
            user = _unquote(name.group(1)).upper()
            continue
        password = re.match(r"^ {4}password:\s*(.+?)\s*$", line)
        if password and user is not None:
            passwords[user] = _unquote(password.group(1))
    return passwords


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return json.loads(text)
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    return text
