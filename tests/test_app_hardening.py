"""``app.run()`` and the layout route under mistakes (issue 16): a layout function only runs inside a
request, one that raises gets our JSON error, and debug mode on a reachable address is called out."""

from __future__ import annotations

import logging

import flask
import pytest

from dash import Dash
from dash import html
from dash.app import _is_loopback


@pytest.fixture
def runnable(monkeypatch):
    """``runnable(layout)``: a Dash app whose Flask ``run`` only records its arguments."""

    def build(layout):
        app = Dash(__name__)
        app.layout = layout
        calls = []
        monkeypatch.setattr(app.server, "run", lambda **kwargs: calls.append(kwargs))
        app.calls = calls
        return app

    return build


def test_run_does_not_call_a_layout_function(runnable):
    """A layout reading flask.request works: run() does not call it outside a request."""
    calls = []

    def layout():
        calls.append(1)
        return html.Div(flask.request.args.get("name", "nobody"), id="greeting")

    app = runnable(layout)
    app.run()
    assert app.calls and calls == []
    response = app.server.test_client().get("/_dash-layout?name=ada")
    assert response.status_code == 200 and "ada" in response.get_data(as_text=True)
    assert calls == [1]


def test_run_does_not_call_a_layout_function_in_debug_either(runnable):
    app = runnable(lambda: pytest.fail("the layout function ran at start"))
    app.run(debug=True, use_reloader=False)
    assert app.calls


@pytest.mark.parametrize("debug", [False, True])
def test_a_layout_function_that_raises_gets_a_json_500(make_app, caplog, debug):
    def layout():
        raise ValueError("the database at /srv/secret is down")

    app = make_app(layout=layout)
    app.enable_dev_tools(debug=debug)
    with caplog.at_level(logging.ERROR):
        response = app.server.test_client().get("/_dash-layout")
    assert response.status_code == 500 and response.content_type == "application/json"
    error = response.get_json()["error"]
    assert error["type"] == "LayoutError" and error["message"].endswith(".")
    assert "ValueError" in caplog.text and "/srv/secret" in caplog.text
    text = response.get_data(as_text=True)
    if debug:
        assert error["exception"] == "ValueError: the database at /srv/secret is down"
        assert "Traceback" in error["traceback"]
    else:
        assert "secret" not in text and "Traceback" not in text and "See the server log" in error["message"]


def test_a_layout_function_returning_what_json_cannot_hold_gets_a_json_500(make_app):
    app = make_app(layout=lambda: html.Div(object()))
    response = app.server.test_client().get("/_dash-layout")
    assert response.status_code == 500 and response.get_json()["error"]["type"] == "LayoutError"


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org", "[::]"])
def test_debug_on_a_reachable_address_prints_a_warning(runnable, capsys, host):
    runnable(html.Div()).run(host=host, debug=True)
    err = capsys.readouterr().err
    assert "WARNING: debug mode is on" in err and host in err and "host='127.0.0.1'" in err


@pytest.mark.parametrize(
    ("host", "debug"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True), ("0.0.0.0", False)],
)
def test_no_warning_on_loopback_or_without_debug(runnable, capsys, host, debug):
    runnable(html.Div()).run(host=host, debug=debug)
    assert "WARNING" not in capsys.readouterr().err


def test_the_warning_is_printed_once_not_again_in_the_reloader_child(runnable, capsys, monkeypatch):
    monkeypatch.setenv("WERKZEUG_RUN_MAIN", "true")
    runnable(html.Div()).run(host="0.0.0.0", debug=True)
    assert "WARNING" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("LOCALHOST", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("10.0.0.1", False),
        ("", False),
    ],
)
def test_is_loopback(host, loopback):
    assert _is_loopback(host) is loopback
