"""The only module that reads Flask and Werkzeug versions and branches on them.

Each gate names the release that lets it go. Nothing else in ``dash`` may compare versions.
"""

from __future__ import annotations

import sys
from importlib import metadata

from ._requirements import install_command
from ._requirements import requirement


def _parse(version: str) -> tuple[int, int, int]:
    parts = []
    for piece in version.split(".")[:3]:
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        parts.append(int(digits or 0))
    while len(parts) < 3:
        parts.append(0)
    return parts[0], parts[1], parts[2]


def _installed(name: str) -> tuple[int, int, int]:
    try:
        return _parse(metadata.version(name))
    except metadata.PackageNotFoundError:
        return (0, 0, 0)


#: (major, minor, patch) of the installed Flask and Werkzeug, read once without importing them.
#: ``NOT_INSTALLED`` when the distribution is missing.
NOT_INSTALLED = (0, 0, 0)
FLASK_VERSION = _installed("flask")
WERKZEUG_VERSION = _installed("werkzeug")


def missing_stack_message(
    flask_version: tuple[int, int, int] = FLASK_VERSION,
    werkzeug_version: tuple[int, int, int] = WERKZEUG_VERSION,
) -> str | None:
    """Say which of Flask and Werkzeug is not installed and how to install it, or return None."""
    missing = [
        name for name, v in (("Flask", flask_version), ("Werkzeug", werkzeug_version)) if v == NOT_INSTALLED
    ]
    if not missing:
        return None
    command = install_command(*(requirement(name) for name in missing))
    return (
        f"dash needs {' and '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} not installed in this"
        f" Python ({sys.executable}). Install {'it' if len(missing) == 1 else 'them'}: {command}, or reinstall dash with its [lockflask] extra for the tested stack; then"
        " `python -m dash doctor` checks the result."
    )


def incompatible_stack_message(
    flask_version: tuple[int, int, int] = FLASK_VERSION,
    werkzeug_version: tuple[int, int, int] = WERKZEUG_VERSION,
) -> str | None:
    """Say why this Flask/Werkzeug pair cannot work together, or return None when it can.

    Flask 2.2.0-2.2.3 import ``werkzeug.urls.url_quote``, which Werkzeug 3.0 removed, so they fail at import
    with Werkzeug >= 3.0 (pip allows the pair: Flask declares no upper bound on Werkzeug). Flask 2.2.4 and
    later are fine. Those Flask releases are below our floor (2.2.5); this turns Flask's cryptic ImportError
    into the fix. Goes when the Flask floor reaches 2.3 (no pip-reachable bad pair is left then).
    """
    missing = missing_stack_message(flask_version, werkzeug_version)
    if missing is not None:
        return missing
    if flask_version < (2, 2, 4) and werkzeug_version >= (3, 0, 0):
        return (
            "Flask {}.{}.{} cannot run with Werkzeug {}.{}.{}: Flask releases before 2.2.4 need Werkzeug older than"
            " 3.0, and dash needs Flask 2.2.5 or newer anyway. Upgrade Flask: pip install 'flask>=2.2.5', or"
            " run `python -m dash doctor` for the command that installs the tested stack.".format(
                *flask_version, *werkzeug_version
            )
        )
    return None


def check_stack() -> None:
    """Raise ImportError with the fix when the installed Flask/Werkzeug pair cannot work."""
    message = incompatible_stack_message()
    if message is not None:
        raise ImportError(message)


def needs_werkzeug_version_attribute(
    flask_version: tuple[int, int, int] = FLASK_VERSION,
    werkzeug_version: tuple[int, int, int] = WERKZEUG_VERSION,
) -> bool:
    """Flask < 2.3.3 reads ``werkzeug.__version__`` in its test client; Werkzeug 3.1 removed it.

    installing Flask==2.2.5 next to dash gives exactly that pair (the newest Werkzeug), so without help
    `app.test_client()` raises AttributeError (pallets/flask#5652). Goes when the Flask floor reaches 2.3.3.
    """
    return flask_version < (2, 3, 3) and werkzeug_version >= (3, 1, 0)


def install_shims() -> None:
    """Apply the shims this Flask/Werkzeug pair needs; a no-op on every pair from Flask 2.3.3 on."""
    if needs_werkzeug_version_attribute():
        werkzeug = sys.modules.get("werkzeug") or __import__("werkzeug")
        if not hasattr(werkzeug, "__version__"):
            werkzeug.__version__ = metadata.version("werkzeug")
