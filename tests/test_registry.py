"""Registration errors: clear exceptions at decoration time (or at the first request for cross-app clashes)."""

from __future__ import annotations

import json

import pytest

import dash
from dash import ALL
from dash import ALLSMALLER
from dash import MATCH
from dash import Input
from dash import Output
from dash import State
from dash import exceptions
from dash import html


def noop(*args):
    return None


def test_same_output_twice_is_a_duplicate_callback(app):
    app.callback(Output("out", "children"), Input("in", "value"))(noop)
    with pytest.raises(exceptions.DuplicateCallback, match="already registered"):
        app.callback(Output("out", "children"), Input("in", "value"))(noop)
    with pytest.raises(exceptions.DuplicateCallback, match="already set by the callback for 'out.children'"):
        app.callback(Output("out", "children"), Output("out2", "children"), Input("btn", "n_clicks"))(noop)


def test_same_output_twice_in_one_callback(app):
    with pytest.raises(exceptions.DuplicateCallback, match="appears twice"):
        app.callback(Output("out", "children"), Output("out", "children"), Input("in", "value"))


def test_allow_duplicate_requires_prevent_initial_call(app):
    with pytest.raises(exceptions.DuplicateCallback, match="prevent_initial_call=True"):
        app.callback(Output("out", "children", allow_duplicate=True), Input("in", "value"))
    app.callback(
        Output("out", "children", allow_duplicate=True),
        Input("in", "value"),
        prevent_initial_call="initial_duplicate",
    )(noop)


def test_module_callback_conflicting_with_an_app_callback_is_left_out_of_that_app(app, client, caplog):
    dash.callback(Output("out", "children"), Input("in", "value"))(noop)
    app.callback(Output("out", "children"), Input("btn", "n_clicks"))(noop)
    response = client.get("/_dash-dependencies")
    assert response.status_code == 200
    assert [(dep["output"], dep["inputs"][0]["id"]) for dep in response.get_json()] == [
        ("out.children", "btn")
    ]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "module-level callback for 'out.children'" in warnings[0]
    client.get("/_dash-dependencies")
    assert len([r for r in caplog.records if r.levelname == "WARNING"]) == 1  # logged once


def test_two_no_output_callbacks_with_the_same_inputs(app):
    app.callback(Input("btn", "n_clicks"))(noop)
    with pytest.raises(exceptions.DuplicateCallback, match="without outputs"):
        app.callback(Input("btn", "n_clicks"))(noop)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((Input("in", "value"), Output("out", "children")), "Output\\(s\\) first"),
        ((Output("out", "children"), State("s", "value"), Input("in", "value")), "comes after a State"),
        ((Output("out", "children"), "in.value"), "must be Output, Input or State"),
        ((), "at least one Output or one Input"),
        ((Output("out", "children"), [Input("in", "value"), 3]), "must be Output, Input or State"),
    ],
)
def test_wrong_arguments(app, args, message):
    with pytest.raises(exceptions.IncorrectTypeException, match=message):
        app.callback(*args)


def test_wrong_keyword_arguments(app):
    # Issue 17.9: Plotly ignores unknown keyword arguments (apps carry typos): a warning, not an error.
    with pytest.warns(UserWarning, match="Did you mean 'inputs'"):
        app.callback(Output("out", "children"), input=[Input("in", "value")])
    with pytest.warns(
        UserWarning, match="'prevent_inital_call', which is ignored. Did you mean 'prevent_initial_call'"
    ):
        app.callback(Output("out2", "children"), Input("in", "value"), prevent_inital_call=True)
    with pytest.raises(TypeError, match="Plotly Dash supports but this dash does not"):
        app.callback(Output("out", "children"), Input("in", "value"), api_endpoint="/x")
    with pytest.raises(exceptions.IncorrectTypeException, match="only State objects"):
        app.callback(Output("o3", "children"), Input("in", "value"), state=[Input("x", "y")])
    with pytest.raises(exceptions.IncorrectTypeException, match="Output inside inputs="):
        app.callback(Output("o3", "children"), inputs=[Input("in", "value")], state=[Output("x", "y")])
    with pytest.raises(
        exceptions.IncorrectTypeException, match="both as positional arguments and as output="
    ):
        app.callback(
            Output("out", "children"), output=Output("out2", "children"), inputs=Input("in", "value")
        )
    with pytest.raises(exceptions.IncorrectTypeException, match="state= as a list"):
        app.callback(
            output=Output("o3", "children"), inputs={"a": Input("in", "value")}, state=[State("x", "y")]
        )
    with pytest.raises(TypeError, match="prevent_initial_call must be"):
        app.callback(Output("out", "children"), Input("in", "value"), prevent_initial_call="yes")


def test_decorating_a_non_function(app):
    with pytest.raises(TypeError, match="must decorate a function"):
        app.callback(Output("out", "children"), Input("in", "value"))("not a function")


def test_ids_with_periods(app):
    with pytest.raises(exceptions.IDsCantContainPeriods, match="'a.b'"):
        app.callback(Output("a.b", "children"), Input("in", "value"))


def test_bad_dict_id_values(app):
    with pytest.raises(exceptions.IncorrectTypeException, match="Dict id values"):
        app.callback(Output({"type": ["x"]}, "children"), Input("in", "value"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            (Output({"t": "o", "i": ALLSMALLER}, "children"), Input({"t": "i", "i": MATCH}, "value")),
            "ALLSMALLER",
        ),
        (
            (
                Output("out", "children"),
                Input("in", "value"),
                State({"t": "i", "i": MATCH}, "value"),
            ),
            "neither the outputs",
        ),
        (
            (Output({"t": "o", "i": MATCH}, "children"), Input({"t": "i", "j": MATCH}, "value")),
            "MATCH on 'j', but the outputs use MATCH on 'i'",
        ),
        (
            (
                Output("o", "children"),
                Input({"t": "i", "i": MATCH}, "value"),
                Input({"t": "j", "j": MATCH}, "v"),
            ),
            "different keys",
        ),
        (
            (
                Output({"t": "o", "i": MATCH}, "children"),
                Output("x", "y"),
                Input({"t": "i", "i": MATCH}, "value"),
            ),
            "same keys",
        ),
        (
            (Output("out", "children"), Input("in", "value"), State({"t": "i", "i": ALLSMALLER}, "value")),
            "ALLSMALLER on 'i'",
        ),
    ],
)
def test_wildcard_rules(app, args, message):
    with pytest.raises(exceptions.WildcardError, match=message):
        app.callback(*args)


def test_valid_wildcard_combinations(app):
    app.callback(
        Output({"t": "o", "i": MATCH}, "children"),
        Input({"t": "i", "i": MATCH}, "value"),
        Input("in", "value"),
        State({"t": "i", "i": ALLSMALLER}, "value"),
    )(noop)
    app.callback(Output({"t": "o", "i": ALL}, "children"), Input({"t": "i", "i": ALL}, "value"))(noop)


@pytest.mark.parametrize(
    "args",
    [
        # Issue 17.2: both raised WildcardError here; Plotly Dash registers them.
        (Output({"i": MATCH}, "children"), Input({"i": ALLSMALLER}, "children")),
        (Output("total", "children"), Input({"i": MATCH}, "n_clicks")),
        # More of the kind: MATCH outputs fed by ALL or plain inputs, MATCH on a subset of the keys.
        (Output({"t": "o", "i": MATCH}, "children"), Input({"t": "i", "i": ALL}, "value")),
        (Output({"t": "p", "i": MATCH}, "title"), Input("btn", "n_clicks")),
        (Output({"t": "o", "i": MATCH, "j": MATCH}, "title"), Input({"t": "i", "i": MATCH}, "value")),
        (
            Output("sum", "title"),
            Input({"t": "n", "i": MATCH}, "value"),
            State({"t": "n", "i": ALLSMALLER}, "id"),
        ),
    ],
)
def test_wildcard_combinations_plotly_accepts(app, args):
    app.callback(*args)(noop)
    deps = app.server.test_client().get("/_dash-dependencies").get_json()
    assert len(deps) == 1


def test_clientside_callback_errors(app):
    with pytest.raises(TypeError, match="JavaScript source code"):
        app.clientside_callback(42, Output("out", "children"), Input("in", "value"))
    with pytest.raises(ValueError, match="reserved"):
        dash.ClientsideFunction("_dashprivate_x", "f")


def test_ids_missing_from_the_layout_are_a_warning_not_an_error(app, client, caplog):
    # Issue 11.6: a callback id missing from the initial layout answered 500 on / and /_dash-layout.
    app.callback(Output("out", "children"), Input("nope", "value"))(noop)
    assert client.get("/_dash-layout").status_code == 200
    assert client.get("/").status_code == 200
    assert client.get("/_dash-dependencies").status_code == 200
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1
    assert "'nope'" in warnings[0] and "'out.children'" in warnings[0]
    assert "suppress_callback_exceptions" in warnings[0]
    assert app.validation_warnings == warnings


def test_missing_output_id_and_several_callbacks_warn_once_each(app, client, caplog):
    app.callback(Output("page-2-out", "children"), Input("in", "value"), State("page-2-state", "value"))(noop)
    app.callback(Output("out", "children"), Input("gone", "n_clicks"))(noop)
    for _ in range(2):
        assert client.get("/_dash-layout").status_code == 200
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 3
    assert all(any(f"'{name}'" in w for w in warnings) for name in ("page-2-out", "page-2-state", "gone"))


def test_missing_ids_reach_the_debug_overlay_config(app, client):
    app.callback(Output("out", "children"), Input("nope", "value"))(noop)
    app.enable_dev_tools(debug=True)
    page = client.get("/").get_data(as_text=True)
    config = json.loads(page.split('id="_dash-config" type="application/json">')[1].split("</script>")[0])
    assert len(config["validation_warnings"]) == 1 and "'nope'" in config["validation_warnings"][0]
    app.enable_dev_tools(debug=False)
    page = client.get("/").get_data(as_text=True)
    assert "validation_warnings" not in page


def test_missing_ids_allowed_when_suppressed(make_app):
    app = make_app(suppress_callback_exceptions=True)
    app.callback(Output("out", "children"), Input("nope", "value"))(noop)
    assert app.server.test_client().get("/_dash-layout").status_code == 200


def test_suppress_can_be_set_in_config_later(app, client):
    app.callback(Output("out", "children"), Input("nope", "value"))(noop)
    app.config.suppress_callback_exceptions = True
    assert client.get("/_dash-layout").status_code == 200


def test_validation_layout(app, client):
    app.callback(Output("out", "children"), Input("page-2-input", "value"))(noop)
    app.validation_layout = html.Div([app.layout, html.Div(id="page-2-input")])
    assert client.get("/_dash-layout").status_code == 200


def test_pattern_ids_are_not_checked_against_the_layout(app, client):
    app.callback(
        Output({"type": "x", "index": ALL}, "children"), Input({"type": "y", "index": ALL}, "value")
    )(noop)
    assert client.get("/_dash-layout").status_code == 200


def test_layout_set_after_callbacks_and_dynamic_layout(make_app):
    app = dash.Dash(__name__)
    app.callback(Output("late-out", "children"), Input("late-in", "value"))(noop)
    app.layout = lambda: html.Div([html.Div(id="late-in"), html.Div(id="late-out")])
    client = app.server.test_client()
    assert client.get("/_dash-layout").status_code == 200
    assert app.validation_warnings == []
    app.layout = lambda: html.Div([html.Div(id="late-in")])
    assert client.get("/_dash-layout").status_code == 200
    assert len(app.validation_warnings) == 1 and "'late-out'" in app.validation_warnings[0]


def test_duplicate_ids_in_layout(make_app):
    app = make_app(html.Div([html.Div(id="a"), html.Div(id="a")]))
    response = app.server.test_client().get("/_dash-layout")
    assert response.status_code == 500
    assert response.get_json()["error"]["type"] == "DuplicateIdError"


def test_component_objects_as_ids(make_app):
    inp = html.Div(id="comp-in")
    out = html.Div(id="comp-out")
    app = make_app(html.Div([inp, out]))
    app.callback(Output(out, "children"), Input(inp, "n_clicks"))(noop)
    assert app.server.test_client().get("/_dash-dependencies").get_json()[0]["output"] == "comp-out.children"


def test_components_without_ids_get_generated_ids(make_app, h):
    # Issue 11.7: Output(graph, "figure") with an id-less component raised TypeError at import.
    from dash import dcc

    dropdown = dcc.Dropdown(options=["a", "b"], value="a")
    graph = dcc.Graph()
    label = html.Div()
    app = make_app(html.Div([dropdown, graph, label]))
    app.callback(Output(graph, "figure"), Output(label, "children"), Input(dropdown, "value"))(
        lambda v: ({"data": [], "layout": {"title": {"text": v}}}, f"picked {v}")
    )
    client = app.server.test_client()
    dep = client.get("/_dash-dependencies").get_json()[0]
    assert dep["inputs"] == [{"id": dropdown.id, "property": "value"}]
    assert dropdown.id.startswith("_dash-Dropdown-") and graph.id.startswith("_dash-Graph-")
    ids = [kid["props"]["id"] for kid in client.get("/_dash-layout").get_json()["props"]["children"]]
    assert ids == [dropdown.id, graph.id, label.id]
    outputs = [{"id": graph.id, "property": "figure"}, {"id": label.id, "property": "children"}]
    answer = h.post(client, h.body(dep["output"], outputs, [h.item(dropdown.id, "value", "b")]))
    assert answer.get_json()["response"][label.id] == {"children": "picked b"}
    assert Input(dropdown, "value").component_id == dropdown.id  # the id is kept once given


def test_generated_ids_agree_across_processes(tmp_path):
    import subprocess
    import sys

    script = tmp_path / "auto_ids.py"
    script.write_text(
        "from dash import Dash, Input, Output, dcc, html\n"
        "boxes = [dcc.Input(value=str(i)) for i in range(3)]\n"
        "outs = [html.Div() for _ in range(3)]\n"
        "app = Dash(__name__)\n"
        "app.layout = html.Div(boxes + outs)\n"
        "for box, out in zip(boxes, outs):\n"
        "    app.callback(Output(out, 'children'), Input(box, 'value'))(lambda v: v)\n"
        "print(app.server.test_client().get('/_dash-dependencies').get_data(as_text=True))\n"
    )
    runs = [
        subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    assert '"_dash-Input-3"' in runs[0] and '"_dash-Div-3.children"' in runs[0].replace('"output":', "")
