"""Tabs whose content comes from a callback, a date range picker and a download of the chosen rows."""

from dash import Dash, Input, Output, State, dcc, html

SALES = [
    ("2024-05-01", "Paris", 120),
    ("2024-05-03", "Tokyo", 80),
    ("2024-05-10", "Lima", 45),
    ("2024-05-20", "Paris", 60),
]

app = Dash(__name__, title="Tabs")
app.layout = html.Div(
    [
        dcc.Tabs(
            id="tabs",
            value="summary",
            children=[
                dcc.Tab(label="Summary", value="summary"),
                dcc.Tab(label="Sales", value="sales"),
                dcc.Tab(label="Archive", value="archive", disabled=True),
            ],
        ),
        html.Div(id="tab-content"),
        dcc.DatePickerRange(
            id="period", start_date="2024-05-01", end_date="2024-05-15", display_format="D MMM YYYY"
        ),
        html.Button("Download CSV", id="save"),
        dcc.Download(id="download"),
    ]
)


def rows(start, end):
    return [row for row in SALES if start <= row[0] <= end]


@app.callback(
    Output("tab-content", "children"),
    Input("tabs", "value"),
    Input("period", "start_date"),
    Input("period", "end_date"),
)
def show(tab, start, end):
    chosen = rows(start, end)
    if tab == "summary":
        return html.P(f"{len(chosen)} sales, {sum(row[2] for row in chosen)} units from {start} to {end}.")
    return html.Ul([html.Li(f"{day} {city}: {units}") for day, city, units in chosen])


@app.callback(
    Output("download", "data"),
    Input("save", "n_clicks"),
    State("period", "start_date"),
    State("period", "end_date"),
    prevent_initial_call=True,
)
def save(_clicks, start, end):
    lines = ["day,city,units"] + [f"{day},{city},{units}" for day, city, units in rows(start, end)]
    return dcc.send_string("\n".join(lines) + "\n", "sales.csv", type="text/csv")


if __name__ == "__main__":
    app.run(debug=True)
