"""Suite components share our renderer's state: persistence of user edits and the loading state (Chromium)."""

from __future__ import annotations

import json
import time

from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import html

from .test_suites import TIMEOUT
from .test_suites import suites  # noqa: F401 (fixture)
from .test_suites import text


def saved(dash_page, storage="localStorage"):
    return json.loads(dash_page.page.evaluate(f"() => JSON.stringify({storage})"))


def test_user_edits_of_suite_components_persist_across_reload(dash_page, suites):  # noqa: F811
    dbc, dmc = suites.dbc, suites.dmc
    app = Dash(__name__)
    app.layout = dmc.MantineProvider(
        html.Div(
            [
                dbc.Input(id="inp", value="a", persistence=True),
                dmc.TextInput(id="ti", value="b", persistence="v1", persistence_type="session"),
                # dmc declares persisted_props ['checked'] for Checkbox (its dashPersistence static)
                dmc.Checkbox(id="cb", checked=False, persistence=True, label="check"),
                dbc.Input(id="plain", value="p"),  # no persistence: the edit is lost on reload
                html.Div(id="out"),
            ]
        )
    )

    @app.callback(
        Output("out", "children"),
        Input("inp", "value"),
        Input("ti", "value"),
        Input("cb", "checked"),
        Input("plain", "value"),
    )
    def show(a, b, c, d):
        return f"{a} {b} {c} {d}"

    dash_page.start(app)
    text(dash_page, "out", "a b False p")
    dash_page.by_id("inp").fill("x")
    dash_page.by_id("ti").fill("y")
    dash_page.by_id("cb").click()
    dash_page.by_id("plain").fill("q")
    text(dash_page, "out", "x y True q")
    assert saved(dash_page)["_dash_persistence.cb.checked"] == '[false,true,"true"]'
    assert "_dash_persistence.ti.value" in saved(dash_page, "sessionStorage")
    dash_page.page.reload()
    text(dash_page, "out", "x y True p")
    expect(dash_page.by_id("inp")).to_have_value("x", timeout=TIMEOUT)
    expect(dash_page.by_id("ti")).to_have_value("y", timeout=TIMEOUT)
    expect(dash_page.by_id("cb")).to_be_checked(timeout=TIMEOUT)
    assert dash_page.errors() == []


def test_suite_persistence_survives_a_rerender_and_a_callback_write_drops_it(dash_page, suites):  # noqa: F811
    dbc = suites.dbc
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("rebuild", id="rebuild"),
            html.Button("reset", id="reset"),
            html.Div(dbc.Input(id="name", value="orig", persistence=True), id="holder"),
            html.Div(id="echo"),
        ]
    )

    @app.callback(Output("holder", "children"), Input("rebuild", "n_clicks"), prevent_initial_call=True)
    def rebuild(n):
        return dbc.Input(id="name", value="orig", persistence=True)

    @app.callback(Output("name", "value"), Input("reset", "n_clicks"), prevent_initial_call=True)
    def reset(n):
        return "from callback"

    @app.callback(Output("echo", "children"), Input("name", "value"))
    def echo(value):
        return f"is {value}"

    dash_page.start(app)
    dash_page.by_id("name").fill("edited")
    text(dash_page, "echo", "is edited")
    dash_page.by_id("rebuild").click()  # re-rendered by a callback with the same original: the edit returns
    text(dash_page, "echo", "is edited")
    expect(dash_page.by_id("name")).to_have_value("edited", timeout=TIMEOUT)
    dash_page.by_id("reset").click()  # a callback's write is no user edit: the saved value goes
    text(dash_page, "echo", "is from callback")
    assert "_dash_persistence.name.value" not in saved(dash_page)
    dash_page.page.reload()
    text(dash_page, "echo", "is orig")
    assert dash_page.errors() == []


def test_loading_state_names_the_output_prop_that_is_loading(dash_page, suites):  # noqa: F811
    dbc, dmc = suites.dbc, suites.dmc
    app = Dash(__name__)
    app.layout = dmc.MantineProvider(
        html.Div(
            [
                html.Button("slow title", id="go-title"),
                html.Button("slow text", id="go-text"),
                # dbc.Spinner with target_components shows only for those outputs (prop-exact)
                dbc.Spinner(
                    html.Div("idle", id="target", title="t0"),
                    target_components={"target": "title"},
                    spinner_class_name="title-spinner",
                    delay_show=0,
                ),
                dmc.Button("button", id="mbtn"),
                html.Div(id="done"),
            ]
        )
    )

    @app.callback(Output("target", "title"), Input("go-title", "n_clicks"), prevent_initial_call=True)
    def slow_title(n):
        time.sleep(1.5)
        return f"t{n}"

    @app.callback(
        Output("target", "children"),
        Output("mbtn", "children"),
        Input("go-text", "n_clicks"),
        prevent_initial_call=True,
    )
    def slow_text(n):
        time.sleep(1.5)
        return f"text {n}", f"button {n}"

    dash_page.start(app)
    text(dash_page, "target", "idle")
    spinner = dash_page.find(".title-spinner")
    dash_page.by_id("go-text").click()
    # dmc's useLoading() covers the Button's own outputs: its <button> carries data-dash-is-loading
    expect(dash_page.find("button#mbtn[data-dash-is-loading=true]")).to_be_attached(timeout=TIMEOUT)
    expect(spinner).to_have_count(0)  # `children` of target is loading, not `title`
    text(dash_page, "target", "text 1")
    expect(dash_page.find("button#mbtn[data-dash-is-loading]")).to_have_count(0, timeout=TIMEOUT)
    dash_page.by_id("go-title").click()
    expect(spinner).to_be_attached(timeout=TIMEOUT)
    expect(dash_page.by_id("target")).to_have_attribute("title", "t1", timeout=TIMEOUT)
    expect(spinner).to_have_count(0, timeout=TIMEOUT)
    assert dash_page.errors() == []


def test_persisted_props_defaults_from_default_props_and_dash_persistence(dash_page, suites):  # noqa: F811
    """dash-daq declares persisted_props in `defaultProps` (BooleanSwitch: ['on']), dbc in `dashPersistence`
    (Tabs: ['active_tab']): each persists its own prop, not `value`."""
    daq, dbc = suites.daq, suites.dbc
    app = Dash(__name__)
    app.layout = html.Div(
        [
            daq.BooleanSwitch(id="sw", on=False, persistence=True),
            dbc.Tabs(
                [dbc.Tab(label="A", tab_id="a"), dbc.Tab(label="B", tab_id="b")],
                id="tabs",
                active_tab="a",
                persistence=True,
            ),
            html.Div(id="state"),
        ]
    )

    @app.callback(Output("state", "children"), Input("sw", "on"), Input("tabs", "active_tab"))
    def show(on, tab):
        return f"{on} {tab}"

    dash_page.start(app)
    text(dash_page, "state", "False a")
    dash_page.by_id("sw").locator("div").first.click()
    dash_page.page.get_by_role("tab", name="B").click()
    text(dash_page, "state", "True b")
    assert saved(dash_page)["_dash_persistence.sw.on"] == '[false,true,"true"]'
    assert saved(dash_page)["_dash_persistence.tabs.active_tab"] == '["a","b","true"]'
    dash_page.page.reload()
    text(dash_page, "state", "True b")
    assert dash_page.errors() == []
