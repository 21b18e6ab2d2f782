"""Third-party component suites (dash-bootstrap-components, dash-ag-grid, ...): which files they declare,
their fingerprinted URLs, and reading a requested file back.

A suite registers itself when its component classes are created (importing it is enough, see
``ComponentRegistry``). Its top-level module lists its browser files in ``_js_dist`` and ``_css_dist``:
dicts with ``namespace`` (the package the file is read from and the URL segment),
``relative_package_path`` (a path or a list), ``dev_package_path`` (used instead when dev bundles are
served), ``external_url``, and flags ``dynamic``, ``async``, ``dev_only``, ``external_only``, ``attributes``.
Only files declared there are ever served.
"""

from __future__ import annotations

import mimetypes
import os
import re
import sys
import typing as t
import urllib.parse

from . import _app_resources
from .development.base_component import ComponentRegistry

#: Packages whose components our own renderer draws (never served from here).
OWN_PACKAGES = frozenset(("dash",))

_FINGERPRINT = re.compile(r"^v[\w-]+m[0-9a-fA-F]+$")
_UNSAFE_VERSION = re.compile(r"[^\w-]")
_CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".map": "application/json",
}


class SuiteFile(t.NamedTuple):
    """One browser file of a suite, as the page loads it."""

    url: str
    attributes: dict[str, t.Any]


class Suite(t.NamedTuple):
    """A registered suite package and the files its page tags load (``dynamic``/lazy files excluded)."""

    package: str
    js: list[SuiteFile]
    css: list[SuiteFile]


def _as_list(value: t.Any) -> list[t.Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _dists(package: str) -> list[tuple[str, dict[str, t.Any]]]:
    module = sys.modules.get(package)
    if module is None:
        return []
    entries = []
    for kind in ("_js_dist", "_css_dist"):
        for entry in getattr(module, kind, None) or ():
            if isinstance(entry, dict):
                entries.append((kind, entry))
    return entries


def suite_packages() -> list[str]:
    """Registered packages that declare browser files, in import order (our own ``dash`` excluded)."""
    return [name for name in ComponentRegistry.registry if name not in OWN_PACKAGES and _dists(name)]


def suite_namespaces() -> dict[str, str]:
    """``{layout namespace: package}`` for every component namespace a registered suite defines."""
    packages = set(suite_packages())
    return {ns: pkg for ns, pkg in ComponentRegistry.namespace_to_package.items() if pkg in packages}


def servable(namespace: str) -> set[str]:
    """Every path a registered suite declares under the resource namespace ``namespace`` (dev bundles too)."""
    paths: set[str] = set(_app_resources.local_files(namespace))
    for package in suite_packages():
        for _kind, entry in _dists(package):
            if entry.get("namespace") == namespace and not entry.get("external_only"):
                for key in ("relative_package_path", "dev_package_path"):
                    paths.update(str(path) for path in _as_list(entry.get(key)))
    return paths


def _package_dir(namespace: str) -> str | None:
    module = sys.modules.get(namespace)
    filename = getattr(module, "__file__", None)
    return os.path.dirname(filename) if filename else None


def fingerprint(namespace: str, path: str) -> str:
    """``path`` with ``v<version>m<mtime>`` after the first dot of its file name (Plotly Dash's form)."""
    module = sys.modules.get(namespace)
    version = _UNSAFE_VERSION.sub("_", str(getattr(module, "__version__", "0")))
    directory = _package_dir(namespace)
    try:
        mtime = int(os.stat(os.path.join(directory, path)).st_mtime) if directory else 0
    except OSError:
        mtime = 0
    head, _, name = path.rpartition("/")
    stem, dot, rest = name.partition(".")
    name = f"{stem}.v{version}m{mtime}.{rest}" if dot else f"{name}.v{version}m{mtime}"
    return f"{head}/{name}" if head else name


def strip_fingerprint(path: str) -> tuple[str, bool]:
    """``(path without a fingerprint, whether it had one)``; any version and mtime are accepted."""
    head, _, name = path.rpartition("/")
    parts = name.split(".")
    if len(parts) > 2 and _FINGERPRINT.match(parts[1]):
        name = ".".join(parts[:1] + parts[2:])
        return (f"{head}/{name}" if head else name), True
    return path, False


class Mode(t.NamedTuple):
    """How the page loads suite files: ``eager`` (``Dash(eager_loading=True)``) tags ``async`` files
    too; ``dev_bundles`` (``dev_tools_serve_dev_bundles``, on with ``debug``) uses ``dev_package_path``
    and adds ``dev_only`` files, with React's development builds; ``props_check`` (``dev_tools_props_check``) loads PropTypes' checking
    build, so the host can check suite components' props."""

    serve_locally: bool = True
    eager: bool = False
    dev_bundles: bool = False
    props_check: bool = False


def _tagged(package: str, entry: dict[str, t.Any], mode: Mode) -> bool:
    if entry.get("dynamic"):
        return False
    if entry.get("dev_only") and not mode.dev_bundles:
        return False
    flag = entry.get("async")
    if flag == "lazy":
        return False
    if flag in (True, "eager"):
        return mode.eager or bool(getattr(sys.modules.get(package), "_force_eager_loading", False))
    return True


def _exists(namespace: str, path: str) -> bool:
    directory = _package_dir(namespace)
    return directory is not None and os.path.isfile(os.path.join(directory, path))


#: Tag attributes a suite cannot set: the loader sets the URL, and inline handlers never run under our CSP.
_RESERVED_ATTRIBUTES = re.compile(r"^(src|href|rel|on.*)$", re.IGNORECASE)


def _attributes(entry: dict[str, t.Any]) -> dict[str, str]:
    """An entry's extra tag ``attributes`` as strings: True is a bare attribute, False/None are left out."""
    found = {}
    for name, value in dict(entry.get("attributes") or {}).items():
        if value is None or value is False or _RESERVED_ATTRIBUTES.match(str(name)):
            continue
        found[str(name)] = "" if value is True else str(value)
    return found


def suites(prefix: str, mode: Mode | bool = True) -> list[Suite]:
    """The registered suites with the URLs of the files their page tags load.

    ``mode`` is a ``Mode`` (a bool is ``serve_locally``). Async files are tagged only when eager; an
    async file a suite declares but does not ship (dash-daq 0.6.0's ``async-slider.js``) is left out.
    """
    if not isinstance(mode, Mode):
        mode = Mode(serve_locally=bool(mode))
    found = []
    for package in suite_packages():
        files: dict[str, list[SuiteFile]] = {"_js_dist": [], "_css_dist": []}
        for kind, entry in _dists(package):
            if not _tagged(package, entry, mode):
                continue
            attributes = _attributes(entry)
            external = entry.get("external_only") or not mode.serve_locally
            if external and entry.get("external_url"):
                urls = [str(url) for url in _as_list(entry["external_url"])]
            else:
                namespace = str(entry.get("namespace") or package)
                key = "dev_package_path" if mode.dev_bundles and entry.get("dev_package_path") else None
                paths = [str(path) for path in _as_list(entry.get(key or "relative_package_path"))]
                if entry.get("async") in (True, "eager"):
                    paths = [path for path in paths if _exists(namespace, path)]
                urls = [
                    f"{prefix}_dash-component-suites/{namespace}/{fingerprint(namespace, path)}"
                    for path in paths
                ]
            files[kind].extend(SuiteFile(url, attributes) for url in urls)
        found.append(Suite(package, files["_js_dist"], files["_css_dist"]))
    return found


def _load_url(file: SuiteFile) -> str:
    """The URL the renderer loads: extra tag attributes ride in the fragment (``#type=module``), which the
    browser does not send; the renderer's loader sets them on the tag."""
    if not file.attributes:
        return file.url
    return f"{file.url}#{urllib.parse.urlencode(file.attributes, quote_via=urllib.parse.quote)}"


#: Files under ``dash/renderer/components/`` the browser host needs, in load order; the suite's own
#: files go between the React builds and ``host.js``.
HOST_REACT = (
    "react/vendor/react.production.min.js",
    "react/vendor/react-dom.production.min.js",
    "react/vendor/prop-types.min.js",
)
#: PropTypes' checking build, instead of the no-op shims, under ``dev_tools_props_check``.
HOST_PROP_TYPES_CHECKING = "react/vendor/prop-types.js"
#: React's and ReactDOM's development builds, instead of the production ones, when dev bundles are served.
HOST_REACT_DEV = ("react/vendor/react.development.js", "react/vendor/react-dom.development.js")
HOST_SCRIPT = "react/host.js"


def page_config(
    prefix: str, mode: Mode | bool, renderer_url: t.Callable[[str], str], added: t.Collection[str] = ()
) -> tuple[dict[str, t.Any], dict[str, dict[str, list[str]]]] | None:
    """``(suites config, component files)`` for the page; None when no suite is registered.

    The component files map each suite namespace to ``{"*": [urls]}``: React, ReactDOM, PropTypes, the
    suite's stylesheets and scripts, then the host. The renderer loads them, in order, the first time a
    component of that namespace appears. ``renderer_url(path)`` is the URL of a file under
    ``dash/renderer/components/``; ``mode`` is a ``Mode`` (a bool is ``serve_locally``). For the packages
    in ``added`` (imported by a callback after the page loaded) the host's URL names the namespace, so the
    running host loads again and takes on the new namespaces.
    """
    listed = {suite.package: suite for suite in suites(prefix, mode)}
    if not listed:
        return None
    namespaces = suite_namespaces()
    checking = isinstance(mode, Mode) and mode.props_check
    dev = isinstance(mode, Mode) and mode.dev_bundles
    react = [renderer_url(path) for path in (HOST_REACT_DEV if dev else HOST_REACT[:2])]
    react.append(renderer_url(HOST_PROP_TYPES_CHECKING if checking else HOST_REACT[2]))
    host = renderer_url(HOST_SCRIPT)
    files = {}
    for namespace, package in namespaces.items():
        own = [_load_url(f) for f in (*listed[package].css, *listed[package].js)]
        again = f"{host}&suite={urllib.parse.quote(namespace)}" if package in added else host
        files[namespace] = {"*": [*react, *own, again]}
    config: dict[str, t.Any] = {
        "namespaces": namespaces,
        "children_props": {ns: dict(ComponentRegistry.children_props.get(ns, {})) for ns in namespaces},
    }
    if checking:
        config["props_check"] = True
    return config, files


def registered() -> frozenset[str]:
    """The packages registered now: compare with ``added_since`` after a callback runs."""
    return frozenset(ComponentRegistry.registry)


def added_since(before: frozenset[str]) -> frozenset[str]:
    """The suite packages (with browser files) registered since ``before`` was taken."""
    if len(ComponentRegistry.registry) == len(before):
        return frozenset()
    return frozenset(name for name in suite_packages() if name not in before)


def content_type(path: str) -> str:
    extension = os.path.splitext(path)[1].lower()
    if extension in _CONTENT_TYPES:
        return _CONTENT_TYPES[extension]
    guessed = mimetypes.guess_type(path)[0]
    return guessed or "application/octet-stream"


def read(namespace: str, path: str) -> bytes | None:
    """The bytes of a declared file, or None when it is not declared or not on disk."""
    if path not in servable(namespace):
        return None
    directory = _package_dir(namespace)
    if directory is None:
        return None
    full = os.path.realpath(os.path.join(directory, path))
    if not full.startswith(os.path.realpath(directory) + os.sep):
        return None
    try:
        with open(full, "rb") as handle:
            return handle.read()
    except OSError:
        return None
