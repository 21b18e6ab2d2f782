"""A dash-bootstrap-components form: layout with Container/Row/Col, a Card, inputs and an Alert.

Needs `pip install dash-bootstrap-components` (it keeps this dash; see README "Component suites").
"""

import dash_bootstrap_components as dbc
from dash import Dash, Input, Output, State, html

app = Dash(__name__, external_stylesheets=[dbc.themes.BOOTSTRAP], title="Sign up")

form = dbc.Card(
    [
        dbc.CardHeader("Sign up"),
        dbc.CardBody(
            [
                dbc.Label("Email", html_for="email"),
                dbc.Input(id="email", type="email", placeholder="you@example.com"),
                dbc.Label("Plan", html_for="plan", class_name="mt-2"),
                dbc.Select(
                    id="plan",
                    options=[{"label": "Free", "value": "free"}, {"label": "Pro", "value": "pro"}],
                    value="free",
                ),
                dbc.Checklist(
                    id="terms",
                    options=[{"label": "I accept the terms", "value": "yes"}],
                    value=[],
                    class_name="mt-2",
                ),
                dbc.Button("Submit", id="submit", color="primary", class_name="mt-3", n_clicks=0),
            ]
        ),
    ]
)

app.layout = dbc.Container(
    [
        html.H1("Bootstrap form", className="my-3"),
        dbc.Row([dbc.Col(form, md=6), dbc.Col(html.Div(id="result"), md=6)]),
    ]
)


@app.callback(
    Output("result", "children"),
    Input("submit", "n_clicks"),
    State("email", "value"),
    State("plan", "value"),
    State("terms", "value"),
    prevent_initial_call=True,
)
def submit(n_clicks, email, plan, terms):
    if not email:
        return dbc.Alert("Please enter an email address.", color="warning", id="alert")
    if "yes" not in terms:
        return dbc.Alert("Please accept the terms.", color="warning", id="alert")
    return dbc.Alert(f"Signed up {email} for the {plan} plan.", color="success", id="alert")


if __name__ == "__main__":
    app.run(debug=True)
