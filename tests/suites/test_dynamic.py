"""A component suite imported inside a callback: an ImportedInsideCallbackError, or with
``_allow_dynamic_callbacks=True`` its config and files in the answer (Plotly Dash's dynamic import)."""

from __future__ import annotations

import json
import sys

import pytest

from dash import Dash
from dash import Input
from dash import Output
from dash import html
from dash.development.base_component import ComponentRegistry

from .conftest import _helper

NAME = "late_suite"


@pytest.fixture
def late(tmp_path):
    """Imports the suite ``late_suite`` when called (inside a callback); forgets it afterwards."""
    yield lambda: _helper().make_suite(str(tmp_path), NAME)
    ComponentRegistry.registry.discard(NAME)
    ComponentRegistry.namespace_to_package.pop(NAME, None)
    ComponentRegistry.children_props.pop(NAME, None)
    for key in [key for key in sys.modules if key == NAME or key.startswith(NAME + ".")]:
        del sys.modules[key]


def app_importing(late, **kwargs):
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="b"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("b", "n_clicks"), **kwargs)
    def make(n):
        return late().Grid(id="grid", rowData=[{"a": n}])

    return app


BODY = {
    "output": "out.children",
    "outputs": {"id": "out", "property": "children"},
    "inputs": [{"id": "b", "property": "n_clicks", "value": 1}],
    "changedPropIds": ["b.n_clicks"],
}


def test_a_suite_imported_inside_a_callback_is_an_error_that_says_what_to_do(late):
    app = app_importing(late)
    app.enable_dev_tools(debug=True)
    response = app.server.test_client().post("/_dash-update-component", json=BODY)
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert "ImportedInsideCallbackError" in error["exception"]
    assert (
        "'late_suite'" in error["exception"] and "Import it at the top of your app file" in error["exception"]
    )


def test_allowed_dynamic_import_sends_the_suite_config_and_files(late):
    app = app_importing(late, _allow_dynamic_callbacks=True)
    client = app.server.test_client()
    response = client.post("/_dash-update-component", json=BODY)
    assert response.status_code == 200
    answer = response.get_json()
    assert answer["response"]["out"]["children"]["namespace"] == NAME
    suites = answer["config"]["suites"]
    assert suites["namespaces"][NAME] == NAME
    assert suites["children_props"][NAME]["Card"] == ["header", "items[].label"]
    components = answer["config"]["components"]
    assert "Input" in components["dash_core_components"]  # the whole map: the renderer replaces its own
    files = components[NAME]["*"]
    assert "/react.production.min.js?v=" in files[0]
    assert "/_dash-component-suites/late_suite/bundle.v1_2_3_localm" in files[-3]
    assert "/react/host.js?v=" in files[-1] and files[-1].endswith("&suite=late_suite")  # runs again
    for url in files:
        assert client.get(url.split("#")[0]).status_code == 200, url
    # the next answer of the same callback carries no config: the page knows the suite now
    again = client.post("/_dash-update-component", json=BODY).get_json()
    assert "config" not in again
    assert (
        json.loads(
            client.get("/").get_data(as_text=True).split('type="application/json">')[1].split("</script>")[0]
        )["suites"]["namespaces"][NAME]
        == NAME
    )  # a page loaded now has it from the start
