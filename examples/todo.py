"""A pattern-matching todo list: add items, ALL and MATCH updates."""

from dash import ALL, MATCH, Dash, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

app = Dash(__name__, title="Todo")
app.layout = html.Div(
    [
        dcc.Input(id="new-item", placeholder="What needs doing?"),
        html.Button("Add", id="add", n_clicks=0),
        html.Div(id="items", children=[]),
        html.Div(id="summary"),
    ]
)


@app.callback(
    Output("items", "children"),
    Output("new-item", "value"),
    Input("add", "n_clicks"),
    State("new-item", "value"),
    State("items", "children"),
    prevent_initial_call=True,
)
def add_item(n_clicks, text, items):
    if not text:
        raise PreventUpdate
    index = len(items)
    item = html.Div(
        [
            dcc.Checklist(
                options=[{"label": "", "value": "done"}],
                value=[],
                id={"type": "done", "index": index},
                inline=True,
            ),
            html.Span(text, id={"type": "label", "index": index}),
        ],
        id={"type": "item", "index": index},
    )
    return items + [item], ""


@app.callback(
    Output({"type": "label", "index": MATCH}, "style"), Input({"type": "done", "index": MATCH}, "value")
)
def strike_through(done):
    return {"textDecoration": "line-through"} if done else {"textDecoration": "none"}


@app.callback(Output("summary", "children"), Input({"type": "done", "index": ALL}, "value"))
def summarise(all_done):
    finished = sum(1 for done in all_done if done)
    triggered = ctx.triggered_id
    note = f" (last change: item {triggered['index']})" if isinstance(triggered, dict) else ""
    return f"{finished} of {len(all_done)} done{note}"


if __name__ == "__main__":
    app.run(debug=True)
