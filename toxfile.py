"""tox's in-tree plugin: let tox find every pyenv-installed Python without any set-up.

Our envs need python3.9 ... python3.13 (`lowest`, `lockcheck`, the `pyXY-flaskNN` matrix). On a machine
where they are installed with pyenv but only one is active, pyenv's shims answer "command not found" for
the others unless PYENV_VERSION lists them. When PYENV_VERSION names at most one version (pyenv's shim sets it
to the active one when it starts tox), this extends it to every installed pyenv version (newest patch of
each minor, the active one first), so `pip install tox && tox` just works. It changes nothing when
PYENV_VERSION already lists several versions, or when pyenv is absent.
"""

from __future__ import annotations

import os
import re
import subprocess


def _pyenv_versions() -> list[str]:
    try:
        result = subprocess.run(["pyenv", "versions", "--bare"], capture_output=True, text=True, timeout=10)
        active = subprocess.run(["pyenv", "version-name"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return []
    newest: dict[str, tuple[int, ...]] = {}
    for line in result.stdout.split():
        if re.fullmatch(r"3\.\d+\.\d+", line):
            parts = tuple(int(p) for p in line.split("."))
            minor = f"{parts[0]}.{parts[1]}"
            newest[minor] = max(newest.get(minor, parts), parts)
    versions = [".".join(map(str, v)) for v in newest.values()]
    first = os.environ.get("PYENV_VERSION") or active.stdout.strip().split(":")[0]
    return sorted(versions, key=lambda v: v != first)


if ":" not in os.environ.get("PYENV_VERSION", ""):
    _found = _pyenv_versions()
    if _found:
        os.environ["PYENV_VERSION"] = ":".join(_found)
