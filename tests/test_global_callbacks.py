"""Module-level ``@callback``s with two Dash apps in one process (tests, DispatcherMiddleware).

Every app serves the module-level callbacks; an app whose layout has none of a module-level callback's
ids does not warn about it, and an app's own callback wins over a module-level one for the same output.
"""

from __future__ import annotations

import dash
from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import html


def two_apps():
    app_a = Dash(__name__)
    app_a.layout = html.Div([dcc.Input(id="a-in", value="x"), html.Div(id="a-out")])
    app_a.callback(Output("a-out", "children"), Input("a-in", "value"))(lambda v: f"a:{v}")
    app_b = Dash(__name__)
    app_b.layout = html.Div([dcc.Input(id="b-in", value="y"), html.Div(id="b-out")])
    return app_a, app_b


def test_a_module_callback_for_one_app_does_not_break_the_other(caplog, h):
    app_a, app_b = two_apps()

    @dash.callback(Output("b-out", "children"), Input("b-in", "value"))
    def for_b(value):
        return f"b:{value}"

    client_a, client_b = app_a.server.test_client(), app_b.server.test_client()
    for client in (client_a, client_b):
        for route in ("/", "/_dash-layout", "/_dash-dependencies"):
            assert client.get(route).status_code == 200
    assert [r for r in caplog.records if r.levelname == "WARNING"] == []
    answer = h.post(
        client_b,
        h.body("b-out.children", {"id": "b-out", "property": "children"}, [h.item("b-in", "value", "z")]),
    )
    assert answer.get_json()["response"] == {"b-out": {"children": "b:z"}}
    answer = h.post(
        client_a,
        h.body("a-out.children", {"id": "a-out", "property": "children"}, [h.item("a-in", "value", "q")]),
    )
    assert answer.get_json()["response"] == {"a-out": {"children": "a:q"}}


def test_a_module_callback_half_in_an_app_warns_there(caplog):
    app_a, app_b = two_apps()
    dash.callback(Output("a-out", "title"), Input("b-in", "value"))(lambda v: v)
    assert app_a.server.test_client().get("/_dash-layout").status_code == 200
    assert app_b.server.test_client().get("/_dash-layout").status_code == 200
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 2  # each app lacks one of the two ids
    assert any("'b-in'" in w for w in warnings) and any("'a-out'" in w for w in warnings)


def test_own_callback_wins_over_a_module_callback_for_the_same_output(caplog, h):
    app_a, app_b = two_apps()
    dash.callback(Output("a-out", "children"), Input("a-in", "value"))(lambda v: f"module:{v}")
    deps_a = app_a.server.test_client().get("/_dash-dependencies").get_json()
    assert len(deps_a) == 1
    deps_b = app_b.server.test_client().get("/_dash-dependencies").get_json()
    assert [dep["output"] for dep in deps_b] == ["a-out.children"]
    client = app_a.server.test_client()
    answer = h.post(
        client,
        h.body("a-out.children", {"id": "a-out", "property": "children"}, [h.item("a-in", "value", "q")]),
    )
    assert answer.get_json()["response"] == {"a-out": {"children": "a:q"}}
    assert any("module-level callback" in r.getMessage() for r in caplog.records)
