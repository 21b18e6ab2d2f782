"""A dropdown filtering a table."""

from dash import Dash, Input, Output, dcc, html

PLANETS = [
    {"name": "Mercury", "type": "rocky", "moons": 0},
    {"name": "Venus", "type": "rocky", "moons": 0},
    {"name": "Earth", "type": "rocky", "moons": 1},
    {"name": "Mars", "type": "rocky", "moons": 2},
    {"name": "Jupiter", "type": "gas giant", "moons": 95},
    {"name": "Saturn", "type": "gas giant", "moons": 146},
    {"name": "Uranus", "type": "ice giant", "moons": 28},
    {"name": "Neptune", "type": "ice giant", "moons": 16},
]
TYPES = sorted({planet["type"] for planet in PLANETS})

app = Dash(__name__, title="Planets")
app.layout = html.Div(
    [
        html.H1("Planets"),
        dcc.Dropdown(
            options=[{"label": "all", "value": "all"}] + [{"label": t, "value": t} for t in TYPES],
            value="all",
            id="kind",
            clearable=False,
        ),
        html.Div(id="table"),
    ]
)


def table(rows):
    header = html.Tr([html.Th(column) for column in ("name", "type", "moons")])
    body = [html.Tr([html.Td(row["name"]), html.Td(row["type"]), html.Td(row["moons"])]) for row in rows]
    return html.Table([html.Thead(header), html.Tbody(body)])


@app.callback(Output("table", "children"), Input("kind", "value"))
def filter_planets(kind):
    rows = PLANETS if kind in (None, "all") else [planet for planet in PLANETS if planet["type"] == kind]
    return table(rows)


if __name__ == "__main__":
    app.run(debug=True)
