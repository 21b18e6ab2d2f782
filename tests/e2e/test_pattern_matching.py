"""Pattern-matching callbacks: items added by a callback, then ALL and MATCH over them."""

from __future__ import annotations

from playwright.sync_api import expect

from dash import ALL
from dash import ALLSMALLER
from dash import MATCH
from dash import Dash
from dash import Input
from dash import Output
from dash import ctx
from dash import dcc
from dash import html


def make_app():
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            html.Button("add", id="add", n_clicks=0),
            html.Div(id="items"),
            html.Div(id="all-out"),
            html.Div(id="trigger"),
        ]
    )

    @app.callback(Output("items", "children"), Input("add", "n_clicks"))
    def items(n):
        return [
            html.Div(
                [
                    dcc.Input(id={"type": "item", "index": i}, value=f"v{i}"),
                    html.Span(id={"type": "item-out", "index": i}),
                    html.Span(id={"type": "before", "index": i}),
                ]
            )
            for i in range(n + 1)
        ]

    @app.callback(
        Output({"type": "item-out", "index": MATCH}, "children"),
        Input({"type": "item", "index": MATCH}, "value"),
    )
    def match(value):
        return f"match:{value}"

    @app.callback(
        Output({"type": "before", "index": MATCH}, "children"),
        Input({"type": "item", "index": MATCH}, "value"),
        Input({"type": "item", "index": ALLSMALLER}, "value"),
    )
    def before(value, values):
        return "smaller:" + ",".join(values)

    @app.callback(Output("all-out", "children"), Input({"type": "item", "index": ALL}, "value"))
    def all_values(values):
        return "all:" + ",".join(values)

    @app.callback(
        Output("trigger", "children"),
        Input({"type": "item", "index": ALL}, "value"),
        prevent_initial_call=True,
    )
    def trigger(values):
        return f"triggered:{ctx.triggered_id['index']}"

    return app


def test_add_items_then_all_and_match(dash_page):
    dash_page.start(make_app())
    dash_page.expect_text("all-out", "all:v0")
    dash_page.expect_text({"type": "item-out", "index": 0}, "match:v0")
    dash_page.expect_text({"type": "before", "index": 0}, "smaller:")

    dash_page.by_id("add").click()
    dash_page.expect_text("all-out", "all:v0,v1")
    dash_page.expect_text({"type": "item-out", "index": 1}, "match:v1")
    dash_page.expect_text({"type": "before", "index": 1}, "smaller:v0")

    dash_page.by_id("add").click()
    dash_page.expect_text("all-out", "all:v0,v1,v2")
    dash_page.by_id({"type": "item", "index": 1}).fill("changed")
    dash_page.expect_text({"type": "item-out", "index": 1}, "match:changed")
    dash_page.expect_text("all-out", "all:v0,changed,v2")
    dash_page.expect_text({"type": "before", "index": 2}, "smaller:v0,changed")
    dash_page.expect_text("trigger", "triggered:1")
    # the other MATCH outputs were not touched
    dash_page.expect_text({"type": "item-out", "index": 0}, "match:v0")
    dash_page.expect_text({"type": "item-out", "index": 2}, "match:v2")


def test_dict_ids_are_sorted_json_in_the_dom(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([html.Div("x", id={"z": 1, "a": "b"})])
    dash_page.start(app)
    expect(dash_page.find('[id=\'{"a":"b","z":1}\']')).to_have_text("x")


def test_all_output(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [html.Button("go", id="go")] + [html.Div(id={"type": "cell", "index": i}) for i in range(3)]
    )

    @app.callback(Output({"type": "cell", "index": ALL}, "children"), Input("go", "n_clicks"))
    def fill(n):
        return [f"cell{i}:{n}" for i in range(3)]

    dash_page.start(app)
    dash_page.expect_text({"type": "cell", "index": 2}, "cell2:None")
    dash_page.by_id("go").click()
    dash_page.expect_text({"type": "cell", "index": 0}, "cell0:1")
    dash_page.expect_text({"type": "cell", "index": 2}, "cell2:1")
