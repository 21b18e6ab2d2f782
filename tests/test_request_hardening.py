"""Hostile and broken callback requests: always a 4xx JSON error that names the problem, never a 5xx.

Complements test_dispatch_errors.py (the basic shapes) with wrong types, deep nesting, HTTP-level
errors and escaping. The fuzzing lives in test_request_fuzz.py.
"""

from __future__ import annotations

import io
import json
import logging

import pytest

from dash import ALL
from dash import MATCH
from dash import Input
from dash import Output
from dash import State
from dash import ctx
from dash import html
from dash.callbacks.dispatch import MAX_JSON_DEPTH

URL = "/_dash-update-component"


@pytest.fixture
def app(make_app):
    app = make_app()

    @app.callback(Output("out", "children"), Input("in", "value"), State("other", "value"))
    def echo(value, other):
        # Reads every view of the context, so a malformed body would surface here if it got through.
        ctx.triggered_id, ctx.triggered, ctx.args_grouping, ctx.inputs, ctx.states  # noqa: B018
        return value

    @app.callback(
        Output({"type": "o", "index": MATCH}, "children"), Input({"type": "i", "index": MATCH}, "value")
    )
    def match(value):
        return value

    @app.callback(
        Output({"type": "a", "index": ALL}, "children"), Input({"type": "b", "index": ALL}, "value")
    )
    def expand(values):
        return [len(values)] * len(ctx.outputs_list)

    return app


def good():
    return {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": "a"}],
        "state": [{"id": "other", "property": "value", "value": "b"}],
        "changedPropIds": ["in.value"],
    }


MATCH_KEY = '{"index":["MATCH"],"type":"o"}.children'
ALL_KEY = '{"index":["ALL"],"type":"a"}.children'


def match_body():
    return {
        "output": MATCH_KEY,
        "outputs": {"id": {"type": "o", "index": 1}, "property": "children"},
        "inputs": [{"id": {"type": "i", "index": 1}, "property": "value", "value": "m"}],
        "changedPropIds": ['{"index":1,"type":"i"}.value'],
    }


def all_body():
    return {
        "output": ALL_KEY,
        "outputs": [{"id": {"type": "a", "index": 1}, "property": "children"}],
        "inputs": [[{"id": {"type": "b", "index": 1}, "property": "value", "value": 1}]],
        "changedPropIds": [],
    }


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.content_type == "application/json"
    error = response.get_json()["error"]
    assert error["status"] == status
    assert error["message"].endswith(".")
    return error


def test_valid_bodies_work(client):
    assert client.post(URL, json=good()).get_json()["response"] == {"out": {"children": "a"}}
    assert client.post(URL, json=match_body()).get_json()["response"] == {
        '{"index":1,"type":"o"}': {"children": "m"}
    }
    assert client.post(URL, json=all_body()).get_json()["response"] == {
        '{"index":1,"type":"a"}': {"children": 1}
    }


def entry(**change):
    return [dict({"id": "in", "property": "value", "value": 1}, **change)]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"inputs": entry(id=5)}, "has the id 5, which is neither a string nor an object"),
        ({"inputs": entry(id=None)}, "has the id None"),
        ({"inputs": entry(id=["in"])}, "has the id ['in']"),
        ({"inputs": entry(id={"type": {"nested": 1}})}, "neither a string nor an object"),
        ({"inputs": entry(id={"type": [1]})}, "neither a string nor an object"),
        ({"inputs": entry(property=5)}, "has the property 5, which is not a string"),
        ({"inputs": entry(property=None)}, "which is not a string"),
        ({"inputs": entry(property=["value"])}, "which is not a string"),
        ({"inputs": [[{"id": "in", "property": "value"}]]}, "must be an object with 'id' and 'property'"),
        ({"inputs": {"id": "in", "property": "value"}}, "must be a list, not dict"),
        ({"inputs": None}, "must be a list, not NoneType"),
        ({"inputs": entry() * 2}, "takes 1 inputs value(s), but the request sent 2"),
        ({"state": [{"id": 1, "property": "value"}]}, "has the id 1"),
        ({"state": [{"id": "other", "property": 1.5}]}, "has the property 1.5"),
        (
            {"state": [{"id": "other", "property": "value"}] * 2},
            "takes 1 state value(s), but the request sent 2",
        ),
        ({"state": "other.value"}, "must be a list, not str"),
        (
            {"changedPropIds": "in.value"},
            "'changedPropIds' of the request for callback 'out.children' must be",
        ),
        ({"changedPropIds": 5}, 'must be a list of "id.property" strings'),
        ({"changedPropIds": {"in.value": 1}}, "must be a list"),
        ({"changedPropIds": [None]}, "must be a list"),
        ({"changedPropIds": [["in", "value"]]}, "must be a list"),
        ({"outputs": {"property": "children"}}, "must be an object with an 'id'"),
        ({"outputs": {"id": "out"}}, "and a 'property' string"),
        ({"outputs": {"id": 1, "property": "children"}}, "must be an object with an 'id'"),
        ({"outputs": {"id": "out", "property": 1}}, "and a 'property' string"),
        ({"outputs": "out.children"}, "must be an object with 'id' and 'property', not str"),
        ({"output": ["out.children"]}, "no 'output' string"),
        ({"output": "</script><script>alert(1)</script>"}, "No callback is registered for the output"),
    ],
)
def test_wrong_types_are_bad_requests(client, change, message):
    body = dict(good(), **change)
    assert message in error_of(client.post(URL, json=body), 400)["message"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (dict(match_body(), outputs={"id": [1], "property": "children"}), "must be an object with an 'id'"),
        (dict(match_body(), outputs={"id": {"type": "o", "index": {}}, "property": "children"}), "an 'id'"),
        (dict(match_body(), outputs=[match_body()["outputs"]]), "must be an object"),
        (dict(all_body(), outputs={"id": "x", "property": "children"}), "ALL output"),
        (dict(all_body(), outputs=[1]), "must be an object with an 'id'"),
        (dict(all_body(), outputs=[[]]), "must be an object with an 'id'"),
        (dict(all_body(), outputs=[{"id": {"type": "a", "index": 1}}]), "a 'property' string"),
        (dict(all_body(), inputs=[[1]]), "must be an object with 'id' and 'property'"),
        (dict(all_body(), inputs=[{"id": "x", "property": "value"}]), "must be a list of objects"),
        (dict(all_body(), inputs=[[{"id": {"type": "b", "index": [0]}, "property": "value"}]]), "has the id"),
    ],
)
def test_wrong_pattern_matching_shapes_are_bad_requests(client, body, message):
    assert message in error_of(client.post(URL, json=body), 400)["message"]


def test_a_bad_output_is_caught_before_the_callback_runs(make_app, h):
    app = make_app()
    calls = []

    @app.callback(Output({"type": "a", "index": ALL}, "children"), Input("in", "value"))
    def expand(value):
        calls.append(value)
        return []

    body = h.body(ALL_KEY, [{"id": {"type": "a", "index": 1}}], [h.item("in", "value", 1)])
    error_of(h.post(app.server.test_client(), body), 400)
    assert calls == []


def nested(depth, leaf=1, kind="list"):
    """Text of ``depth`` nested lists (or objects) around ``leaf``, built without recursion."""
    if kind == "list":
        return "[" * depth + json.dumps(leaf) + "]" * depth
    return '{"a":' * depth + json.dumps(leaf) + "}" * depth


def with_value(value_text):
    text = json.dumps(good()).replace('"value": "a"', f'"value": {value_text}')
    assert value_text in text
    return text


@pytest.mark.parametrize("kind", ["list", "object"])
@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 1000, 100_000])
def test_deep_nesting_is_a_bad_request(client, kind, depth):
    response = client.post(URL, data=with_value(nested(depth, kind=kind)), content_type="application/json")
    error = error_of(response, 400)
    assert f"more than {MAX_JSON_DEPTH} levels deep" in error["message"]


def test_deep_body_itself_is_a_bad_request(client):
    response = client.post(URL, data=nested(100_000), content_type="application/json")
    assert "levels deep" in error_of(response, 400)["message"]


def test_nesting_up_to_the_limit_is_fine(client):
    # The body object and the inputs list and entry are three levels; the value fills the rest.
    depth = MAX_JSON_DEPTH - 3
    response = client.post(URL, data=with_value(nested(depth, "x")), content_type="application/json")
    assert response.status_code == 200
    value = response.get_json()["response"]["out"]["children"]
    for _ in range(depth):
        [value] = value
    assert value == "x"


def test_many_brackets_that_are_not_deep_are_fine(client):
    flat = "[" + ",".join(["[[]]"] * 5000) + "]"
    response = client.post(URL, data=with_value(flat), content_type="application/json")
    assert response.status_code == 200


def test_brackets_inside_strings_do_not_count(client):
    response = client.post(URL, data=with_value(json.dumps("[" * 5000)), content_type="application/json")
    assert response.get_json()["response"] == {"out": {"children": "[" * 5000}}


def test_other_methods_get_a_json_405(client):
    for method in ("put", "patch", "delete"):
        response = getattr(client, method)(URL, json=good())
        error = error_of(response, 405)
        assert error["type"] == "MethodNotAllowed"
        assert "POST" in response.headers["Allow"]


def test_flask_max_content_length_applies_too(app, client):
    app.server.config["MAX_CONTENT_LENGTH"] = 20
    error = error_of(client.post(URL, json=good()), 413)
    assert error["type"] == "RequestEntityTooLarge"
    assert "MAX_CONTENT_LENGTH" in error["message"]
    app.server.config["MAX_CONTENT_LENGTH"] = 10_000_000  # larger than ours: ours applies
    assert client.post(URL, json=good()).status_code == 200


def test_body_shorter_than_its_content_length_is_a_json_400(client):
    response = client.post(
        URL,
        input_stream=io.BytesIO(b'{"output": '),
        headers={"Content-Type": "application/json", "Content-Length": "500"},
    )
    assert error_of(response, 400)["type"] in ("BadRequest", "ClientDisconnected")


def test_a_bug_inside_dash_is_a_generic_json_500(app, client, monkeypatch, caplog):
    import dash._routes

    def broken(specs, data, *args):
        raise KeyError("/secret/path/settings.py")

    monkeypatch.setattr(dash._routes, "dispatch", broken)
    with caplog.at_level(logging.ERROR):
        response = client.post(URL, json=good())
    error = error_of(response, 500)
    assert error["type"] == "InternalServerError"
    text = response.get_data(as_text=True)
    assert "secret" not in text and "Traceback" not in text
    assert "Traceback" in caplog.text and "/secret/path/settings.py" in caplog.text


def test_callback_error_in_production_leaks_nothing_and_the_app_keeps_working(make_app, h, caplog):
    app = make_app()

    @app.callback(Output("out", "children"), Input("in", "value"))
    def fail(value):
        if value == "boom":
            raise RuntimeError(f"database password is hunter2, value {value}")
        return value

    client = app.server.test_client()
    body = h.body("out.children", h.item("out", "children"), [h.item("in", "value", "boom")])
    with caplog.at_level(logging.ERROR):
        response = h.post(client, body)
    error = error_of(response, 500)
    assert error == {
        "status": 500,
        "type": "CallbackError",
        "message": "The callback for 'out.children' raised an exception. See the server log for details.",
    }
    text = response.get_data(as_text=True)
    for secret in ("hunter2", "RuntimeError", "Traceback", ".py", 'File "'):
        assert secret not in text
    assert "RuntimeError: database password is hunter2" in caplog.text
    assert 'File "' in caplog.text and "in fail" in caplog.text
    # The same worker goes on serving the same callback and others.
    ok = h.body("out.children", h.item("out", "children"), [h.item("in", "value", "fine")])
    assert h.post(client, ok).get_json()["response"] == {"out": {"children": "fine"}}


def test_dash_answers_are_not_sniffed(client):
    for response in (
        client.get("/"),
        client.get("/_dash-layout"),
        client.get("/_dash-dependencies"),
        client.post(URL, json=good()),
        client.post(URL, data="nope", content_type="application/json"),
        client.get("/_dash-renderer/nope.js"),
    ):
        assert response.headers["X-Content-Type-Options"] == "nosniff"


SCRIPT = "</script><script>window.__xss=1</script><!--"


def test_index_page_escapes_untrusted_text(make_app):
    app = make_app(
        layout=html.Div(SCRIPT, id="x", title=SCRIPT),
        title=SCRIPT,
        update_title=SCRIPT,
        meta_tags=[{"name": "description", "content": SCRIPT}],
        external_scripts=[{"src": "/a.js", "data-x": SCRIPT}],
        external_stylesheets=["/a.css?" + SCRIPT],
    )
    text = app.server.test_client().get("/").get_data(as_text=True)
    assert "window.__xss" in text  # present, but only as escaped text
    assert "<script>window.__xss" not in text
    assert "<!--" not in text
    # Only our own tags: the config, the external script and the renderer.
    assert text.count("<script") == 3
    assert text.count("</script>") == 3


def test_json_answers_escape_markup(make_app, h):
    app = make_app(layout=html.Div([html.Div(SCRIPT, id="in"), html.Div(id="out")]))

    @app.callback(Output("out", "children"), Input("in", "children"))
    def echo(value):
        return [value, html.B(value, title=value)]

    client = app.server.test_client()
    answers = [
        client.get("/_dash-layout"),
        h.post(client, h.body("out.children", h.item("out", "children"), [h.item("in", "children", SCRIPT)])),
        h.post(client, h.body(SCRIPT, h.item("out", "children"), [h.item("in", "children", SCRIPT)])),
        h.post(client, h.body("out.children", h.item("out", "children"), [h.item("in", [SCRIPT], SCRIPT)])),
    ]
    for response in answers:
        text = response.get_data(as_text=True)
        assert response.content_type == "application/json"
        assert "window.__xss" in text
        for char in "<>&":
            assert char not in text
