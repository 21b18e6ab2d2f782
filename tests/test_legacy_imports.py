"""Pre-2.0 import names: dash_core_components, dash_html_components, dash_table, dash.dependencies."""

from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys
import textwrap

import pytest

import dash
from dash import _legacy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(dash.__file__)))


def run(code, *, path=(), cwd=None):
    """Run ``code`` in a fresh interpreter with our source (after ``path``) on sys.path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([*map(str, path), ROOT, env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
    )


OLD = [
    ("dash_core_components", "dash.dcc", "from dash import dcc"),
    ("dash_html_components", "dash.html", "from dash import html"),
    ("dash_table", "dash.dash_table", "from dash import dash_table"),
]


@pytest.mark.parametrize(("old", "modern", "line"), OLD)
def test_old_name_is_the_modern_module_with_one_warning(old, modern, line):
    result = run(
        f"""
        import importlib, warnings
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            import {old} as legacy
            import {old} as again
        modern = importlib.import_module("{modern}")
        assert legacy is modern and again is modern
        assert [w.category for w in caught] == [DeprecationWarning], caught
        print(caught[0].filename, caught[0].lineno)
        print(caught[0].message)
        """
    )
    assert result.returncode == 0, result.stderr
    where, message = result.stdout.splitlines()
    assert where == "<string> 5"  # the line that imported the old name
    assert message == _legacy.deprecation_message(old, line)
    assert f"Write '{line}' instead" in message


def test_submodules_of_old_names_are_the_modern_objects():
    result = run(
        """
        import warnings
        warnings.simplefilter("ignore", DeprecationWarning)
        from dash_table.Format import Format, Scheme
        from dash_core_components.Dropdown import Dropdown
        from dash_core_components.express import send_string
        import dash
        assert Format is dash.dash_table.Format.Format and Scheme is dash.dash_table.Format.Scheme
        assert Dropdown is dash.dcc.Dropdown and send_string is dash.dcc.send_string
        """
    )
    assert result.returncode == 0, result.stderr


def test_dash_dependencies_warns_once_for_user_code_only():
    result = run(
        """
        import sys, warnings
        import dash
        assert "dash.dependencies" not in sys.modules, "dash's own code must import dash._dependencies"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            from dash.dependencies import Input, Output, State, ALL, MATCH, ALLSMALLER, ClientsideFunction
            from dash.dependencies import Input as again
        assert Input is dash.Input and State is dash.State and ALL is dash.ALL and again is Input
        assert [str(w.message) for w in caught] == [
            "'dash.dependencies' is a pre-2.0 import name and is deprecated. Write 'from dash import Input,"
            " Output, State' instead; it is the same module, so nothing else in your code has to change."
        ]
        assert caught[0].lineno == 7
        """
    )
    assert result.returncode == 0, result.stderr


def test_dash_dependencies_as_an_attribute():
    result = run(
        """
        import warnings
        import dash
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            output = dash.dependencies.Output("a", "children")
        assert output == dash.Output("a", "children")
        assert caught and caught[0].category is DeprecationWarning
        assert caught[0].lineno == 6, caught[0].lineno
        try:
            dash.no_such_name
        except AttributeError as error:
            assert "no attribute 'no_such_name'" in str(error)
        """
    )
    assert result.returncode == 0, result.stderr


def test_importing_dash_warns_nothing(python_with_warnings_as_errors):
    result = subprocess.run(
        [*python_with_warnings_as_errors, "-c", "import dash, dash.dcc, dash.html, dash.dash_table"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr


OLD_APP = """
import dash
import dash_core_components as dcc
import dash_html_components as html
import dash_table
from dash.dependencies import Input, Output

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="name", value="x"),
    html.Div(id="out"),
    dash_table.DataTable(id="table", data=[{"a": 1}], columns=[{"name": "a", "id": "a"}]),
])


@app.callback(Output("out", "children"), [Input("name", "value")])
def greet(name):
    return "Hello " + name
"""


def test_an_old_app_runs_unchanged(tmp_path):
    (tmp_path / "old_app.py").write_text(OLD_APP)
    result = run(
        """
        import json, warnings
        warnings.simplefilter("ignore", DeprecationWarning)
        from old_app import app
        client = app.server.test_client()
        layout = client.get("/_dash-layout").get_json()
        assert [c["type"] for c in layout["props"]["children"]] == ["Input", "Div", "DataTable"]
        body = {"output": "out.children", "outputs": {"id": "out", "property": "children"},
                "inputs": [{"id": "name", "property": "value", "value": "you"}], "changedPropIds": ["name.value"]}
        answer = client.post("/_dash-update-component", json=body).get_json()
        assert answer["response"]["out"]["children"] == "Hello you", answer
        """,
        path=[tmp_path],
    )
    assert result.returncode == 0, result.stderr


# Plotly's stand-alone distributions of the old names, installed next to dash (written here as the same
# shapes: 2.x forwards to dash, older releases carry their own component classes).
FORWARDER = "from dash.dcc import *  # noqa\nfrom dash.dcc import __version__  # noqa\n"
OWN_CLASSES = """
from dash.development.base_component import Component


class Dropdown(Component):
    _type = "Dropdown"
    _namespace = "dash_core_components"
    _prop_names = ("id", "options")
"""


def write_package(root, name, files):
    package = root / name
    package.mkdir()
    for filename, text in files.items():
        (package / filename).write_text(text)
    # Our one-file shim sits in the same site-packages directory, as in a real install.
    (root / f"{name}.py").write_text((pathlib.Path(ROOT) / f"{name}.py").read_text())
    info = root / f"{name}-1.17.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name.replace('_', '-')}\nVersion: 1.17.1\n"
    )
    return root


def test_installed_forwarding_distribution_keeps_working(tmp_path):
    site = write_package(tmp_path, "dash_core_components", {"__init__.py": FORWARDER})
    result = run(
        """
        import dash_core_components as dcc
        import dash
        assert dcc.__file__.endswith("__init__.py")  # the installed package wins over our one-file shim
        assert dcc.Dropdown is dash.dcc.Dropdown and dcc.Tabs is dash.dcc.Tabs
        """,
        path=[site],
        cwd=site,
    )
    assert result.returncode == 0, result.stderr


def test_installed_distribution_with_its_own_components_is_refused_with_the_fix(tmp_path):
    site = write_package(tmp_path, "dash_core_components", {"__init__.py": OWN_CLASSES})
    result = run("import dash_core_components", path=[site], cwd=site)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: The stand-alone package 'dash-core-components' 1.17.1 is installed")
    assert "Uninstall it ('pip uninstall dash-core-components')" in last
    assert "write 'from dash import dcc'" in last


def test_dash_code_never_imports_the_deprecated_path():
    # Importing it from inside dash would load it silently, and users' later imports would not warn.
    pattern = re.compile(
        r"from \.+dependencies import|from dash\.dependencies import|import dash\.dependencies"
    )
    offenders = []
    for path in pathlib.Path(ROOT, "dash").rglob("*.py"):
        if path.name in {"dependencies.py", "_legacy.py"}:
            continue
        offenders += [f"{path}: {line}" for line in path.read_text().splitlines() if pattern.search(line)]
    assert not offenders, "import from dash._dependencies instead:\n" + "\n".join(offenders)
