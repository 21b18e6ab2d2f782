"""The page works under a strict Content-Security-Policy: no inline script, no inline style."""

from __future__ import annotations

from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import html

from .conftest import send_csp


def test_strict_csp(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="in", value="red"),
            html.Div("styled", id="out", style={"color": "blue", "marginTop": 4}),
            dcc.Markdown("**md** under CSP", id="md"),
            dcc.Slider(id="sl", min=0, max=4, value=1, marks={0: "lo", 4: "hi"}),
        ]
    )

    @app.callback(Output("out", "style"), Input("in", "value"))
    def color(value):
        return {"color": value, "marginTop": 4}

    send_csp(app)

    dash_page.start(app)
    out = dash_page.by_id("out")
    assert out.evaluate("e => getComputedStyle(e).color") == "rgb(255, 0, 0)"
    assert out.evaluate("e => getComputedStyle(e).marginTop") == "4px"
    dash_page.by_id("in").fill("green")
    dash_page.page.wait_for_function(
        "() => getComputedStyle(document.getElementById('out')).color === 'rgb(0, 128, 0)'"
    )
    assert out.get_attribute("style") is not None  # set through the CSSOM, which CSP allows
    violations = [line for line in dash_page.logs if "Content Security Policy" in line]
    assert violations == []
