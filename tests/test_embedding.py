"""A Dash app inside an existing Flask app: login guard, blueprints, ProxyFix, DispatcherMiddleware."""

from __future__ import annotations

import flask
import pytest
from werkzeug.middleware.dispatcher import DispatcherMiddleware
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.test import Client

from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import html


def add_echo(app):
    @app.callback(Output("out", "children"), Input("in", "value"))
    def echo(value):
        return f"echo:{value}"


def echo_body(value="v"):
    return {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": value}],
        "changedPropIds": ["in.value"],
    }


def layout():
    return html.Div([dcc.Input(id="in"), html.Div(id="out")])


@pytest.fixture
def host():
    server = flask.Flask("host")

    @server.route("/")
    def index():
        return "host index"

    @server.route("/hello")
    def hello():
        return "host hello"

    return server


def test_beside_the_host_routes(host):
    app = Dash(__name__, server=host, url_base_pathname="/dash/")
    app.layout = layout()
    add_echo(app)
    client = host.test_client()
    assert client.get("/").get_data(as_text=True) == "host index"
    assert client.get("/hello").get_data(as_text=True) == "host hello"
    assert client.get("/nothing").status_code == 404  # the catch-all stays under the dash prefix
    assert client.get("/dash/").status_code == 200
    assert client.get("/dash/some/page").status_code == 200
    response = client.post("/dash/_dash-update-component", json=echo_body())
    assert response.get_json()["response"] == {"out": {"children": "echo:v"}}


def test_behind_a_login_guard(host):
    @host.before_request
    def guard():
        if flask.request.path.startswith("/dash/") and flask.request.headers.get("X-User") != "alice":
            return flask.Response("login required", status=401)
        return None

    app = Dash(__name__, server=host, url_base_pathname="/dash/")
    app.layout = layout()
    add_echo(app)
    client = host.test_client()
    for path in (
        "/dash/",
        "/dash/_dash-layout",
        "/dash/_dash-dependencies",
        "/dash/_dash-renderer/renderer.js",
    ):
        assert client.get(path).status_code == 401
    assert client.post("/dash/_dash-update-component", json=echo_body()).status_code == 401
    assert client.get("/dash/", headers={"X-User": "alice"}).status_code == 200
    response = client.post("/dash/_dash-update-component", json=echo_body(), headers={"X-User": "alice"})
    assert response.status_code == 200


def test_with_blueprints_and_two_dash_apps(host):
    pages = flask.Blueprint("pages", __name__, url_prefix="/pages")

    @pages.route("/about")
    def about():
        return "about"

    @pages.route("/index")
    def index():
        return flask.url_for("index") + " " + flask.url_for("pages.index")

    host.register_blueprint(pages)
    first = Dash(__name__, server=host, url_base_pathname="/one/")
    second = Dash(__name__, server=host, url_base_pathname="/two/")
    for app in (first, second):
        app.layout = layout()
    add_echo(first)

    @second.callback(Output("out", "children"), Input("in", "value"))
    def other(value):
        return f"two:{value}"

    client = host.test_client()
    assert client.get("/pages/about").get_data(as_text=True) == "about"
    assert client.get("/pages/index").get_data(as_text=True) == "/ /pages/index"
    assert (
        client.post("/one/_dash-update-component", json=echo_body()).get_json()["response"]["out"]["children"]
        == "echo:v"
    )
    assert (
        client.post("/two/_dash-update-component", json=echo_body()).get_json()["response"]["out"]["children"]
        == "two:v"
    )
    assert len({name for name in host.blueprints if name.startswith("dash_app_")}) == 2


def test_under_proxy_fix():
    server = flask.Flask("proxied")
    server.wsgi_app = ProxyFix(server.wsgi_app, x_for=1, x_proto=1, x_host=1, x_prefix=1)
    app = Dash(__name__, server=server, requests_pathname_prefix="/proxy/", routes_pathname_prefix="/")
    app.layout = layout()
    add_echo(app)
    client = server.test_client()
    headers = {
        "X-Forwarded-Prefix": "/proxy",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "example.org",
    }
    page = client.get("/", headers=headers).get_data(as_text=True)
    assert 'src="/proxy/_dash-renderer/renderer.js?v=' in page
    response = client.post("/_dash-update-component", json=echo_body(), headers=headers)
    assert response.get_json()["response"] == {"out": {"children": "echo:v"}}


def test_under_dispatcher_middleware():
    host = flask.Flask("host")

    @host.route("/")
    def index():
        return "host"

    inner = flask.Flask("inner")
    app = Dash(__name__, server=inner, routes_pathname_prefix="/", requests_pathname_prefix="/sub/")
    app.layout = layout()
    add_echo(app)
    client = Client(DispatcherMiddleware(host, {"/sub": inner}))
    assert client.get("/").get_data(as_text=True) == "host"
    page = client.get("/sub/")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert 'href="/sub/_dash-renderer/renderer.css?v=' in text
    assert '"requests_pathname_prefix":"\\u002fsub\\u002f"' in text
    assert client.get("/sub/_dash-layout").status_code == 200
    response = client.post("/sub/_dash-update-component", json=echo_body("w"))
    assert response.get_json()["response"] == {"out": {"children": "echo:w"}}


def test_dispatcher_with_url_base_pathname():
    inner = flask.Flask("inner")
    app = Dash(__name__, server=inner, routes_pathname_prefix="/dash/", requests_pathname_prefix="/sub/dash/")
    app.layout = layout()
    client = Client(DispatcherMiddleware(flask.Flask("host"), {"/sub": inner}))
    assert client.get("/sub/dash/_dash-dependencies").status_code == 200
    assert 'src="/sub/dash/_dash-renderer/renderer.js' in client.get("/sub/dash/").get_data(as_text=True)


def test_server_false_then_init_app_in_a_factory():
    app = Dash(__name__, server=False, url_base_pathname="/dash/")
    app.layout = layout()
    add_echo(app)

    def create_app():
        server = flask.Flask("factory")
        app.init_app(server)
        return server

    server = create_app()
    assert server.test_client().post("/dash/_dash-update-component", json=echo_body()).status_code == 200
