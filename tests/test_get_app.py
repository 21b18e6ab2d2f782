"""dash.get_app(), dash.stringify_id, run(proxy=...) and Plotly's exception names."""

from __future__ import annotations

import pytest

import dash
from dash import Dash
from dash import Input
from dash import Output
from dash import _get_paths
from dash import exceptions
from dash import html


def test_get_app_outside_a_request_is_the_latest_app():
    first = Dash(__name__)
    second = Dash(__name__)
    assert dash.get_app() is second
    assert first is not second


def test_get_app_inside_a_request_is_the_app_serving_it():
    first = Dash(__name__)
    first.layout = html.Div([html.Button(id="b"), html.Div(id="out")])

    @first.callback(Output("out", "children"), Input("b", "n_clicks"))
    def which(n):
        return "first" if dash.get_app() is first else "other"

    Dash(__name__)  # created later: get_app() outside a request would answer this one
    body = {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "b", "property": "n_clicks", "value": 1}],
        "changedPropIds": ["b.n_clicks"],
    }
    answer = first.server.test_client().post("/_dash-update-component", json=body).get_json()
    assert answer["response"]["out"]["children"] == "first"


def test_get_app_before_any_app_is_explained(monkeypatch):
    monkeypatch.setattr(_get_paths, "_app", None)
    with pytest.raises(exceptions.AppNotFoundError, match="create it with app = Dash"):
        dash.get_app()


def test_stringify_id_is_public():
    assert dash.stringify_id("plain") == "plain"
    assert dash.stringify_id({"type": "a", "index": 1}) == '{"index":1,"type":"a"}'


def test_plotly_exception_names_exist_with_their_bases():
    assert issubclass(exceptions.InvalidComponentIdError, exceptions.IDsCantContainPeriods)
    assert issubclass(exceptions.BackgroundCallbackError, exceptions.CallbackException)
    for name in (
        "PageError",
        "AppNotFoundError",
        "ProxyError",
        "MissingLongCallbackManagerError",
        "ResourceException",
    ):
        assert issubclass(getattr(exceptions, name), exceptions.DashException)
    assert dash._pages.PageError is exceptions.PageError


def test_run_proxy_prints_the_public_url_and_checks_the_served_one(monkeypatch, capsys):
    app = Dash(__name__, requests_pathname_prefix="/app/")
    app.layout = html.Div("x")
    monkeypatch.setattr(app.server, "run", lambda **kwargs: None)
    app.run(host="127.0.0.1", port=8123, proxy="http://127.0.0.1:8123::https://example.com/")
    assert "Dash is running on https://example.com/app/" in capsys.readouterr().err
    with pytest.raises(exceptions.ProxyError, match="must be http\\(s\\)://127.0.0.1:8050"):
        app.run(proxy="http://0.0.0.0:9000::https://example.com")
    with pytest.raises(exceptions.ProxyError, match="must be 'served_url::public_url'"):
        app.run(proxy="https://example.com")
