"""``app.css`` and ``app.scripts``: stylesheets and scripts added with ``append_css`` / ``append_script``.

A resource is a dict, as in Plotly Dash:

- ``{'external_url': url or [urls]}``: a file on another server. Plotly Dash includes it only when
  ``app.css.config.serve_locally`` (or ``app.scripts.config.serve_locally``) is False, or when the dict
  also has ``'external_only': True``; with ``serve_locally=True`` (the default) it is left out with a
  warning that says how to include it. We do the same, so a page looks the same on both.
- ``{'relative_package_path': path or [paths], 'namespace': package}``: a file inside an installed
  package, served from ``_dash-component-suites/<package>/...`` with a fingerprinted URL.
- optional ``'attributes': {...}`` (extra tag attributes, e.g. ``integrity``).

Our renderer and component files are always served by the app itself (there is no CDN copy), so
``serve_locally`` only decides about appended ``external_url`` resources.
"""

from __future__ import annotations

import importlib
import threading
import typing as t
import warnings

_KEYS = (
    "external_url",
    "relative_package_path",
    "namespace",
    "external_only",
    "attributes",
    "dynamic",
    "async",
)

#: ``{namespace: {path}}`` of package files added with append_css/append_script: servable like suite files.
_local_files: dict[str, set[str]] = {}
_lock = threading.Lock()


def local_files(namespace: str) -> set[str]:
    """Paths under the package ``namespace`` that an app appended (the suite route serves them)."""
    return _local_files.get(namespace, set())


class ResourceConfig:
    """``serve_locally``: True leaves appended ``external_url`` resources out (Plotly Dash's rule)."""

    def __init__(self, serve_locally: bool) -> None:
        self.serve_locally = serve_locally

    def __repr__(self) -> str:
        return f"ResourceConfig(serve_locally={self.serve_locally!r})"


def _as_list(value: t.Any) -> list[str]:
    return [str(item) for item in (value if isinstance(value, (list, tuple)) else [value])]


class _Resources:
    _kind = "resource"
    _method = "append_resource"
    _argument = "external_stylesheets"

    def __init__(self, serve_locally: bool) -> None:
        self.config = ResourceConfig(serve_locally)
        self._resources: list[dict[str, t.Any]] = []
        self._warned: set[int] = set()  # entries already warned about (once each, not on every page)

    def _append(self, resource: t.Any) -> None:
        if isinstance(resource, str):
            raise TypeError(
                f"{self._method}() takes a dict, not the string {resource!r}. Write"
                f" {self._method}({{'external_url': {resource!r}}}), or pass the URL in"
                f" Dash({self._argument}=[...])."
            )
        if not isinstance(resource, dict):
            raise TypeError(
                f"{self._method}() takes a dict such as {{'external_url': 'https://...'}}, not"
                f" {type(resource).__name__}."
            )
        unknown = [key for key in resource if key not in _KEYS]
        if unknown:
            raise ValueError(
                f"{self._method}() got the unknown key {unknown[0]!r}. A {self._kind} dict has"
                " 'external_url', or 'relative_package_path' with 'namespace', and optionally"
                " 'external_only' and 'attributes'."
            )
        local = resource.get("relative_package_path")
        if local is None and not resource.get("external_url"):
            raise ValueError(
                f"{self._method}() got {resource!r}, which has neither 'external_url' nor"
                " 'relative_package_path'. Give it one of them."
            )
        if local is not None and not resource.get("namespace"):
            raise ValueError(
                f"{self._method}() got 'relative_package_path' without 'namespace'. Add the name of the"
                " package that holds the file, e.g. {'relative_package_path': 'x.js', 'namespace': 'mypkg'}."
            )
        self._resources.append(dict(resource))

    def _urls(self, prefix: str, fingerprint: t.Callable[[str, str], str]) -> list[str | dict[str, t.Any]]:
        """Tag sources in order: a URL string, or a dict of tag attributes when the entry has attributes."""
        out: list[str | dict[str, t.Any]] = []
        for resource in self._resources:
            if resource.get("dynamic") or resource.get("async") == "lazy":
                continue
            external = resource.get("external_url")
            local = resource.get("relative_package_path")
            if external and (resource.get("external_only") or not self.config.serve_locally or local is None):
                if self.config.serve_locally and not resource.get("external_only") and local is None:
                    if id(resource) in self._warned:
                        continue
                    self._warned.add(id(resource))
                    warnings.warn(
                        f"app.{self._attribute}.config.serve_locally is True, so the {self._kind}"
                        f" {external!r} added with {self._method}() is left out (Plotly Dash does the"
                        f" same). Set app.{self._attribute}.config.serve_locally = False, or pass the URL"
                        f" in Dash({self._argument}=[...]) instead.",
                        UserWarning,
                        stacklevel=4,
                    )
                    continue
                urls = _as_list(external)
            else:
                namespace = str(resource["namespace"])
                importlib.import_module(namespace)
                paths = _as_list(local)
                with _lock:
                    _local_files.setdefault(namespace, set()).update(paths)
                urls = [
                    f"{prefix}_dash-component-suites/{namespace}/{fingerprint(namespace, p)}" for p in paths
                ]
            attributes = resource.get("attributes")
            out.extend({self._url_attribute: url, **attributes} if attributes else url for url in urls)
        return out


class Css(_Resources):
    """``app.css``: ``append_css(resource)`` adds a stylesheet after ``external_stylesheets``."""

    _kind = "stylesheet"
    _method = "append_css"
    _argument = "external_stylesheets"
    _attribute = "css"
    _url_attribute = "href"

    def append_css(self, stylesheet: dict[str, t.Any]) -> None:
        self._append(stylesheet)


class Scripts(_Resources):
    """``app.scripts``: ``append_script(resource)`` adds a script after ``external_scripts``."""

    _kind = "script"
    _method = "append_script"
    _argument = "external_scripts"
    _attribute = "scripts"
    _url_attribute = "src"

    def append_script(self, script: dict[str, t.Any]) -> None:
        self._append(script)
