"""Chained callbacks: country -> city options -> selected city."""

from dash import Dash, Input, Output, dcc, html

CITIES = {
    "France": ["Paris", "Lyon", "Marseille"],
    "Japan": ["Tokyo", "Osaka", "Kyoto"],
    "Canada": ["Toronto", "Montreal", "Vancouver"],
}

app = Dash(__name__, title="Chained callbacks")
app.layout = html.Div(
    [
        dcc.RadioItems(list(CITIES), "France", id="country"),
        html.Hr(),
        dcc.RadioItems(id="city"),
        html.Hr(),
        html.Div(id="selection"),
    ]
)


@app.callback(Output("city", "options"), Input("country", "value"))
def city_options(country):
    return [{"label": city, "value": city} for city in CITIES[country]]


@app.callback(Output("city", "value"), Input("city", "options"))
def first_city(options):
    return options[0]["value"]


@app.callback(Output("selection", "children"), Input("country", "value"), Input("city", "value"))
def describe(country, city):
    return f"{city} is a city in {country}."


if __name__ == "__main__":
    app.run(debug=True)
