"""Plotly Dash 4.4.1's Slider defaults, which apps see without setting them: generated marks, the step, the range.

The rules are read from Plotly's dcc source (``computeSliderMarkers.ts``, ``RangeSlider.tsx``); each expected
value below is worked out by hand from them in the test's docstring.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import html

WIDTH = {"width": "330px"}


def _at_330px(slider):
    """The slider alone in a 330px box (no number boxes beside it), so the width it measures is 330px."""
    slider.allow_direct_input = False
    return html.Div(slider, style=WIDTH)


def _labels(dash_page, component_id):
    return dash_page.by_id(component_id).locator(".dash-slider-mark").all_inner_texts()


def test_a_slider_without_marks_gets_plotlys_generated_marks(dash_page):
    """0..20 on 330px: labels of at most 2 characters want 40px each, so 9 marks; 20/8 = 2.5 steps of 1 rounds
    to a multiple of 2.5, and then to 3 whole steps: 3, 6, ..., 18, plus min and max.
    0..100000: labels in the SI unit of the mean (50k -> k): 4 characters want 60px, so 6 marks, every 20000.
    Marks outside min..max are dropped; if none is left, marks are generated (0..10: 9 wanted, 10/8 = 1.25 steps
    rounds to 1, so every whole number); marks=None draws none."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            _at_330px(dcc.Slider(0, 20, value=10, id="small")),
            _at_330px(dcc.Slider(0, 100000, value=0, id="large")),
            _at_330px(dcc.Slider(0, 10, value=0, id="outside", marks={-5: "x", 5: "five", 15: "y"})),
            _at_330px(dcc.Slider(0, 10, value=0, id="none-left", marks={-5: "x", 15: "y"})),
            _at_330px(dcc.Slider(0, 10, value=0, id="hidden", marks=None)),
        ]
    )
    dash_page.start(app)
    expect(dash_page.by_id("small").locator(".dash-slider-mark")).to_have_text(
        ["0", "3", "6", "9", "12", "15", "18", "20"]
    )
    expect(dash_page.by_id("large").locator(".dash-slider-mark")).to_have_text(
        ["0", "20k", "40k", "60k", "80k", "100k"]
    )
    assert _labels(dash_page, "outside") == ["five"]
    expect(dash_page.by_id("none-left").locator(".dash-slider-mark")).to_have_text(
        [str(n) for n in range(11)]
    )
    expect(dash_page.by_id("hidden").locator(".dash-slider-mark")).to_have_count(0)
    # one dot per mark
    expect(dash_page.by_id("small").locator(".dash-slider-dot")).to_have_count(8)


def test_generated_marks_follow_the_sliders_width(dash_page):
    """0..20 at 800px: floor(800 / 40) + 1 = 21 marks, so every whole number."""
    app = Dash(__name__)
    app.layout = html.Div([_at_330px(dcc.Slider(0, 20, value=10, id="s")), html.Button("wide", id="b")])
    app.layout.children[0].id = "box"

    @app.callback(Output("box", "style"), Input("b", "n_clicks"), prevent_initial_call=True)
    def widen(_):
        return {"width": "800px"}

    dash_page.start(app)
    expect(dash_page.by_id("s").locator(".dash-slider-mark")).to_have_count(8)
    dash_page.find("#b").click()
    expect(dash_page.by_id("s").locator(".dash-slider-mark")).to_have_text([str(n) for n in range(21)])


def test_the_default_step_is_1_for_integer_bounds_else_a_round_hundredth_of_the_range(dash_page):
    """Plotly's Slider and RangeSlider set step=1 when step is not given and min and max are integers
    (Number.isInteger). Otherwise (a bound that is not an integer, or min or max missing is 1) the step is
    1, 2 or 5 times the power of ten nearest (max - min) / 100: 0..2.5 -> 0.02, 1.5..21.5 -> 0.2. Without
    min or max the step is 1, and max defaults to 1 (min to 0). A typed 3.4 is on the 0.2 grid, so it is
    taken as typed; 3.5 is not, and snaps to 3.6 (or 3.4) when committed."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Slider(0, 20.5, value=10, id="s"),
            dcc.Slider(0, 20, value=10, id="int"),
            dcc.Slider(0, 1000, value=10, id="big"),
            dcc.RangeSlider(0, 2.5, value=[0, 1], id="range"),
            dcc.Slider(1.5, 21.5, value=2, id="half"),
            dcc.Slider(id="bare"),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("s", "value"), Input("s", "drag_value"))
    def show(value, drag):
        return f"{value}|{drag}"

    dash_page.start(app)
    handle = dash_page.by_id("s").locator("input[type=range]")
    expect(handle).to_have_attribute("step", "0.2")
    expect(dash_page.by_id("int").locator("input[type=range]")).to_have_attribute("step", "1")
    expect(dash_page.by_id("big").locator("input[type=range]")).to_have_attribute("step", "1")
    expect(dash_page.by_id("range").locator("input[type=range]").first).to_have_attribute("step", "0.02")
    expect(dash_page.by_id("half").locator("input[type=range]")).to_have_attribute("step", "0.2")
    bare = dash_page.by_id("bare").locator("input[type=range]")
    expect(bare).to_have_attribute("step", "1")
    expect(bare).to_have_attribute("max", "1")
    expect(bare).to_have_attribute("min", "0")
    box = dash_page.by_id("s").get_by_role("spinbutton", name="Value")
    box.fill("3.4")
    dash_page.expect_text("out", "10|3.4")
    box.press("Enter")
    dash_page.expect_text("out", "3.4|3.4")
    box.fill("3.5")  # off the grid: nothing moves while typing
    dash_page.expect_text("out", "3.4|3.4")
    box.press("Enter")
    expect(box).to_have_value(re.compile(r"^3\.[46]$"))
    expect(dash_page.by_id("out")).to_have_text(re.compile(r"^(3\.6\|3\.6|3\.4\|3\.4)$"))
    assert dash_page.errors() == []


def test_over_500_marks_are_replaced_by_generated_ones_with_a_console_error(dash_page):
    """0..600 on 330px: 3-character labels want 50px, so 7 marks, every 100."""
    app = Dash(__name__)
    app.layout = html.Div(
        [_at_330px(dcc.Slider(0, 600, value=0, id="s", marks={i: str(i) for i in range(601)}))]
    )
    dash_page.start(app)
    expect(dash_page.by_id("s").locator(".dash-slider-mark")).to_have_text(
        [str(n) for n in range(0, 601, 100)]
    )
    assert any("over 500 marks" in line for line in dash_page.errors())


def test_range_slider_home_moves_the_lower_handle_and_end_the_upper_one(dash_page):
    """Plotly's RangeSlider: Home sends the lowest handle to min and End the highest to max, whichever handle
    has focus; the other handle stays where it is. Home again, with the values already there, sets an equal
    list, which (as in Plotly's renderer) changes nothing and runs no callback."""
    app = Dash(__name__)
    app.layout = html.Div([dcc.RangeSlider(0, 10, value=[3, 6], id="r"), html.Div(id="out")])
    calls = []

    @app.callback(Output("out", "children"), Input("r", "value"))
    def show(value):
        calls.append(value)
        return f"{value} #{len(calls)}"

    dash_page.start(app)
    dash_page.expect_text("out", "[3, 6] #1")
    lower, upper = dash_page.by_id("r").locator("input[type=range]").all()
    upper.press("Home")
    dash_page.expect_text("out", "[0, 6] #2")
    lower.press("End")
    dash_page.expect_text("out", "[0, 10] #3")
    lower.press("Home")
    dash_page.page.wait_for_timeout(300)
    dash_page.expect_text("out", "[0, 10] #3")
    assert dash_page.errors() == []


def test_marks_sit_over_the_handle_and_edge_labels_stay_on_the_page(dash_page):
    """Plotly offsets each mark by half a thumb toward the middle (at min it is half a thumb in from the left
    edge), so a mark lines up with the handle at that value and a label at min is not cut off by the window."""
    app = Dash(__name__)
    app.layout = html.Div(
        dcc.RangeSlider(0, 10, value=[0, 10], id="r", marks={0: "Low", 10: "High"}, allow_direct_input=False),
        style={"margin": "0"},
    )
    dash_page.start(app)
    dash_page.page.evaluate("document.body.style.margin = '8px'")
    geometry = dash_page.by_id("r").evaluate(
        """e => {
          const centre = r => r.left + r.width / 2
          const [low, high] = [...e.querySelectorAll('.dash-slider-mark')].map(m => m.getBoundingClientRect())
          const box = e.getBoundingClientRect()
          return { low: centre(low) - box.left, high: box.right - centre(high), lowLeft: low.left }
        }"""
    )
    assert abs(geometry["low"] - 7) <= 1  # our handle is 14px wide: its centre at min is 7px in
    assert abs(geometry["high"] - 7) <= 1
    assert geometry["lowLeft"] >= 0
