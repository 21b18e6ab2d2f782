"""The Flask x Werkzeug grid, from its one table (tools/flask_grid.json).

Imported by toxfile.py (which turns it into the `flaskXY` / `flaskXYwAB` / `pyXY-...` tox envs) and by
tools/compat_matrix.py (which runs them on every Python). Standard library only: tox imports it.
"""

from __future__ import annotations

import json
import os

TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "flask_grid.json")
# Flask releases before 2.3.3 / Werkzeug before 2.3.5 predate Python 3.12 and warn there. These messages,
# and only these, are not ours to fix (read by tests/conftest.py from DASH_IGNORED_WARNINGS).
OLD_FLASK_WARNINGS = "|".join(
    [
        "ignore:'pkgutil.get_loader':DeprecationWarning",
        "ignore:'pkgutil.find_loader':DeprecationWarning",
        "ignore:ast.Str:DeprecationWarning",
        "ignore:Attribute s is deprecated:DeprecationWarning",
        "ignore:Constant.__init__:DeprecationWarning",
    ]
)


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def load(path: str = TABLE) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def short(version: str) -> str:
    """'3.1.9' -> '31' (the env-name spelling of a minor)."""
    return "".join(version.split(".")[:2])


def stacks(table: dict | None = None) -> dict[str, tuple[str, str]]:
    """{env factor: (Flask, Werkzeug)}: each minor with its own Werkzeug, and with the newest Werkzeug
    pip allows (the pair `pip install dash Flask==X` produces) when that differs."""
    table = table or load()
    newest = table["newest_werkzeug"]
    result: dict[str, tuple[str, str]] = {}
    for minor, (flask, werkzeug) in sorted(table["minors"].items(), key=lambda item: _key(item[0])):
        result[f"flask{short(minor)}"] = (flask, werkzeug)
        if short(werkzeug) != short(newest):
            result[f"flask{short(minor)}w{short(newest)}"] = (flask, newest)
    return result


def pythons(table: dict | None = None) -> list[str]:
    return list((table or load())["pythons"])


def env_name(python: str, factor: str) -> str:
    return f"py{python.replace('.', '')}-{factor}"


def ignored_warnings(flask: str, werkzeug: str) -> str:
    """The DASH_IGNORED_WARNINGS value for a pair ('' when it needs none)."""
    return OLD_FLASK_WARNINGS if _key(flask) < (2, 3, 3) or _key(werkzeug) < (2, 3, 5) else ""
