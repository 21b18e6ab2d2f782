"""Hot reload in debug mode (Plotly Dash's ``dev_tools_hot_reload``): the page follows edits.

The browser (``components/ext/hot-reload.js``, linked only while hot reload is on) asks ``_reload-hash``
every ``dev_tools_hot_reload_interval`` seconds. The answer names this server process and lists the
assets folder's stylesheets and scripts with their modification times:

- a Python edit makes Werkzeug's reloader start a new process, so ``token`` changes: the page reloads;
- a changed, added or removed script does the same;
- a changed stylesheet is swapped in place (the page keeps its state), an added one is linked.

``extra_hot_reload_paths`` (files or folders) are passed to Werkzeug's reloader, so edits there restart
the server and reload the page too. The assets folder is rescanned at most every
``dev_tools_hot_reload_watch_interval`` seconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import typing as t
import uuid

if t.TYPE_CHECKING:
    from .app import Dash

#: This server process; Werkzeug's reloader runs the app in a new process after a code edit.
PROCESS_TOKEN = uuid.uuid4().hex


class Settings(t.NamedTuple):
    """The hot-reload dev tools of ``app.run(debug=True, ...)`` / ``enable_dev_tools``, resolved."""

    enabled: bool
    interval: float  # seconds between the browser's checks
    watch_interval: float  # seconds a scan of the assets folder is reused
    max_retry: int  # failed checks in a row before the browser stops asking


OFF = Settings(False, 3.0, 0.5, 8)


def _number(name: str, value: t.Any, default: float, env: str, minimum: float) -> float:
    if value is None:
        value = os.environ.get(env, default)
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not number >= minimum:  # also rejects NaN
        raise ValueError(f"{name} must be a number of at least {minimum:g}, not {value!r}.")
    return number


def settings(debug: bool, options: dict[str, t.Any], env_true: t.Callable[[str], bool | None]) -> Settings:
    """Resolve the four ``dev_tools_hot_reload*`` options (Plotly's defaults: on with debug, 3 s, 0.5 s,
    8 tries; each also read from ``DASH_HOT_RELOAD``, ``DASH_HOT_RELOAD_INTERVAL``,
    ``DASH_HOT_RELOAD_WATCH_INTERVAL``, ``DASH_HOT_RELOAD_MAX_RETRY``). Raises ValueError for bad numbers."""
    enabled = options.get("dev_tools_hot_reload")
    if enabled is None:
        enabled = env_true("DASH_HOT_RELOAD")
    if enabled is None:
        enabled = debug
    interval = _number(
        "dev_tools_hot_reload_interval",
        options.get("dev_tools_hot_reload_interval"),
        3,
        "DASH_HOT_RELOAD_INTERVAL",
        0.1,
    )
    watch = _number(
        "dev_tools_hot_reload_watch_interval",
        options.get("dev_tools_hot_reload_watch_interval"),
        0.5,
        "DASH_HOT_RELOAD_WATCH_INTERVAL",
        0,
    )
    retries = _number(
        "dev_tools_hot_reload_max_retry",
        options.get("dev_tools_hot_reload_max_retry"),
        8,
        "DASH_HOT_RELOAD_MAX_RETRY",
        1,
    )
    return Settings(bool(enabled), interval, watch, int(retries))


class Watcher:
    """The answer of ``_reload-hash`` for one app, with the assets scan reused for ``watch_interval``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cached: tuple[float, dict[str, t.Any]] | None = None

    def state(self, app: Dash, watch_interval: float) -> dict[str, t.Any]:
        """``{"reloadHash", "token", "files": [{"url", "path", "modified", "is_css"}]}``."""
        now = time.monotonic()
        with self._lock:
            if self._cached is not None and now - self._cached[0] < watch_interval:
                return self._cached[1]
        assets = app._assets(rescan=True)
        files = [
            {"url": app._asset_url(asset), "path": asset.path, "modified": asset.mtime, "is_css": css}
            for css, group in ((True, assets.css), (False, assets.js))
            for asset in group
        ]
        digest = hashlib.sha256(json.dumps([PROCESS_TOKEN, files], sort_keys=True).encode()).hexdigest()
        answer = {"reloadHash": digest[:32], "token": PROCESS_TOKEN, "files": files}
        with self._lock:
            self._cached = (now, answer)
        return answer


def reloader_files(paths: t.Iterable[str]) -> list[str]:
    """``extra_hot_reload_paths`` as the file list Werkzeug's reloader watches (folders walked)."""
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            for folder, _, names in os.walk(path):
                files.extend(os.path.join(folder, name) for name in names)
        elif os.path.isfile(path):
            files.append(path)
    return files
