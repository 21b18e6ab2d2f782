"""Callback shapes beyond Output-Input-State: no Input, no Output, running=, groupings, on_error."""

from __future__ import annotations

import pytest

from dash import ALL
from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import ctx
from dash import no_update
from dash import set_props
from dash.exceptions import PreventUpdate


def deps(app):
    return app.server.test_client().get("/_dash-dependencies").get_json()


# -- issue 17.3: no Input, no Output, running= -------------------------------------------------------


def test_a_callback_without_inputs_runs_with_no_inputs(app, client, h):
    @app.callback(Output("out", "children"))
    def on_load():
        return "loaded"

    (entry,) = deps(app)
    assert entry["output"] == "out.children" and entry["inputs"] == [] and entry["state"] == []
    answer = h.post(client, h.body("out.children", {"id": "out", "property": "children"}, []))
    assert answer.get_json()["response"] == {"out": {"children": "loaded"}}


def test_a_callback_without_inputs_may_read_state(app, client, h):
    app.callback(Output("out", "children"), State("in", "value"))(lambda value: f"state {value}")
    body = h.body(
        "out.children", {"id": "out", "property": "children"}, [], state=[h.item("in", "value", "x")]
    )
    assert h.post(client, body).get_json()["response"] == {"out": {"children": "state x"}}


def test_a_callback_without_outputs_sets_props(app, client, h):
    @app.callback(Input("btn", "n_clicks"))
    def side_effect(n):
        set_props("out2", {"children": f"clicked {n}"})

    (entry,) = deps(app)
    assert entry["no_output"] is True and entry["outputs"] == []
    body = h.body(entry["output"], None, [h.item("btn", "n_clicks", 2)], changed=["btn.n_clicks"])
    assert h.post(client, body).get_json() == {
        "multi": True,
        "response": {},
        "sideUpdate": {"out2": {"children": "clicked 2"}},
    }


def test_running_outputs_are_in_the_dependencies(app):
    app.callback(
        Output("out", "children"),
        Input("btn", "n_clicks"),
        running=[
            (Output("btn", "disabled"), True, False),
            (Output({"type": "x", "i": ALL}, "style"), {"a": 1}, None),
        ],
    )(lambda n: n)
    assert deps(app)[0]["running"] == {
        "running": {"btn.disabled": True, '{"i":["ALL"],"type":"x"}.style': {"a": 1}},
        "runningOff": {"btn.disabled": False, '{"i":["ALL"],"type":"x"}.style': None},
    }


def test_running_must_be_output_triples(app):
    with pytest.raises(TypeError, match=r"running= takes a list of \(Output"):
        app.callback(Output("out", "children"), Input("btn", "n_clicks"), running=[(Input("btn", "x"), 1, 2)])
    app.callback(Output("out", "children"), Input("btn", "n_clicks"))(lambda n: n)
    assert "running" not in deps(app)[0]


# -- issue 17.9: flexible signatures -----------------------------------------------------------------


def test_dict_outputs_inputs_and_state(app, client, h):
    seen = {}

    @app.callback(
        output={"a": Output("out", "children"), "b": Output("out2", "children")},
        inputs={"x": Input("in", "value"), "y": (Input("other", "value"), Input("btn", "n_clicks"))},
        state={"s": State("in", "id")},
    )
    def grouped(x, y, s):
        seen.update(
            args=ctx.args_grouping,
            outputs=ctx.outputs_grouping,
            using=(ctx.using_args_grouping, ctx.using_outputs_grouping),
        )
        return {"a": f"{x}/{s}", "b": list(y)}

    (entry,) = deps(app)
    assert entry["output"] == "..out.children...out2.children.."
    assert [dep["id"] for dep in entry["inputs"]] == ["in", "other", "btn"]
    assert [dep["id"] for dep in entry["state"]] == ["in"]
    outputs = [{"id": "out", "property": "children"}, {"id": "out2", "property": "children"}]
    inputs = [h.item("in", "value", "v"), h.item("other", "value", "w"), h.item("btn", "n_clicks", 3)]
    body = h.body(
        entry["output"], outputs, inputs, state=[h.item("in", "id", "in")], changed=["btn.n_clicks"]
    )
    assert h.post(client, body).get_json()["response"] == {
        "out": {"children": "v/in"},
        "out2": {"children": ["w", 3]},
    }
    assert seen["using"] == (True, True)
    assert seen["outputs"] == {"a": outputs[0], "b": outputs[1]}
    assert set(seen["args"]) == {"s", "x", "y"}
    assert seen["args"]["x"].value == "v" and seen["args"]["x"].triggered is False
    assert seen["args"]["y"][1].id == "btn" and seen["args"]["y"][1].triggered is True


def test_nested_list_groupings_and_no_update_for_a_group(app, client, h):
    @app.callback(
        output=[Output("out", "children"), (Output("out2", "children"), Output("out2", "title"))],
        inputs=[Input("in", "value"), (Input("other", "value"), State("btn", "n_clicks"))],
    )
    def nested(value, pair):
        other, clicks = pair
        assert not ctx.using_outputs_grouping or ctx.outputs_grouping[1][1]["property"] == "title"
        return f"{value}{other}{clicks}", no_update

    (entry,) = deps(app)
    assert [dep["id"] for dep in entry["inputs"]] == ["in", "other"] and entry["state"][0]["id"] == "btn"
    outputs = [
        {"id": "out", "property": "children"},
        {"id": "out2", "property": "children"},
        {"id": "out2", "property": "title"},
    ]
    body = h.body(
        entry["output"],
        outputs,
        [h.item("in", "value", "a"), h.item("other", "value", "b")],
        state=[h.item("btn", "n_clicks", 1)],
    )
    assert h.post(client, body).get_json()["response"] == {"out": {"children": "ab1"}}


def test_plain_signatures_report_no_grouping(app, client, h):
    seen = {}

    @app.callback(Output("out", "children"), Input("in", "value"))
    def plain(value):
        seen.update(using=(ctx.using_args_grouping, ctx.using_outputs_grouping), outputs=ctx.outputs_grouping)
        return value

    h.post(
        client, h.body("out.children", {"id": "out", "property": "children"}, [h.item("in", "value", "v")])
    )
    assert seen == {"using": (False, False), "outputs": {"id": "out", "property": "children"}}


def test_a_grouped_return_of_the_wrong_shape_is_a_500_that_names_the_key(app, client, h):
    app.enable_dev_tools(debug=True)
    app.callback(
        output={"a": Output("out", "children"), "b": Output("out2", "children")},
        inputs=[Input("in", "value")],
    )(lambda v: {"a": v})
    outputs = [{"id": "out", "property": "children"}, {"id": "out2", "property": "children"}]
    answer = h.post(client, h.body("..out.children...out2.children..", outputs, [h.item("in", "value", "v")]))
    assert answer.status_code == 500
    assert "lacks the key(s) ['b']" in answer.get_json()["error"]["message"]


# -- on_error ----------------------------------------------------------------------------------------


def failing(value):
    raise ValueError(f"bad {value}")


def test_callback_on_error_result_becomes_the_output(app, client, h):
    app.callback(Output("out", "children"), Input("in", "value"), on_error=lambda e: f"handled: {e}")(failing)
    answer = h.post(
        client, h.body("out.children", {"id": "out", "property": "children"}, [h.item("in", "value", 1)])
    )
    assert answer.get_json()["response"] == {"out": {"children": "handled: bad 1"}}


def test_app_on_error_with_set_props_and_none_changes_no_output(make_app, h):
    errors = []

    def on_error(error):
        errors.append(str(error))
        set_props("out2", {"children": "something went wrong"})

    app = make_app(on_error=on_error)
    app.callback(Output("out", "children"), Input("in", "value"))(failing)
    client = app.server.test_client()
    answer = h.post(
        client, h.body("out.children", {"id": "out", "property": "children"}, [h.item("in", "value", 2)])
    )
    assert answer.status_code == 200
    assert answer.get_json() == {
        "multi": True,
        "response": {},
        "sideUpdate": {"out2": {"children": "something went wrong"}},
    }
    assert errors == ["bad 2"]


def test_on_error_may_prevent_update_and_its_own_errors_are_500s(make_app, h):
    def prevent(error):
        raise PreventUpdate

    app = make_app(on_error=lambda e: 1 / 0)
    app.callback(Output("out", "children"), Input("in", "value"))(failing)
    app.callback(Output("out2", "children"), Input("in", "value"), on_error=prevent)(failing)
    client = app.server.test_client()
    assert (
        h.post(
            client, h.body("out.children", {"id": "out", "property": "children"}, [h.item("in", "value", 3)])
        ).status_code
        == 500
    )
    assert (
        h.post(
            client,
            h.body("out2.children", {"id": "out2", "property": "children"}, [h.item("in", "value", 3)]),
        ).status_code
        == 204
    )


def test_on_error_must_be_callable(make_app):
    with pytest.raises(TypeError, match="on_error"):
        Dash(__name__, on_error="log")
    with pytest.raises(TypeError, match="on_error"):
        make_app().callback(Output("out", "children"), Input("in", "value"), on_error=42)
