"""Less common output shapes: set_props (sideUpdate), allow_duplicate, no output, clientside lists."""

from __future__ import annotations

from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import dcc
from dash import html
from dash import set_props


def test_set_props_allow_duplicate_and_no_output(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("a", id="a"),
            html.Button("b", id="b"),
            html.Button("side", id="side"),
            html.Div("-", id="out"),
            html.Div("-", id="side-target"),
            dcc.Textarea(id="notes", value="line"),
            html.Div(id="notes-out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("a", "n_clicks"), prevent_initial_call=True)
    def from_a(n):
        return f"a{n}"

    @app.callback(
        Output("out", "children", allow_duplicate=True), Input("b", "n_clicks"), prevent_initial_call=True
    )
    def from_b(n):
        return f"b{n}"

    @app.callback(Input("side", "n_clicks"), prevent_initial_call=True)
    def no_output(n):
        set_props("side-target", {"children": f"side {n}"})

    @app.callback(Output("notes-out", "children"), Input("notes", "value"))
    def notes(value):
        return value.upper()

    dash_page.start(app)
    dash_page.by_id("a").click()
    dash_page.expect_text("out", "a1")
    dash_page.by_id("b").click()
    dash_page.expect_text("out", "b1")
    dash_page.by_id("side").click()
    dash_page.expect_text("side-target", "side 1")
    dash_page.expect_text("notes-out", "LINE")
    dash_page.by_id("notes").fill("two\nlines")
    dash_page.expect_text("notes-out", "TWO\nLINES")
    assert dash_page.errors() == []


def test_clientside_multi_output_and_context(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="x", value="1"),
            dcc.Input(id="y", value="2"),
            html.Div(id="sum"),
            html.Div(id="who"),
            html.Div("kept", id="kept"),
        ]
    )
    app.clientside_callback(
        """function (x, y, kept) {
            var ctx = window.dash_clientside.callback_context;
            var who = ctx.triggered.length ? ctx.triggered[0].prop_id : 'initial';
            return [Number(x) + Number(y), who, window.dash_clientside.no_update];
        }""",
        [Output("sum", "children"), Output("who", "children"), Output("kept", "children")],
        Input("x", "value"),
        Input("y", "value"),
        State("kept", "children"),
    )
    dash_page.start(app)
    dash_page.expect_text("sum", "3")
    dash_page.expect_text("who", "initial")
    dash_page.by_id("y").fill("40")
    dash_page.expect_text("sum", "41")
    dash_page.expect_text("who", "y.value")
    dash_page.expect_text("kept", "kept")
