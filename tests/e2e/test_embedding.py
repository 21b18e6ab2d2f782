"""A Dash app mounted at /dash/ inside a Flask app whose before_request demands a login cookie."""

from __future__ import annotations

import flask
from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import html


def make_server():
    server = flask.Flask(__name__)

    @server.before_request
    def login_guard():
        if flask.request.path.startswith("/login") or flask.request.cookies.get("session-ok") == "yes":
            return None
        if flask.request.path.startswith("/dash/_dash-"):
            return flask.Response('{"error": "login required"}', status=401, content_type="application/json")
        return flask.redirect("/login")

    @server.route("/login")
    def login():
        if flask.request.args.get("ok"):
            response = flask.redirect("/dash/")
            response.set_cookie("session-ok", "yes")
            return response
        return "<p id='login'>please log in</p>"

    @server.route("/")
    def home():
        return "flask home"

    app = Dash(__name__, server=server, url_base_pathname="/dash/")
    app.layout = html.Div([dcc.Input(id="in", value="x"), html.Div(id="out"), dcc.Location(id="url")])

    @app.callback(Output("out", "children"), Input("in", "value"), Input("url", "pathname"))
    def echo(value, pathname):
        return f"{pathname}:{value}"

    return server


def test_app_under_a_prefix_behind_a_login_guard(dash_page):
    url = dash_page.serve(make_server())
    page = dash_page.page
    page.goto(url + "/dash/")
    expect(page.locator("#login")).to_have_text("please log in")

    page.goto(url + "/login?ok=1")
    dash_page.wait_idle()
    assert page.url == url + "/dash/"
    dash_page.expect_text("out", "/dash/:x")
    dash_page.by_id("in").fill("typed")
    dash_page.expect_text("out", "/dash/:typed")
    assert page.evaluate("() => dash_renderer.config.requests_pathname_prefix") == "/dash/"
    assert dash_page.errors() == []

    # a client-side route under the prefix is served by the catch-all and renders too
    page.goto(url + "/dash/some/page")
    dash_page.wait_idle()
    dash_page.expect_text("out", "/dash/some/page:x")


def test_layout_request_refused_shows_a_message(dash_page):
    url = dash_page.serve(make_server())
    page = dash_page.page
    page.goto(url + "/login?ok=1")
    dash_page.wait_idle()
    page.context.clear_cookies()
    page.goto(url + "/dash/")  # without the cookie the guard redirects the page itself
    expect(page.locator("#login")).to_be_visible()

    # the page got through but the session ended before the layout request: a visible message
    page.context.add_cookies([{"name": "session-ok", "value": "yes", "url": url}])
    page.route(
        "**/dash/_dash-layout",
        lambda route: route.fulfill(
            status=401, content_type="application/json", body='{"error": "login required"}'
        ),
    )
    dash_page.url = url
    dash_page.open("/dash/")
    expect(page.locator(".dash-load-error")).to_contain_text(
        "Loading '_dash-layout' failed: the server answered 401"
    )
