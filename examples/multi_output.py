"""One callback updating several outputs."""

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__, title="Multi-output")
app.layout = html.Div(
    [
        dcc.Input(id="number", type="number", value=5),
        html.Table(
            [
                html.Tr([html.Td("x²"), html.Td(id="square")]),
                html.Tr([html.Td("x³"), html.Td(id="cube")]),
                html.Tr([html.Td("2ˣ"), html.Td(id="twos")]),
            ]
        ),
    ]
)


@app.callback(
    Output("square", "children"),
    Output("cube", "children"),
    Output("twos", "children"),
    Input("number", "value"),
)
def powers(x):
    if x is None:
        return "", "", ""
    return x**2, x**3, 2**x


if __name__ == "__main__":
    app.run(debug=True)
