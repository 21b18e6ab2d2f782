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


def test_renderer_hooks_become_app_renderer_served_as_files_before_the_renderer():
    app = Dash(__name__, hooks={"request_pre": "function (payload) { console.log(payload) }"})
    app.layout = html.Div("x")
    assert (
        app.renderer
        == "var renderer = new DashRenderer({request_pre: function (payload) { console.log(payload) }});"
    )
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    adapter = page.index("/_dash-renderer/components/ext/hooks.js?v=")
    hooks_file = page.index("/_dash-hooks.js?v=")
    renderer = page.index("/_dash-renderer/renderer.js?v=")
    assert adapter < hooks_file < renderer
    assert "console.log(payload)" not in page  # never inline: a strict CSP holds
    served = client.get("/_dash-hooks.js")
    assert served.mimetype == "text/javascript"
    assert served.get_data(as_text=True).strip() == app.renderer


def test_without_hooks_nothing_is_added_and_app_renderer_is_plotlys_default():
    app = Dash(__name__)
    app.layout = html.Div("x")
    assert app.renderer == "var renderer = new DashRenderer();"
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert "_dash-hooks.js" not in page and "ext/hooks.js" not in page


@pytest.mark.parametrize(
    ("hooks", "message"),
    [
        ({"on_load": "function () {}"}, "has no renderer hook 'on_load'. The hooks are layout_pre"),
        ({"request_pre": 5}, "must be the JavaScript source of a function as a string"),
        (["request_pre"], "must be a dict of renderer hook name"),
    ],
)
def test_bad_renderer_hooks_are_explained(hooks, message):
    with pytest.raises(TypeError, match=message):
        Dash(__name__, hooks=hooks)


def test_csrf_names_reach_the_renderer_config():
    app = Dash(__name__, csrf_token_name="csrftoken", csrf_header_name="X-CSRF")
    app.layout = html.Div("x")
    config = app._config()
    assert (config["csrf_token_name"], config["csrf_header_name"]) == ("csrftoken", "X-CSRF")
    default = Dash(__name__)._config()
    assert (default["csrf_token_name"], default["csrf_header_name"]) == ("_csrf_token", "X-CSRFToken")


@pytest.mark.parametrize("value", ["", "a b", "x;y", 3])
def test_bad_csrf_names_are_explained(value):
    with pytest.raises(exceptions.InvalidConfig, match="csrf_token_name=...\\) must be a non-empty cookie"):
        Dash(__name__, csrf_token_name=value)


def test_backend_flask_is_accepted_and_others_are_explained():
    Dash(__name__, backend="flask")
    with pytest.raises(exceptions.InvalidConfig, match="this dash runs on Flask only"):
        Dash(__name__, backend="fastapi")


def test_show_undo_redo_says_the_buttons_are_not_drawn():
    with pytest.warns(UserWarning, match="draws no undo/redo buttons"):
        Dash(__name__, show_undo_redo=True)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Dash(__name__, show_undo_redo=False, add_log_handler=True)


def test_compress_answers_with_flask_compress():
    app = Dash(__name__, compress=True)
    app.layout = html.Div("x" * 5000, id="big")
    response = app.server.test_client().get("/_dash-layout", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    import gzip
    import json

    assert json.loads(gzip.decompress(response.data))["props"]["children"] == "x" * 5000
    plain = Dash(__name__)
    plain.layout = html.Div("x" * 5000)
    assert (
        "Content-Encoding"
        not in plain.server.test_client().get("/_dash-layout", headers={"Accept-Encoding": "gzip"}).headers
    )


def test_compress_from_the_environment_and_missing_package(monkeypatch):
    monkeypatch.setenv("DASH_COMPRESS", "1")
    assert Dash(__name__).config.compress is True
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "flask_compress" else real(name, *a)
    )
    with pytest.raises(ImportError, match='pip install ".\\[compress\\]"'):
        Dash(__name__, compress=True)


def test_csp_hashes_cover_inline_scripts_of_a_custom_index_only():
    import base64
    import hashlib

    assert Dash(__name__).csp_hashes() == []  # the default page has no inline script
    app = Dash(__name__)
    app.index_string = """<!DOCTYPE html><html><head>{%metas%}<title>{%title%}</title>{%css%}
    <script>window.analytics = 1;</script><script type="application/json">{"not": "run"}</script>
    <script src="/x.js"></script></head><body>{%app_entry%}<footer>{%config%}{%scripts%}{%renderer%}</footer>
    </body></html>"""
    digest = base64.b64encode(hashlib.sha256(b"window.analytics = 1;").digest()).decode()
    assert app.csp_hashes() == [f"'sha256-{digest}'"]
    assert app.csp_hashes("sha512")[0].startswith("'sha512-")
    with pytest.raises(ValueError, match="csp_hashes\\(\\) takes 'sha256'"):
        app.csp_hashes("md5")


def test_get_layout_calls_the_layout_function():
    app = Dash(__name__)
    app.layout = lambda: html.Div("fresh", id="f")
    assert app.get_layout().children == "fresh"
