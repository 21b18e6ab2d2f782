"""Applying a callback's outputs (issue 16): each output on its own. One that cannot reach the page (a full
localStorage, a navigation to another origin) is reported on the console and, in debug mode, in the error
overlay; the other outputs are applied and the callbacks chained on them run."""

from __future__ import annotations

import flask
import pytest
from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import html
from dash import set_props

TIMEOUT = 5000
#: More characters than Chromium's localStorage takes for one origin (about 5 million).
OVER_QUOTA = 5_300_000


def store_app(store_first: bool, debug: bool = False, side_update: bool = False) -> Dash:
    app = Dash(__name__, max_request_bytes=16 * 2**20)  # the chained callback sends the data back
    app.layout = html.Div(
        [
            html.Button("save", id="save"),
            dcc.Store(id="store", storage_type="local", data="small"),
            html.Div(id="status"),
            html.Div(id="size"),
        ]
    )
    outputs = [Output("store", "data"), Output("status", "children")]
    if side_update:

        @app.callback(Output("status", "children"), Input("save", "n_clicks"), prevent_initial_call=True)
        def save_by_set_props(n):
            set_props("store", {"data": "x" * OVER_QUOTA})
            return f"saved {n}"

    else:

        @app.callback(
            *(outputs if store_first else outputs[::-1]), Input("save", "n_clicks"), prevent_initial_call=True
        )
        def save(n):
            values = ["x" * OVER_QUOTA, f"saved {n}"]
            return values if store_first else values[::-1]

    @app.callback(Output("size", "children"), Input("store", "data"), prevent_initial_call=True)
    def size(data):
        return f"{len(data)} characters"

    app.enable_dev_tools(debug=debug)
    return app


@pytest.mark.parametrize(
    ("store_first", "side_update"),
    [(True, False), (False, False), (True, True)],
    ids=["store-first", "store-last", "set_props"],
)
def test_a_store_over_quota_keeps_its_data_in_memory_and_the_rest_applies(
    dash_page, store_first, side_update
):
    dash_page.start(store_app(store_first, side_update=side_update))
    page = dash_page.page
    assert page.evaluate("() => localStorage.getItem('store')") == '"small"'
    dash_page.by_id("save").click()
    dash_page.expect_text("status", "saved 1")
    dash_page.expect_text("size", f"{OVER_QUOTA} characters")  # the chain ran on the data in memory
    dash_page.wait_idle()
    assert page.evaluate("() => window.dash_renderer.getProps('store').data.length") == OVER_QUOTA
    # The old value is gone from storage, so a reload cannot bring back data older than the page showed.
    assert page.evaluate("() => localStorage.getItem('store')") is None
    errors = dash_page.errors()
    assert len(errors) == 1 and "QuotaExceededError" in errors[0] and "store.data" in errors[0], (
        dash_page.logs
    )
    assert dash_page.find("#_dash-error-overlay").count() == 0  # production: the console only


def test_in_debug_mode_the_failed_output_is_in_the_error_overlay(dash_page):
    dash_page.start(store_app(True, debug=True))
    dash_page.by_id("save").click()
    dash_page.expect_text("size", f"{OVER_QUOTA} characters")
    overlay = dash_page.find("#_dash-error-overlay")
    expect(overlay).to_contain_text("Error applying store.data", timeout=TIMEOUT)
    expect(overlay).to_contain_text("QuotaExceededError", timeout=TIMEOUT)
    dash_page.expect_text("status", "saved 1")


def external_site() -> flask.Flask:
    site = flask.Flask("external")

    @site.route("/login")
    def login() -> str:
        return "<!doctype html><title>login</title><p id='where'>the external login page</p>"

    return site


@pytest.mark.parametrize("refresh", [False, True])
def test_a_location_href_on_another_origin_navigates_with_a_full_load(dash_page, refresh):
    other = dash_page.serve(external_site())  # another port: another origin
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Location(id="url", refresh=refresh), html.Button("log in", id="go"), html.Div(id="note")]
    )

    @app.callback(
        Output("note", "children"), Output("url", "href"), Input("go", "n_clicks"), prevent_initial_call=True
    )
    def go(n):
        return "redirecting", f"{other}/login?next=%2F"

    dash_page.start(app)
    dash_page.by_id("go").click()
    page = dash_page.page
    page.wait_for_url(f"{other}/login?next=%2F", timeout=TIMEOUT)
    expect(page.locator("#where")).to_have_text("the external login page", timeout=TIMEOUT)
    assert not [line for line in dash_page.errors() if "SecurityError" in line], dash_page.logs
