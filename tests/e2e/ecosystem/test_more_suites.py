"""dash-iconify (the icons of most public mantine apps) and dash-extensions' components on our dash (Chromium)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import html

from .test_suites import TIMEOUT
from .test_suites import text

# What the Iconify API answers for /mdi.json?icons=...: DashIconify fetches icon bodies at run time; the test
# answers for the API (no network here), as a self-hosted Iconify API would.
ICONS = {
    "prefix": "mdi",
    "width": 24,
    "height": 24,
    "icons": {
        "home": {"body": '<path d="M10 20v-6h4v6h5v-8h3L12 3L2 12h3v8z"/>'},
        "star": {
            "body": '<path d="M12 17.27L18.18 21L16.54 14L22 9.24L14.81 8.63L12 2L9.19 8.63L2 9.24L7.45 14z"/>'
        },
        "account": {
            "body": '<path d="M12 4a4 4 0 0 1 0 8a4 4 0 0 1 0-8m0 10c4.42 0 8 1.79 8 4v2H4v-2c0-2.21 3.58-4 8-4"/>'
        },
    },
}


def serve_icons(dash_page):
    asked = []

    def answer(route):
        asked.append(route.request.url)
        names = route.request.url.split("icons=")[1].replace("%2C", ",").split(",")
        body = dict(ICONS, icons={name: ICONS["icons"][name] for name in names if name in ICONS["icons"]})
        route.fulfill(status=200, content_type="application/json", body=json.dumps(body))

    dash_page.page.route("https://api.iconify.design/**", answer)
    return asked


def test_dash_iconify_alone_and_inside_mantine_and_from_a_callback(dash_page):
    import dash_mantine_components as dmc
    from dash_iconify import DashIconify

    app = Dash(__name__)
    app.layout = dmc.MantineProvider(
        html.Div(
            [
                DashIconify(icon="mdi:home", width=30, id="icon"),
                dmc.Button("Star", id="star-btn", leftSection=DashIconify(icon="mdi:star", id="star")),
                html.Div(id="later"),
            ]
        )
    )

    @app.callback(Output("icon", "icon"), Output("later", "children"), Input("star-btn", "n_clicks"))
    def swap(n):
        if not n:
            return "mdi:home", "none"
        return "mdi:account", DashIconify(icon="mdi:star", id="late-star", width=20)

    asked = serve_icons(dash_page)
    dash_page.start(app)
    expect(dash_page.find("svg#icon path")).to_have_attribute(
        "d", ICONS["icons"]["home"]["body"][9:-3], timeout=TIMEOUT
    )
    expect(dash_page.by_id("icon")).to_have_attribute("width", "30")
    expect(dash_page.find("#star-btn svg#star path")).to_be_attached(timeout=TIMEOUT)  # a mantine prop
    dash_page.by_id("star-btn").click()
    expect(dash_page.find("svg#icon path")).to_have_attribute(
        "d", ICONS["icons"]["account"]["body"][9:-3], timeout=TIMEOUT
    )
    expect(dash_page.find("svg#late-star path")).to_be_attached(timeout=TIMEOUT)
    assert asked and all(url.startswith("https://api.iconify.design/mdi.json?icons=") for url in asked)
    assert dash_page.errors() == []


def test_dash_extensions_event_listener_keyboard_and_purify(dash_page):
    import dash_extensions as de

    app = Dash(__name__)
    app.layout = html.Div(
        [
            de.EventListener(
                html.Button("press", id="press"),
                id="events",
                events=[{"event": "click", "props": ["type", "srcElement.id"]}],
            ),
            de.Keyboard(id="keys", captureKeys=["Enter"]),
            de.Purify(
                html="<b id='bold'>bold</b><img id='bad' src='x' onerror='window.hacked=1'>", id="clean"
            ),
            html.Div(id="clicked"),
            html.Div(id="typed"),
        ]
    )

    @app.callback(Output("clicked", "children"), Input("events", "n_events"), Input("events", "event"))
    def clicked(n, event):
        return "no clicks" if not n else f"{n} {event['type']} {event['srcElement.id']}"

    @app.callback(Output("typed", "children"), Input("keys", "n_keydowns"), Input("keys", "keydown"))
    def typed(n, keydown):
        return "no keys" if not n else f"{n} {keydown['key']}"

    dash_page.start(app)
    text(dash_page, "clicked", "no clicks")
    text(dash_page, "typed", "no keys")
    dash_page.by_id("press").click()
    text(dash_page, "clicked", "1 click press")
    dash_page.page.keyboard.press("Enter")
    text(dash_page, "typed", "1 Enter")
    text(dash_page, "bold", "bold")  # Purify is an async chunk; DOMPurify removed the handler
    assert dash_page.by_id("bad").get_attribute("onerror") is None
    assert dash_page.page.evaluate("() => window.hacked") is None
    assert dash_page.errors() == []


# dash_extensions.enrich imports the pre-2.0 name dash.dependencies, which warns here (dash/_legacy.py).
@pytest.mark.filterwarnings("ignore:'dash.dependencies' is a pre-2.0 import name:DeprecationWarning")
def test_dash_extensions_dash_proxy_transforms(dash_page, tmp_path):
    """DashProxy registers its rewritten callbacks in Plotly's ``_setup_server`` hook, before the first request."""
    from dash_extensions.enrich import DashProxy
    from dash_extensions.enrich import FileSystemBackend
    from dash_extensions.enrich import MultiplexerTransform
    from dash_extensions.enrich import Serverside
    from dash_extensions.enrich import ServersideOutputTransform
    from dash_extensions.enrich import Trigger
    from dash_extensions.enrich import TriggerTransform

    backend = FileSystemBackend(cache_dir=str(tmp_path / "serverside"))
    app = DashProxy(
        __name__,
        transforms=[TriggerTransform(), MultiplexerTransform(), ServersideOutputTransform([backend])],
    )
    app.layout = html.Div(
        [
            html.Button("left", id="left"),
            html.Button("right", id="right"),
            html.Button("store", id="store-btn"),
            html.Div(id="side"),
            html.Div(id="kept"),
            dcc_store(),
        ]
    )

    @app.callback(Output("side", "children"), Trigger("left", "n_clicks"), prevent_initial_call=True)
    def left():
        return "left"

    @app.callback(Output("side", "children"), Input("right", "n_clicks"), prevent_initial_call=True)
    def right(n):
        return f"right {n}"

    @app.callback(Output("store", "data"), Trigger("store-btn", "n_clicks"), prevent_initial_call=True)
    def store():
        return Serverside({"rows": [1, 2, 3]})  # kept on the server; the browser holds a key

    @app.callback(Output("kept", "children"), Input("store", "data"), prevent_initial_call=True)
    def kept(data):
        return f"rows {sum(data['rows'])}"

    dash_page.start(app)
    dash_page.by_id("left").click()  # two callbacks write the same output (MultiplexerTransform)
    text(dash_page, "side", "left")
    dash_page.by_id("right").click()
    text(dash_page, "side", "right 1")
    dash_page.by_id("store-btn").click()
    text(dash_page, "kept", "rows 6")
    stored = dash_page.page.evaluate("() => window.dash_renderer.getProps('store').data")
    assert isinstance(stored, str) and "rows" not in stored  # only the key went to the browser
    assert dash_page.errors() == []


def dcc_store():
    from dash import dcc

    return dcc.Store(id="store")
