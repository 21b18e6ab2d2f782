"""Buttons counting clicks, told apart with ctx.triggered_id."""

from dash import Dash, Input, Output, ctx, html

app = Dash(__name__, title="Clicks")
app.layout = html.Div(
    [
        html.Button("Red", id="red", n_clicks=0),
        html.Button("Green", id="green", n_clicks=0),
        html.Button("Blue", id="blue", n_clicks=0),
        html.Div(id="last"),
    ]
)


@app.callback(
    Output("last", "children"),
    Input("red", "n_clicks"),
    Input("green", "n_clicks"),
    Input("blue", "n_clicks"),
)
def last_clicked(red, green, blue):
    if ctx.triggered_id is None:
        return "No button clicked yet."
    counts = {"red": red, "green": green, "blue": blue}
    return f"{ctx.triggered_id} was clicked; it has {counts[ctx.triggered_id]} clicks."


if __name__ == "__main__":
    app.run(debug=True)
