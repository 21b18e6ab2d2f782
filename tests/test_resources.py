"""Files served with ETag / 304: the renderer, plotly.js, the clientside script, the favicon."""

from __future__ import annotations

import importlib.util
import re

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
    assert "pip install plotly" in response.get_json()["error"]["message"]


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


def test_renderer_stays_within_its_50_kb_budget():
    """The page-weight promise (README, benchmarks/RESULTS.md): renderer.js + renderer.css <= 50,000 bytes."""
    sizes = {
        name: len(_resources.package_file(f"renderer/{name}").data)
        for name in ("renderer.js", "renderer.css")
    }
    assert sum(sizes.values()) <= 50_000, sizes
