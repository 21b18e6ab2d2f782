"""Callback features end to end through the Flask test client: dependencies JSON and dispatch."""

from __future__ import annotations

import hashlib
import json

import pytest

import dash
from dash import ALL
from dash import ALLSMALLER
from dash import MATCH
from dash import Input
from dash import Output
from dash import State
from dash import ctx
from dash import dcc
from dash import html
from dash import no_update
from dash.exceptions import PreventUpdate


def deps(client):
    response = client.get("/_dash-dependencies")
    assert response.status_code == 200
    assert response.content_type == "application/json"
    return response.get_json()


def test_single_output(app, client, h):
    @app.callback(Output("out", "children"), Input("in", "value"))
    def echo(value):
        return f"echo:{value}"

    [spec] = deps(client)
    assert spec == {
        "output": "out.children",
        "outputs": [{"id": "out", "property": "children"}],
        "multi": False,
        "inputs": [{"id": "in", "property": "value"}],
        "state": [],
        "clientside_function": None,
        "prevent_initial_call": False,
        "no_output": False,
    }
    body = h.body(
        "out.children", h.item("out", "children"), [h.item("in", "value", "hi")], changed=["in.value"]
    )
    response = h.post(client, body)
    assert response.status_code == 200
    assert response.content_type == "application/json"
    assert response.get_json() == {"multi": True, "response": {"out": {"children": "echo:hi"}}}
    # The decorator returns the function unchanged.
    assert echo("x") == "echo:x"


def test_property_without_value_is_none(app, client, h):
    @app.callback(Output("out", "children"), Input("btn", "n_clicks"))
    def clicks(n):
        return repr(n)

    response = h.post(client, h.body("out.children", h.item("out", "children"), [h.item("btn", "n_clicks")]))
    assert response.get_json()["response"]["out"]["children"] == "None"


def test_multi_output_and_state(app, client, h):
    @app.callback(
        Output("out", "children"), Output("out2", "children"), Input("in", "value"), State("other", "value")
    )
    def both(value, other):
        return value.upper(), other * 2

    [spec] = deps(client)
    assert spec["output"] == "..out.children...out2.children.."
    assert spec["multi"] is True
    assert spec["state"] == [{"id": "other", "property": "value"}]
    body = h.body(
        spec["output"],
        [h.item("out", "children"), h.item("out2", "children")],
        [h.item("in", "value", "ab")],
        state=[h.item("other", "value", "z")],
    )
    assert h.post(client, body).get_json()["response"] == {
        "out": {"children": "AB"},
        "out2": {"children": "zz"},
    }


def test_lists_of_dependencies_and_keywords(app, client, h):
    @app.callback(
        [Output("out", "children")],
        [Input("in", "value"), Input("other", "value")],
        [State("btn", "n_clicks")],
    )
    def listed(a, b, n):
        return [f"{a}-{b}-{n}"]

    @app.callback(
        output=Output("out2", "children"), inputs=[Input("btn", "n_clicks")], state=State("in", "value")
    )
    def keywords(n, value):
        return f"{n}:{value}"

    first, second = deps(client)
    assert first["output"] == "..out.children.."
    assert first["multi"] is True
    assert second["output"] == "out2.children"
    body = h.body(
        "..out.children..",
        [h.item("out", "children")],
        [h.item("in", "value", "a"), h.item("other", "value", "b")],
        state=[h.item("btn", "n_clicks", 3)],
    )
    assert h.post(client, body).get_json()["response"] == {"out": {"children": "a-b-3"}}
    body = h.body(
        "out2.children",
        h.item("out2", "children"),
        [h.item("btn", "n_clicks", 1)],
        state=[h.item("in", "value", "v")],
    )
    assert h.post(client, body).get_json()["response"] == {"out2": {"children": "1:v"}}


def test_prevent_initial_call_flags(make_app):
    app = make_app()

    @app.callback(Output("out", "children"), Input("in", "value"), prevent_initial_call=True)
    def a(value):
        return value

    @app.callback(Output("out2", "children"), Input("in", "value"))
    def b(value):
        return value

    first, second = deps(app.server.test_client())
    assert first["prevent_initial_call"] is True
    assert second["prevent_initial_call"] is False

    app2 = make_app(prevent_initial_callbacks=True)

    @app2.callback(Output("out", "children"), Input("in", "value"))
    def c(value):
        return value

    @app2.callback(Output("out2", "children"), Input("in", "value"), prevent_initial_call=False)
    def d(value):
        return value

    first, second = deps(app2.server.test_client())
    assert first["prevent_initial_call"] is True
    assert second["prevent_initial_call"] is False


def test_config_prevent_initial_callbacks_can_change_after_init(app, client):
    @app.callback(Output("out", "children"), Input("in", "value"))
    def a(value):
        return value

    assert deps(client)[0]["prevent_initial_call"] is False
    app.config.prevent_initial_callbacks = True
    assert deps(client)[0]["prevent_initial_call"] is True


def test_prevent_update_answers_204(app, client, h):
    @app.callback(Output("out", "children"), Input("in", "value"))
    def stop(value):
        raise PreventUpdate

    response = h.post(client, h.body("out.children", h.item("out", "children"), [h.item("in", "value", 1)]))
    assert response.status_code == 204
    assert response.get_data() == b""


def test_no_update(app, client, h):
    @app.callback(Output("out", "children"), Output("out2", "children"), Input("in", "value"))
    def partial(value):
        return no_update, f"only:{value}"

    @app.callback(Output("other", "value"), Input("btn", "n_clicks"))
    def nothing(n):
        return no_update

    outputs = [h.item("out", "children"), h.item("out2", "children")]
    body = h.body("..out.children...out2.children..", outputs, [h.item("in", "value", "b")])
    assert h.post(client, body).get_json() == {"multi": True, "response": {"out2": {"children": "only:b"}}}
    response = h.post(client, h.body("other.value", h.item("other", "value"), [h.item("btn", "n_clicks", 1)]))
    assert response.status_code == 204


def test_whole_multi_output_no_update_is_204(app, client, h):
    @app.callback(Output("out", "children"), Output("out2", "children"), Input("in", "value"))
    def nothing(value):
        return no_update

    outputs = [h.item("out", "children"), h.item("out2", "children")]
    assert (
        h.post(
            client, h.body("..out.children...out2.children..", outputs, [h.item("in", "value", 1)])
        ).status_code
        == 204
    )


def test_callback_context(app, client, h):
    seen = {}

    @app.callback(
        Output("out", "children"), Input("in", "value"), Input("btn", "n_clicks"), State("other", "value")
    )
    def inspect(value, n, other):
        seen.update(
            triggered_id=ctx.triggered_id,
            triggered_prop_ids=dict(ctx.triggered_prop_ids),
            triggered=list(ctx.triggered),
            triggered_truthy=bool(ctx.triggered),
            inputs=ctx.inputs,
            states=ctx.states,
            inputs_list=ctx.inputs_list,
            states_list=ctx.states_list,
            outputs_list=ctx.outputs_list,
            same=dash.callback_context.triggered_id == ctx.triggered_id,
        )
        return "ok"

    inputs = [h.item("in", "value", "v"), h.item("btn", "n_clicks", 2)]
    state = [h.item("other", "value", "s")]
    h.post(client, h.body("out.children", h.item("out", "children"), inputs, state, changed=["btn.n_clicks"]))
    assert seen["triggered_id"] == "btn"
    assert seen["triggered_prop_ids"] == {"btn.n_clicks": "btn"}
    assert seen["triggered"] == [{"prop_id": "btn.n_clicks", "value": 2}]
    assert seen["triggered_truthy"] is True
    assert seen["inputs"] == {"in.value": "v", "btn.n_clicks": 2}
    assert seen["states"] == {"other.value": "s"}
    assert seen["inputs_list"] == inputs
    assert seen["states_list"] == state
    assert seen["outputs_list"] == {"id": "out", "property": "children"}
    assert seen["same"] is True

    # Initial call: nothing triggered.
    h.post(client, h.body("out.children", h.item("out", "children"), inputs, state, changed=[]))
    assert seen["triggered_id"] is None
    assert seen["triggered_prop_ids"] == {}
    assert seen["triggered"] == [{"prop_id": ".", "value": None}]
    assert seen["triggered_truthy"] is False


def test_ctx_outside_a_callback_raises():
    with pytest.raises(
        dash.exceptions.MissingCallbackContextException, match="only available while a callback runs"
    ):
        _ = ctx.triggered_id


def test_allow_duplicate(app, client, h):
    @app.callback(Output("out", "children"), Input("in", "value"))
    def first(value):
        return "first"

    @app.callback(
        Output("out", "children", allow_duplicate=True), Input("btn", "n_clicks"), prevent_initial_call=True
    )
    def second(n):
        return f"second:{n}"

    digest = hashlib.sha256(b"btn.n_clicks").hexdigest()
    spec = deps(client)[1]
    assert spec["output"] == f"out.children@{digest}"
    assert spec["outputs"] == [{"id": "out", "property": f"children@{digest}"}]
    body = h.body(
        spec["output"], {"id": "out", "property": f"children@{digest}"}, [h.item("btn", "n_clicks", 4)]
    )
    assert h.post(client, body).get_json() == {"multi": True, "response": {"out": {"children": "second:4"}}}


def test_pattern_matching_all(make_app, h):
    layout = html.Div(
        [dcc.Input(id={"type": "item", "index": i}, value=f"v{i}") for i in range(3)]
        + [html.Div(id="total"), html.Button(id="set-all")]
        + [html.Div(id={"type": "item-out", "index": i}) for i in range(3)]
    )
    app = make_app(layout)

    @app.callback(
        Output("total", "children"),
        Input({"type": "item", "index": ALL}, "value"),
        State({"type": "item", "index": ALL}, "id"),
    )
    def total(values, ids):
        assert ctx.triggered_id == {"index": 1, "type": "item"}
        assert ctx.triggered_id.index == 1
        return f"{','.join(values)}|{[i['index'] for i in ids]}"

    @app.callback(Output({"type": "item-out", "index": ALL}, "title"), Input("set-all", "n_clicks"))
    def set_all(n):
        return [f"t{n}-{i}" for i in range(len(ctx.outputs_list))]

    client = app.server.test_client()
    first, second = deps(client)
    item_all = json.dumps({"index": ["ALL"], "type": "item"}, separators=(",", ":"))
    assert first["inputs"] == [{"id": item_all, "property": "value"}]
    assert first["multi"] is False
    assert second["output"] == '{"index":["ALL"],"type":"item-out"}.title'
    assert second["multi"] is True

    values = [h.item({"index": i, "type": "item"}, "value", f"v{i}") for i in range(3)]
    ids = [h.item({"index": i, "type": "item"}, "id", {"type": "item", "index": i}) for i in range(3)]
    body = h.body(
        "total.children",
        h.item("total", "children"),
        [values],
        [ids],
        changed=['{"index":1,"type":"item"}.value'],
    )
    assert h.post(client, body).get_json()["response"] == {"total": {"children": "v0,v1,v2|[0, 1, 2]"}}

    outputs = [h.item({"index": i, "type": "item-out"}, "title") for i in range(2)]
    body = h.body(second["output"], outputs, [h.item("set-all", "n_clicks", 1)], changed=["set-all.n_clicks"])
    assert h.post(client, body).get_json()["response"] == {
        '{"index":0,"type":"item-out"}': {"title": "t1-0"},
        '{"index":1,"type":"item-out"}': {"title": "t1-1"},
    }
    # An ALL input that matches nothing is an empty list.
    body = h.body(second["output"], [], [h.item("set-all", "n_clicks", 1)])
    assert h.post(client, body).status_code == 204


def test_all_output_wrong_length_is_an_error(make_app, h):
    app = make_app(html.Div([html.Div(id={"type": "o", "index": 0}), html.Button(id="b")]))

    @app.callback(Output({"type": "o", "index": ALL}, "children"), Input("b", "n_clicks"))
    def wrong(n):
        return ["a", "b"]

    app.enable_dev_tools(debug=True)
    body = h.body(
        '{"index":["ALL"],"type":"o"}.children',
        [h.item({"type": "o", "index": 0}, "children")],
        [h.item("b", "n_clicks", 1)],
    )
    response = h.post(app.server.test_client(), body)
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert error["type"] == "InvalidCallbackReturnValue"
    assert "matched 1 component" in error["message"]


def test_pattern_matching_match_and_allsmaller(make_app, h):
    layout = html.Div(
        [dcc.Input(id={"type": "item", "index": i}, value=f"v{i}") for i in range(3)]
        + [html.Div(id={"type": "item-out", "index": i}) for i in range(3)]
    )
    app = make_app(layout)

    @app.callback(
        Output({"type": "item-out", "index": MATCH}, "children"),
        Input({"type": "item", "index": MATCH}, "value"),
        State({"type": "item", "index": ALLSMALLER}, "value"),
    )
    def match(value, smaller):
        return f"match:{value}:{'+'.join(smaller)}:{ctx.outputs_list['id']['index']}"

    client = app.server.test_client()
    [spec] = deps(client)
    assert spec["output"] == '{"index":["MATCH"],"type":"item-out"}.children'
    assert spec["multi"] is False
    body = h.body(
        spec["output"],
        h.item({"index": 2, "type": "item-out"}, "children"),
        [h.item({"index": 2, "type": "item"}, "value", "new2")],
        [[h.item({"index": i, "type": "item"}, "value", f"v{i}") for i in range(2)]],
        changed=['{"index":2,"type":"item"}.value'],
    )
    assert h.post(client, body).get_json() == {
        "multi": True,
        "response": {'{"index":2,"type":"item-out"}': {"children": "match:new2:v0+v1:2"}},
    }


def test_dict_id_with_dot_is_escaped_in_the_output_key(make_app):
    app = make_app(
        html.Div([dcc.Input(id={"type": "a.b", "index": 0}), html.Div(id={"type": "a.b-out", "index": 0})])
    )

    @app.callback(
        Output({"type": "a.b-out", "index": MATCH}, "children"),
        Input({"type": "a.b", "index": MATCH}, "value"),
    )
    def f(value):
        return value

    assert deps(app.server.test_client())[0]["output"] == '{"index":["MATCH"],"type":"a\\.b-out"}.children'


def test_no_output_callback_and_set_props(app, client, h):
    calls = []

    @app.callback(Input("btn", "n_clicks"))
    def side(n):
        calls.append(n)

    @app.callback(Input("in", "value"))
    def setter(value):
        dash.set_props("out", {"children": f"set:{value}"})

    first, second = deps(client)
    assert first["no_output"] is True
    assert first["output"] == hashlib.sha256(b"btn.n_clicks").hexdigest()
    assert first["outputs"] == []
    assert h.post(client, h.body(first["output"], None, [h.item("btn", "n_clicks", 5)])).status_code == 204
    assert calls == [5]
    response = h.post(client, h.body(second["output"], None, [h.item("in", "value", "q")]))
    assert response.get_json() == {
        "multi": True,
        "response": {},
        "sideUpdate": {"out": {"children": "set:q"}},
    }


def test_module_level_callback_is_served_by_every_app(make_app, h):
    @dash.callback(Output("out", "children"), Input("in", "value"))
    def shared(value):
        return f"shared:{value}"

    for app in (make_app(), make_app()):
        client = app.server.test_client()
        assert [spec["output"] for spec in deps(client)] == ["out.children"]
        response = h.post(
            client, h.body("out.children", h.item("out", "children"), [h.item("in", "value", 1)])
        )
        assert response.get_json()["response"] == {"out": {"children": "shared:1"}}


def test_module_level_callback_registered_after_first_request(app, client):
    assert deps(client) == []

    @dash.callback(Output("out", "children"), Input("in", "value"))
    def late(value):
        return value

    assert [spec["output"] for spec in deps(client)] == ["out.children"]


def test_module_level_allow_duplicate_uses_the_app_default(make_app):
    @dash.callback(Output("out", "children"), Input("in", "value"))
    def a(value):
        return value

    @dash.callback(Output("out", "children", allow_duplicate=True), Input("btn", "n_clicks"))
    def b(n):
        return n

    response = make_app().server.test_client().get("/_dash-dependencies")
    assert response.status_code == 500
    assert response.get_json()["error"]["type"] == "DuplicateCallback"
    assert "prevent_initial_call" in response.get_json()["error"]["message"]
    assert (
        make_app(prevent_initial_callbacks=True).server.test_client().get("/_dash-dependencies").status_code
        == 200
    )


def test_clientside_callbacks(app, client):
    source = "function(v) { return 'cs:' + v; }"
    app.clientside_callback(source, Output("out", "children"), Input("in", "value"))
    app.clientside_callback(
        dash.ClientsideFunction("myns", "myfn"), Output("out2", "children"), Input("in", "value")
    )
    digest = hashlib.sha256(source.encode()).hexdigest()
    first, second = deps(client)
    assert first["clientside_function"] == {
        "namespace": "_dashprivate_clientside_funcs",
        "function_name": digest,
    }
    assert second["clientside_function"] == {"namespace": "myns", "function_name": "myfn"}

    index = client.get("/").get_data(as_text=True)
    js = client.get("/_dash-clientside.js")
    assert js.status_code == 200
    assert js.content_type.startswith("text/javascript")
    assert f"_dash-clientside.js?v={js.headers['ETag'].strip(chr(34))}" in index
    text = js.get_data(as_text=True)
    assert f'funcs["{digest}"] = {source}' in text
    assert "window.dash_clientside" in text
    # Running a clientside callback on the server is a bad request.
    body = {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value"}],
        "changedPropIds": [],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 400
    assert "clientside" in response.get_json()["error"]["message"]


def test_module_level_clientside_callback(make_app):
    dash.clientside_callback("function(v) { return v; }", Output("out", "children"), Input("in", "value"))
    client = make_app().server.test_client()
    assert "_dash-clientside.js?v=" in client.get("/").get_data(as_text=True)


def test_no_clientside_script_without_inline_functions(app, client):
    app.clientside_callback(
        dash.ClientsideFunction("ns", "fn"), Output("out", "children"), Input("in", "value")
    )
    assert "_dash-clientside.js" not in client.get("/").get_data(as_text=True)


def test_json_values_in_answers(app, client, h):
    @app.callback(Output("out", "children"), Input("in", "value"))
    def components(value):
        return [html.B("<b>&/"), float("nan"), {"k": value}]

    response = h.post(client, h.body("out.children", h.item("out", "children"), [h.item("in", "value", "x")]))
    text = response.get_data(as_text=True)
    assert "<" not in text and "&" not in text and "/" not in text
    assert response.get_json()["response"]["out"]["children"] == [
        {"props": {"children": "<b>&/"}, "type": "B", "namespace": "dash_html_components"},
        None,
        {"k": "x"},
    ]


def test_response_cookies_from_ctx(app, client, h):
    @app.callback(Output("out", "children"), Input("in", "value"))
    def cookie(value):
        ctx.response.set_cookie("seen", str(value))
        return value

    response = h.post(client, h.body("out.children", h.item("out", "children"), [h.item("in", "value", "z")]))
    assert response.status_code == 200
    assert "seen=z" in response.headers["Set-Cookie"]
