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


# -- the Flask x Werkzeug grid, generated from tools/flask_grid.json ------------------------------------
# `flaskXY` pins the last patch of a Flask minor with its own Werkzeug minor; `flaskXYwAB` pairs it with the
# newest Werkzeug pip allows. Prefix a Python factor to pick the interpreter: `tox -e py39-flask22`.
import importlib.util as _importlib_util  # noqa: E402

from tox.config.loader.memory import MemoryLoader  # noqa: E402
from tox.plugin import impl  # noqa: E402

_spec = _importlib_util.spec_from_file_location(
    "_dash_flask_grid", os.path.join(os.path.dirname(os.path.abspath(__file__)), "tools", "flask_grid.py")
)
flask_grid = _importlib_util.module_from_spec(_spec)
_spec.loader.exec_module(flask_grid)


def _grid_envs() -> dict[str, tuple[str, str]]:
    table = flask_grid.load()
    stacks = flask_grid.stacks(table)
    envs = dict(stacks)
    for python in flask_grid.pythons(table):
        for factor, pair in stacks.items():
            envs[flask_grid.env_name(python, factor)] = pair
    return envs


@impl
def tox_extend_envs():
    return list(_grid_envs())


@impl
def tox_add_env_config(env_conf, state):
    pair = _grid_envs().get(env_conf.name)
    if pair is None:
        return
    flask, werkzeug = pair
    root = str(state.conf.core["tox_root"])
    set_env = {"DASH_TESTS_REQUIRE_INSTALLED": root, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    ignored = flask_grid.ignored_warnings(flask, werkzeug)
    if ignored:
        set_env["DASH_IGNORED_WARNINGS"] = ignored
    env_conf.loaders.insert(
        0,
        MemoryLoader(
            description=f"the suite on Flask {flask} with Werkzeug {werkzeug} (tools/flask_grid.json)",
            deps=f"-r {os.path.join(root, 'requirements', 'tests.txt')}\nFlask=={flask}\nWerkzeug=={werkzeug}",
            set_env=set_env,
        ),
    )
