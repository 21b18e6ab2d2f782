"""The renderer loads a component's files on first use: not before, once, and from a callback answer too."""

from __future__ import annotations

from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import html


def _component_requests(dash_page, requests):
    return sorted(
        url.split("/_dash-renderer/components/")[1].split("?")[0] for url in requests if "/components/" in url
    )


def test_html_only_app_loads_no_component_file(dash_page):
    requests = []
    dash_page.page.on("request", lambda r: requests.append(r.url))
    app = Dash(__name__)
    app.layout = html.Div([html.H1("plain", id="title")])
    dash_page.start(app)
    dash_page.expect_text("title", "plain")
    assert _component_requests(dash_page, requests) == []


def test_callback_answer_with_a_new_component_loads_it_once(dash_page):
    requests = []
    dash_page.page.on("request", lambda r: requests.append(r.url))
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="slot"), html.Div(id="echo")])

    @app.callback(Output("slot", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(n):
        return [dcc.Input(id="field", value=f"v{n}"), dcc.Input(id=f"field-{n}", value="x")]

    @app.callback(Output("echo", "children"), Input("field", "value"))
    def echo(value):
        return f"echo {value}"

    dash_page.start(app)
    assert _component_requests(dash_page, requests) == []
    dash_page.find("#add").click()
    dash_page.expect_text("echo", "echo v1")
    dash_page.find("#field").fill("typed")
    dash_page.expect_text("echo", "echo typed")
    dash_page.find("#add").click()
    dash_page.expect_text("echo", "echo v2")
    assert _component_requests(dash_page, requests) == ["dcc/Input.js"]


def test_layout_components_load_before_first_render(dash_page):
    requests = []
    dash_page.page.on("request", lambda r: requests.append(r.url))
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Slider(id="s", min=0, max=10, value=3),
            dcc.Store(id="st", data=1),
            html.Div(id="o"),
        ]
    )

    @app.callback(Output("o", "children"), Input("s", "value"), Input("st", "data"))
    def show(value, data):
        return f"{value}/{data}"

    dash_page.start(app)
    dash_page.expect_text("o", "3/1")
    # the number boxes of Plotly's default allow_direct_input=True are in Slider.js; SliderExtras (tooltip,
    # vertical, dots, pushable) is fetched only by a slider that sets one of those
    expect(dash_page.by_id("s").locator("input[type=number]")).to_have_value("3")
    assert _component_requests(dash_page, requests) == ["dcc/Slider.css", "dcc/Slider.js", "dcc/Store.js"]


def test_slider_extras_are_fetched_when_a_callback_turns_a_tooltip_on(dash_page):
    """SliderExtras (tooltip, vertical, dots, pushable) is not loaded for a default slider; the first slider that
    sets one of those props, here through a callback, fetches it and shows the tooltip."""
    requests = []
    dash_page.page.on("request", lambda r: requests.append(r.url))
    app = Dash(__name__)
    app.layout = html.Div([dcc.Slider(id="s", min=0, max=10, value=4), html.Button("tip", id="b")])

    @app.callback(Output("s", "tooltip"), Input("b", "n_clicks"), prevent_initial_call=True)
    def tip(n):
        return {"always_visible": True, "template": "at {value}"}

    dash_page.start(app)
    expect(dash_page.by_id("s").locator("input[type=number]")).to_have_value("4")
    assert "dcc/SliderExtras.js" not in _component_requests(dash_page, requests)
    dash_page.find("#b").click()
    expect(dash_page.by_id("s").locator(".dash-slider-tooltip")).to_have_text("at 4")
    assert {"dcc/SliderExtras.js", "dcc/SliderExtras.css"} <= set(_component_requests(dash_page, requests))


def test_a_component_file_that_fails_to_load_is_reported(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="i", value="x"), html.Div("after", id="after")])
    dash_page.page.route("**/components/dcc/Input.js*", lambda route: route.abort())
    dash_page.start(app)
    dash_page.expect_text("after", "after")
    box = dash_page.find(".dash-unsupported")
    assert "could not be loaded" in box.inner_text()
