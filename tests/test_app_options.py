"""Dash() options of Plotly Dash 3/4: health_endpoint, plugins, assets_external_path."""

from __future__ import annotations

import flask
import pytest

from dash import Dash
from dash import exceptions
from dash import html


def test_health_endpoint_answers_ok_as_plain_text():
    app = Dash(__name__, health_endpoint="health")
    app.layout = html.Div("x")
    response = app.server.test_client().get("/health")
    assert response.status_code == 200
    assert response.get_data(as_text=True) == "OK"
    assert response.mimetype == "text/plain"


def test_health_endpoint_is_under_the_routes_prefix_and_off_by_default():
    app = Dash(__name__, routes_pathname_prefix="/app/", health_endpoint="status/live")
    client = app.server.test_client()
    assert client.get("/app/status/live").get_data(as_text=True) == "OK"
    plain = Dash(__name__).server.test_client().get("/health")
    assert plain.status_code == 200 and plain.mimetype == "text/html"  # the index page, as any unknown path


@pytest.mark.parametrize("value", ["/health", "", 5, "item/<id>"])
def test_bad_health_endpoint_is_explained(value):
    with pytest.raises(
        exceptions.InvalidConfig, match="health_endpoint=...\\) must be a path inside the app"
    ):
        Dash(__name__, health_endpoint=value)


def test_plugins_are_plugged_once_with_the_app_after_its_server_is_attached():
    seen = []

    class Plugin:
        def plug(self, app):
            seen.append((app, isinstance(app.server, flask.Flask)))

            @app.server.route("/plugin-route")
            def plugin_route():
                return "from the plugin"

    app = Dash(__name__, plugins=[Plugin()])
    assert seen == [(app, True)]
    assert app.server.test_client().get("/plugin-route").get_data(as_text=True) == "from the plugin"


@pytest.mark.parametrize(
    ("plugins", "message"),
    [(["not a plugin"], "has no plug\\(app\\) method"), (object(), "must be a list of objects with a plug")],
)
def test_bad_plugins_are_explained(plugins, message):
    with pytest.raises(TypeError, match=message):
        Dash(__name__, plugins=plugins)


@pytest.fixture
def assets(tmp_path):
    folder = tmp_path / "assets"
    folder.mkdir()
    (folder / "style.css").write_text("body { color: red }")
    (folder / "app.js").write_text("window.x = 1")
    return folder


def test_get_asset_url_uses_the_external_path(assets):
    app = Dash(__name__, assets_folder=str(assets), assets_external_path="https://cdn.example.com/site/")
    assert app.get_asset_url("logo.png") == "https://cdn.example.com/site/assets/logo.png"
    local = Dash(__name__, assets_folder=str(assets), requests_pathname_prefix="/p/")
    assert local.get_asset_url("logo.png") == "/p/assets/logo.png"


def test_index_loads_assets_from_the_external_path_only_when_not_serving_locally(assets):
    external = Dash(
        __name__,
        assets_folder=str(assets),
        assets_external_path="https://cdn.example.com",
        serve_locally=False,
    )
    external.layout = html.Div("x")
    page = external.server.test_client().get("/").get_data(as_text=True)
    assert 'href="https://cdn.example.com/assets/style.css"' in page
    assert 'src="https://cdn.example.com/assets/app.js"' in page

    local = Dash(__name__, assets_folder=str(assets), assets_external_path="https://cdn.example.com")
    local.layout = html.Div("x")
    page = local.server.test_client().get("/").get_data(as_text=True)
    assert 'href="/assets/style.css?m=' in page
    assert "cdn.example.com" not in page


def test_assets_external_path_from_the_environment(assets, monkeypatch):
    monkeypatch.setenv("DASH_ASSETS_EXTERNAL_PATH", "https://env.example.com")
    app = Dash(__name__, assets_folder=str(assets))
    assert app.get_asset_url("a.css") == "https://env.example.com/assets/a.css"
