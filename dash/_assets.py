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


def scan(folder: str, ignore: str = "", path_ignore: t.Sequence[str] = ()) -> AssetFiles:
    """List the .css, .js and .mjs files of ``folder``, each directory's files sorted before its subfolders.

    Files and folders starting with '.', paths matching the ``ignore`` regex (``assets_ignore``) and
    folders matching one of the ``path_ignore`` regexes (``assets_path_ignore``, searched in the folder's
    path relative to ``folder``, '/'-separated) are not linked; they are still served when requested.
    """
    css: list[Asset] = []
    js: list[Asset] = []
    favicon: Asset | None = None
    if not folder or not os.path.isdir(folder):
        return AssetFiles(css, js, favicon)
    ignore_re = re.compile(ignore) if ignore else None
    path_res = [re.compile(pattern) for pattern in path_ignore]
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        relative_dir = os.path.relpath(current, folder)
        if relative_dir != "." and any(p.search(relative_dir.replace(os.sep, "/")) for p in path_res):
            dirs[:] = []
            continue
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = name if relative_dir == "." else f"{relative_dir.replace(os.sep, '/')}/{name}"
            if ignore_re is not None and ignore_re.search(path):
                continue
            if resolve(folder, path) is None:  # a symlink out of the folder, or to a dotfile: never served
                continue
            lower = name.lower()
            if lower.endswith(".css"):
                target = css
            elif lower.endswith((".js", ".mjs")):
                target = js
            elif path == "favicon.ico":
                favicon = Asset(path, _mtime(os.path.join(current, name)))
                continue
            else:
                continue
            target.append(Asset(path, _mtime(os.path.join(current, name))))
    return AssetFiles(css, js, favicon)


def resolve(folder: str, filename: str) -> str | None:
    """The real path of the file ``filename`` ('/'-separated) inside ``folder``, or None when it must not be
    served: a missing file, a path segment starting with '.', or a path whose real location (after
    symlinks) is outside the folder's real path or inside a dot folder of it."""
    parts = filename.split("/")
    for part in parts:
        if (
            not part
            or part.startswith(".")
            or "\0" in part
            or any(s and s in part for s in (os.sep, os.altsep))
        ):
            return None
        if os.path.isabs(part) or os.path.splitdrive(part)[0]:  # 'C:' on Windows
            return None
    root = os.path.realpath(folder)
    real = os.path.realpath(os.path.join(root, *parts))
    if real == root or os.path.commonpath([root, real]) != root or not os.path.isfile(real):
        return None
    if any(part.startswith(".") for part in os.path.relpath(real, root).split(os.sep)):
        return None
    return real


def _mtime(path: str) -> float:
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0
