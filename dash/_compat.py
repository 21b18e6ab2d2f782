"""The only module that reads Flask and Werkzeug versions and branches on them.

Each gate names the release that lets it go. Nothing else in ``dash`` may compare versions.
"""

from __future__ import annotations

from importlib import metadata


def _parse(version: str) -> tuple[int, int]:
    parts = []
    for piece in version.split(".")[:2]:
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        parts.append(int(digits or 0))
    while len(parts) < 2:
        parts.append(0)
    return parts[0], parts[1]


def _installed(name: str) -> tuple[int, int]:
    try:
        return _parse(metadata.version(name))
    except metadata.PackageNotFoundError:
        return (0, 0)


#: (major, minor) of the installed Flask and Werkzeug, read once without importing them.
FLASK_VERSION = _installed("flask")
WERKZEUG_VERSION = _installed("werkzeug")

#: The ranges we support and test against.
FLASK_RANGE = ((2, 2), (3, 1))
WERKZEUG_RANGE = ((2, 2), (3, 1))


def incompatible_stack_message(
    flask_version: tuple[int, int] = FLASK_VERSION, werkzeug_version: tuple[int, int] = WERKZEUG_VERSION
) -> str | None:
    """Say why this Flask/Werkzeug pair cannot work together, or return None when it can.

    Flask 2.2 imports ``werkzeug.urls.url_quote``, which Werkzeug 3.0 removed, so Flask 2.2.x fails at
    import time with Werkzeug >= 3.0. Pip allows the pair because Flask 2.2 declares ``Werkzeug>=2.2.2``
    with no upper bound. This gate can go when we drop Flask 2.2.
    """
    if flask_version < (2, 3) and werkzeug_version >= (3, 0):
        return (
            f"Flask {flask_version[0]}.{flask_version[1]} cannot run with Werkzeug"
            f" {werkzeug_version[0]}.{werkzeug_version[1]}: Flask 2.2 needs Werkzeug older than 3.0."
            " Install a matching pair, for example: pip install 'flask>=2.2.5,<2.3' 'werkzeug>=2.2.3,<3.0',"
            " or upgrade Flask: pip install 'flask>=3.0'."
        )
    return None


def check_stack() -> None:
    """Raise ImportError with the fix when the installed Flask/Werkzeug pair cannot work."""
    message = incompatible_stack_message()
    if message is not None:
        raise ImportError(message)
