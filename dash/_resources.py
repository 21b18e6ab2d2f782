"""Files shipped with dash (renderer, favicon) or with plotly (plotly.min.js), read once and kept.

Read through ``pkgutil`` / the import system, so they work from an installed wheel or zip as well.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import pkgutil
import threading
import typing as t
from importlib import metadata

from flask import Response
from flask import request

from . import _suites

#: Content types of the files under ``dash/renderer/``, by extension.
CONTENT_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
#: The renderer's core files; the component files are listed in ``renderer/components.json``.
RENDERER_FILES = {"renderer.js": CONTENT_TYPES[".js"], "renderer.css": CONTENT_TYPES[".css"]}

_LONG_CACHE = "public, max-age=31536000, immutable"
_cache: dict[str, tuple[bytes, str] | None] = {}
_lock = threading.Lock()


class Resource(t.NamedTuple):
    data: bytes
    etag: str


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:20]


def from_bytes(data: bytes) -> Resource:
    """Generated content (clientside callbacks, renderer hooks) as a Resource with the usual ETag."""
    return Resource(data, _digest(data))


def _load(key: str, read: t.Callable[[], bytes | None]) -> Resource | None:
    if key not in _cache:
        with _lock:
            if key not in _cache:
                try:
                    data = read()
                except OSError:
                    data = None
                _cache[key] = None if data is None else (data, _digest(data))
    entry = _cache[key]
    return None if entry is None else Resource(*entry)


def package_file(path: str) -> Resource | None:
    """A file inside the dash package, e.g. ``renderer/renderer.js``; None when it is missing."""
    return _load(f"dash:{path}", lambda: pkgutil.get_data("dash", path))


@functools.cache
def component_files() -> dict[str, dict[str, tuple[str, ...]]]:
    """``renderer/components.json``: ``{namespace: {Type: (path, ...)}}``, paths under ``renderer/components/``.

    The renderer loads a component's files (scripts and stylesheets, in order) the first time a layout or
    a callback answer contains that component.
    """
    data = pkgutil.get_data("dash", "renderer/components.json")
    if data is None:  # pragma: no cover - a broken install
        raise RuntimeError("dash/renderer/components.json is missing; reinstall dash.")
    return {
        ns: {name: tuple(files) for name, files in types.items()} for ns, types in json.loads(data).items()
    }


@functools.cache
def _servable() -> dict[str, str]:
    files = dict(RENDERER_FILES)
    for types in component_files().values():
        for paths in types.values():
            for path in paths:
                files[f"components/{path}"] = CONTENT_TYPES[os.path.splitext(path)[1]]
    # the component-suite host (dash/_suites.py)
    host = (
        *_suites.HOST_REACT,
        *_suites.HOST_REACT_DEV,
        _suites.HOST_PROP_TYPES_CHECKING,
        _suites.HOST_SCRIPT,
    )
    for path in host:
        files[f"components/{path}"] = CONTENT_TYPES[".js"]
    return files


def renderer_content_type(filename: str) -> str | None:
    """The content type of a servable renderer file (``renderer.js``, ``components/dcc/Input.js``, ...);
    None for any other name, so nothing outside the listed files is ever served."""
    return _servable().get(filename)


def component_urls(prefix: str) -> dict[str, dict[str, list[str]]]:
    """``component_files()`` as fingerprinted URLs under ``<prefix>_dash-renderer/components/``."""
    urls: dict[str, dict[str, list[str]]] = {}
    for ns, types in component_files().items():
        urls[ns] = {}
        for name, paths in types.items():
            urls[ns][name] = [
                f"{prefix}_dash-renderer/components/{path}?v={package_file(f'renderer/components/{path}').etag}"
                for path in paths
            ]
    return urls


def plotly_version() -> str | None:
    """The installed plotly version, without importing plotly; None when plotly is not installed."""
    if importlib.util.find_spec("plotly") is None:
        return None
    try:
        return metadata.version("plotly")
    except metadata.PackageNotFoundError:
        return "0"


def _read_plotly_js() -> bytes | None:
    spec = importlib.util.find_spec("plotly")
    if spec is None:
        return None
    for location in spec.submodule_search_locations or ():
        path = os.path.join(location, "package_data", "plotly.min.js")
        if os.path.isfile(path):
            with open(path, "rb") as file:
                return file.read()
    return pkgutil.get_data("plotly", "package_data/plotly.min.js")


def plotly_js() -> Resource | None:
    return _load("plotly:plotly.min.js", _read_plotly_js)


def send(resource: Resource, content_type: str, version: str | None = None) -> Response:
    """Answer with ``resource``: ETag and 304 on a match; a long cache when ``?v=`` is current."""
    response = Response(resource.data, content_type=content_type)
    response.set_etag(resource.etag)
    requested = request.args.get("v")
    if requested is not None and requested == (version or resource.etag):
        response.headers["Cache-Control"] = _LONG_CACHE
    else:
        response.headers["Cache-Control"] = "no-cache"
    return response.make_conditional(request)


def suite_file(namespace: str, path: str) -> Resource | None:
    """A file a registered component suite declares (see dash._suites); None when not declared."""
    if path not in _suites.servable(namespace):
        return None
    return _load(f"suite:{namespace}/{path}", lambda: _suites.read(namespace, path))


def send_suite_file(resource: Resource, content_type: str, fingerprinted: bool) -> Response:
    """A fingerprinted URL names one version of the file: cache it for a year. Otherwise ETag and 304."""
    response = Response(resource.data, content_type=content_type)
    if fingerprinted:
        response.headers["Cache-Control"] = _LONG_CACHE
        return response
    response.set_etag(resource.etag)
    response.headers["Cache-Control"] = "no-cache"
    return response.make_conditional(request)


def clear_cache() -> None:
    """Forget files read so far (tests that change them use this)."""
    with _lock:
        _cache.clear()
