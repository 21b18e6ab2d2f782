"""A text input echoed by a callback (Plotly Dash tutorial style)."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__, title="Echo")
app.layout = html.Div(
    [
        html.H1("Echo"),
        html.Label("Say something:", htmlFor="text"),
        dcc.Input(id="text", value="hello", type="text"),
        html.Div(id="echo"),
    ]
)


@app.callback(Output("echo", "children"), Input("text", "value"))
def echo(value):
    return f"You said: {value}"


if __name__ == "__main__":
    app.run(debug=True)
