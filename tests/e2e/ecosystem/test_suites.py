"""Each suite renders, and its components call back into our callback graph (Chromium)."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest
from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import dcc
from dash import html

TIMEOUT = 10000


@pytest.fixture(scope="module")
def suites():
    import dash_ag_grid as dag
    import dash_bootstrap_components as dbc
    import dash_cytoscape as cyto
    import dash_daq as daq
    import dash_mantine_components as dmc

    class Suites:
        pass

    found = Suites()
    found.dbc, found.dag, found.dmc, found.daq, found.cyto = dbc, dag, dmc, daq, cyto
    return found


def text(dash_page, component_id, expected):
    expect(dash_page.by_id(component_id)).to_have_text(expected, timeout=TIMEOUT)


def test_installed_dash_is_ours_and_pip_check_passes():
    import dash

    assert "+lockflask." in dash.__version__
    assert hasattr(dash, "_suites")
    result = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_doctor_reads_an_env_with_suites():
    result = subprocess.run([sys.executable, "-m", "dash", "doctor"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "+lockflask." in result.stdout.splitlines()[0]
    assert "pip install dash" not in result.stdout  # never a bare index name (Plotly's dash)


def test_lazy_chunks_and_components_in_props(dash_page, suites):
    daq, dmc = suites.daq, suites.dmc
    app = Dash(__name__)
    app.layout = html.Div(
        [
            daq.ColorPicker(id="color", value={"hex": "#112233"}),  # a webpack-4 lazy chunk
            dmc.MantineProvider(
                dmc.Button("Save", id="save", leftSection=html.Span("icon", id="icon"), n_clicks=0)
            ),  # leftSection is a children_props path: our html inside a mantine prop
            html.Div(id="saved"),
        ]
    )

    @app.callback(Output("saved", "children"), Input("save", "n_clicks"), Input("color", "value"))
    def saved(n, color):
        return f"{n} {color['hex']}"

    dash_page.start(app)
    text(dash_page, "saved", "0 #112233")
    expect(dash_page.by_id("color").locator("input").first).to_be_attached(timeout=TIMEOUT)
    text(dash_page, "icon", "icon")
    dash_page.by_id("save").click()
    text(dash_page, "saved", "1 #112233")
    assert dash_page.errors() == []


def test_dbc_button_input_select_call_back(dash_page, suites):
    dbc = suites.dbc
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dbc.Button("Go", id="btn", color="primary"),
            dbc.Input(id="inp", value="a"),
            dbc.Select(
                id="sel", options=[{"label": "One", "value": "1"}, {"label": "Two", "value": "2"}], value="1"
            ),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"), Input("btn", "n_clicks"), Input("inp", "value"), Input("sel", "value")
    )
    def show(n, value, choice):
        return f"{n} {value} {choice}"

    dash_page.start(app)
    text(dash_page, "out", "None a 1")
    expect(dash_page.by_id("btn")).to_have_class("btn btn-primary")
    dash_page.by_id("btn").click()
    text(dash_page, "out", "1 a 1")
    dash_page.by_id("inp").fill("typed")
    text(dash_page, "out", "1 typed 1")
    dash_page.by_id("sel").select_option("2")
    text(dash_page, "out", "1 typed 2")
    assert dash_page.errors() == []


def test_dbc_tabs_card_navbar_with_our_html_inside(dash_page, suites):
    dbc = suites.dbc
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dbc.NavbarSimple(
                brand="Brand", children=[dbc.NavItem(dbc.NavLink("Page", href="/page"))], id="nav"
            ),
            dbc.Tabs(
                [
                    dbc.Tab(html.P("first body", id="first"), label="First", tab_id="t1"),
                    dbc.Tab(html.Div([html.Span("second body", id="second")]), label="Second", tab_id="t2"),
                ],
                id="tabs",
                active_tab="t1",
            ),
            dbc.Card(
                [
                    dbc.CardHeader("Header"),
                    dbc.CardBody([html.B(id="in-card"), html.Button("more", id="more")]),
                ]
            ),
            html.Div(id="tab-out"),
            dcc.Location(id="url"),
            html.Div(id="path"),
        ]
    )

    @app.callback(Output("path", "children"), Input("url", "pathname"))
    def path(pathname):
        return f"at {pathname}"

    @app.callback(Output("tab-out", "children"), Input("tabs", "active_tab"))
    def tab(active):
        return f"tab {active}"

    @app.callback(Output("in-card", "children"), Input("more", "n_clicks"))
    def card(n):
        return f"card {n or 0}"

    dash_page.start(app)
    text(dash_page, "first", "first body")
    text(dash_page, "tab-out", "tab t1")
    text(dash_page, "in-card", "card 0")
    dash_page.page.get_by_role("tab", name="Second").click()
    text(dash_page, "tab-out", "tab t2")
    text(dash_page, "second", "second body")
    dash_page.by_id("more").click()
    text(dash_page, "in-card", "card 1")
    expect(dash_page.find(".navbar-brand")).to_have_text("Brand")
    text(dash_page, "path", "at /")
    dash_page.page.evaluate("() => { window.stillHere = true }")
    dash_page.page.get_by_role("link", name="Page").click()  # a dbc link: pushState, then our dcc.Location
    text(dash_page, "path", "at /page")
    assert dash_page.page.evaluate("() => window.stillHere") is True  # no page load
    assert dash_page.errors() == []


def test_dmc_text_input_and_select_inside_the_provider(dash_page, suites):
    dmc = suites.dmc
    app = Dash(__name__)
    app.layout = dmc.MantineProvider(
        html.Div(
            [
                dmc.TextInput(id="name", label="Name", value="x"),
                dmc.Select(id="pick", label="Pick", data=["a", "b", "c"], value="a"),
                html.Div(id="dmc-out"),
            ]
        )
    )

    @app.callback(Output("dmc-out", "children"), Input("name", "value"), Input("pick", "value"))
    def show(name, pick):
        return f"{name} {pick}"

    dash_page.start(app)
    text(dash_page, "dmc-out", "x a")
    dash_page.by_id("name").fill("mantine")
    text(dash_page, "dmc-out", "mantine a")
    dash_page.by_id("pick").click()
    dash_page.page.get_by_role("option", name="b").click()
    text(dash_page, "dmc-out", "mantine b")
    assert dash_page.errors() == []


def test_ag_grid_rows_and_cell_edit(dash_page, suites):
    dag = suites.dag
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dag.AgGrid(
                id="grid",
                rowData=[{"make": "Tesla", "price": 1}, {"make": "Ford", "price": 2}],
                columnDefs=[{"field": "make", "editable": True}, {"field": "price"}],
            ),
            html.Div(id="grid-out"),
        ]
    )

    @app.callback(
        Output("grid-out", "children"), Input("grid", "cellValueChanged"), prevent_initial_call=True
    )
    def changed(events):
        event = events[0]
        return f"{event['oldValue']} -> {event['value']} (row {event['rowIndex']})"

    dash_page.start(app)
    expect(dash_page.find(".ag-row")).to_have_count(2, timeout=TIMEOUT)
    cell = dash_page.find(".ag-cell[col-id=make]").first
    expect(cell).to_have_text("Tesla")
    cell.dblclick()
    dash_page.page.keyboard.type("Audi")
    dash_page.page.keyboard.press("Enter")
    text(dash_page, "grid-out", "Tesla -> Audi (row 0)")
    assert dash_page.errors() == []


def test_daq_knob_and_boolean_switch(dash_page, suites):
    daq = suites.daq
    app = Dash(__name__)
    app.layout = html.Div(
        [
            daq.Knob(id="knob", value=3, max=10),
            daq.BooleanSwitch(id="switch", on=False),
            html.Div(id="daq-out"),
        ]
    )

    @app.callback(Output("daq-out", "children"), Input("knob", "value"), Input("switch", "on"))
    def show(value, on):
        return f"{value} {on}"

    dash_page.start(app)
    text(dash_page, "daq-out", "3 False")
    dash_page.by_id("switch").locator("div").first.click()
    text(dash_page, "daq-out", "3 True")
    box = dash_page.by_id("knob").locator("svg").first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    mouse = dash_page.page.mouse
    mouse.move(x - 30, y + 30)
    mouse.down()
    mouse.move(x, y - 40, steps=5)
    mouse.move(x + 40, y, steps=5)  # turned clockwise to the end
    mouse.up()
    text(dash_page, "daq-out", "10 True")
    assert dash_page.errors() == []


def test_cytoscape_elements_and_tap_node_data(dash_page, suites):
    cyto = suites.cyto
    app = Dash(__name__)
    app.layout = html.Div(
        [
            cyto.Cytoscape(
                id="graph",
                elements=[
                    {"data": {"id": "a", "label": "Node A"}, "position": {"x": 50, "y": 50}},
                    {"data": {"id": "b", "label": "Node B"}, "position": {"x": 250, "y": 50}},
                    {"data": {"source": "a", "target": "b"}},
                ],
                layout={"name": "preset", "fit": False},
                zoom=1,
                pan={"x": 0, "y": 0},
                style={"width": "400px", "height": "150px"},
            ),
            html.Div(id="tapped"),
        ]
    )

    @app.callback(Output("tapped", "children"), Input("graph", "tapNodeData"))
    def tapped(data):
        return "none" if data is None else data["label"]

    dash_page.start(app)
    text(dash_page, "tapped", "none")
    graph = dash_page.by_id("graph")
    expect(graph.locator("canvas").first).to_be_attached(timeout=TIMEOUT)
    box = graph.bounding_box()
    dash_page.page.mouse.click(box["x"] + 250, box["y"] + 50)
    text(dash_page, "tapped", "Node B")
    assert dash_page.errors() == []


def test_suite_components_returned_by_a_callback_with_pattern_ids(dash_page, suites):
    dbc = suites.dbc
    app = Dash(__name__)
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="holder"), html.Div(id="picked")])

    @app.callback(Output("holder", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(n):
        return dbc.Card(
            dbc.CardBody([dbc.Button(f"item {i}", id={"type": "item", "index": i}) for i in range(n)]),
            id="made",
        )

    from dash import ALL
    from dash import ctx

    @app.callback(
        Output("picked", "children"),
        Input({"type": "item", "index": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )
    def picked(clicks):
        return f"picked {ctx.triggered_id['index']}" if any(clicks) else "none yet"

    dash_page.start(app)
    dash_page.by_id("add").click()
    dash_page.by_id("add").click()
    expect(dash_page.find("#made .btn")).to_have_count(2, timeout=TIMEOUT)
    dash_page.by_id({"index": 1, "type": "item"}).click()
    text(dash_page, "picked", "picked 1")
    assert dash_page.errors() == []


def test_loading_state_is_shown_while_a_callback_runs(dash_page, suites):
    dbc = suites.dbc
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dbc.Button("slow", id="slow"),
            dbc.Spinner(
                html.Div("idle", id="slow-out"), id="spin", spinner_class_name="the-spinner", delay_show=0
            ),
        ]
    )

    @app.callback(
        Output("slow-out", "children"),
        Input("slow", "n_clicks"),
        State("slow-out", "children"),
        prevent_initial_call=True,
    )
    def slow(n, _old):
        time.sleep(1.2)
        return f"done {n}"

    dash_page.start(app)
    text(dash_page, "slow-out", "idle")
    dash_page.by_id("slow").click()
    spinner = dash_page.find(".the-spinner")
    expect(spinner).to_be_attached(timeout=TIMEOUT)  # dbc reads the loading state of its children
    expect(dash_page.by_id("slow-out")).to_have_attribute("data-dash-is-loading", "true")
    text(dash_page, "slow-out", "done 1")
    expect(spinner).to_have_count(0, timeout=TIMEOUT)
    assert dash_page.errors() == []


def test_an_app_without_suite_components_loads_no_react(dash_page, suites):
    app = Dash(__name__)  # the suites are imported (registered), but the layout uses none of them
    app.layout = html.Div([html.Button("b", id="b"), html.Div(id="o")])

    @app.callback(Output("o", "children"), Input("b", "n_clicks"))
    def show(n):
        return f"n={n}"

    requested = []
    dash_page.page.on("request", lambda request: requested.append(request.url))
    dash_page.start(app)
    text(dash_page, "o", "n=None")
    assert not [url for url in requested if "react" in url or "_dash-component-suites" in url]
    assert dash_page.page.evaluate("() => typeof window.React") == "undefined"


def test_dbc_nav_links_follow_navigation_from_dcc_link_and_dbc_links(dash_page, suites):
    dbc = suites.dbc
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Location(id="url"),
            dbc.Nav(
                [
                    dbc.NavLink("Home", href="/", active="exact", id="nav-home"),
                    dbc.NavLink("Page", href="/page", active="exact", id="nav-page"),
                ]
            ),
            dcc.Link("to page", href="/page", id="dcc-link"),
            html.Div(id="where"),
        ]
    )

    @app.callback(Output("where", "children"), Input("url", "pathname"))
    def where(pathname):
        return pathname

    dash_page.start(app)
    text(dash_page, "where", "/")
    expect(dash_page.by_id("nav-home")).to_have_class(re.compile(r"\bactive\b"), timeout=TIMEOUT)
    dash_page.by_id("dcc-link").click()  # our link: the core emits _dashprivate_historychange
    text(dash_page, "where", "/page")
    expect(dash_page.by_id("nav-page")).to_have_class(re.compile(r"\bactive\b"), timeout=TIMEOUT)
    expect(dash_page.by_id("nav-home")).not_to_have_class(re.compile(r"\bactive\b"), timeout=TIMEOUT)
    dash_page.by_id("nav-home").click()  # a dbc link: _dashprivate_pushstate moves our dcc.Location
    text(dash_page, "where", "/")
    expect(dash_page.by_id("nav-home")).to_have_class(re.compile(r"\bactive\b"), timeout=TIMEOUT)
    assert dash_page.errors() == []


def test_dbc_nav_links_follow_history_on_a_page_without_dcc_location(dash_page, suites):
    """No dcc.Location, so dcc/Location.js is never loaded: the suite host itself announces each history change
    (a dbc link's push, the Back button) with _dashprivate_historychange, and NavLinks' `active` follows."""
    dbc = suites.dbc
    app = Dash(__name__)
    app.layout = dbc.Nav(
        [
            dbc.NavLink("Home", href="/", active="exact", id="nav-home"),
            dbc.NavLink("Page", href="/page", active="exact", id="nav-page"),
        ]
    )
    requested = []
    dash_page.page.on("request", lambda r: requested.append(r.url))
    dash_page.start(app)
    active = re.compile(r"\bactive\b")
    expect(dash_page.by_id("nav-home")).to_have_class(active, timeout=TIMEOUT)
    dash_page.by_id("nav-page").click()
    expect(dash_page.by_id("nav-page")).to_have_class(active, timeout=TIMEOUT)
    expect(dash_page.by_id("nav-home")).not_to_have_class(active, timeout=TIMEOUT)
    dash_page.page.go_back()
    expect(dash_page.by_id("nav-home")).to_have_class(active, timeout=TIMEOUT)
    expect(dash_page.by_id("nav-page")).not_to_have_class(active, timeout=TIMEOUT)
    assert not [url for url in requested if "dcc/Location.js" in url]
    assert dash_page.errors() == []


def test_dash_component_api_for_suites(dash_page, suites):
    dbc = suites.dbc
    app = Dash(__name__)
    app.layout = html.Div(
        [dbc.Card(dbc.CardBody(dbc.Button("Go", id={"kind": "btn", "n": 1})), id="card"), html.Div(id="spot")]
    )
    dash_page.start(app)
    expect(dash_page.find("#card .btn")).to_have_text("Go", timeout=TIMEOUT)
    api = dash_page.page.evaluate(
        """() => {
        const api = window.dash_component_api
        const out = {}
        out.stringified = api.stringifyId({n: 1, kind: 'btn'})
        out.byId = api.getLayout({kind: 'btn', n: 1}).type
        out.byString = api.getLayout('card').namespace
        try { api.getLayout('nope'); out.unknown = 'no error' } catch (err) { out.unknown = err.name }
        out.outside = Object.keys(api.useDashContext ? {} : {x: 1}).length
        // ExternalWrapper renders a layout object outside the tree; our html component becomes a real node
        const box = document.getElementById('spot')
        const root = ReactDOM.createRoot(box)
        root.render(React.createElement(api.ExternalWrapper, {
            component: {type: 'Span', namespace: 'dash_html_components', props: {children: 'external', id: 'ext'}},
            componentPath: ['components', 'external-test']}))
        return out
    }"""
    )
    assert api == {
        "stringified": '{"kind":"btn","n":1}',
        "byId": "Button",
        "byString": "dash_bootstrap_components",
        "unknown": "TypeError",
        "outside": 0,
    }
    text(dash_page, "ext", "external")
    assert dash_page.page.evaluate("() => window.dash_renderer.getProps('ext').children") == "external"
    assert dash_page.errors() == []


def test_suite_component_returned_into_our_html_inside_a_provider(dash_page, suites):
    dmc = suites.dmc
    app = Dash(__name__)
    app.layout = dmc.MantineProvider(
        html.Div([html.Button("make", id="make"), html.Div(id="holder"), html.Div(id="typed")])
    )

    @app.callback(Output("holder", "children"), Input("make", "n_clicks"), prevent_initial_call=True)
    def make(n):
        return dmc.TextInput(id="late", label=f"Late {n}", value="v")

    @app.callback(Output("typed", "children"), Input("late", "value"), prevent_initial_call=True)
    def typed(value):
        return f"typed {value}"

    app.config.suppress_callback_exceptions = True
    dash_page.start(app)
    dash_page.by_id("make").click()
    # Mantine components throw without their provider: rendering at all proves the context reached it.
    expect(dash_page.page.get_by_label("Late 1")).to_have_value("v", timeout=TIMEOUT)
    dash_page.by_id("late").fill("later")
    text(dash_page, "typed", "typed later")
    assert dash_page.errors() == []


def test_dbc_tabs_inside_a_mantine_provider_read_their_tabs(dash_page, suites):
    """dbc.Tabs under our html inside dmc.MantineProvider is a portal of the mantine tree: its Tab children
    are looked up by their componentPath in that tree (getLayout), which must be the path they have there."""
    dbc, dmc = suites.dbc, suites.dmc
    app = Dash(__name__)
    app.layout = dmc.MantineProvider(
        html.Div(
            [
                dbc.Tabs(
                    [
                        dbc.Tab(html.P("one", id="p1"), label="A", tab_id="a"),
                        dbc.Tab(html.P("two", id="p2"), label="B", tab_id="b"),
                    ],
                    id="tabs",
                    active_tab="a",
                ),
                html.Div(id="which"),
            ]
        )
    )

    @app.callback(Output("which", "children"), Input("tabs", "active_tab"))
    def which(tab):
        return f"tab {tab}"

    dash_page.start(app)
    text(dash_page, "which", "tab a")
    text(dash_page, "p1", "one")
    dash_page.page.get_by_role("tab", name="B").click()
    text(dash_page, "which", "tab b")
    text(dash_page, "p2", "two")
    assert dash_page.errors() == []
