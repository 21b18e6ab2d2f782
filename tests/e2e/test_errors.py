"""A failing callback: the debug overlay, the dash:callbackError event, and the page keeps working."""

from __future__ import annotations

from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import html

TIMEOUT = 5000


def make_app(debug):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("boom", id="boom"),
            html.Div(id="out"),
            html.Button("ok", id="ok"),
            html.Div(id="ok-out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("boom", "n_clicks"), prevent_initial_call=True)
    def boom(n):
        raise ValueError("boom from callback <img src=x onerror=alert(1)>")

    @app.callback(Output("ok-out", "children"), Input("ok", "n_clicks"))
    def ok(n):
        return f"ok {n}"

    app.enable_dev_tools(debug=debug)
    return app


def test_debug_overlay_shows_the_error_and_later_callbacks_work(dash_page):
    dash_page.start(make_app(debug=True))
    dash_page.page.evaluate(
        "() => { window.__errors = []; document.addEventListener('dash:callbackError', e => window.__errors.push(e.detail)) }"
    )
    dash_page.by_id("boom").click()
    overlay = dash_page.find("#_dash-error-overlay")
    expect(overlay).to_be_visible(timeout=TIMEOUT)
    expect(overlay).to_contain_text("Callback error updating out.children")
    expect(overlay).to_contain_text("ValueError")
    expect(overlay).to_contain_text("boom from callback <img src=x onerror=alert(1)>")
    expect(overlay.locator("img")).to_have_count(0)
    expect(overlay.locator(".dash-error-traceback")).to_contain_text("Traceback")
    detail = dash_page.page.evaluate("() => window.__errors[0]")
    assert detail["output"] == "out.children"
    assert detail["status"] == 500
    assert any("Callback error updating out.children" in line for line in dash_page.errors())

    dash_page.by_id("ok").click()
    dash_page.expect_text("ok-out", "ok 1")
    overlay.locator("button").click()
    expect(overlay).to_have_count(0)
    assert dash_page.dialogs == []


def test_no_overlay_without_debug(dash_page):
    dash_page.start(make_app(debug=False))
    dash_page.by_id("boom").click()
    dash_page.wait_idle()
    expect(dash_page.find("#_dash-error-overlay")).to_have_count(0)
    assert any("Callback error updating out.children" in line for line in dash_page.errors())
    dash_page.by_id("ok").click()
    dash_page.expect_text("ok-out", "ok 1")
