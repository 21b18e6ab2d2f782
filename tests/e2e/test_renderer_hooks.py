"""Dash(hooks={...}) and app.renderer: Plotly Dash's renderer hooks, in Chromium under the strict CSP."""

from __future__ import annotations

import flask

from dash import Dash
from dash import Input
from dash import Output
from dash import html

from .conftest import TIMEOUT

HOOKS = {
    "layout_pre": "function () { window.hookLog = (window.hookLog || []).concat(['layout_pre']) }",
    "layout_post": """function (layout) {
        window.hookLog.push('layout_post')
        layout.props.children.push({type: 'Div', namespace: 'dash_html_components',
                                    props: {id: 'added', children: 'added by layout_post'}})
    }""",
    "request_pre": "function (payload) { window.hookLog.push('request_pre'); payload.inputs[0].value = 'changed' }",
    "request_post": "function (payload, response) { window.hookLog.push('request_post:' + response.response.out.children) }",
    "callback_resolved": "function (callback, response) { window.hookLog.push('resolved:' + callback.output) }",
}


def _app(**kwargs):
    app = Dash(__name__, **kwargs)
    app.layout = html.Div([html.Button("go", id="go", title="original"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("go", "title"))
    def echo(title):
        return f"server saw {title}"

    return app


def test_hooks_see_and_change_the_layout_and_requests(dash_page):
    page = dash_page.start(_app(hooks=HOOKS)).page
    dash_page.expect_text("added", "added by layout_post")
    dash_page.expect_text("out", "server saw changed")  # request_pre rewrote the input value
    page.wait_for_function("window.hookLog.includes('resolved:out.children')", timeout=TIMEOUT)
    log = page.evaluate("window.hookLog")
    assert log[:3] == ["layout_pre", "layout_post", "request_pre"]
    assert "request_post:server saw changed" in log
    assert dash_page.errors() == []


def test_app_renderer_string_as_plotly_documents_it(dash_page):
    app = _app()
    app.renderer = """
        var renderer = new DashRenderer({
            request_pre: (payload) => { window.seen = payload.output }
        })
    """
    page = dash_page.start(app).page
    dash_page.expect_text("out", "server saw original")
    page.wait_for_function("window.seen === 'out.children'", timeout=TIMEOUT)


def test_request_refresh_jwt_retries_with_the_new_token(dash_page):
    app = _app(
        hooks={
            "request_refresh_jwt": "async function (old) { window.oldJwt = old; return 'fresh-token' }",
        }
    )
    seen = []

    @app.server.before_request
    def need_token():
        if flask.request.path.endswith("_dash-update-component"):
            seen.append(flask.request.headers.get("Authorization"))
            if flask.request.headers.get("Authorization") != "Bearer fresh-token":
                return flask.Response("JWT Expired", status=401)
        return None

    page = dash_page.start(app).page
    dash_page.expect_text("out", "server saw original")
    assert page.evaluate("window.oldJwt") is None
    assert seen == [None, "Bearer fresh-token"]


def test_csrf_cookie_is_sent_as_a_header_on_every_request(dash_page):
    app = _app(csrf_token_name="csrftoken", csrf_header_name="X-CSRFToken")
    seen = []

    @app.server.before_request
    def check_csrf():
        if "_dash-" in flask.request.path and not flask.request.path.endswith(".js"):
            seen.append((flask.request.path.rsplit("/", 1)[-1], flask.request.headers.get("X-CSRFToken")))

    url = dash_page.serve(app)
    dash_page.page.context.add_cookies([{"name": "csrftoken", "value": "tok%20en", "url": url}])
    dash_page.url = url
    dash_page.open("/")
    dash_page.expect_text("out", "server saw original")
    assert ("_dash-update-component", "tok en") in seen
    assert ("_dash-layout", "tok en") in seen
