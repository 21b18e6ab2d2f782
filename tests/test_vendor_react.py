"""The React builds the suite host ships are the unmodified npm files recorded in vendor.json."""

from __future__ import annotations

import hashlib
import json
import os

import dash

VENDOR = os.path.join(os.path.dirname(dash.__file__), "renderer", "components", "react", "vendor")
# sha256 of the files in the npm tarballs (react-18.3.1.tgz, react-dom-18.3.1.tgz, prop-types-15.8.1.tgz).
EXPECTED = {
    "react.production.min.js": "d949f1c3687aedadcedac85261865f29b17cd273997e7f6b2bfc53b2f9d4c4dd",
    "react-dom.production.min.js": "35f4f974f4b2bcd44da73963347f8952e341f83909e4498227d4e26b98f66f0d",
    "prop-types.min.js": "e653471aba824786aee5dce1bcb5a86ed30c8518d346d2ace0460a5633a9cbdb",
    "prop-types.js": "5a24e9b72f5d33eee14cbe2035717a7c92fbb51727bbf9a9944f4ed1ed6ef7e0",  # checking build
    "react.development.js": "28348fef6cb0ed8b2ceeb22deaf824428fd13875d84c73d38f77dd216fc24e7f",  # dev bundles
    "react-dom.development.js": "f9044a5e9c39db8bb1a204dff924e526ec0a621e695bb69de1035811be8709e4",
}


def digest(name: str) -> str:
    with open(os.path.join(VENDOR, name), "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def test_shipped_builds_are_the_npm_files():
    assert {name: digest(name) for name in EXPECTED} == EXPECTED


def test_every_recorded_file_matches_its_sha256_and_licences_ship():
    with open(os.path.join(VENDOR, "vendor.json"), encoding="utf-8") as handle:
        files = json.load(handle)["files"]
    assert {name: entry["sha256"] for name, entry in files.items() if name in EXPECTED} == EXPECTED
    for name, entry in files.items():
        assert digest(name) == entry["sha256"], name
    licences = {name for name in files if name.startswith("LICENSE.")}
    assert licences == {"LICENSE.react", "LICENSE.react-dom", "LICENSE.prop-types"}
    with open(os.path.join(VENDOR, "LICENSE.react"), encoding="utf-8") as handle:
        assert "MIT License" in handle.read()
