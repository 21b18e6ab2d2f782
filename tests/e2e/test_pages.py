"""A three-page app in Chromium: links navigate without a reload, titles follow, the back button works."""

from __future__ import annotations

import pytest

import dash
from dash import Dash
from dash import Input
from dash import Output
from dash import _pages
from dash import callback
from dash import dcc
from dash import html

from .conftest import TIMEOUT


@pytest.fixture(autouse=True)
def _fresh_pages():
    _pages.reset()
    yield
    _pages.reset()


def three_page_app():
    app = Dash(__name__, use_pages=True, pages_folder="")
    nav = html.Nav(
        [
            dcc.Link("Home", href="/", id="to-home"),
            dcc.Link("Reports", href="/reports", id="to-reports"),
            dcc.Link("Asset 7", href="/asset/7?view=chart", id="to-asset"),
        ]
    )
    dash.register_page("home", path="/", title="Home", layout=html.Div("Welcome home", id="home-text"))
    dash.register_page(
        "reports",
        title="Reports",
        layout=html.Div([html.Button("count", id="count"), html.Div(id="count-out")]),
    )
    dash.register_page(
        "asset",
        path_template="/asset/<asset_id>",
        title=lambda asset_id=None: f"Asset {asset_id}",
        layout=lambda asset_id=None, view=None: html.Div(f"asset {asset_id} as {view}", id="asset-text"),
    )

    @callback(Output("count-out", "children"), Input("count", "n_clicks"))
    def count(n):  # a callback whose components exist on one page only
        return f"clicked {n or 0}"

    app.layout = html.Div([nav, dash.page_container])
    return app


def test_links_navigate_without_reload_and_back_button(dash_page):
    page = dash_page.start(three_page_app()).page
    dash_page.expect_text("home-text", "Welcome home")
    page.wait_for_function("document.title === 'Home'", timeout=TIMEOUT)
    page.evaluate("window.__no_reload = 'still here'")

    dash_page.by_id("to-reports").click()
    dash_page.expect_text("count-out", "clicked 0")
    dash_page.by_id("count").click()
    dash_page.expect_text("count-out", "clicked 1")
    page.wait_for_function("document.title === 'Reports'", timeout=TIMEOUT)
    assert page.url.endswith("/reports")

    dash_page.by_id("to-asset").click()
    dash_page.expect_text("asset-text", "asset 7 as chart")
    page.wait_for_function("document.title === 'Asset 7'", timeout=TIMEOUT)
    assert page.evaluate("window.__no_reload") == "still here"

    page.go_back()
    dash_page.expect_text("count-out", "clicked 0")
    page.wait_for_function("document.title === 'Reports'", timeout=TIMEOUT)
    page.go_back()
    dash_page.expect_text("home-text", "Welcome home")
    assert page.evaluate("window.__no_reload") == "still here"
    assert dash_page.errors() == []


def test_direct_load_of_a_template_path_and_404(dash_page):
    app = three_page_app()
    dash_page.start(app, "/asset/abc")
    dash_page.expect_text("asset-text", "asset abc as None")
    assert dash_page.page.title() == "Asset abc"  # from the server, before any callback
    dash_page.open("/missing/page")
    dash_page.page.get_by_text("404 - Page not found").wait_for(timeout=TIMEOUT)


def test_routing_callback_inputs_rerender_the_page_with_their_value(dash_page):
    app = Dash(
        __name__,
        use_pages=True,
        pages_folder="",
        routing_callback_inputs={"language": Input("language", "value")},
    )
    greetings = {"en": "Hello", "fr": "Bonjour"}
    dash.register_page(
        "home", path="/", layout=lambda language="en", **query: html.H2(greetings[language], id="greeting")
    )
    dash.register_page(
        "item",
        path_template="/item/<item_id>",
        layout=lambda item_id=None, language="en", **query: html.H2(
            f"{greetings[language]} {item_id}", id="greeting"
        ),
    )
    app.layout = html.Div(
        [
            dcc.RadioItems(id="language", options=["en", "fr"], value="en"),
            dcc.Link("Item 4", href="/item/4", id="to-item"),
            dash.page_container,
        ]
    )
    page = dash_page.start(app).page
    dash_page.expect_text("greeting", "Hello")
    page.get_by_label("fr").check()
    dash_page.expect_text("greeting", "Bonjour")
    page.click("#to-item")
    dash_page.expect_text("greeting", "Bonjour 4")
