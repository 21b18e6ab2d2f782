"""Dash's own requirement lines, read from its installed metadata, for error messages that say what to install.

Never names ``dash`` itself: that name on the package index is Plotly's distribution (README, "Versioning").
"""

from __future__ import annotations

import shlex
import sys
from importlib import metadata


def _lines() -> list[str]:
    try:
        return list(metadata.requires("dash") or [])
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return []


def _name(requirement: str) -> str:
    end = len(requirement)
    for i, char in enumerate(requirement):
        if not (char.isalnum() or char in "-_."):
            end = i
            break
    return requirement[:end].strip()


def requirement(name: str, extra: str | None = None) -> str:
    """Dash's requirement for distribution ``name`` (``'Flask<4,>=2.2.5'``), in the core or in ``extra``.

    Returns the bare ``name`` when dash's metadata is unreadable or does not name it.
    """
    wanted = f'extra == "{extra}"' if extra else None
    for line in _lines():
        head, _, marker = line.partition(";")
        if _name(head).lower() == name.lower() and (marker.strip() or None) == wanted:
            return head.strip()
    return name


def install_command(*requirements: str) -> str:
    """The pip command line that installs ``requirements`` into the running Python, quoted for a shell."""
    return f"{sys.executable} -m pip install " + " ".join(shlex.quote(r) for r in requirements)


def missing_dependency_message(name: str, needed_by: str) -> str:
    """A sentence for when ``name``, one of dash's own (core) dependencies, is not installed.

    Safe to send to a browser: it names no path. ``missing_dependency_message("plotly", "dcc.Graph")`` ->
    ``"dcc.Graph needs 'plotly', a dependency of dash that is not installed on the server. Install it into the
    Python that runs dash: pip install 'plotly<8,>=5.0.0' (`python -m dash doctor` checks every dependency)."``
    """
    return (
        f"{needed_by} needs {name!r}, a dependency of dash that is not installed on the server. Install it into"
        f" the Python that runs dash: pip install {shlex.quote(requirement(name))}"
        " (`python -m dash doctor` checks every dependency)."
    )


def extra_install_command(extra: str) -> str:
    """The pip command line that installs the packages of dash's ``extra`` into the running Python.

    ``extra_install_command("diskcache")`` -> ``"/venv/bin/python -m pip install 'diskcache<6,>=5.2.1'"``.
    Raises ``LookupError`` when dash's metadata is readable and has no such extra.
    """
    marker = f'extra == "{extra}"'
    lines = _lines()
    heads = [line.partition(";")[0].strip() for line in lines if line.partition(";")[2].strip() == marker]
    if not heads:
        if lines:
            raise LookupError(f"dash has no extra named {extra!r}.")
        heads = [extra]  # from a source tree: the extras are named after their main package
    return install_command(*heads)
