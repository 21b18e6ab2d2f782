"""dcc components without a visible widget of their own: Store, Interval, Location, Link, Graph."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import dcc
from dash import html

TIMEOUT = 5000


def test_store_memory_and_local(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Store(id="mem", data={"n": 1}),
            dcc.Store(id="loc", storage_type="local", data="from layout"),
            html.Button("save", id="save"),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("loc", "data"), Input("save", "n_clicks"), State("mem", "data"), prevent_initial_call=True
    )
    def save(n, mem):
        return f"saved {n} with n={mem['n']}"

    @app.callback(Output("out", "children"), Input("mem", "data"), Input("loc", "data"))
    def show(mem, loc):
        return f"{mem['n']}|{loc}"

    dash_page.start(app)
    dash_page.expect_text("out", "1|from layout")
    dash_page.by_id("save").click()
    dash_page.expect_text("out", "1|saved 1 with n=1")
    assert dash_page.page.evaluate("() => localStorage.getItem('loc')") == '"saved 1 with n=1"'
    dash_page.open("/")  # a stored value wins over the layout's data
    dash_page.expect_text("out", "1|saved 1 with n=1")
    assert dash_page.find("[id='loc']").count() == 0  # no DOM for a Store


def test_interval_counts_and_stops(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Interval(id="tick", interval=50, max_intervals=3),
            html.Div(id="out"),
            html.Button("remove", id="remove"),
            html.Div(dcc.Interval(id="other", interval=30), id="holder"),
        ]
    )

    @app.callback(Output("out", "children"), Input("tick", "n_intervals"))
    def show(n):
        return f"ticks:{n}"

    @app.callback(Output("holder", "children"), Input("remove", "n_clicks"), prevent_initial_call=True)
    def remove(n):
        return "gone"

    dash_page.start(app)
    dash_page.expect_text("out", "ticks:3")
    dash_page.page.wait_for_timeout(300)
    dash_page.expect_text("out", "ticks:3")
    dash_page.by_id("remove").click()
    dash_page.expect_text("holder", "gone")
    assert dash_page.page.evaluate("() => dash_renderer.getProps('other')") is None


def make_location_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Location(id="url"),
            dcc.Link("to page 2", id="to2", href="/page-2?q=1"),
            dcc.Link("reload", id="hard", href="/page-3", refresh=True),
            html.Button("jump", id="jump"),
            html.Div(id="page"),
        ]
    )

    @app.callback(Output("page", "children"), Input("url", "pathname"), State("url", "search"))
    def page(pathname, search):
        return f"page:{pathname}{search or ''}"

    @app.callback(Output("url", "pathname"), Input("jump", "n_clicks"), prevent_initial_call=True)
    def jump(n):
        return f"/jumped-{n}"

    return app


def test_location_and_link(dash_page):
    dash_page.start(make_location_app(), "/start")
    page = dash_page.page
    dash_page.expect_text("page", "page:/start")
    page.evaluate("() => { window.__same_document = true }")

    dash_page.by_id("to2").click()
    dash_page.expect_text("page", "page:/page-2?q=1")
    expect(page).to_have_url(re.compile(r"/page-2\?q=1$"))
    assert page.evaluate("() => window.__same_document") is True  # no reload

    page.go_back()
    dash_page.expect_text("page", "page:/start")
    page.go_forward()
    dash_page.expect_text("page", "page:/page-2?q=1")

    dash_page.by_id("jump").click()  # only the pathname changes: search stays
    dash_page.expect_text("page", "page:/jumped-1?q=1")
    expect(page).to_have_url(re.compile(r"/jumped-1\?q=1$"))
    assert page.evaluate("() => window.__same_document") is True

    dash_page.by_id("hard").click()  # refresh=True: a full page load
    page.wait_for_function("() => !window.__same_document", timeout=TIMEOUT)
    dash_page.wait_idle()
    dash_page.expect_text("page", "page:/page-3")


def test_graph(dash_page):
    app = Dash(__name__)
    figure = {"data": [{"type": "bar", "x": ["a", "b"], "y": [3, 5]}], "layout": {"title": {"text": "Bars"}}}
    app.layout = html.Div([dcc.Graph(id="g", figure=figure), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("g", "clickData"), prevent_initial_call=True)
    def clicked(data):
        point = data["points"][0]
        return f"clicked {point['x']}={point['y']}"

    dash_page.start(app)
    plotly_url = dash_page.page.evaluate("() => dash_renderer.config.plotlyjs_url")
    graph = dash_page.by_id("g")
    if plotly_url is None:
        expect(graph).to_contain_text(
            "dcc.Graph needs 'plotly', a dependency of dash that is not installed on the server"
        )
        return
    expect(graph.locator(".main-svg").first).to_be_visible(timeout=15000)
    expect(graph).to_contain_text("Bars")
    graph.locator(".bars .point path").first.click(force=True)
    dash_page.expect_text("out", "clicked a=3")


def test_graph_hover_data_keeps_what_plotly_dash_keeps(dash_page):
    """Plotly Dash 4.4.1's filterEventData: each point keeps plotly.js's keys whose values are not objects or
    arrays (so xPixel and yPixel too), its bbox, and the trace's customdata for that point (a list here,
    which the filter alone would drop); no trace, axis or other object comes through."""
    app = Dash(__name__)
    figure = {
        "data": [
            {
                "type": "scatter",
                "mode": "markers",
                "x": [1, 2, 3],
                "y": [4, 6, 5],
                "customdata": [["a", 1], ["b", 2], ["c", 3]],
                "marker": {"size": 30},
            }
        ],
        "layout": {"width": 500, "height": 400, "hovermode": "closest"},
    }
    app.layout = html.Div([dcc.Graph(id="g", figure=figure), html.Pre(id="out")])

    @app.callback(Output("out", "children"), Input("g", "hoverData"), prevent_initial_call=True)
    def hovered(data):
        return json.dumps(data, sort_keys=True)

    dash_page.start_plotly(app)
    dash_page.by_id("g").locator(".scatterlayer .point").nth(1).hover(force=True)
    expect(dash_page.by_id("out")).to_contain_text("customdata", timeout=10000)
    point = json.loads(dash_page.by_id("out").inner_text())["points"][0]
    assert point["customdata"] == ["b", 2]
    assert (point["curveNumber"], point["pointNumber"], point["pointIndex"], point["x"], point["y"]) == (
        0,
        1,
        1,
        2,
        6,
    )
    assert isinstance(point["xPixel"], (int, float)) and isinstance(point["yPixel"], (int, float))
    assert set(point["bbox"]) >= {"x0", "x1", "y0", "y1"}
    assert not {"data", "fullData", "xaxis", "yaxis"} & set(point)


def test_graph_extend_and_prepend_data_add_points_to_the_drawn_traces(dash_page):
    app = Dash(__name__)
    figure = {"data": [{"y": [1, 2]}, {"y": [10]}]}
    app.layout = html.Div(
        [dcc.Graph(id="g", figure=figure), html.Button("add", id="add"), html.Button("front", id="front")]
    )

    @app.callback(Output("g", "extendData"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(n):
        if n == 1:
            return [{"y": [[3, 4], [11]]}, [0, 1], 3]  # keep at most 3 points per trace
        return {"y": [[5], [12]]}  # updateData alone: traces 0..n-1

    @app.callback(Output("g", "prependData"), Input("front", "n_clicks"), prevent_initial_call=True)
    def front(_):
        return [{"y": [[0]]}, [1]]

    dash_page.start_plotly(app)
    ys = "() => document.querySelector('#g .js-plotly-plot, #g').data.map(t => Array.from(t.y))"
    dash_page.by_id("add").click()
    dash_page.page.wait_for_function(
        f"() => JSON.stringify(({ys})()) === '[[2,3,4],[10,11]]'", timeout=TIMEOUT
    )
    dash_page.by_id("add").click()
    dash_page.page.wait_for_function(
        f"() => JSON.stringify(({ys})()) === '[[2,3,4,5],[10,11,12]]'", timeout=TIMEOUT
    )
    dash_page.by_id("front").click()
    dash_page.page.wait_for_function(
        f"() => JSON.stringify(({ys})()) === '[[2,3,4,5],[0,10,11,12]]'", timeout=TIMEOUT
    )
    assert dash_page.errors() == []


def test_graph_restyle_and_annotation_clicks_and_responsive(dash_page):
    app = Dash(__name__)
    figure = {
        "data": [{"y": [1, 2], "name": "a"}, {"y": [2, 1], "name": "b"}],
        "layout": {
            "height": 300,
            "width": 300,
            "annotations": [{"x": 1, "y": 2, "text": "peak", "captureevents": True}],
        },
    }
    app.layout = html.Div(
        [
            html.Div(dcc.Graph(id="g", figure=figure, responsive=True), id="box", style={"width": "600px"}),
            dcc.Graph(id="fixed", figure=figure, responsive=False),
            html.Div(id="restyle"),
            html.Div(id="note"),
        ]
    )

    @app.callback(Output("restyle", "children"), Input("g", "restyleData"), prevent_initial_call=True)
    def restyled(data):
        return repr(data)

    @app.callback(Output("note", "children"), Input("g", "clickAnnotationData"), prevent_initial_call=True)
    def noted(data):
        return f"{data['index']}:{data['annotation']['text']}"

    dash_page.start_plotly(app)
    graph = dash_page.by_id("g")
    graph.locator(".legendtoggle").first.click()  # hiding a trace from the legend is a restyle
    dash_page.expect_text("restyle", "[{'visible': ['legendonly']}, [0]]")
    graph.locator(".annotation-text-g").first.click()
    dash_page.expect_text("note", "0:peak")
    # responsive=True drops the fixed 300px width and follows its box; responsive=False keeps it
    assert graph.locator(".main-svg").first.bounding_box()["width"] == 600
    dash_page.page.evaluate("() => { document.getElementById('box').style.width = '400px' }")
    dash_page.page.wait_for_function(
        "() => document.querySelector('#g .main-svg').getBoundingClientRect().width === 400", timeout=TIMEOUT
    )
    assert dash_page.by_id("fixed").locator(".main-svg").first.bounding_box()["width"] == 300


def test_graph_animate_moves_to_the_new_figure(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Graph(id="g", figure={"data": [{"y": [1, 2, 3]}]}, animate=True),
            html.Button("next", id="next"),
        ]
    )

    @app.callback(Output("g", "figure"), Input("next", "n_clicks"), prevent_initial_call=True)
    def step(_):
        return {"data": [{"y": [3, 2, 1]}], "layout": {"yaxis": {"range": [0, 4]}}}

    dash_page.start_plotly(app)
    dash_page.page.evaluate(
        "() => { const gd = document.getElementById('g'); gd.on('plotly_animated', () => { window.__animated = true }) }"
    )
    dash_page.by_id("next").click()
    dash_page.page.wait_for_function("() => window.__animated === true", timeout=TIMEOUT)
    assert dash_page.page.evaluate("() => Array.from(document.getElementById('g').data[0].y)") == [3, 2, 1]
    assert dash_page.errors() == []


def test_graph_message_when_plotly_is_missing(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Graph(id="g", figure={"data": []})])
    url = dash_page.serve(app)

    def without_plotly(route):
        response = route.fetch()
        body = re.sub(r'"plotlyjs_url":"[^"]*"', '"plotlyjs_url":null', response.text())
        route.fulfill(response=response, body=body)

    dash_page.page.route(url + "/", without_plotly)
    dash_page.url = url
    dash_page.open("/")
    expect(dash_page.by_id("g")).to_contain_text(
        "dcc.Graph needs 'plotly', a dependency of dash that is not installed on the server"
    )
