"""Hostile callback requests, round two (issue 16): bounded cost, clear 4xx answers, no tracebacks.

The CPU figures live in benchmarks/hostile_bodies.py; here the answers, and the peak memory of a request
measured with tracemalloc against what ``json.loads`` alone needs for the same bytes.
"""

from __future__ import annotations

import gc
import json
import logging
import tracemalloc

import pytest
from werkzeug.test import EnvironBuilder
from werkzeug.test import run_wsgi_app

from dash import ALL
from dash import MATCH
from dash import Input
from dash import Output
from dash import State
from dash import ctx
from dash.callbacks.dispatch import MAX_JSON_DEPTH
from dash.callbacks.dispatch import _too_deep

URL = "/_dash-update-component"
MIB = 2**20


@pytest.fixture
def app(make_app):
    app = make_app(max_request_bytes=8 * MIB)

    @app.callback(Output("out", "children"), Input("in", "value"))
    def size(value):
        return len(value) if isinstance(value, (str, list)) else 0

    @app.callback(Output("trigger", "children"), Input("in", "n_submit"))
    def trigger(n):
        return [repr(ctx.triggered_id)[:50], list(ctx.triggered_prop_ids)[:1] and "ok"]

    @app.callback(
        Output({"type": "item", "index": ALL}, "children"), Input({"type": "item", "index": ALL}, "value")
    )
    def items(values):
        return [str(value).upper() for value in values]

    @app.callback(
        Output({"type": "row", "index": MATCH}, "children"),
        Input({"type": "cell", "index": MATCH}, "value"),
        State({"type": "cell", "index": ALL}, "value"),
    )
    def row(value, every):
        return f"{value} of {len(every)}"

    app.enable_dev_tools(debug=False)
    return app


@pytest.fixture
def client(app):
    return app.server.test_client()


def body_text(value_text: str, output: str = "out.children", changed: str = '["in.value"]') -> bytes:
    """A request for ``output`` with ``value_text`` (JSON) spliced in as the input's value."""
    return (
        '{"output":' + json.dumps(output) + ',"outputs":{"id":"out","property":"children"},'
        '"inputs":[{"id":"in","property":"value","value":'
        + value_text
        + '}],"changedPropIds":'
        + changed
        + "}"
    ).encode()


def post(client, data: bytes):
    return client.post(URL, data=data, content_type="application/json")


def error_of(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.content_type == "application/json"
    error = response.get_json()["error"]
    assert error["status"] == status and error["message"].endswith(".")
    return error


def pairs(size: int) -> str:
    """``[[],[],...]``: the most containers a body of ``size`` bytes can hold."""
    return "[" + ",".join(["[]"] * (size // 3)) + "]"


# -- item 3: an unknown output key ------------------------------------------------------------------------


def test_a_huge_unknown_output_key_gets_a_short_answer(client):
    response = post(client, body_text('"x"', output="x" * MIB))
    error = error_of(response, 400)
    assert len(response.get_data()) < 600
    assert "No callback is registered for the output 'xxx" in error["message"]
    assert "Did you mean" not in error["message"]


@pytest.mark.parametrize("key", ["out.childre", "out.children ", "uot.children"])
def test_a_near_miss_still_gets_its_suggestion(client, key):
    error = error_of(post(client, body_text('"x"', output=key)), 400)
    assert f"{key!r}" in error["message"] and "Did you mean 'out.children'?" in error["message"]


@pytest.mark.parametrize(
    "body",
    [
        {"output": "out.children", "outputs": {"id": "out", "property": "children"}, "inputs": ["x" * MIB]},
        {"output": "out.children", "outputs": {"id": "out", "property": ["p"] * 100_000}, "inputs": []},
        {
            "output": "out.children",
            "outputs": {"id": "out", "property": "children"},
            "changedPropIds": [1] * 99,
        },
        {
            "output": "out.children",
            "outputs": {"id": "out", "property": "children"},
            "changedPropIds": {"k": "v" * MIB},
        },
    ],
    ids=["inputs-entry", "property", "changed-list", "changed-dict"],
)
def test_every_echo_of_a_wrong_value_is_bounded(client, body):
    response = client.post(URL, json=body)
    error_of(response, 400)
    assert len(response.get_data()) < 1000


# -- item 4: the nesting guard costs memory in proportion to the depth, not to the containers ---------------


def traced_peak(work) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_depth_check_needs_memory_for_the_depth_only():
    value = json.loads(pairs(MIB))
    assert traced_peak(lambda: _too_deep(value, MAX_JSON_DEPTH)) < 64 * 1024
    deep = json.loads("[" * 300 + "]" * 300)
    value.append(deep)
    assert traced_peak(lambda: _too_deep(value, MAX_JSON_DEPTH)) < 64 * 1024


HOSTILE = {
    "pairs": body_text(pairs(MIB)),
    "pairs-then-too-deep": body_text(pairs(MIB)[:-1] + "," + "[" * 300 + "]" * 300 + "]"),
    "objects": body_text("[" + ",".join(['{"a":{}}'] * (MIB // 9)) + "]"),
    "unknown-output": body_text('"x"', output="x" * MIB),
    "long-property": body_text('"x"').replace(
        b'"property":"value"', b'"property":' + json.dumps(["p"] * (MIB // 5)).encode()
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_peak_memory_of_a_hostile_request_is_what_parsing_needs(client, name):
    """A request may need what json.loads needs for its body, plus two copies of the body, plus 1 MiB."""
    data = HOSTILE[name]
    post(client, data).close()  # warm: the first request builds caches
    parse = traced_peak(lambda: json.loads(data))
    request = traced_peak(lambda: post(client, data).close())
    assert request <= parse + 2 * len(data) + MIB, (name, request, parse, len(data))


# -- item 5: clear answers instead of crashes and 500s --------------------------------------------------------


@pytest.mark.parametrize(
    "prop_id",
    ['{"a":' * 100_000 + "1" + "}" * 100_000 + ".n_submit", '{"a":[' * 2000 + "]}" * 2000 + ".n_submit"],
    ids=["objects", "lists"],
)
def test_a_deeply_nested_changed_prop_id_is_just_a_string(client, prop_id):
    data = body_text("1", output="trigger.children", changed=json.dumps([prop_id]))
    data = data.replace(b'"property":"value"', b'"property":"n_submit"')
    data = data.replace(b'{"id":"out","property":"children"}', b'{"id":"trigger","property":"children"}')
    response = post(client, data)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    triggered, names = response.get_json()["response"]["trigger"]["children"]
    assert triggered.startswith('\'{"a":') and names == "ok"


def items_body(inputs: list, outputs: list) -> dict:
    return {
        "output": '{"index":["ALL"],"type":"item"}.children',
        "outputs": [{"id": {"type": "item", "index": i}, "property": "children"} for i in outputs],
        "inputs": [
            [{"id": {"type": "item", "index": i}, "property": "value", "value": f"v{i}"} for i in inputs]
        ],
        "changedPropIds": [],
    }


def test_an_all_callback_gets_the_same_components_for_the_same_pattern(client):
    response = client.post(URL, json=items_body([1, 2], [2, 1]))
    assert response.get_json()["response"] == {
        '{"index":2,"type":"item"}': {"children": "V1"},
        '{"index":1,"type":"item"}': {"children": "V2"},
    }


@pytest.mark.parametrize(("inputs", "outputs"), [([], [1]), ([1], []), ([1, 2], [1, 3]), ([1], [1, 1])])
def test_an_all_callback_with_other_components_in_inputs_and_outputs_is_a_bad_request(
    client, inputs, outputs
):
    error = error_of(client.post(URL, json=items_body(inputs, outputs)), 400)
    assert '{"index":["ALL"],"type":"item"}' in error["message"] and "Reload the page" in error["message"]


def row_body(output_index=1, input_index=1, state=((1, "a"), (2, "b"))) -> dict:
    return {
        "output": '{"index":["MATCH"],"type":"row"}.children',
        "outputs": {"id": {"type": "row", "index": output_index}, "property": "children"},
        "inputs": [{"id": {"type": "cell", "index": input_index}, "property": "value", "value": "a"}],
        "state": [[{"id": {"type": "cell", "index": i}, "property": "value", "value": v} for i, v in state]],
        "changedPropIds": [],
    }


def test_a_match_callback_with_a_consistent_request_runs(client):
    assert client.post(URL, json=row_body()).get_json()["response"] == {
        '{"index":1,"type":"row"}': {"children": "a of 2"}
    }


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"output_index": 2}, "MATCH key 'index'"),
        ({"input_index": True}, "MATCH key 'index'"),
        ({"state": ((1, "a"), ("x", "b"))}, None),
    ],
)
def test_a_match_callback_with_mixed_components_is_a_bad_request(client, change, words):
    body = row_body(**change)
    if words is None:  # the state lists an id of another type: it does not match the pattern
        body["state"][0][1]["id"] = {"type": "other", "index": 2}
        words = "does not match the pattern"
    assert words in error_of(client.post(URL, json=body), 400)["message"]


def test_an_id_with_other_keys_than_the_pattern_is_a_bad_request(client):
    body = items_body([1], [1])
    body["inputs"][0][0]["id"] = {"type": "item", "index": 1, "extra": 1}
    assert "does not match the pattern" in error_of(client.post(URL, json=body), 400)["message"]


class NoMoreData(IOError):
    """What gunicorn's body reader raises when the client goes away mid-body (gunicorn.http.errors)."""


class InvalidChunkSize(Exception):
    """What gunicorn raises for a malformed chunk size (a ParseException, not an IOError)."""


class BrokenStream:
    """A ``wsgi.input`` that fails the way the server's reader does when the body stops part way: a read
    for more than the part that arrived raises (a server's read blocks until it has the bytes or fails)."""

    def __init__(self, error: BaseException) -> None:
        self.error = error
        self.part = b'{"output": '

    def read(self, size: int = -1) -> bytes:
        if 0 <= size <= len(self.part):
            data, self.part = self.part[:size], self.part[size:]
            return data
        raise self.error

    readline = read


@pytest.mark.parametrize(
    "error",
    [
        NoMoreData("No more data"),
        ConnectionResetError(104, "Connection reset by peer"),
        InvalidChunkSize("zz"),
    ],
)
@pytest.mark.parametrize("chunked", [False, True])
def test_a_client_that_resets_mid_body_gets_a_400_and_no_traceback_in_the_log(app, caplog, error, chunked):
    environ = EnvironBuilder(path=URL, method="POST", content_type="application/json").get_environ()
    environ["wsgi.input"] = BrokenStream(error)
    if chunked:
        environ.pop("CONTENT_LENGTH", None)
        environ["HTTP_TRANSFER_ENCODING"] = "chunked"
        environ["wsgi.input_terminated"] = True
    else:
        environ["CONTENT_LENGTH"] = "500"
    with caplog.at_level(logging.INFO):
        chunks, status, headers = run_wsgi_app(app.server, environ)
        text = b"".join(chunks).decode()
    assert status.startswith("400 ") and headers["Content-Type"] == "application/json", (status, text)
    if chunked:  # with a Content-Length, Werkzeug's own stream turns the failure into ClientDisconnected
        assert "connection broke" in json.loads(text)["error"]["message"]
    assert not [record for record in caplog.records if record.exc_info or record.levelno >= logging.WARNING]


@pytest.mark.parametrize("method", ["get", "head"])
def test_get_on_the_callback_route_is_a_405_not_the_index_page(client, method):
    response = getattr(client, method)(URL)
    assert response.status_code == 405
    assert response.headers["Allow"] == "OPTIONS, POST"
    if method == "get":
        assert error_of(response, 405)["type"] == "MethodNotAllowed"


def test_every_method_but_post_is_told_the_same_allow(client):
    for method in ("put", "patch", "delete", "get"):
        assert getattr(client, method)(URL).headers["Allow"] == "OPTIONS, POST"
    response = client.options(URL)
    assert response.status_code == 200 and response.headers["Allow"] == "OPTIONS, POST"
