"""The Dash class: constructor arguments, path prefixes, config, layout, run."""

from __future__ import annotations

import flask
import pytest

import dash
from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import exceptions
from dash import html


def test_defaults():
    app = Dash(__name__)
    assert isinstance(app.server, flask.Flask)
    assert app.config.routes_pathname_prefix == "/"
    assert app.config.requests_pathname_prefix == "/"
    assert app.config.url_base_pathname is None
    assert app.config.suppress_callback_exceptions is False
    assert app.title == "Dash"
    assert app.config.update_title == "Updating..."


def test_unknown_keyword_argument():
    with pytest.raises(TypeError, match="unexpected keyword argument 'assets_fodler'"):
        Dash(__name__, assets_fodler="x")
    with pytest.raises(TypeError, match="Plotly Dash 4 feature"):
        Dash(__name__, websocket_callbacks=True)
    Dash(__name__, compress=False, eager_loading=True)


def test_bad_server_argument():
    with pytest.raises(TypeError, match="server=...\\) must be True, False or a flask.Flask"):
        Dash(__name__, server="yes")


@pytest.mark.parametrize(
    ("kwargs", "routes", "requests"),
    [
        ({"url_base_pathname": "/app/"}, "/app/", "/app/"),
        ({"routes_pathname_prefix": "/app/"}, "/app/", "/app/"),
        ({"requests_pathname_prefix": "/proxy/"}, "/", "/proxy/"),
        (
            {"routes_pathname_prefix": "/app/", "requests_pathname_prefix": "/proxy/app/"},
            "/app/",
            "/proxy/app/",
        ),
    ],
)
def test_prefixes(kwargs, routes, requests):
    app = Dash(__name__, **kwargs)
    assert app.config.routes_pathname_prefix == routes
    assert app.config.requests_pathname_prefix == requests
    assert app.config.url_base_pathname == kwargs.get("url_base_pathname")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"url_base_pathname": "app/"}, "must start and end with '/'"),
        ({"url_base_pathname": "/app"}, "must start and end with '/'"),
        ({"routes_pathname_prefix": "app"}, "must start and end with '/'"),
        ({"requests_pathname_prefix": "/x"}, "must start and end with '/'"),
        ({"url_base_pathname": "/a/", "routes_pathname_prefix": "/a/"}, "url_base_pathname sets both"),
        (
            {"routes_pathname_prefix": "/app/", "requests_pathname_prefix": "/other/"},
            "must end with routes_pathname_prefix",
        ),
    ],
)
def test_bad_prefixes(kwargs, message):
    with pytest.raises(exceptions.InvalidConfig, match=message):
        Dash(__name__, **kwargs)
    with pytest.raises(ValueError):
        Dash(__name__, **kwargs)


def test_prefixed_routes(make_app):
    app = make_app(url_base_pathname="/app/")
    client = app.server.test_client()
    assert client.get("/app/").status_code == 200
    assert client.get("/app/_dash-layout").status_code == 200
    assert client.get("/app/_dash-dependencies").status_code == 200
    assert client.get("/").status_code == 404
    assert client.get("/_dash-layout").status_code == 404
    assert client.get("/app").status_code in (301, 308)
    page = client.get("/app/").get_data(as_text=True)
    assert 'href="/app/_dash-renderer/renderer.css?v=' in page
    assert 'src="/app/_dash-renderer/renderer.js?v=' in page
    assert '"url_base_pathname":"\\u002fapp\\u002f"' in page


def test_catch_all_index_for_client_side_routing(client):
    for path in ("/", "/page-1", "/a/b/c"):
        response = client.get(path)
        assert response.status_code == 200
        assert response.content_type == "text/html; charset=utf-8"
    assert client.post("/").status_code == 405


def test_read_only_config():
    app = Dash(__name__)
    with pytest.raises(AttributeError, match="read-only"):
        app.config.requests_pathname_prefix = "/x/"
    with pytest.raises(AttributeError, match="read-only"):
        app.config["assets_folder"] = "x"
    app.config.suppress_callback_exceptions = True
    app.title = "New"
    assert app.config.title == "New"
    with pytest.raises(AttributeError, match="no key 'nope'"):
        _ = app.config.nope


def test_bad_max_request_bytes():
    with pytest.raises(exceptions.InvalidConfig, match="max_request_bytes"):
        Dash(__name__, max_request_bytes=0)


def test_layout_json(client):
    response = client.get("/_dash-layout")
    assert response.status_code == 200
    assert response.content_type == "application/json"
    layout = response.get_json()
    assert layout["type"] == "Div" and layout["namespace"] == "dash_html_components"
    assert layout["props"]["children"][0] == {
        "props": {"id": "in", "value": "hello"},
        "type": "Input",
        "namespace": "dash_core_components",
    }


def test_layout_function_is_called_per_request():
    app = Dash(__name__)
    calls = []

    def layout():
        calls.append(1)
        return html.Div(f"call {len(calls)}", id="root")

    app.layout = layout
    client = app.server.test_client()
    assert client.get("/").status_code == 200
    assert calls == []
    assert client.get("/_dash-layout").get_json()["props"]["children"] == "call 1"
    assert client.get("/_dash-layout").get_json()["props"]["children"] == "call 2"


def test_layout_as_list():
    app = Dash(__name__)
    app.layout = [html.Div("a"), html.Div("b")]
    layout = app.server.test_client().get("/_dash-layout").get_json()
    assert layout["type"] == "Div"
    assert [child["props"]["children"] for child in layout["props"]["children"]] == ["a", "b"]


def test_invalid_layout():
    app = Dash(__name__)
    with pytest.raises(exceptions.InvalidLayoutError, match="must be a component"):
        app.layout = "text"


def test_no_layout():
    app = Dash(__name__)
    response = app.server.test_client().get("/_dash-layout")
    assert response.status_code == 500
    assert response.get_json()["error"]["type"] == "NoLayoutException"


def test_server_false_and_init_app(make_app):
    app = Dash(__name__, server=False)
    assert app.server is None
    app.layout = html.Div(id="x")
    server = flask.Flask(__name__)
    app.init_app(server)
    app.init_app(server)  # idempotent
    assert app.server is server
    assert server.test_client().get("/_dash-layout").status_code == 200
    with pytest.raises(RuntimeError, match="already attached"):
        app.init_app(flask.Flask(__name__))
    with pytest.raises(TypeError, match="needs a flask.Flask app"):
        Dash(__name__, server=False).init_app()


def test_run(monkeypatch):
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="a"), html.Div(id="b")])
    calls = []
    monkeypatch.setattr(app.server, "run", lambda **kwargs: calls.append(kwargs))
    app.run()
    assert calls[-1] == {"host": "127.0.0.1", "port": 8050, "debug": False, "use_reloader": False}
    assert app._debug is False
    app.run(host="0.0.0.0", port="9000", debug=True, threaded=True)
    assert calls[-1] == {
        "host": "0.0.0.0",
        "port": 9000,
        "debug": True,
        "use_reloader": True,
        "threaded": True,
    }
    assert app._debug is True
    assert app._config()["debug"] is True
    monkeypatch.setenv("PORT", "9100")
    app.run(debug=False, dev_tools_hot_reload=False)
    assert calls[-1]["port"] == 9100


def test_run_validates_the_layout(monkeypatch, caplog):
    app = Dash(__name__)
    monkeypatch.setattr(app.server, "run", lambda **kwargs: None)
    with pytest.raises(exceptions.NoLayoutException, match="Set app.layout"):
        app.run()
    app.layout = html.Div(id="a")

    @app.callback(Output("a", "children"), Input("missing", "value"))
    def f(value):
        return value

    app.run()  # a missing id is a warning: multi-page apps add components later
    assert any("'missing'" in r.getMessage() for r in caplog.records if r.levelname == "WARNING")


def test_run_server_alias_warns(monkeypatch):
    app = Dash(__name__)
    app.layout = html.Div()
    monkeypatch.setattr(app.server, "run", lambda **kwargs: None)
    with pytest.warns(DeprecationWarning, match="use app.run"):
        app.run_server()


def test_enable_dev_tools(monkeypatch):
    app = Dash(__name__)
    assert app.enable_dev_tools(debug=True, dev_tools_ui=False) is True
    with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
        app.enable_dev_tools(nope=1)
    monkeypatch.setenv("DASH_DEBUG", "true")
    assert app.enable_dev_tools() is True


def test_urls():
    app = Dash(__name__, requests_pathname_prefix="/proxy/")
    assert app.get_asset_url("style.css") == "/proxy/assets/style.css"
    assert app.get_asset_url("/img/a.png") == "/proxy/assets/img/a.png"
    assert app.get_relative_path("/page") == "/proxy/page"
    assert app.get_relative_path("") == "/proxy/"
    assert app.strip_relative_path("/proxy/page/") == "page"
    assert app.strip_relative_path(None) is None
    with pytest.raises(exceptions.UnsupportedRelativePath, match="starts with '/'"):
        app.get_relative_path("page")
    assert Dash(__name__).get_relative_path("/page") == "/page"


def test_callback_map(app):
    @app.callback(Output("out", "children"), Input("in", "value"))
    def f(value):
        return value

    assert list(app.callback_map) == ["out.children"]


def test_public_names():
    for name in (
        "Dash",
        "Input",
        "Output",
        "State",
        "MATCH",
        "ALL",
        "ALLSMALLER",
        "callback",
        "clientside_callback",
        "ClientsideFunction",
        "callback_context",
        "ctx",
        "no_update",
        "html",
        "dcc",
        "exceptions",
        "PreventUpdate",
        "set_props",
        "__version__",
    ):
        assert hasattr(dash, name), name
    assert dash.__version__ == dash._version.__version__
    assert dash.PreventUpdate is dash.exceptions.PreventUpdate
    assert dash.callback_context is dash.ctx


def test_setup_server_runs_once_before_the_first_request():
    """Plotly's ``_setup_server`` hook: subclasses (dash-extensions' DashProxy) register callbacks there."""
    calls = []

    class Proxy(Dash):
        def _setup_server(self):
            first = not self._got_first_request["setup_server"]
            calls.append(first)
            if first:
                self.callback(Output("out", "children"), Input("in", "value"))(lambda value: value)
            super()._setup_server()

    app = Proxy(__name__)
    app.layout = html.Div([dcc.Input(id="in"), html.Div(id="out")])
    assert calls == [] and app._got_first_request == {"setup_server": False}
    client = app.server.test_client()
    deps = client.get("/_dash-dependencies").get_json()
    assert [dep["output"] for dep in deps] == ["out.children"]
    client.get("/")
    client.get("/_dash-layout")
    assert calls == [True]
    assert app._got_first_request == {"setup_server": True}
