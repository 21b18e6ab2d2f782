"""A dash app inside an existing Flask app: under /dash/, behind a login guard, beside a blueprint.

Run it with `python examples/embedded.py`, open http://127.0.0.1:8050/login, then /dash/.
"""

from flask import Blueprint, Flask, redirect, request, session
from werkzeug.middleware.proxy_fix import ProxyFix

from dash import Dash, Input, Output, dcc, html

server = Flask(__name__)
server.secret_key = "replace me in production"  # noqa: S105 - example only

pages = Blueprint("pages", __name__)


@pages.route("/")
def home():
    return '<p>The Flask app. <a href="/dash/">Open the dashboard</a></p>'


@pages.route("/login")
def login():
    session["user"] = request.args.get("user", "demo")
    return redirect(request.args.get("next", "/dash/"))


@pages.route("/logout")
def logout():
    session.clear()
    return redirect("/")


server.register_blueprint(pages)


@server.before_request
def login_guard():
    if request.path.startswith("/dash/") and not session.get("user"):
        return redirect(f"/login?next={request.path}")
    return None


app = Dash(__name__, server=server, url_base_pathname="/dash/", title="Embedded")
app.layout = html.Div([html.H1("Dashboard"), dcc.Input(id="text", value="hi"), html.Div(id="out")])


@app.callback(Output("out", "children"), Input("text", "value"))
def shout(value):
    return (value or "").upper()


# Behind a reverse proxy that sets X-Forwarded-* headers.
server.wsgi_app = ProxyFix(server.wsgi_app, x_for=1, x_proto=1, x_host=1, x_prefix=1)

if __name__ == "__main__":
    server.run(host="127.0.0.1", port=8050, debug=True)
