"""Installing a component suite after our wheel keeps our dash (pip and uv): the suites' `dash>=` floors
are met by our version (see README "Versioning"), so no resolver swaps in Plotly's distribution."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from .conftest import SOURCE_TREE

SUITE = "dash-bootstrap-components"


def pinned(name: str) -> str:
    """``name==version`` as requirements/ecosystem.txt pins it (the version the ecosystem env tests)."""
    text = (SOURCE_TREE / "requirements" / "ecosystem.txt").read_text(encoding="utf-8")
    return re.search(rf"^{re.escape(name)}==\S+", text, re.M).group(0)


def installed_dash(venv) -> str:
    probe = "import dash, dash._suites, importlib.metadata as m; print(m.version('dash'))"
    result = venv.run("-c", probe)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def venv_with_wheel(dists, make_venv):
    venv = make_venv()
    venv.pip("install", str(dists["wheel"]))
    return venv


# What a first app does after `pip install dash-bootstrap-components dash-mantine-components`: import both,
# build a layout of suite components around ours and serve it (the layout route serialises every component).
SUITE_APP = """
import json
import dash
import dash_bootstrap_components as dbc
import dash_mantine_components as dmc
from dash import Input, Output, html

app = dash.Dash(__name__, external_stylesheets=[dbc.themes.BOOTSTRAP])
app.layout = dmc.MantineProvider(
    dbc.Container([dbc.Button("Go", id="go"), dmc.TextInput(id="name", label="Name"), html.Div(id="out")])
)


@app.callback(Output("out", "children"), Input("go", "n_clicks"), Input("name", "value"))
def greet(n_clicks, name):
    return f"{name} {n_clicks}"


response = app.server.test_client().get("/_dash-layout")
assert response.status_code == 200, response.get_data(as_text=True)
print(json.dumps(response.get_json(), sort_keys=True))
"""


def test_plain_wheel_brings_plotly_and_typing_extensions(venv_with_wheel):
    """Plotly's dash declares plotly and typing_extensions; ours does too, so tutorials' imports work."""
    code = (
        "import typing_extensions, plotly.graph_objects as go; from dash import dcc;"
        " print(dcc.Graph(figure=go.Figure(go.Bar(y=[1]))).to_plotly_json()['props']['figure']['data'][0]['type'])"
    )
    result = venv_with_wheel.run("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "bar"


def test_pip_install_of_suites_keeps_our_dash_and_they_import(venv_with_wheel):
    ours = installed_dash(venv_with_wheel)
    assert "+lockflask." in ours
    # Only the suites: typing_extensions and plotly, which they import without declaring, come from our dash.
    result = venv_with_wheel.pip("install", pinned(SUITE), pinned("dash-mantine-components"))
    assert "dash-4" not in result.stdout.replace(f"dash-{ours}", "")  # nothing named dash was downloaded
    assert installed_dash(venv_with_wheel) == ours
    assert venv_with_wheel.pip("check").returncode == 0
    served = venv_with_wheel.run("-c", SUITE_APP)
    assert served.returncode == 0, served.stderr
    layout = json.loads(served.stdout)
    assert layout["namespace"] == "dash_mantine_components" and layout["type"] == "MantineProvider"
    container = layout["props"]["children"]
    assert container["namespace"] == "dash_bootstrap_components" and container["type"] == "Container"
    button, text_input, out = container["props"]["children"]
    assert (button["type"], button["props"]["id"], button["props"]["children"]) == ("Button", "go", "Go")
    assert (text_input["namespace"], text_input["props"]["label"]) == ("dash_mantine_components", "Name")
    assert (out["namespace"], out["type"], out["props"]["id"]) == ("dash_html_components", "Div", "out")


def test_uv_pip_install_of_a_suite_keeps_our_dash(venv_with_wheel):
    ours = installed_dash(venv_with_wheel)
    uv = [sys.executable, "-m", "uv", "pip", "install", "--python", venv_with_wheel.python]
    result = subprocess.run([*uv, pinned("dash-ag-grid")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert installed_dash(venv_with_wheel) == ours
    assert venv_with_wheel.pip("check").returncode == 0
