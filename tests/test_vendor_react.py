"""The third-party files the renderer ships (React for the suite host, highlight.js and MathJax for
dcc.Markdown/dcc.Graph) are the unmodified npm files recorded in each folder's vendor.json."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import pathlib
import shutil

import pytest

import dash

COMPONENTS = os.path.join(os.path.dirname(dash.__file__), "renderer", "components")
VENDOR = os.path.join(COMPONENTS, "react", "vendor")
TOOL = pathlib.Path(__file__).parent.parent / "tools" / "vendor_react.py"
# sha256 of the files in the npm tarballs (react-18.3.1.tgz, react-dom-18.3.1.tgz, prop-types-15.8.1.tgz).
EXPECTED = {
    "react.production.min.js": "d949f1c3687aedadcedac85261865f29b17cd273997e7f6b2bfc53b2f9d4c4dd",
    "react-dom.production.min.js": "35f4f974f4b2bcd44da73963347f8952e341f83909e4498227d4e26b98f66f0d",
    "prop-types.min.js": "e653471aba824786aee5dce1bcb5a86ed30c8518d346d2ace0460a5633a9cbdb",
    "prop-types.js": "5a24e9b72f5d33eee14cbe2035717a7c92fbb51727bbf9a9944f4ed1ed6ef7e0",  # checking build
    "react.development.js": "28348fef6cb0ed8b2ceeb22deaf824428fd13875d84c73d38f77dd216fc24e7f",  # dev bundles
    "react-dom.development.js": "f9044a5e9c39db8bb1a204dff924e526ec0a621e695bb69de1035811be8709e4",
}
# @highlightjs/cdn-assets-11.12.0.tgz and mathjax-3.2.2.tgz, as the registry serves them.
EXPECTED_OTHERS = {
    "highlight/highlight.min.js": "8ab71eb09c51f501e5e25157d9cff100e46cc29bcbfc744d0b746d451fca7f53",
    "highlight/github.min.css": "3a9a5def8b9c311e5ae43abde85c63133185eed4f0d9f67fea4b00a8308cf066",
    "highlight/github-dark.min.css": "9f208d022102b1d0c7aebfecd8e42ca7997d5de636649d2b31ea63093d809019",
    "mathjax/tex-svg.js": "d4295dc33744836935c1399feece5159577b34c5c8ffb9f1c6324cd82e03a882",
}
INTEGRITY = {
    "highlight": "sha512-KvOKXODaiFmId9xaq3xc5xCL66wVLUuOngDbO9B/kewbFTqdGbn2nJxNhN3H5R1cgDTVj6R8vH0zgiNDEGjpDw==",
    "mathjax": "sha512-Bt+SSVU8eBG27zChVewOicYs7Xsdt40qm4+UpHyX7k0/O9NliPc+x77k1/FEsPsjKPZGJvtRZM1vO+geW0OhGw==",
}


def digest(name: str, folder: str = VENDOR) -> str:
    with open(os.path.join(folder, name), "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("vendor_react", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_builds_are_the_npm_files():
    assert {name: digest(name) for name in EXPECTED} == EXPECTED
    assert {name: digest(name, COMPONENTS) for name in EXPECTED_OTHERS} == EXPECTED_OTHERS


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


@pytest.mark.parametrize(
    ("folder", "package", "version", "licence", "licence_text"),
    [
        ("highlight", "@highlightjs/cdn-assets", "11.12.0", "LICENSE.highlightjs", "BSD 3-Clause License"),
        ("mathjax", "mathjax", "3.2.2", "LICENSE.mathjax", "Apache License"),
    ],
)
def test_highlight_and_mathjax_manifests_record_source_integrity_and_licence(
    folder, package, version, licence, licence_text
):
    directory = os.path.join(COMPONENTS, folder)
    with open(os.path.join(directory, "vendor.json"), encoding="utf-8") as handle:
        files = json.load(handle)["files"]
    shipped = {f"{folder}/{name}" for name in files if not name.startswith("LICENSE.")}
    assert shipped == {name for name in EXPECTED_OTHERS if name.startswith(folder + "/")}
    assert licence in files
    for name, entry in files.items():
        assert (entry["package"], entry["version"]) == (package, version), name
        assert entry["integrity"] == INTEGRITY[folder], name
        assert entry["tarball"].startswith("https://registry.npmjs.org/"), name
        assert digest(name, directory) == entry["sha256"], name
        assert os.path.getsize(os.path.join(directory, name)) == entry["bytes"], name
    with open(os.path.join(directory, licence), encoding="utf-8") as handle:
        assert licence_text in handle.read()


def test_the_tool_verifies_every_vendored_folder(tool):
    assert tool.verify() == []
    folders = {os.path.relpath(folder, tool.COMPONENTS) for folder, _ in tool.GROUPS}
    assert folders == {os.path.join("react", "vendor"), "highlight", "mathjax"}
    # every vendor.json under the renderer belongs to a folder the tool refreshes and verifies
    manifests = {
        os.path.relpath(os.path.dirname(path), tool.COMPONENTS)
        for path in map(str, pathlib.Path(tool.COMPONENTS).rglob("vendor.json"))
    }
    assert manifests == folders
    assert tool.main(["verify"]) == 0


def test_verify_names_an_edited_or_missing_file(tool, tmp_path):
    copy = tmp_path / "mathjax"
    shutil.copytree(os.path.join(tool.COMPONENTS, "mathjax"), copy)
    with open(copy / "tex-svg.js", "ab") as handle:
        handle.write(b"\n// edited\n")
    (copy / "LICENSE.mathjax").unlink()
    problems = tool.verify(str(copy))
    assert len(problems) == 2, problems
    assert "tex-svg.js differs from mathjax@3.2.2 package/es5/tex-svg.js" in problems[0] + problems[1]
    assert any("LICENSE.mathjax is missing" in p for p in problems)
    assert all("tools/vendor_react.py refresh" in p for p in problems)


def test_licence_names(tool):
    assert tool.licence_name("react-dom") == "LICENSE.react-dom"
    assert tool.licence_name("@highlightjs/cdn-assets") == "LICENSE.highlightjs"
