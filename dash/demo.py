"""The demo app behind `python -m dash demo`: several components, chained callbacks, a pattern-matching
list, and a graph (plotly is a dependency of dash; if it is missing, the page says how to install it)."""

from __future__ import annotations

import importlib.util

from ._dependencies import ALL
from ._dependencies import MATCH
from ._dependencies import Input
from ._dependencies import Output
from ._dependencies import State
from ._requirements import missing_dependency_message
from .exceptions import PreventUpdate

CITIES = {
    "France": ["Paris", "Lyon", "Marseille"],
    "Japan": ["Tokyo", "Osaka", "Kyoto"],
    "Canada": ["Toronto", "Montreal", "Vancouver"],
}
POPULATION_MILLIONS = {
    "Paris": 2.1,
    "Lyon": 0.5,
    "Marseille": 0.9,
    "Tokyo": 14.0,
    "Osaka": 2.7,
    "Kyoto": 1.5,
    "Toronto": 2.8,
    "Montreal": 1.8,
    "Vancouver": 0.7,
}


def plotly_installed() -> bool:
    return importlib.util.find_spec("plotly") is not None


def create_app(**dash_kwargs):
    """Build the demo app; keyword arguments go to `Dash(...)`."""
    from . import dcc
    from . import html
    from .app import Dash

    app = Dash(__name__, title="dash demo", **dash_kwargs)
    graph = (
        dcc.Graph(id="population-graph")
        if plotly_installed()
        else html.P(missing_dependency_message("plotly", "The graph here"), id="no-plotly")
    )
    app.layout = html.Div(
        [
            html.H1("dash demo"),
            html.Section(
                [
                    html.H2("Echo"),
                    dcc.Input(id="echo-input", value="hello", type="text"),
                    html.Div(id="echo-output"),
                ]
            ),
            html.Section(
                [
                    html.H2("Chained callbacks"),
                    dcc.Dropdown(options=list(CITIES), value="France", id="country", clearable=False),
                    dcc.RadioItems(id="city"),
                    html.Div(id="city-summary"),
                    graph,
                ]
            ),
            html.Section(
                [
                    html.H2("Clicks"),
                    html.Button("Click me", id="clicker", n_clicks=0),
                    html.Div(id="click-count"),
                ]
            ),
            html.Section(
                [
                    html.H2("A pattern-matching list"),
                    dcc.Input(id="item-text", placeholder="New item"),
                    html.Button("Add", id="add-item", n_clicks=0),
                    html.Ul(id="item-list", children=[]),
                    html.Div(id="item-summary"),
                ]
            ),
        ]
    )

    @app.callback(Output("echo-output", "children"), Input("echo-input", "value"))
    def echo(value):
        return f"You typed: {value}"

    @app.callback(Output("city", "options"), Output("city", "value"), Input("country", "value"))
    def cities(country):
        names = CITIES.get(country, [])
        return names, (names[0] if names else None)

    @app.callback(Output("city-summary", "children"), Input("country", "value"), Input("city", "value"))
    def summary(country, city):
        return f"{city} ({country}): {POPULATION_MILLIONS.get(city, '?')} million people"

    if plotly_installed():

        @app.callback(Output("population-graph", "figure"), Input("country", "value"))
        def population(country):
            names = CITIES.get(country, [])
            return {
                "data": [{"type": "bar", "x": names, "y": [POPULATION_MILLIONS[name] for name in names]}],
                "layout": {"title": {"text": f"Cities of {country} (millions)"}, "height": 320},
            }

    @app.callback(Output("click-count", "children"), Input("clicker", "n_clicks"))
    def clicks(n_clicks):
        return f"Clicked {n_clicks} times"

    @app.callback(
        Output("item-list", "children"),
        Output("item-text", "value"),
        Input("add-item", "n_clicks"),
        State("item-text", "value"),
        State("item-list", "children"),
        prevent_initial_call=True,
    )
    def add_item(n_clicks, text, items):
        if not text:
            raise PreventUpdate
        index = len(items or [])
        item = html.Li(
            [
                dcc.Checklist(
                    options=[{"label": text, "value": "done"}],
                    value=[],
                    id={"type": "item-done", "index": index},
                    inline=True,
                ),
                html.Span(id={"type": "item-state", "index": index}),
            ]
        )
        return (items or []) + [item], ""

    @app.callback(
        Output({"type": "item-state", "index": MATCH}, "children"),
        Input({"type": "item-done", "index": MATCH}, "value"),
    )
    def item_state(done):
        return " (done)" if done else ""

    @app.callback(Output("item-summary", "children"), Input({"type": "item-done", "index": ALL}, "value"))
    def item_summary(values):
        return f"{sum(1 for value in values if value)} of {len(values)} items done"

    return app
