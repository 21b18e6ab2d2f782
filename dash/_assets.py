"""The app's assets folder: which .css/.js files the index links, and their ``?m=<mtime>`` fingerprints."""

from __future__ import annotations

import os
import re
import typing as t


class Asset(t.NamedTuple):
    #: Path inside the assets folder, with '/' separators.
    path: str
    #: Modification time, used as the ``?m=`` cache buster.
    mtime: float


class AssetFiles(t.NamedTuple):
    css: list[Asset]
    js: list[Asset]
    favicon: Asset | None


def scan(folder: str, ignore: str = "") -> AssetFiles:
    """List the .css and .js files of ``folder``, each directory's files sorted before its subfolders.

    Files and folders starting with '.' and paths matching the ``ignore`` regex are skipped.
    """
    css: list[Asset] = []
    js: list[Asset] = []
    favicon: Asset | None = None
    if not folder or not os.path.isdir(folder):
        return AssetFiles(css, js, favicon)
    ignore_re = re.compile(ignore) if ignore else None
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        relative_dir = os.path.relpath(current, folder)
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = name if relative_dir == "." else f"{relative_dir.replace(os.sep, '/')}/{name}"
            if ignore_re is not None and ignore_re.search(path):
                continue
            lower = name.lower()
            if lower.endswith(".css"):
                target = css
            elif lower.endswith(".js"):
                target = js
            elif path == "favicon.ico":
                favicon = Asset(path, _mtime(os.path.join(current, name)))
                continue
            else:
                continue
            target.append(Asset(path, _mtime(os.path.join(current, name))))
    return AssetFiles(css, js, favicon)


def _mtime(path: str) -> float:
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0
