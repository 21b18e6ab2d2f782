"""The index page: config tag, stylesheets and scripts in order, assets with ?m=, favicon, index_string."""

from __future__ import annotations

import importlib.util
import json
import os
import re

import pytest

from dash import Dash
from dash import exceptions
from dash import html


@pytest.fixture
def assets(tmp_path):
    folder = tmp_path / "assets"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.css").write_text("body{}")
    (folder / "a.css").write_text("p{}")
    (folder / "app.js").write_text("console.log(1)")
    (folder / "sub" / "more.js").write_text("1")
    (folder / "sub" / "more.css").write_text("1")
    (folder / "ignored.js").write_text("1")
    (folder / ".hidden.js").write_text("1")
    (folder / "image.png").write_bytes(b"\x89PNG")
    return folder


def page(app):
    response = app.server.test_client().get("/")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def config_of(text):
    match = re.search(r'<script id="_dash-config" type="application/json">(.*?)</script>', text)
    return json.loads(match.group(1))


def test_index_shape(app):
    text = page(app)
    assert text.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<meta charset="utf-8">' in text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
    assert "<title>Dash</title>" in text
    assert '<div id="react-entry-point"><div class="_dash-loading">Loading...</div></div>' in text
    assert re.search(r'<link rel="icon" href="/_favicon.ico\?v=[^"]+">', text)
    # No inline script: every <script> is either the JSON config or has a src.
    for tag in re.findall(r"<script[^>]*>", text):
        assert 'type="application/json"' in tag or "src=" in tag
    assert "<style" not in text
    assert text.index("_dash-config") < text.index("renderer.js")


def test_config(app):
    config = config_of(page(app))
    assert config == {
        "url_base_pathname": None,
        "requests_pathname_prefix": "/",
        "debug": False,
        "suppress_callback_exceptions": False,
        "update_title": "Updating...",
        "plotlyjs_url": config["plotlyjs_url"],
        "dash_version": __import__("dash").__version__,
        "csrf_token_name": "_csrf_token",
        "csrf_header_name": "X-CSRFToken",
        "components": config["components"],
    }
    assert config["components"]["dash_core_components"]["Input"][0].startswith(
        "/_dash-renderer/components/dcc/Input.js?v="
    )
    if importlib.util.find_spec("plotly") is not None:
        assert config["plotlyjs_url"].startswith("/_dash-renderer/plotly.min.js?v=")
    else:
        assert config["plotlyjs_url"] is None


def test_config_without_plotly(app, monkeypatch):
    from dash import _resources

    monkeypatch.setattr(_resources, "plotly_version", lambda: None)
    assert config_of(page(app))["plotlyjs_url"] is None


def test_config_is_script_safe(make_app):
    app = make_app(title="</script><script>alert(1)</script>", update_title="</script>")
    text = page(app)
    assert "</script><script>alert" not in text
    assert config_of(text)["update_title"] == "</script>"
    assert "<title>&lt;/script&gt;" in text


def test_assets_are_included_in_order(make_app, assets):
    app = make_app(assets_folder=str(assets), assets_ignore="ignored")
    text = page(app)
    links = re.findall(r'href="(/assets/[^"]+)"', text)
    scripts = re.findall(r'src="(/assets/[^"]+)"', text)
    assert [link.split("?")[0] for link in links] == [
        "/assets/a.css",
        "/assets/b.css",
        "/assets/sub/more.css",
    ]
    assert [src.split("?")[0] for src in scripts] == ["/assets/app.js", "/assets/sub/more.js"]
    mtime = os.path.getmtime(assets / "a.css")
    assert f"/assets/a.css?m={mtime}" in links
    assert text.index("a.css") < text.index("</head>") < text.index("app.js") < text.index("renderer.js")


def fetch(client, path):
    """GET ``path`` and close the response (file responses hold an open file)."""
    response = client.get(path)
    try:
        return response.status_code, response.get_data() if response.status_code == 200 else b""
    finally:
        response.close()


def test_assets_are_served(make_app, assets):
    client = make_app(assets_folder=str(assets)).server.test_client()
    assert fetch(client, "/assets/a.css") == (200, b"p{}")
    assert fetch(client, "/assets/sub/more.js") == (200, b"1")
    assert fetch(client, "/assets/missing.css")[0] == 404
    assert fetch(client, "/assets/../secret")[0] == 404


def test_include_assets_files_false(make_app, assets):
    text = page(make_app(assets_folder=str(assets), include_assets_files=False))
    assert "/assets/" not in text


def test_relative_assets_folder_next_to_the_app(make_app):
    app = make_app(assets_folder="no-such-folder")
    assert app.config.assets_folder == os.path.join(os.path.dirname(__file__), "no-such-folder")
    assert page(app)


def test_assets_under_a_prefix(make_app, assets):
    app = make_app(
        assets_folder=str(assets), routes_pathname_prefix="/app/", requests_pathname_prefix="/proxy/app/"
    )
    text = app.server.test_client().get("/app/").get_data(as_text=True)
    assert 'href="/proxy/app/assets/a.css?m=' in text
    assert fetch(app.server.test_client(), "/app/assets/a.css")[0] == 200


def test_external_resources(make_app):
    app = make_app(
        external_stylesheets=[
            "https://cdn.example/a.css",
            {"href": "https://cdn.example/b.css", "integrity": "sha-x", "crossorigin": "anonymous"},
        ],
        external_scripts=["https://cdn.example/a.js", {"src": "https://cdn.example/b.js", "defer": True}],
        meta_tags=[
            {"name": "description", "content": "An app"},
            {"name": "viewport", "content": "width=500"},
        ],
    )
    text = page(app)
    assert '<link rel="stylesheet" href="https://cdn.example/a.css">' in text
    assert (
        '<link href="https://cdn.example/b.css" integrity="sha-x" crossorigin="anonymous" rel="stylesheet">'
        in text
    )
    assert '<script src="https://cdn.example/a.js"></script>' in text
    assert '<script src="https://cdn.example/b.js" defer></script>' in text
    assert '<meta name="description" content="An app">' in text
    assert 'content="width=500"' in text and "initial-scale=1" not in text
    assert text.index("cdn.example/a.css") < text.index("</head>")
    assert text.index("renderer.css") < text.index("cdn.example/a.css")
    assert text.index("_dash-config") < text.index("cdn.example/a.js") < text.index("renderer.js")


def test_title(make_app):
    assert "<title>My App</title>" in page(make_app(title="My App"))


def test_favicon_from_assets(make_app, tmp_path):
    (tmp_path / "favicon.ico").write_bytes(b"icon")
    app = make_app(assets_folder=str(tmp_path))
    text = page(app)
    mtime = os.path.getmtime(tmp_path / "favicon.ico")
    assert f'href="/_favicon.ico?v=m{mtime}"' in text
    assert fetch(app.server.test_client(), "/_favicon.ico") == (200, b"icon")


def test_index_string(make_app):
    app = make_app()
    app.index_string = (
        "<html><head>{%css%}</head><body>CUSTOM {%app_entry%}{%config%}{%scripts%}{%renderer%}</body></html>"
    )
    text = page(app)
    assert "CUSTOM" in text and "_dash-config" in text and "renderer.js" in text
    with pytest.raises(exceptions.InvalidIndexException, match=r"\{%config%\}, \{%renderer%\}"):
        app.index_string = "<html>{%app_entry%}{%scripts%}</html>"
    with pytest.raises(exceptions.InvalidIndexException):
        Dash(__name__, index_string="nothing")


def test_interpolate_index_override(make_app):
    class MyDash(Dash):
        def interpolate_index(self, **parts):
            return "<html>" + parts["config"] + parts["renderer"] + "</html>"

    app = MyDash(__name__)
    app.layout = html.Div()
    assert page(app).startswith('<html><script id="_dash-config"')
