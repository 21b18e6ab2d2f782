"""Refresh or verify the third-party browser files the renderer ships, copied byte for byte from npm.

- ``components/react/vendor/``: React, ReactDOM and PropTypes for the component-suite host (the UMD
  production builds, the development builds for dev bundles, and PropTypes' checking build
  ``prop-types.js`` for ``dev_tools_props_check``).
- ``components/highlight/``: highlight.js (the CDN build with its common languages) and two of its
  themes, for ``dcc.Markdown`` code blocks.
- ``components/mathjax/``: MathJax's ``tex-svg.js`` combined component, for ``mathjax=True``.

Each folder keeps each package's LICENSE next to its files and a ``vendor.json`` that records where each
file came from (package, version, tarball, npm integrity) and its sha256.

    python tools/vendor_react.py refresh   # download the tarballs, check their npm integrity, copy files
    python tools/vendor_react.py verify    # the shipped files match their vendor.json (no network)
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import sys
import tarfile
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPONENTS = os.path.join(ROOT, "dash", "renderer", "components")
VENDOR = os.path.join(COMPONENTS, "react", "vendor")
MANIFEST = os.path.join(VENDOR, "vendor.json")
REGISTRY = "https://registry.npmjs.org"
#: (npm package, version, {file in the tarball: file we ship}); each package's LICENSE ships next to
#: them as LICENSE.<name> (LICENSE.<scope> for a scoped package, see licence_name).
PACKAGES = (
    # the development builds are loaded instead when dev bundles are served (debug), as Plotly Dash does
    (
        "react",
        "18.3.1",
        {
            "package/umd/react.production.min.js": "react.production.min.js",
            "package/umd/react.development.js": "react.development.js",
        },
    ),
    (
        "react-dom",
        "18.3.1",
        {
            "package/umd/react-dom.production.min.js": "react-dom.production.min.js",
            "package/umd/react-dom.development.js": "react-dom.development.js",
        },
    ),
    (
        "prop-types",
        "15.8.1",
        # the checking build is loaded instead of the no-op shims under dev_tools_props_check
        {"package/prop-types.min.js": "prop-types.min.js", "package/prop-types.js": "prop-types.js"},
    ),
)


#: highlight.js for dcc.Markdown code blocks: the CDN build (core + common languages), a light and a
#: dark theme (the dark one applies under a Markdown's ``hljs-dark`` class).
HIGHLIGHT_PACKAGES = (
    (
        "@highlightjs/cdn-assets",
        "11.12.0",
        {
            "package/highlight.min.js": "highlight.min.js",
            "package/styles/github.min.css": "github.min.css",
            "package/styles/github-dark.min.css": "github-dark.min.css",
        },
    ),
)
#: MathJax for mathjax=True (dcc.Markdown and dcc.Graph): TeX input and SVG output in one file.
MATHJAX_PACKAGES = (("mathjax", "3.2.2", {"package/es5/tex-svg.js": "tex-svg.js"}),)
#: Every vendored folder and what it holds.
GROUPS = (
    (VENDOR, PACKAGES),
    (os.path.join(COMPONENTS, "highlight"), HIGHLIGHT_PACKAGES),
    (os.path.join(COMPONENTS, "mathjax"), MATHJAX_PACKAGES),
)


class VendorError(Exception):
    """A download or a shipped file does not match what was recorded."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - fixed https registry URL
        return response.read()


def check_integrity(data: bytes, integrity: str, name: str) -> None:
    algorithm, _, expected = integrity.partition("-")
    actual = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if actual != expected:
        raise VendorError(
            f"The tarball of {name} does not match the registry's integrity {integrity}. Retry later."
        )


def licence_name(package: str) -> str:
    """``LICENSE.react`` for ``react``; ``LICENSE.highlightjs`` for ``@highlightjs/cdn-assets``."""
    return "LICENSE." + (package[1:].split("/", 1)[0] if package.startswith("@") else package)


def refresh(directory: str = VENDOR, packages: tuple = PACKAGES) -> dict:
    """Download ``packages`` into ``directory`` and write its vendor.json; the manifest written."""
    os.makedirs(directory, exist_ok=True)
    manifest: dict = {"files": {}}
    for name, version, files in packages:
        meta = json.loads(fetch(f"{REGISTRY}/{name}/{version}"))
        tarball = fetch(meta["dist"]["tarball"])
        check_integrity(tarball, meta["dist"]["integrity"], f"{name}@{version}")
        with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
            wanted = dict(files, **{"package/LICENSE": licence_name(name)})
            for member, target in wanted.items():
                data = archive.extractfile(member).read()
                with open(os.path.join(directory, target), "wb") as handle:
                    handle.write(data)
                manifest["files"][target] = {
                    "package": name,
                    "version": version,
                    "tarball": meta["dist"]["tarball"],
                    "integrity": meta["dist"]["integrity"],
                    "path": member,
                    "sha256": sha256(data),
                    "bytes": len(data),
                }
    with open(os.path.join(directory, "vendor.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2, sort_keys=True)
        handle.write("\n")
    return manifest


def verify(directory: str | None = None) -> list[str]:
    """Problems found in ``directory`` (default: every vendored folder); empty when every file listed
    in a vendor.json matches its sha256, and every package a folder should hold is listed there."""
    if directory is None:
        return [problem for folder, _ in GROUPS for problem in verify(folder)]
    where = os.path.relpath(directory, ROOT)
    try:
        with open(os.path.join(directory, "vendor.json"), encoding="utf-8") as handle:
            manifest = json.load(handle)
    except OSError:
        return [f"{where}/vendor.json is missing; run `python tools/vendor_react.py refresh`."]
    problems = []
    for folder, packages in GROUPS:
        if os.path.abspath(folder) != os.path.abspath(directory):
            continue
        recorded = {(e["package"], e["version"]) for e in manifest["files"].values()}
        for name, version, _files in packages:
            if (name, version) not in recorded:
                problems.append(
                    f"{where}/vendor.json does not record {name}@{version}; run `python tools/vendor_react.py refresh`."
                )
    for target, entry in manifest["files"].items():
        try:
            with open(os.path.join(directory, target), "rb") as handle:
                data = handle.read()
        except OSError:
            problems.append(f"{where}/{target} is missing; run `python tools/vendor_react.py refresh`.")
            continue
        if sha256(data) != entry["sha256"]:
            problems.append(
                f"{where}/{target} differs from {entry['package']}@{entry['version']} {entry['path']} (sha256"
                f" {entry['sha256']}). Do not edit vendored files; run `python tools/vendor_react.py refresh`."
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("refresh", "verify"))
    args = parser.parse_args(argv)
    if args.command == "refresh":
        for directory, packages in GROUPS:
            for target, entry in refresh(directory, packages)["files"].items():
                print(
                    f"{os.path.relpath(directory, ROOT)}/{target}: {entry['package']}@{entry['version']}"
                    f" {entry['bytes']} bytes sha256 {entry['sha256']}"
                )
    problems = verify()
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("vendored files match vendor.json")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
