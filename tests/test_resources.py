"""Files served with ETag / 304: the renderer, plotly.js, the clientside script, the favicon."""

from __future__ import annotations

import importlib.util
import json
import re
import sys

import pytest

from dash import Input
from dash import Output
from dash import _resources


@pytest.fixture(autouse=True)
def _fresh_files():
    # Other tests may have read an older copy of a renderer file that is being edited.
    _resources.clear_cache()


@pytest.mark.parametrize(
    ("name", "content_type"), [("renderer.js", "text/javascript"), ("renderer.css", "text/css")]
)
def test_renderer_files(client, name, content_type):
    index = client.get("/").get_data(as_text=True)
    version = re.search(rf"_dash-renderer/{re.escape(name)}\?v=([0-9a-f]+)", index).group(1)
    response = client.get(f"/_dash-renderer/{name}?v={version}")
    assert response.status_code == 200
    assert response.content_type == f"{content_type}; charset=utf-8"
    assert response.get_data() == importlib.util.find_spec("dash").loader.get_data(
        importlib.util.find_spec("dash").submodule_search_locations[0] + f"/renderer/{name}"
    )
    etag = response.headers["ETag"]
    assert etag == f'"{version}"'
    assert "max-age=31536000" in response.headers["Cache-Control"]
    stale = client.get(f"/_dash-renderer/{name}?v=old")
    assert stale.headers["Cache-Control"] == "no-cache"
    assert client.get(f"/_dash-renderer/{name}").headers["Cache-Control"] == "no-cache"
    not_modified = client.get(f"/_dash-renderer/{name}", headers={"If-None-Match": etag})
    assert not_modified.status_code == 304
    assert not_modified.get_data() == b""


def test_unknown_renderer_file(client):
    for path in ("/_dash-renderer/nope.js", "/_dash-renderer/../app.py", "/_dash-renderer/README.md"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.get_json()["error"]["type"] == "NotFound"


@pytest.mark.skipif(importlib.util.find_spec("plotly") is None, reason="plotly is not installed")
def test_plotly_js(client):
    from importlib import metadata

    version = metadata.version("plotly")
    response = client.get(f"/_dash-renderer/plotly.min.js?v={version}")
    assert response.status_code == 200
    assert response.content_type == "text/javascript; charset=utf-8"
    assert len(response.get_data()) > 100_000
    assert "max-age=31536000" in response.headers["Cache-Control"]
    again = client.get("/_dash-renderer/plotly.min.js", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def test_plotly_js_not_installed(client, monkeypatch):
    monkeypatch.setattr(_resources, "plotly_js", lambda: None)
    response = client.get("/_dash-renderer/plotly.min.js")
    assert response.status_code == 404
    message = response.get_json()["error"]["message"]
    assert "a dependency of dash that is not installed" in message
    assert re.search(r"pip install '?plotly", message)
    assert sys.executable not in message  # no server path goes to the browser


def test_plotly_is_not_imported_by_dash(python_with_warnings_as_errors):
    import subprocess

    code = "import sys, dash; app = dash.Dash('x'); assert 'plotly' not in sys.modules, 'plotly imported'"
    subprocess.run([*python_with_warnings_as_errors, "-c", code], check=True)


def test_default_favicon(client):
    response = client.get("/_favicon.ico")
    assert response.status_code == 200
    assert response.content_type == "image/x-icon"
    data = response.get_data()
    assert data[:4] == b"\x00\x00\x01\x00"
    assert client.get("/_favicon.ico", headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


def test_clientside_script_etag(app, client):
    app.clientside_callback("function(v) { return v; }", Output("out", "children"), Input("in", "value"))
    response = client.get("/_dash-clientside.js")
    assert response.status_code == 200
    assert (
        client.get("/_dash-clientside.js", headers={"If-None-Match": response.headers["ETag"]}).status_code
        == 304
    )
    app.clientside_callback("function(v) { return 2; }", Output("out2", "children"), Input("in", "value"))
    changed = client.get("/_dash-clientside.js", headers={"If-None-Match": response.headers["ETag"]})
    assert changed.status_code == 200
    assert "return 2" in changed.get_data(as_text=True)


def test_empty_clientside_script(client):
    response = client.get("/_dash-clientside.js")
    assert response.status_code == 200
    assert "dash_clientside" in response.get_data(as_text=True)


#: What an app of html and the basic dcc inputs loads, with Plotly's defaults; using them fetches nothing more.
#: The 50 KB promise covers them.
BASIC_INPUTS = ("Input", "Textarea", "Dropdown", "Slider", "RangeSlider", "Checklist", "RadioItems")
#: The other basic dcc components; README states what the page weighs with them as well.
BASIC_OTHERS = ("Store", "Interval", "Location", "Link")


def _weight(types):
    """Bytes of the core (renderer.js + renderer.css) plus the files components.json lists for ``types``."""
    files = {"renderer.js", "renderer.css"}
    for name in types:
        files.update(
            f"components/{path}" for path in _resources.component_files()["dash_core_components"][name]
        )
    return {name: len(_resources.package_file(f"renderer/{name}").data) for name in sorted(files)}


def test_renderer_stays_within_its_50_kb_budget():
    """The page-weight promise (issue 13, README "Page weight"): an app of html and the basic dcc inputs, with
    Plotly's defaults (a Slider's allow_direct_input number boxes and marks), loads at most 50,000 bytes of
    JS+CSS, first render and use together."""
    sizes = _weight(BASIC_INPUTS)
    assert sum(sizes.values()) <= 50_000, sizes


def test_the_other_basic_components_add_what_the_readme_states():
    """Store, Interval, Location and Link on the same page: 56,000 bytes at most (dash/renderer/README.md)."""
    assert sum(_weight(BASIC_INPUTS + BASIC_OTHERS).values()) <= 56_000


def test_every_listed_component_file_is_served_with_a_long_cache(client):
    config = json.loads(
        re.search(r'id="_dash-config"[^>]*>(.*?)</script>', client.get("/").get_data(as_text=True)).group(1)
    )
    urls = {url for types in config["components"].values() for files in types.values() for url in files}
    assert any("/components/dcc/Input.js?v=" in url for url in urls)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert response.content_type.startswith("text/css" if ".css?" in url else "text/javascript")


@pytest.mark.parametrize(
    "path",
    [
        "components/dcc/Nope.js",
        "components/../renderer.js",
        "components/dcc/../dcc/Input.js",
        "components.json",
        "components/dcc",
    ],
)
def test_only_listed_component_files_are_served(client, path):
    response = client.get(f"/_dash-renderer/{path}")
    assert response.status_code == 404
    assert response.is_json


#: Folders of vendored third-party files (tools/vendor_react.py), listed under _dash_renderer.
VENDORED = ("highlight/", "mathjax/")


def test_component_files_exist_and_define_what_the_manifest_says():
    """Every listed file is shipped, and each script defines the types the manifest maps to it."""
    for ns, types in _resources.component_files().items():
        for name, paths in types.items():
            if ns == "_dash_renderer" and all(p.startswith(VENDORED) for p in paths):
                # third-party files, loaded by Markdown/Graph when needed; tests/test_vendor_react.py checks them
                assert all(_resources.package_file(f"renderer/components/{p}") for p in paths), (ns, name)
                continue
            scripts = [p for p in paths if p.endswith(".js")]
            assert scripts, (ns, name)
            sources = [_resources.package_file(f"renderer/components/{p}").data.decode() for p in paths]
            if ns == "_dash_renderer" and name == "Hooks":  # runs before the renderer: defines DashRenderer
                assert any("window.DashRenderer = " in src for src in sources), (ns, name)
                continue
            if ns == "_dash_renderer" and name == "HotReload":  # a page script of debug mode
                assert any("'_reload-hash'" in src for src in sources), (ns, name)
                continue
            if ns == "_dash_renderer":  # renderer extensions (Patch, Background) fill R.ext instead
                assert any("R.ext." in src for src in sources), (ns, name)
                continue
            assert any(f"R.define('{ns}', '{name}'" in src for src in sources), (ns, name)
