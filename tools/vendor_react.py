"""Refresh or verify the React, ReactDOM and PropTypes builds the component-suite host ships.

The files are the UMD production builds copied byte for byte from the npm tarballs, next to each
package's LICENSE, plus PropTypes' checking build (``prop-types.js``) for ``dev_tools_props_check``. ``vendor.json`` records where each file came from and its sha256.

    python tools/vendor_react.py refresh   # download the tarballs, check their npm integrity, copy files
    python tools/vendor_react.py verify    # the shipped files match vendor.json (no network)
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
VENDOR = os.path.join(ROOT, "dash", "renderer", "components", "react", "vendor")
MANIFEST = os.path.join(VENDOR, "vendor.json")
REGISTRY = "https://registry.npmjs.org"
#: (npm package, version, {file in the tarball: file we ship})
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


def refresh() -> dict:
    manifest: dict = {"files": {}}
    for name, version, files in PACKAGES:
        meta = json.loads(fetch(f"{REGISTRY}/{name}/{version}"))
        tarball = fetch(meta["dist"]["tarball"])
        check_integrity(tarball, meta["dist"]["integrity"], f"{name}@{version}")
        with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
            wanted = dict(files, **{"package/LICENSE": f"LICENSE.{name}"})
            for member, target in wanted.items():
                data = archive.extractfile(member).read()
                with open(os.path.join(VENDOR, target), "wb") as handle:
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
    with open(MANIFEST, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2, sort_keys=True)
        handle.write("\n")
    return manifest


def verify(directory: str = VENDOR) -> list[str]:
    """Problems found (empty when every shipped file matches vendor.json)."""
    with open(os.path.join(directory, "vendor.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    problems = []
    for target, entry in manifest["files"].items():
        try:
            with open(os.path.join(directory, target), "rb") as handle:
                data = handle.read()
        except OSError:
            problems.append(f"{target} is missing; run `python tools/vendor_react.py refresh`.")
            continue
        if sha256(data) != entry["sha256"]:
            problems.append(
                f"{target} differs from {entry['package']}@{entry['version']} {entry['path']} (sha256"
                f" {entry['sha256']}). Do not edit vendored files; run `python tools/vendor_react.py refresh`."
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("refresh", "verify"))
    args = parser.parse_args(argv)
    if args.command == "refresh":
        os.makedirs(VENDOR, exist_ok=True)
        for target, entry in refresh()["files"].items():
            print(
                f"{target}: {entry['package']}@{entry['version']} {entry['bytes']} bytes sha256 {entry['sha256']}"
            )
    problems = verify()
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("vendored files match vendor.json")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
