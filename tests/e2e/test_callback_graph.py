"""Callback-graph semantics Plotly Dash apps rely on (issues 11 and 17), in Chromium.

Each test names the issue item it is the instance of; the second test of each item is one more of its kind.
"""

from __future__ import annotations

import threading
import time

from playwright.sync_api import expect

from dash import ALL
from dash import ALLSMALLER
from dash import MATCH
from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import ctx
from dash import dcc
from dash import html
from dash import no_update
from dash.exceptions import PreventUpdate

TIMEOUT = 5000
TOWNS = {"North": ["Alder", "Birch"], "South": ["Cedar", "Dune"]}


# -- 11.1: wait for every pending upstream callback, transitively ------------------------------------


def test_two_step_chain_runs_the_summary_once_with_consistent_inputs(dash_page):
    calls = []
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.RadioItems(id="region", options=["North", "South"], value="North"),
            dcc.RadioItems(id="town"),
            html.Div(id="summary"),
        ]
    )

    @app.callback(Output("town", "options"), Input("region", "value"))
    def towns(region):
        time.sleep(0.05)
        return TOWNS[region]

    @app.callback(Output("town", "value"), Input("town", "options"))
    def first_town(options):
        time.sleep(0.05)
        return options[0]

    @app.callback(Output("summary", "children"), Input("region", "value"), Input("town", "value"))
    def summary(region, town):
        calls.append((region, town))
        return f"{region}/{town}"

    dash_page.start(app)
    dash_page.expect_text("summary", "North/Alder")
    calls.clear()
    dash_page.by_id("region").get_by_label("South").check()
    dash_page.expect_text("summary", "South/Cedar")
    dash_page.wait_idle()
    assert calls == [("South", "Cedar")]


def test_diamond_runs_the_join_once_per_change(dash_page):
    calls = []
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="a", value="x"), html.Div(id="b"), html.Div(id="c"), html.Div(id="d"), html.Div(id="e")]
    )
    app.callback(Output("b", "children"), Input("a", "value"))(lambda v: time.sleep(0.1) or f"b{v}")
    app.callback(Output("c", "children"), Input("b", "children"))(lambda v: f"c{v}")
    app.callback(Output("d", "children"), Input("a", "value"))(lambda v: f"d{v}")

    @app.callback(Output("e", "children"), Input("c", "children"), Input("d", "children"))
    def join(c, d):
        calls.append((c, d))
        return f"{c}+{d}"

    dash_page.start(app)
    dash_page.expect_text("e", "cbx+dx")
    assert calls == [("cbx", "dx")]
    dash_page.by_id("a").fill("y")
    dash_page.expect_text("e", "cby+dy")
    dash_page.wait_idle()
    assert calls == [("cbx", "dx"), ("cby", "dy")]


# -- 11.2: corrected values are written back as user edits ------------------------------------------


def test_dropdown_drops_values_missing_from_new_options(dash_page):
    app = Dash(__name__)
    options = ["1A", "1B", "2A", "2B"]
    app.layout = html.Div(
        [
            html.Button("prune", id="prune"),
            dcc.Dropdown(id="single", options=options, value="1B"),
            dcc.Dropdown(id="multi", options=options, value=["1A", "1B"], multi=True),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("single", "options"),
        Output("multi", "options"),
        Input("prune", "n_clicks"),
        prevent_initial_call=True,
    )
    def prune(n):
        kept = ["1A", "2A", "2B"]
        return kept, kept

    @app.callback(Output("out", "children"), Input("single", "value"), Input("multi", "value"))
    def show(single, multi):
        return f"{single!r} {multi!r}"

    dash_page.start(app)
    dash_page.expect_text("out", "'1B' ['1A', '1B']")
    dash_page.by_id("prune").click()
    dash_page.expect_text("out", "None ['1A']")
    assert dash_page.page.evaluate("dash_renderer.getProps('single').value") is None


def test_checklist_and_slider_write_back_their_corrections(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("shrink", id="shrink"),
            dcc.Checklist(id="check", options=["a", "b", "c"], value=["a", "c"]),
            dcc.Slider(id="slider", min=0, max=100, value=80),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("check", "options"),
        Output("slider", "max"),
        Input("shrink", "n_clicks"),
        prevent_initial_call=True,
    )
    def shrink(n):
        return ["a", "b"], 50

    @app.callback(Output("out", "children"), Input("check", "value"), Input("slider", "value"))
    def show(checked, value):
        return f"{checked} {value}"

    dash_page.start(app)
    dash_page.expect_text("out", "['a', 'c'] 80")
    dash_page.by_id("shrink").click()
    dash_page.expect_text("out", "['a'] 50")


# -- 11.3: number-like keys looked up by their own key string ---------------------------------------


def test_slider_marks_with_float_keys_show_in_the_layout_and_from_a_callback(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("remark", id="remark"),
            dcc.Slider(id="s", min=0, max=100, value=50, marks={0.0: "zero", 25.0: "quarter", 100.0: "full"}),
            dcc.RangeSlider(id="r", min=-1, max=1, value=[-1, 1]),
        ]
    )

    @app.callback(Output("r", "marks"), Input("remark", "n_clicks"), prevent_initial_call=True)
    def remark(n):
        return {"-1.0": "low", "-0": "minus zero", "1e-07": "tiny", "1.0": "high"}

    dash_page.start(app)
    expect(dash_page.by_id("s").locator(".dash-slider-mark")).to_have_text(["zero", "quarter", "full"])
    dash_page.by_id("remark").click()
    expect(dash_page.by_id("r").locator(".dash-slider-mark")).to_have_text(
        ["low", "minus zero", "tiny", "high"]
    )


def test_marks_keyed_by_numbers_in_any_spelling_keep_their_labels_and_places(dash_page):
    """The kind of 11.3: keys such as "0.10", "2.50", "1e1" are read as the numbers they spell for the
    place on the track and as their own text for the label (never String(Number(key)) lookups)."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Slider(
                id="s", min=0, max=10, step=None, value=2.5, marks={"0.10": "a", "2.50": "b", "1e1": "c"}
            )
        ]
    )
    dash_page.start(app)
    marks = dash_page.by_id("s").locator(".dash-slider-mark")
    expect(marks).to_have_text(["a", "b", "c"])
    places = marks.evaluate_all("ms => ms.map(m => parseFloat(m.style.left))")
    assert [round(p, 3) for p in places] == [1.0, 25.0, 100.0]


# -- 11.4: prevent_initial_call decided per callback on insertion -----------------------------------


def test_inserted_input_runs_only_callbacks_whose_outputs_were_already_there(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("add", id="add"), html.Div(id="outer"), html.Div(id="slot")])

    @app.callback(Output("slot", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
    def insert(n):
        return html.Div([dcc.Input(id="field", value="fresh"), html.Div(id="inner")])

    app.callback(Output("inner", "children"), Input("field", "value"), prevent_initial_call=True)(
        lambda v: f"inner {v}"
    )
    app.callback(Output("outer", "children"), Input("field", "value"), prevent_initial_call=True)(
        lambda v: f"outer {v}"
    )

    dash_page.start(app)
    dash_page.by_id("add").click()
    dash_page.expect_text("outer", "outer fresh")
    dash_page.wait_idle()
    dash_page.expect_text("inner", "")
    dash_page.by_id("field").fill("typed")
    dash_page.expect_text("inner", "inner typed")
    dash_page.expect_text("outer", "outer typed")


def test_inserted_pattern_components_follow_the_same_rule(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [html.Button("add", id="add"), html.Div(id="count"), html.Div(id="items", children=[])]
    )

    @app.callback(
        Output("items", "children"),
        Input("add", "n_clicks"),
        State("items", "children"),
        prevent_initial_call=True,
    )
    def add(n, children):
        return children + [
            html.Div([dcc.Input(id={"t": "in", "i": n}, value=f"v{n}"), html.Div(id={"t": "out", "i": n})])
        ]

    app.callback(
        Output("count", "children"), Input({"t": "in", "i": ALL}, "value"), prevent_initial_call=True
    )(lambda values: f"{len(values)} items")
    app.callback(
        Output({"t": "out", "i": MATCH}, "children"),
        Input({"t": "in", "i": MATCH}, "value"),
        prevent_initial_call=True,
    )(lambda v: f"echo {v}")

    dash_page.start(app)
    dash_page.by_id("add").click()
    dash_page.expect_text("count", "1 items")  # its output was on the page before
    dash_page.wait_idle()
    dash_page.expect_text({"t": "out", "i": 1}, "")  # output arrived with its input
    dash_page.by_id({"t": "in", "i": 1}).fill("w")
    dash_page.expect_text({"t": "out", "i": 1}, "echo w")


# -- 17.1: on load, only callbacks whose inputs were actually set run -------------------------------


def test_nothing_runs_downstream_of_prevent_update_no_update_or_missing_inputs_on_load(dash_page):
    calls = []
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            html.Button(id="btn"),
            dcc.Store(id="store"),
            html.Div(id="mid"),
            html.Div(id="gone-target"),
            html.Div(id="out1"),
            html.Div(id="out2"),
            html.Div(id="out3"),
            html.Div(id="both"),
        ]
    )

    @app.callback(Output("store", "data"), Input("btn", "n_clicks"))
    def first(n):
        if n is None:
            raise PreventUpdate
        return n

    app.callback(Output("mid", "children"), Input("btn", "n_clicks"))(lambda n: no_update if n is None else n)
    app.callback(Output("gone-target", "children"), Input("missing", "value"))(lambda v: v)

    @app.callback(Output("out1", "children"), Input("store", "data"))
    def second(data):
        calls.append("second")
        return f"store {data}"

    app.callback(Output("out2", "children"), Input("mid", "children"))(
        lambda v: calls.append("mid") or f"mid {v}"
    )
    app.callback(Output("out3", "children"), Input("gone-target", "children"))(
        lambda v: calls.append("gone") or f"gone {v}"
    )

    @app.callback(Output("both", "children"), Input("store", "data"), Input("btn", "title"))
    def mixed(data, title):  # one input set by the layout (btn.title is None but present): runs
        calls.append("mixed")
        return "mixed ran"

    dash_page.start(app)
    dash_page.expect_text("both", "mixed ran")
    dash_page.wait_idle()
    assert calls == ["mixed"]
    dash_page.by_id("btn").click()
    dash_page.expect_text("out1", "store 1")
    dash_page.expect_text("out2", "mid 1")


def test_a_chain_stops_where_a_callback_changed_nothing(dash_page):
    calls = []
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="in", value=""), html.Div(id="a"), html.Div(id="b"), html.Div(id="c")]
    )
    app.callback(Output("a", "children"), Input("in", "value"))(lambda v: calls.append("a") or "a")
    app.callback(Output("b", "children"), Input("a", "children"))(lambda v: calls.append("b") or no_update)
    app.callback(Output("c", "children"), Input("b", "children"))(lambda v: calls.append("c") or "c")
    dash_page.start(app)
    dash_page.expect_text("a", "a")
    dash_page.wait_idle()
    assert calls == ["a", "b"]


# -- 17.2: wildcard combinations with Plotly's semantics --------------------------------------------


def test_match_output_with_allsmaller_input_and_match_input_with_a_plain_output(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [html.Div(id="total")]
        + [html.Button(f"b{i}", id={"t": "b", "i": i}) for i in range(3)]
        + [html.Div(id={"t": "o", "i": i}) for i in range(3)]
    )

    @app.callback(
        Output({"t": "o", "i": MATCH}, "children"),
        Input({"t": "b", "i": MATCH}, "n_clicks"),
        State({"t": "b", "i": ALLSMALLER}, "id"),
    )
    def before(n, smaller):
        return f"{len(smaller)} before"

    @app.callback(
        Output("total", "children"), Input({"t": "b", "i": MATCH}, "n_clicks"), prevent_initial_call=True
    )
    def total(n):
        return f"{ctx.triggered_id['i']} clicked {n}"

    dash_page.start(app)
    for i in range(3):
        dash_page.expect_text({"t": "o", "i": i}, f"{i} before")
    dash_page.by_id({"t": "b", "i": 2}).click()
    dash_page.expect_text("total", "2 clicked 1")
    dash_page.by_id({"t": "b", "i": 0}).click()
    dash_page.expect_text("total", "0 clicked 1")


# -- 17.3: no Input, no Output, running= -------------------------------------------------------------


def test_no_input_callback_runs_once_and_running_disables_the_button(dash_page):
    calls = []
    app = Dash(__name__)
    app.layout = html.Div(
        [html.Div(id="loaded"), html.Button("go", id="go"), html.Div(id="side"), html.Div(id="done")]
    )

    @app.callback(Output("loaded", "children"))
    def on_load():
        calls.append("load")
        return "loaded once"

    @app.callback(Input("go", "n_clicks"), prevent_initial_call=True)
    def no_output(n):
        from dash import set_props

        set_props("side", {"children": f"side {n}"})

    @app.callback(
        Output("done", "children"),
        Input("go", "n_clicks"),
        running=[(Output("go", "disabled"), True, False)],
        prevent_initial_call=True,
    )
    def slow(n):
        time.sleep(0.6)
        return f"done {n}"

    dash_page.start(app)
    dash_page.expect_text("loaded", "loaded once")
    dash_page.by_id("go").click()
    expect(dash_page.by_id("go")).to_be_disabled(timeout=TIMEOUT)
    dash_page.expect_text("side", "side 1")
    dash_page.expect_text("done", "done 1")
    expect(dash_page.by_id("go")).to_be_enabled(timeout=TIMEOUT)
    assert calls == ["load"]


# -- 17.4: Input and Output on the same prop ---------------------------------------------------------


def test_a_number_input_that_corrects_itself_runs_once_per_change(dash_page):
    calls = []
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="num", type="number", value=2), dcc.Input(id="cs", value="a")])

    @app.callback(Output("num", "value"), Input("num", "value"), prevent_initial_call=True)
    def even(value):
        calls.append(value)
        return value + 1 if isinstance(value, int) and value % 2 else no_update

    app.clientside_callback(
        "function (v) { window.csCalls = (window.csCalls || 0) + 1; return (v || '').toUpperCase() }",
        Output("cs", "value"),
        Input("cs", "value"),
        prevent_initial_call=True,
    )
    dash_page.start(app)
    dash_page.by_id("num").fill("3")
    expect(dash_page.by_id("num")).to_have_value("4", timeout=TIMEOUT)
    dash_page.wait_idle()
    assert calls == [3]
    dash_page.by_id("cs").fill("abc")
    expect(dash_page.by_id("cs")).to_have_value("ABC", timeout=TIMEOUT)
    dash_page.wait_idle()
    assert dash_page.page.evaluate("window.csCalls") == 1


# -- 17.5: one request per trigger, last answer wins ------------------------------------------------


def test_clicks_while_a_request_runs_each_send_one_and_the_last_answer_shows(dash_page):
    calls = []
    lock = threading.Lock()
    app = Dash(__name__)
    app.layout = html.Div([html.Button("click", id="btn"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"))
    def slow(n):
        with lock:
            calls.append(n)
        time.sleep(1.0 if n is None else 0.3 * (4 - n))  # earlier clicks answer later
        return f"clicks {n}"

    dash_page.start_no_wait = True
    dash_page.url = dash_page.serve(app)
    dash_page.page.goto(dash_page.url)
    dash_page.page.wait_for_function(
        "() => window.dash_renderer && window.dash_renderer.internal.inflight.size > 0"
    )
    for _ in range(3):
        dash_page.by_id("btn").click()
    dash_page.wait_idle()
    dash_page.expect_text("out", "clicks 3")
    assert sorted(calls, key=lambda n: -1 if n is None else n) == [None, 1, 2, 3]


# -- 17.6: dash_clientside.callback_context shapes ---------------------------------------------------


def test_clientside_callback_context_has_plotlys_shapes(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("b", id={"k": "btn"}),
            dcc.Input(id="unset"),
            html.Div(id="a"),
            html.Div(id="b"),
            html.Pre(id="ctx"),
        ]
    )
    app.clientside_callback(
        """function (n, v, s) {
            const c = dash_clientside.callback_context
            document.getElementById('ctx').dataset.ctx = JSON.stringify(c)
            return [String(n), String(v)]
        }""",
        Output("a", "children"),
        Output("b", "children"),
        Input({"k": "btn"}, "n_clicks"),
        Input("unset", "value"),
        State("unset", "placeholder"),
    )
    dash_page.start(app)
    dash_page.by_id({"k": "btn"}).click()
    dash_page.expect_text("a", "1")
    context = dash_page.page.evaluate("JSON.parse(document.getElementById('ctx').dataset.ctx)")
    assert context["triggered"] == [{"prop_id": '{"k":"btn"}.n_clicks', "value": 1}]
    assert context["triggered_id"] == {"k": "btn"}
    assert context["inputs"] == {'{"k":"btn"}.n_clicks': 1, "unset.value": None}
    assert context["states"] == {"unset.placeholder": None}
    assert context["inputs_list"] == [
        {"id": {"k": "btn"}, "property": "n_clicks", "value": 1},
        {"id": "unset", "property": "value", "value": None},
    ]
    assert context["states_list"] == [{"id": "unset", "property": "placeholder", "value": None}]
    assert context["outputs_list"] == [
        {"id": "a", "property": "children"},
        {"id": "b", "property": "children"},
    ]


# -- 17.7: Store.modified_timestamp ------------------------------------------------------------------


def test_store_timestamp_changes_on_every_write_and_fires_callbacks(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("write", id="write"), dcc.Store(id="store"), html.Div(id="seen")])
    app.callback(Output("store", "data"), Input("write", "n_clicks"), prevent_initial_call=True)(
        lambda n: "same"
    )
    stamps = []

    @app.callback(Output("seen", "children"), Input("store", "modified_timestamp"), State("store", "data"))
    def seen(ts, data):
        if ts is None:
            raise PreventUpdate
        stamps.append(ts)
        return f"{len(stamps)} writes of {data}"

    dash_page.start(app)
    dash_page.by_id("write").click()
    dash_page.expect_text("seen", "1 writes of same")
    dash_page.by_id("write").click()
    dash_page.expect_text("seen", "2 writes of same")
    assert stamps[1] > stamps[0]


# -- 17.8: persistence -------------------------------------------------------------------------------


def test_user_edits_persist_across_reload_and_rerender_but_callback_writes_do_not(dash_page):
    def fields():
        return html.Div(
            [
                dcc.Input(id="name", value="a", persistence=True),
                dcc.Dropdown(
                    id={"k": "dd", "i": 0},
                    options=["x", "y"],
                    value="x",
                    persistence="v1",
                    persistence_type="session",
                ),
            ],
            id="fields",
        )

    app = Dash(__name__)
    app.layout = html.Div([html.Button("rerender", id="rerender"), html.Button("set", id="set"), fields()])
    app.callback(Output("fields", "children"), Input("rerender", "n_clicks"), prevent_initial_call=True)(
        lambda n: fields().children
    )
    app.callback(Output("name", "value"), Input("set", "n_clicks"), prevent_initial_call=True)(
        lambda n: "from callback"
    )

    dash_page.start(app)
    dash_page.by_id("name").fill("typed")
    dash_page.page.evaluate(
        '() => { const n = dash_renderer.internal.registry.get(\'{"i":0,"k":"dd"}\'); dash_renderer.kit.setProps(n, {value: \'y\'}, true) }'
    )
    dash_page.wait_idle()
    dash_page.open("/")  # reload
    expect(dash_page.by_id("name")).to_have_value("typed", timeout=TIMEOUT)
    assert dash_page.page.evaluate("dash_renderer.getProps({k: 'dd', i: 0}).value") == "y"
    dash_page.by_id("rerender").click()  # the same layout built again
    dash_page.wait_idle()
    expect(dash_page.by_id("name")).to_have_value("typed", timeout=TIMEOUT)
    dash_page.by_id("set").click()  # a callback's write is no user edit: it drops the saved value
    expect(dash_page.by_id("name")).to_have_value("from callback", timeout=TIMEOUT)
    dash_page.open("/")
    expect(dash_page.by_id("name")).to_have_value("a", timeout=TIMEOUT)


def test_changing_persistence_resets_and_a_new_original_drops_the_saved_value(dash_page):
    state = {"original": "a"}
    app = Dash(__name__)
    app.layout = lambda: html.Div(
        [html.Button("toggle", id="toggle"), dcc.Input(id="name", value=state["original"], persistence=1)]
    )

    @app.callback(Output("name", "persistence"), Input("toggle", "n_clicks"), prevent_initial_call=True)
    def toggle(n):
        return n % 2 == 0 and 1

    dash_page.start(app)
    dash_page.by_id("name").fill("typed")
    dash_page.open("/")
    expect(dash_page.by_id("name")).to_have_value("typed", timeout=TIMEOUT)
    dash_page.by_id("toggle").click()  # persistence False
    dash_page.by_id("toggle").click()  # persistence back on: reset
    dash_page.wait_idle()
    dash_page.open("/")
    expect(dash_page.by_id("name")).to_have_value("a", timeout=TIMEOUT)
    dash_page.by_id("name").fill("again")
    state["original"] = "b"  # the layout's value changed: the saved edit no longer applies
    dash_page.open("/")
    expect(dash_page.by_id("name")).to_have_value("b", timeout=TIMEOUT)


# -- 11.5 in the browser: numpy keys and values in the layout and in a callback answer ---------------


def test_numpy_and_pandas_keys_reach_the_page(dash_page):
    import pytest

    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    years = np.array([1990, 2000, 2010], dtype=np.int64)
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Slider(
                id="years", min=1990, max=2010, value=np.int64(2000), marks={y: f"yr {y}" for y in years}
            ),
            dcc.Store(id="frame", data={pd.Timestamp("2020-01-01"): np.float64(1.5)}),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("years", "value"), Input("frame", "data"))
    def show(value, data):
        return f"{value} {data}"

    dash_page.start(app)
    expect(dash_page.by_id("years").locator(".dash-slider-mark")).to_have_text(
        ["yr 1990", "yr 2000", "yr 2010"]
    )
    dash_page.expect_text("out", "2000 {'2020-01-01T00:00:00': 1.5}")
    assert dash_page.errors() == []


def test_the_tutorial_first_app_with_pandas_options_and_plotly_express(dash_page):
    """Plotly's "Dash in 20 minutes" first app, written as the docs write it: Dropdown options straight
    from ``df.country.unique()`` (a pandas array), a plotly.express figure per pick."""
    import pytest

    pd = pytest.importorskip("pandas")
    px = pytest.importorskip("plotly.express")
    df = pd.DataFrame(
        {
            "country": ["Canada"] * 3 + ["France"] * 3,
            "year": [1952, 1977, 2007] * 2,
            "pop": [14.8e6, 23.8e6, 33.4e6, 42.5e6, 53.2e6, 61.1e6],
        }
    )
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.H1("Title of Dash App", style={"textAlign": "center"}),
            dcc.Dropdown(df.country.unique(), "Canada", id="dropdown-selection"),
            dcc.Graph(id="graph-content"),
            html.Div(id="picked"),
        ]
    )

    @app.callback(
        Output("graph-content", "figure"), Output("picked", "children"), Input("dropdown-selection", "value")
    )
    def update_graph(value):
        dff = df[df.country == value]
        return px.line(dff, x="year", y="pop"), f"{value}: {int(dff['pop'].max())}"

    dash_page.start(app)
    dash_page.expect_text("picked", "Canada: 33400000")
    dash_page.choose("dropdown-selection", "France")
    dash_page.expect_text("picked", "France: 61100000")
    expect(dash_page.by_id("graph-content").locator(".main-svg").first).to_be_visible()
    assert dash_page.errors() == []
