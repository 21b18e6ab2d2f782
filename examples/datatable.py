"""A DataTable with native sorting, filtering, paging, editing and row selection; callbacks read what
the user sees (``derived_virtual_data``), the clicked cell (``active_cell``) and the selected rows."""

from dash import Dash, Input, Output, State, dash_table, html
from dash.dash_table import FormatTemplate
from dash.dash_table.Format import Format, Group, Scheme

COUNTRIES = [
    {"id": 1, "country": "India", "continent": "Asia", "population": 1428.6, "gdp": 2410, "growth": 0.0081},
    {"id": 2, "country": "China", "continent": "Asia", "population": 1425.7, "gdp": 12614, "growth": -0.0002},
    {
        "id": 3,
        "country": "United States",
        "continent": "Americas",
        "population": 339.9,
        "gdp": 80035,
        "growth": 0.005,
    },
    {
        "id": 4,
        "country": "Indonesia",
        "continent": "Asia",
        "population": 277.5,
        "gdp": 4941,
        "growth": 0.0074,
    },
    {"id": 5, "country": "Pakistan", "continent": "Asia", "population": 240.5, "gdp": 1365, "growth": 0.0198},
    {
        "id": 6,
        "country": "Nigeria",
        "continent": "Africa",
        "population": 223.8,
        "gdp": 1597,
        "growth": 0.0239,
    },
    {
        "id": 7,
        "country": "Brazil",
        "continent": "Americas",
        "population": 216.4,
        "gdp": 10043,
        "growth": 0.0052,
    },
    {
        "id": 8,
        "country": "Bangladesh",
        "continent": "Asia",
        "population": 173.0,
        "gdp": 2551,
        "growth": 0.0103,
    },
    {
        "id": 9,
        "country": "Russia",
        "continent": "Europe",
        "population": 144.4,
        "gdp": 13006,
        "growth": -0.0019,
    },
    {
        "id": 10,
        "country": "Mexico",
        "continent": "Americas",
        "population": 128.5,
        "gdp": 13926,
        "growth": 0.0075,
    },
    {"id": 11, "country": "Japan", "continent": "Asia", "population": 123.3, "gdp": 33834, "growth": -0.0053},
    {
        "id": 12,
        "country": "Ethiopia",
        "continent": "Africa",
        "population": 126.5,
        "gdp": 1272,
        "growth": 0.0257,
    },
]

COLUMNS = [
    {"id": "country", "name": "Country"},
    {"id": "continent", "name": "Continent", "editable": False},
    {
        "id": "population",
        "name": "Population (millions)",
        "type": "numeric",
        "format": Format(precision=1, scheme=Scheme.fixed, group=Group.yes),
    },
    {"id": "gdp", "name": "GDP per person", "type": "numeric", "format": FormatTemplate.money(0)},
    {"id": "growth", "name": "Growth", "type": "numeric", "format": FormatTemplate.percentage(2)},
]

app = Dash(__name__, title="Countries")
app.layout = html.Div(
    [
        html.H1("The most populous countries"),
        dash_table.DataTable(
            id="table",
            data=COUNTRIES,
            columns=COLUMNS,
            sort_action="native",
            sort_mode="multi",
            filter_action="native",
            page_size=5,
            editable=True,
            row_selectable="multi",
            export_format="csv",
            style_cell={"padding": "4px 8px"},
            style_header={"backgroundColor": "#eef2f7"},
            style_data_conditional=[
                {"if": {"row_index": "odd"}, "backgroundColor": "#f8f8f8"},
                {"if": {"filter_query": "{growth} < 0", "column_id": "growth"}, "color": "#c0392b"},
                {"if": {"state": "active"}, "backgroundColor": "#dbe9ff", "border": "1px solid #3b73b9"},
            ],
            tooltip_header={"growth": "Population growth per year"},
        ),
        html.P(id="summary"),
        html.P(id="cell"),
    ]
)


@app.callback(
    Output("summary", "children"),
    Input("table", "derived_virtual_data"),
    Input("table", "derived_virtual_selected_rows"),
)
def summarise(rows, selected):
    rows = rows or []
    people = sum(row["population"] for row in rows if isinstance(row.get("population"), (int, float)))
    return f"{len(rows)} countries, {people:,.1f} million people, {len(selected or [])} selected."


@app.callback(
    Output("cell", "children"),
    Input("table", "active_cell"),
    State("table", "derived_viewport_data"),
)
def show_cell(cell, rows):
    if not cell or not rows or cell["row"] >= len(rows):
        return "Click a cell."
    row = rows[cell["row"]]
    return f"{row['country']}: {cell['column_id']} = {row[cell['column_id']]}"


if __name__ == "__main__":
    app.run(debug=True)
