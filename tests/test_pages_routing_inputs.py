"""Dash(routing_callback_inputs=...) and Dash(description=...) with pages (Plotly Dash's names and rules)."""

from __future__ import annotations

import pytest

import dash
from dash import Dash
from dash import Input
from dash import State
from dash import _pages
from dash import dcc
from dash import html

ROUTE = f"..{_pages.CONTENT_ID}.children...{_pages.STORE_ID}.data.."


pytestmark = pytest.mark.usefixtures("fresh_pages")


def _app(**kwargs):
    app = Dash(__name__, use_pages=True, pages_folder="", **kwargs)
    app.layout = html.Div(
        [dcc.RadioItems(id="language", options=["en", "fr"], value="en"), dash.page_container]
    )
    return app


def _route(client, pathname, language=None, *, as_state=False, search=""):
    location = [
        {"id": _pages.LOCATION_ID, "property": "pathname", "value": pathname},
        {"id": _pages.LOCATION_ID, "property": "search", "value": search},
    ]
    extra = [{"id": "language", "property": "value", "value": language}]
    body = {
        "output": ROUTE,
        "outputs": [
            {"id": _pages.CONTENT_ID, "property": "children"},
            {"id": _pages.STORE_ID, "property": "data"},
        ],
        "inputs": location if as_state else location + extra,
        "changedPropIds": [f"{_pages.LOCATION_ID}.pathname"],
    }
    if as_state:
        body["state"] = extra
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["response"][_pages.CONTENT_ID]["children"]


def test_routing_input_values_reach_the_layout_function_as_keywords():
    app = _app(routing_callback_inputs={"language": Input("language", "value")})

    def layout(language=None, **query):
        greeting = {"en": "Hello", "fr": "Bonjour"}[language]
        return html.Div(f"{greeting} {sorted(query.items())}", id="greeting")

    dash.register_page("home", path="/", layout=layout)
    client = app.server.test_client()
    assert _route(client, "/", "fr")["props"]["children"] == "Bonjour []"
    assert _route(client, "/", "en", search="?q=1")["props"]["children"] == "Hello [('q', '1')]"

    deps = client.get("/_dash-dependencies").get_json()
    routing = next(dep for dep in deps if dep["output"] == ROUTE)
    assert {"id": "language", "property": "value"} in routing["inputs"]
    assert routing["state"] == []


def test_a_state_routing_input_is_sent_as_state():
    app = _app(routing_callback_inputs={"language": State("language", "value")})
    dash.register_page("home", path="/", layout=lambda language=None: html.Div(language))
    client = app.server.test_client()
    deps = client.get("/_dash-dependencies").get_json()
    routing = next(dep for dep in deps if dep["output"] == ROUTE)
    assert routing["state"] == [{"id": "language", "property": "value"}]
    assert _route(client, "/", "fr", as_state=True)["props"]["children"] == "fr"


def test_path_variables_and_routing_inputs_together():
    app = _app(routing_callback_inputs={"language": Input("language", "value")})
    dash.register_page(
        "item",
        path_template="/item/<item_id>",
        layout=lambda item_id=None, language=None: html.P(f"{item_id}:{language}"),
    )
    client = app.server.test_client()
    assert _route(client, "/item/7", "fr")["props"]["children"] == "7:fr"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"pathname_": Input("x", "value")}, "'pathname_' and 'search_' are the routing callback's own"),
        ({"language": "language.value"}, "must be an Input or a State"),
        ([Input("x", "value")], "must be a dict of keyword -> Input or State"),
        ({"not a name": Input("x", "value")}, "not a valid Python identifier"),
    ],
)
def test_bad_routing_inputs_are_explained(value, message):
    with pytest.raises(_pages.PageError, match=message):
        Dash(__name__, use_pages=True, pages_folder="", routing_callback_inputs=value)


def test_routing_inputs_without_pages_are_explained():
    with pytest.raises(dash.exceptions.InvalidConfig, match="needs pages: add use_pages=True"):
        Dash(__name__, routing_callback_inputs={"language": Input("language", "value")})


def test_app_description_is_the_default_page_description():
    app = _app(description="An app about weather")
    dash.register_page("home", path="/", layout=html.Div("home"), title="Home")
    dash.register_page("own", path="/own", layout=html.Div("own"), description="Its own words")
    assert dash.page_registry["home"]["description"] == "An app about weather"
    assert dash.page_registry["own"]["description"] == "Its own words"
    client = app.server.test_client()
    index = client.get("/").get_data(as_text=True)
    assert '<meta name="description" content="An app about weather">' in index
    assert '<meta name="description" content="Its own words">' in client.get("/own").get_data(as_text=True)
