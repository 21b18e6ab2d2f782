"""dash.Patch in Chromium: appending to a figure and to children sends only the operations."""

from __future__ import annotations

from dash import Dash
from dash import Input
from dash import Output
from dash import Patch
from dash import dcc
from dash import html

from .conftest import TIMEOUT

POINTS = 1000


def test_patch_appends_to_a_figure_and_children(dash_page):
    app = Dash(__name__)
    figure = {"data": [{"type": "scatter", "x": list(range(POINTS)), "y": [0] * POINTS}], "layout": {}}
    app.layout = html.Div(
        [
            html.Button("add", id="add"),
            dcc.Graph(id="graph", figure=figure),
            html.Ul([html.Li("first")], id="items"),
            html.Div(id="sizes"),
        ]
    )

    @app.callback(
        Output("graph", "figure"),
        Output("items", "children"),
        Input("add", "n_clicks"),
        prevent_initial_call=True,
    )
    def add(n):
        fig, items = Patch(), Patch()
        fig["data"][0]["x"].append(POINTS + n - 1)
        fig["data"][0]["y"].append(n)
        fig.layout.title.text = f"{n} added"
        items.append(html.Li(f"item {n}"))
        return fig, items

    bodies = []
    dash_page.page.on(
        "response",
        lambda r: bodies.append(r.body()) if r.url.endswith("_dash-update-component") else None,
    )
    dash_page.start(app)
    page = dash_page.page
    for _ in range(2):
        dash_page.by_id("add").click()
        dash_page.wait_idle()
    figure_now = page.evaluate("dash_renderer.getProps('graph').figure")
    assert len(figure_now["data"][0]["y"]) == POINTS + 2
    assert figure_now["data"][0]["y"][-2:] == [1, 2]
    assert figure_now["layout"]["title"]["text"] == "2 added"
    page.wait_for_function(
        f"document.querySelector('#graph').data && document.querySelector('#graph').data[0].y.length === {POINTS + 2}",
        timeout=TIMEOUT,
    )
    assert [li.inner_text() for li in dash_page.find("#items li").all()] == ["first", "item 1", "item 2"]
    assert bodies and all(len(body) < 600 for body in bodies), [len(b) for b in bodies]
    assert dash_page.errors() == []
