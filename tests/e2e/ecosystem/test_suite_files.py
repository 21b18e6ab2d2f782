"""How suite files load (tag attributes, eager_loading, dev bundles) and the host features no installed suite
exercises (persistenceTransforms, ExternalWrapper temp), in Chromium."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import html

from . import probe_suite
from .test_suites import TIMEOUT
from .test_suites import suites  # noqa: F401 (fixture)
from .test_suites import text


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    module = probe_suite.make(str(tmp_path_factory.mktemp("probe")))
    yield module
    probe_suite.forget()


def requests_of(dash_page):
    seen = []
    dash_page.page.on("request", lambda request: seen.append(request.url))
    return seen


def test_a_module_bundle_loads_as_a_module_and_transforms_persist_a_part(dash_page, probe):
    items = [{"label": "one", "value": 1}, {"label": "two", "value": 2}]
    app = Dash(__name__)
    app.layout = html.Div([probe.Labels(id="labels", items=items, persistence=True), html.Div(id="seen")])

    @app.callback(Output("seen", "children"), Input("labels", "items"))
    def seen(value):
        return " ".join(f"{item['label']}={item['value']}" for item in value)

    dash_page.start(app)
    text(dash_page, "seen", "one=1 two=2")
    # `type="module"` was honoured: the file's import.meta parsed and names the served file
    expect(dash_page.by_id("labels")).to_have_attribute("data-module", "true", timeout=TIMEOUT)
    script = dash_page.page.evaluate(
        "() => [...document.scripts].filter(s => s.src.includes('probe.')).map(s => s.type)"
    )
    assert script == ["module"]
    dash_page.find("#labels .label").nth(1).click()
    text(dash_page, "seen", "one=1 two!=2")
    stored = dash_page.page.evaluate("() => localStorage.getItem('_dash_persistence.labels.items.label')")
    assert json.loads(stored) == [["one", "two"], ["one", "two!"], "true"]  # only the extracted part
    dash_page.page.reload()
    text(dash_page, "seen", "one=1 two!=2")  # applied back onto the layout's items
    assert dash_page.errors() == []


def test_external_wrapper_keeps_its_component_unless_temp(dash_page, probe):
    def inner(component_id, value):
        return {
            "type": "Input",
            "namespace": "dash_core_components",
            "props": {"id": component_id, "value": value},
        }

    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            html.Button("hide", id="hide"),
            html.Button("write", id="write"),
            html.Button("clear", id="clear"),
            html.Div(
                [
                    probe.Holder(id="kept", inner=inner("kept-in", "a"), show=True),
                    probe.Holder(id="temp", inner=inner("temp-in", "b"), show=True, temp=True),
                ],
                id="box",
            ),
            html.Div(id="echo"),
        ]
    )

    @app.callback(
        Output("kept", "show"), Output("temp", "show"), Input("hide", "n_clicks"), prevent_initial_call=True
    )
    def hide(n):
        return False, False

    @app.callback(Output("box", "children"), Input("clear", "n_clicks"), prevent_initial_call=True)
    def clear(n):
        return "cleared"

    @app.callback(Output("kept-in", "value"), Input("write", "n_clicks"), prevent_initial_call=True)
    def write(n):
        return f"written {n}"

    @app.callback(Output("echo", "children"), Input("kept-in", "value"))
    def echo(value):
        return f"kept {value}"

    dash_page.start(app)
    expect(dash_page.by_id("kept-in")).to_have_value("a", timeout=TIMEOUT)
    expect(dash_page.by_id("temp-in")).to_have_value("b", timeout=TIMEOUT)
    text(dash_page, "echo", "kept a")  # an external component's inputs take part in callbacks
    dash_page.by_id("kept-in").fill("typed")
    text(dash_page, "echo", "kept typed")
    dash_page.by_id("hide").click()
    text(dash_page, "kept", "hidden")
    text(dash_page, "temp", "hidden")
    props = "id => window.dash_renderer.getProps(id)"
    assert dash_page.page.evaluate(f"({props})('kept-in')")["value"] == "typed"  # temp=false: still there
    assert dash_page.page.evaluate(f"({props})('temp-in')") is None  # temp=true: removed on unmount
    dash_page.by_id("write").click()  # callbacks still write to the kept component and chain on it
    text(dash_page, "echo", "kept written 1")
    assert dash_page.page.evaluate(f"({props})('kept-in')")["value"] == "written 1"
    dash_page.by_id("clear").click()  # the Holder itself leaves the page: what it kept leaves with it
    text(dash_page, "box", "cleared")
    assert dash_page.page.evaluate(f"({props})('kept-in')") is None
    assert dash_page.errors() == []


def test_eager_loading_loads_async_chunks_with_the_bundle(dash_page, suites):  # noqa: F811
    dag, daq = suites.dag, suites.daq
    app = Dash(__name__, eager_loading=True)
    app.layout = html.Div(
        [
            dag.AgGrid(id="grid", rowData=[{"a": 1}], columnDefs=[{"field": "a"}]),
            daq.BooleanSwitch(id="switch", on=True),  # declares an async-slider.js it does not ship
        ]
    )
    seen = requests_of(dash_page)
    dash_page.start(app)
    expect(dash_page.find(".ag-row")).to_have_count(1, timeout=TIMEOUT)
    expect(dash_page.by_id("switch")).to_be_attached(timeout=TIMEOUT)
    chunks = [url.rsplit("/", 1)[1] for url in seen if "/async-" in url]
    # loaded up front, fingerprinted like the bundle, instead of fetched by webpack on demand
    assert any(name.startswith("async-community.v35_3_0m") for name in chunks), chunks
    assert any(name.startswith("async-colorpicker.v0_6_0m") for name in chunks), chunks
    assert not [name for name in chunks if name.startswith("async-slider")]
    assert dash_page.errors() == []


def test_lazy_loading_fetches_async_chunks_on_demand(dash_page, suites):  # noqa: F811
    dag = suites.dag
    app = Dash(__name__)
    app.layout = html.Div(dag.AgGrid(id="grid", rowData=[{"a": 1}], columnDefs=[{"field": "a"}]))
    seen = requests_of(dash_page)
    dash_page.start(app)
    expect(dash_page.find(".ag-row")).to_have_count(1, timeout=TIMEOUT)
    assert [url.rsplit("/", 1)[1] for url in seen if "/async-" in url] == ["async-community.js"]


def test_debug_serves_dev_bundles(dash_page, suites, monkeypatch):  # noqa: F811
    cyto = suites.cyto
    monkeypatch.delenv("DASH_SERVE_DEV_BUNDLES", raising=False)
    app = Dash(__name__)
    app.layout = html.Div(
        cyto.Cytoscape(
            id="graph",
            elements=[{"data": {"id": "a", "label": "A"}}],
            layout={"name": "preset"},
            style={"width": "200px", "height": "100px"},
        )
    )
    app.enable_dev_tools(debug=True)  # what app.run(debug=True) does
    seen = requests_of(dash_page)
    dash_page.start(app)
    expect(dash_page.by_id("graph").locator("canvas").first).to_be_attached(timeout=TIMEOUT)
    bundles = [url.rsplit("/", 1)[1] for url in seen if "dash_cytoscape/" in url]
    assert (
        len(bundles) == 1
        and bundles[0].startswith("dash_cytoscape.v1_0_2m")
        and bundles[0].endswith(".dev.js")
    )
    assert dash_page.errors() == []


@pytest.mark.parametrize("debug", [True, False])
def test_props_check_shows_invalid_suite_props_in_the_error_overlay(dash_page, suites, debug):  # noqa: F811
    dag = suites.dag
    app = Dash(__name__)
    app.layout = html.Div(dag.AgGrid(id="grid", rowData="not rows", columnDefs=[{"field": "a"}]))
    app.enable_dev_tools(debug=debug)  # dev_tools_props_check follows debug
    seen = requests_of(dash_page)
    dash_page.start(app)
    expect(dash_page.find(".ag-root")).to_be_attached(timeout=TIMEOUT)
    prop_types = [url.split("?")[0].rsplit("/", 1)[1] for url in seen if "/prop-types" in url]
    overlay = dash_page.find("#_dash-error-overlay")
    if debug:
        assert prop_types == ["prop-types.js"]  # the checking build
        expect(overlay).to_contain_text(
            "Invalid prop `rowData` of type `string` supplied to `dash_ag_grid.AgGrid`, expected an array."
            " (the component with id 'grid')",
            timeout=TIMEOUT,
        )
    else:
        assert prop_types == ["prop-types.min.js"]
        dash_page.page.wait_for_timeout(300)
        expect(overlay).to_have_count(0)
