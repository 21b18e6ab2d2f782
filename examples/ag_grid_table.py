"""A dash-ag-grid table: sortable, filterable, editable columns; edits and row selection call back.

Needs `pip install dash-ag-grid` (it keeps this dash; see README "Component suites").
"""

import dash_ag_grid as dag
from dash import Dash, Input, Output, html

cars = [
    {"make": "Tesla", "model": "Model Y", "price": 64950, "electric": True},
    {"make": "Ford", "model": "F-Series", "price": 33850, "electric": False},
    {"make": "Toyota", "model": "Corolla", "price": 29600, "electric": False},
    {"make": "Mercedes", "model": "EQA", "price": 48890, "electric": True},
]

columnDefs = [
    {"field": "make", "checkboxSelection": True},
    {"field": "model"},
    {"field": "price", "editable": True, "valueFormatter": {"function": "d3.format('($,.0f')(params.value)"}},
    {"field": "electric"},
]

app = Dash(__name__, title="Cars")
app.layout = html.Div(
    [
        html.H1("Cars"),
        dag.AgGrid(
            id="cars",
            rowData=cars,
            columnDefs=columnDefs,
            defaultColDef={"filter": True, "sortable": True},
            columnSize="sizeToFit",
            dashGridOptions={"rowSelection": "single", "animateRows": False},
        ),
        html.Div(id="edited"),
        html.Div(id="selected"),
    ]
)


@app.callback(Output("edited", "children"), Input("cars", "cellValueChanged"), prevent_initial_call=True)
def edited(changes):
    change = changes[0]
    return f"{change['data']['make']} {change['colId']}: {change['oldValue']} -> {change['value']}"


@app.callback(Output("selected", "children"), Input("cars", "selectedRows"))
def selected(rows):
    if not rows:
        return "Select a car."
    return f"Selected {rows[0]['make']} {rows[0]['model']}."


if __name__ == "__main__":
    app.run(debug=True)
