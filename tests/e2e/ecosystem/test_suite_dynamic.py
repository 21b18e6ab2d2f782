"""A component suite first imported inside a callback with ``_allow_dynamic_callbacks=True`` renders on the open
page and calls back (Chromium), with and without another suite already on the page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import html

from . import probe_suite
from .test_suites import TIMEOUT
from .test_suites import suites  # noqa: F401 (fixture)
from .test_suites import text


@pytest.fixture
def late(tmp_path):
    probe_suite.forget()
    yield lambda: probe_suite.make(str(tmp_path))
    probe_suite.forget()


@pytest.mark.parametrize("with_other_suite", [False, True])
def test_a_suite_imported_inside_an_allowed_callback_renders_and_calls_back(
    dash_page,
    suites,  # noqa: F811
    late,
    with_other_suite,
):
    app = Dash(__name__, suppress_callback_exceptions=True)
    other = [suites.dbc.Badge("dbc", id="badge")] if with_other_suite else []
    app.layout = html.Div(
        [html.Button("load", id="load"), *other, html.Div(id="holder"), html.Div(id="seen")]
    )

    @app.callback(
        Output("holder", "children"),
        Input("load", "n_clicks"),
        prevent_initial_call=True,
        _allow_dynamic_callbacks=True,
    )
    def load(n):
        module = late()  # imported (registered) while the callback runs
        return module.Labels(id="labels", items=[{"label": "one", "value": 1}])

    @app.callback(Output("seen", "children"), Input("labels", "items"), prevent_initial_call=True)
    def seen(items):
        return items[0]["label"]

    dash_page.start(app)
    if with_other_suite:
        expect(dash_page.by_id("badge")).to_have_text("dbc", timeout=TIMEOUT)  # the host is running already
    dash_page.by_id("load").click()
    expect(dash_page.find("#labels .label")).to_have_text("one=1", timeout=TIMEOUT)
    dash_page.find("#labels .label").click()
    text(dash_page, "seen", "one!")
    assert dash_page.errors() == []
