"""Callbacks in a real browser: inputs, chains, multi-output, clientside, loading state."""

from __future__ import annotations

import threading
import time

from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import ctx
from dash import dcc
from dash import html
from dash import no_update
from dash.exceptions import PreventUpdate

TIMEOUT = 5000


def test_typing_into_an_input_updates_an_output(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="in", value="hello"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("in", "value"))
    def echo(value):
        return f"you typed: {value}"

    dash_page.start(app)
    dash_page.expect_text("out", "you typed: hello")
    dash_page.by_id("in").fill("world")
    dash_page.expect_text("out", "you typed: world")
    assert dash_page.errors() == []


def test_input_debounce_number_type_and_n_submit(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="num", type="number", value=1),
            dcc.Input(id="slow", debounce=True, value=""),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Input("num", "value"),
        Input("slow", "value"),
        Input("slow", "n_submit"),
    )
    def show(num, slow, n_submit):
        return f"{type(num).__name__}:{num} slow={slow} submit={n_submit}"

    dash_page.start(app)
    dash_page.expect_text("out", "int:1 slow= submit=None")
    dash_page.by_id("num").fill("41")
    dash_page.expect_text("out", "int:41 slow= submit=None")
    dash_page.by_id("slow").type("abc")
    dash_page.page.wait_for_timeout(200)
    dash_page.expect_text("out", "int:41 slow= submit=None")  # debounce: nothing until Enter/blur
    dash_page.by_id("slow").press("Enter")
    dash_page.expect_text("out", "int:41 slow=abc submit=1")


def test_dropdown_pick_single_and_multi(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Dropdown(
                id="dd",
                options=[{"label": "Alpha", "value": "a"}, {"label": "Beta", "value": "b"}],
                value="a",
            ),
            dcc.Dropdown(id="multi", options=["x", "y", "z"], value=["x"], multi=True),
            dcc.Dropdown(id="nums", options={"1": "one", "2": "two"}, value=None),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"), Input("dd", "value"), Input("multi", "value"), Input("nums", "value")
    )
    def show(value, values, num):
        return f"{value}|{','.join(values or [])}|{num}"

    dash_page.start(app)
    dash_page.expect_text("out", "a|x|None")
    dash_page.choose("dd", "Beta")
    dash_page.expect_text("out", "b|x|None")
    dash_page.choose("multi", "z")
    dash_page.expect_text("out", "b|x,z|None")
    dash_page.choose("nums", "two")
    dash_page.expect_text("out", "b|x,z|2")
    dash_page.by_id("dd").get_by_role("button", name="Clear selection").click()  # clearable: None
    dash_page.expect_text("out", "None|x,z|2")


def test_button_clicks_and_triggered_id(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("one", id="b1"),
            html.Button("two", id="b2", n_clicks=0),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("b1", "n_clicks"), Input("b2", "n_clicks"))
    def clicked(n1, n2):
        return f"{ctx.triggered_id}:{n1}:{n2}"

    dash_page.start(app)
    dash_page.expect_text("out", "None:None:0")
    dash_page.by_id("b1").click()
    dash_page.expect_text("out", "b1:1:0")
    dash_page.by_id("b2").click()
    dash_page.expect_text("out", "b2:1:1")
    dash_page.by_id("b2").click()
    dash_page.expect_text("out", "b2:1:2")


def test_chained_callbacks_wait_for_their_inputs(dash_page):
    calls = []
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="in", value="ab"), html.Div(id="upper"), html.Div(id="length")])

    @app.callback(Output("upper", "children"), Input("in", "value"))
    def upper(value):
        time.sleep(0.1)
        return (value or "").upper()

    @app.callback(Output("length", "children"), Input("upper", "children"))
    def length(text):
        calls.append(text)
        return f"{text} has {len(text or '')} letters"

    dash_page.start(app)
    dash_page.expect_text("length", "AB has 2 letters")
    assert calls == ["AB"], "the chained callback should run once, after its input's callback"
    dash_page.by_id("in").fill("abcd")
    dash_page.expect_text("length", "ABCD has 4 letters")


def test_multi_output_and_no_update(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Dropdown(id="dd", options=["a", "b"], value="a"),
            html.Div(id="x"),
            html.Div("untouched", id="y"),
        ]
    )

    @app.callback(Output("x", "children"), Output("y", "children"), Input("dd", "value"))
    def both(value):
        return f"x:{value}", (no_update if value == "a" else f"y:{value}")

    dash_page.start(app)
    dash_page.expect_text("x", "x:a")
    dash_page.expect_text("y", "untouched")
    dash_page.choose("dd", "b")
    dash_page.expect_text("x", "x:b")
    dash_page.expect_text("y", "y:b")


def test_state_and_prevent_update(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="name", value="Ann"), html.Button("go", id="go"), html.Div("-", id="out")]
    )

    @app.callback(
        Output("out", "children"), Input("go", "n_clicks"), State("name", "value"), prevent_initial_call=True
    )
    def greet(n, name):
        if n and n > 2:
            raise PreventUpdate
        return f"hi {name} #{n}"

    dash_page.start(app)
    dash_page.expect_text("out", "-")
    dash_page.by_id("name").fill("Bob")
    dash_page.page.wait_for_timeout(100)
    dash_page.expect_text("out", "-")  # State does not trigger
    dash_page.by_id("go").click()
    dash_page.expect_text("out", "hi Bob #1")
    dash_page.by_id("go").click()
    dash_page.expect_text("out", "hi Bob #2")
    dash_page.by_id("go").click()
    dash_page.wait_idle()
    dash_page.expect_text("out", "hi Bob #2")


def test_children_with_components_get_their_own_callbacks(dash_page):
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([html.Button("show", id="show"), html.Div(id="holder")])

    @app.callback(Output("holder", "children"), Input("show", "n_clicks"), prevent_initial_call=True)
    def show(n):
        return html.Div([dcc.Input(id="inner", value=f"v{n}"), html.Span(id="inner-out")])

    @app.callback(Output("inner-out", "children"), Input("inner", "value"))
    def inner(value):
        return f"inner:{value}"

    dash_page.start(app)
    dash_page.by_id("show").click()
    dash_page.expect_text("inner-out", "inner:v1")
    dash_page.by_id("inner").fill("typed")
    dash_page.expect_text("inner-out", "inner:typed")


def test_clientside_callbacks(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="in", value="a"), html.Div(id="cs"), html.Div(id="server")])
    app.clientside_callback(
        """function (value) {
            if (value === 'skip') { throw window.dash_clientside.PreventUpdate; }
            if (value === 'same') { return window.dash_clientside.no_update; }
            return Promise.resolve('cs:' + value);
        }""",
        Output("cs", "children"),
        Input("in", "value"),
    )

    @app.callback(Output("server", "children"), Input("cs", "children"))
    def server(text):
        return f"server saw {text}"

    dash_page.start(app)
    dash_page.expect_text("cs", "cs:a")
    dash_page.expect_text("server", "server saw cs:a")
    dash_page.by_id("in").fill("skip")
    dash_page.wait_idle()
    dash_page.expect_text("cs", "cs:a")
    dash_page.by_id("in").fill("b")
    dash_page.expect_text("server", "server saw cs:b")


def test_loading_attribute_and_update_title(dash_page):
    release = threading.Event()
    app = Dash(__name__, title="My app")
    app.layout = html.Div([html.Button("go", id="go"), html.Div("idle", id="out")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def slow(n):
        release.wait(5)
        return f"done {n}"

    dash_page.start(app)
    out = dash_page.by_id("out")
    expect(out).not_to_have_attribute("data-dash-is-loading", "true")
    dash_page.by_id("go").click()
    expect(out).to_have_attribute("data-dash-is-loading", "true", timeout=TIMEOUT)
    expect(dash_page.page).to_have_title("Updating...", timeout=TIMEOUT)
    release.set()
    dash_page.expect_text("out", "done 1")
    expect(out).not_to_have_attribute("data-dash-is-loading", "true")
    expect(dash_page.page).to_have_title("My app", timeout=TIMEOUT)


def test_latest_answer_wins(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="in", value=""), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("in", "value"))
    def slow_echo(value):
        time.sleep(0.3 if value == "a" else 0.01)
        return f"echo:{value}"

    dash_page.start(app)
    dash_page.by_id("in").type("abc", delay=30)
    dash_page.expect_text("out", "echo:abc")
    dash_page.page.wait_for_timeout(400)
    dash_page.expect_text("out", "echo:abc")


def test_checklist_radio_slider(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Checklist(id="cl", options=["red", "green", "blue"], value=["red"]),
            dcc.RadioItems(
                id="ri", options=[{"label": "Small", "value": 1}, {"label": "Big", "value": 2}], value=1
            ),
            dcc.Slider(id="sl", min=0, max=10, step=1, value=3, marks={0: "zero", 10: "ten"}),
            dcc.RangeSlider(id="rs", min=0, max=10, value=[2, 8]),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Input("cl", "value"),
        Input("ri", "value"),
        Input("sl", "value"),
        Input("rs", "value"),
    )
    def show(colors, size, level, span):
        return f"{','.join(colors)}|{size}|{level}|{span}"

    dash_page.start(app)
    dash_page.expect_text("out", "red|1|3|[2, 8]")
    dash_page.page.get_by_label("blue").check()
    dash_page.expect_text("out", "red,blue|1|3|[2, 8]")
    dash_page.page.get_by_label("Big").check()
    dash_page.expect_text("out", "red,blue|2|3|[2, 8]")
    dash_page.find("[id='sl'] input[type=range]").fill("7")
    dash_page.expect_text("out", "red,blue|2|7|[2, 8]")
    expect(dash_page.find("[id='sl'] .dash-slider-mark")).to_have_text(["zero", "ten"])
    dash_page.find("[id='rs'] input[type=range]").first.fill("5")
    dash_page.expect_text("out", "red,blue|2|7|[5, 8]")


def test_a_number_input_sends_none_when_the_browser_finds_it_invalid(dash_page):
    """Plotly's dcc.Input sends value=None when the <input>'s checkValidity() fails (outside min..max, off
    the step grid); step defaults to 'any', so 7.5 is valid unless a step says otherwise."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="bounded", type="number", min=0, max=10, value=5),
            dcc.Input(id="whole", type="number", step=1, value=1),
            dcc.Input(id="free", type="number", value=1),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"), Input("bounded", "value"), Input("whole", "value"), Input("free", "value")
    )
    def show(bounded, whole, free):
        return f"{bounded!r}|{whole!r}|{free!r}"

    dash_page.start(app)
    dash_page.expect_text("out", "5|1|1")
    dash_page.by_id("bounded").fill("42")
    dash_page.expect_text("out", "None|1|1")
    dash_page.by_id("bounded").fill("7")
    dash_page.expect_text("out", "7|1|1")
    dash_page.by_id("whole").fill("7.5")
    dash_page.expect_text("out", "7|None|1")
    dash_page.by_id("free").fill("7.5")
    dash_page.expect_text("out", "7|None|7.5")
    expect(dash_page.by_id("free")).to_have_attribute("step", "any")
    expect(dash_page.by_id("bounded")).to_have_value("7")  # the text typed stays
    assert dash_page.errors() == []


def test_enter_and_blur_count_and_send_the_value_only_with_debounce_true(dash_page):
    """As in Plotly Dash 4.4.1: blur sets n_blur (and Enter n_submit) with their timestamps; they send the
    value as well only when debounce=True. Without debounce the value went out as typed, so leaving an
    empty input untouched sends nothing more than n_blur."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="plain"),
            dcc.Input(id="slow", debounce=True),
            html.Button("elsewhere", id="elsewhere"),
            html.Div(id="out"),
            html.Div(id="calls"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Input("plain", "value"),
        Input("plain", "n_blur"),
        Input("plain", "n_submit"),
        Input("slow", "value"),
        Input("slow", "n_blur"),
    )
    def show(plain, plain_blur, plain_submit, slow, slow_blur):
        return f"{plain!r} {plain_blur} {plain_submit} | {slow!r} {slow_blur}"

    dash_page.start(app)
    dash_page.expect_text("out", "None None None | None None")
    dash_page.by_id("plain").focus()
    dash_page.find("#elsewhere").focus()
    dash_page.expect_text("out", "None 1 None | None None")  # n_blur only: no '' value
    dash_page.by_id("plain").type("ab")
    dash_page.expect_text("out", "'ab' 1 None | None None")
    dash_page.by_id("plain").press("Enter")
    dash_page.expect_text("out", "'ab' 1 1 | None None")
    dash_page.by_id("slow").type("xy")
    dash_page.page.wait_for_timeout(200)
    dash_page.expect_text("out", "'ab' 2 1 | None None")  # leaving "plain" counted a blur
    dash_page.find("#elsewhere").focus()
    dash_page.expect_text("out", "'ab' 2 1 | 'xy' 1")
    assert dash_page.errors() == []
