"""Bad requests answer 4xx JSON naming the problem; callback failures answer 500 JSON."""

from __future__ import annotations

import json
import logging

import pytest

from dash import ALL
from dash import Input
from dash import Output
from dash import State


@pytest.fixture
def app(make_app):
    app = make_app()

    @app.callback(Output("out", "children"), Input("in", "value"), State("other", "value"))
    def echo(value, other):
        return f"{value}{other}"

    @app.callback(
        Output("out2", "children"), Output("other", "title"), Input({"type": "x", "index": ALL}, "value")
    )
    def pattern(values):
        return "a", "b"

    @app.callback(Output("btn", "title"), Input("btn", "n_clicks"))
    def boom(n):
        raise ValueError("boom from callback")

    return app


GOOD = {
    "output": "out.children",
    "outputs": {"id": "out", "property": "children"},
    "inputs": [{"id": "in", "property": "value", "value": "a"}],
    "state": [{"id": "other", "property": "value", "value": "b"}],
    "changedPropIds": [],
}


def error_of(response, status):
    assert response.status_code == status
    assert response.content_type == "application/json"
    return response.get_json()["error"]


def test_good_request(client):
    assert client.post("/_dash-update-component", json=GOOD).get_json()["response"] == {
        "out": {"children": "ab"}
    }


def test_malformed_json(client):
    response = client.post("/_dash-update-component", data="{not json", content_type="application/json")
    error = error_of(response, 400)
    assert error == {"status": 400, "type": "BadRequest", "message": error["message"]}
    assert "not valid JSON" in error["message"]


def test_body_not_utf8(client):
    response = client.post("/_dash-update-component", data=b"\xff\xfe\x00", content_type="application/json")
    assert "not valid JSON" in error_of(response, 400)["message"]


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_wrong_content_type(client, content_type):
    kwargs = {"data": json.dumps(GOOD)}
    if content_type:
        kwargs["content_type"] = content_type
    error = error_of(client.post("/_dash-update-component", **kwargs), 415)
    assert error["type"] == "UnsupportedMediaType"
    assert "application/json" in error["message"]


def test_content_type_with_charset_is_fine(client):
    response = client.post(
        "/_dash-update-component", data=json.dumps(GOOD), content_type="application/json; charset=utf-8"
    )
    assert response.status_code == 200


def test_body_too_large(make_app, h):
    app = make_app(max_request_bytes=300)

    @app.callback(Output("out", "children"), Input("in", "value"))
    def echo(value):
        return value

    client = app.server.test_client()
    body = h.body("out.children", h.item("out", "children"), [h.item("in", "value", "x" * 1000)])
    error = error_of(h.post(client, body), 413)
    assert error["type"] == "RequestEntityTooLarge"
    assert "max_request_bytes" in error["message"]
    small = h.body("out.children", h.item("out", "children"), [h.item("in", "value", "x")])
    assert h.post(client, small).status_code == 200


def test_chunked_body_too_large(make_app):
    app = make_app(max_request_bytes=50)
    client = app.server.test_client()
    data = json.dumps(GOOD).encode()
    response = client.post(
        "/_dash-update-component",
        input_stream=__import__("io").BytesIO(data),
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert error_of(response, 413)["type"] == "RequestEntityTooLarge"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"output": "nope.children"}, "No callback is registered for the output 'nope.children'"),
        ({"output": "out.childre"}, "Did you mean 'out.children'?"),
        ({"output": None}, "no 'output' string"),
        ({"output": 5}, "no 'output' string"),
        ({"inputs": []}, "takes 1 inputs value(s), but the request sent 0"),
        ({"inputs": "x"}, "must be a list"),
        ({"inputs": [5]}, "must be an object with 'id' and 'property'"),
        ({"inputs": [{"id": "in"}]}, "must be an object with 'id' and 'property'"),
        ({"state": []}, "takes 1 state value(s), but the request sent 0"),
        ({"outputs": None}, "must be an object"),
        ({"outputs": []}, "must be an object"),
    ],
)
def test_bad_request_bodies(client, change, message):
    body = dict(GOOD, **change)
    error = error_of(client.post("/_dash-update-component", json=body), 400)
    assert message in error["message"]


@pytest.mark.parametrize("drop", ["inputs", "outputs", "state"])
def test_missing_keys(client, drop):
    body = {key: value for key, value in GOOD.items() if key != drop}
    error = error_of(client.post("/_dash-update-component", json=body), 400)
    assert repr(drop) in error["message"] or drop in error["message"]


@pytest.mark.parametrize("body", [[1, 2], "text", 3, None])
def test_body_not_an_object(client, body):
    response = client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json")
    error = error_of(response, 400)
    assert "must be a JSON object" in error["message"]


def test_wildcard_request_shapes(client):
    body = {
        "output": "..out2.children...other.title..",
        "outputs": [{"id": "out2", "property": "children"}, {"id": "other", "property": "title"}],
        "inputs": [[{"id": {"type": "x", "index": 0}, "property": "value", "value": 1}]],
        "changedPropIds": [],
    }
    assert client.post("/_dash-update-component", json=body).status_code == 200
    error_of(
        client.post("/_dash-update-component", json=dict(body, inputs=[{"id": "a", "property": "b"}])), 400
    )
    error_of(client.post("/_dash-update-component", json=dict(body, outputs=body["outputs"][:1])), 400)
    error_of(
        client.post(
            "/_dash-update-component", json=dict(body, outputs={"id": "out2", "property": "children"})
        ),
        400,
    )


def test_get_on_update_route_is_not_a_server_error(client):
    assert client.get("/_dash-update-component").status_code < 500


def boom_body():
    return {
        "output": "btn.title",
        "outputs": {"id": "btn", "property": "title"},
        "inputs": [{"id": "btn", "property": "n_clicks", "value": 1}],
        "changedPropIds": ["btn.n_clicks"],
    }


def test_production_500_has_no_traceback_and_logs_it(app, client, caplog):
    with caplog.at_level(logging.ERROR):
        response = client.post("/_dash-update-component", json=boom_body())
    error = error_of(response, 500)
    assert error["type"] == "CallbackError"
    assert error["message"].startswith("The callback for 'btn.title' raised an exception.")
    assert "traceback" not in error and "exception" not in error
    assert "boom from callback" not in response.get_data(as_text=True)
    assert "Traceback" in caplog.text and "ValueError: boom from callback" in caplog.text
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.name == app.server.logger.name


def test_debug_500_has_the_traceback(app, client, caplog):
    app.enable_dev_tools(debug=True)
    with caplog.at_level(logging.CRITICAL + 1):
        response = client.post("/_dash-update-component", json=boom_body())
    error = error_of(response, 500)
    assert error["exception"] == "ValueError: boom from callback"
    assert "in boom" in error["traceback"]
    assert "raise ValueError" in error["traceback"]
    assert "dispatch.py" not in error["traceback"]


@pytest.mark.parametrize("debug", [False, True])
def test_wrong_return_shapes(make_app, h, debug, caplog):
    app = make_app()
    app.enable_dev_tools(debug=debug)

    @app.callback(Output("out", "children"), Output("out2", "children"), Input("in", "value"))
    def scalar(value):
        return "only one"

    @app.callback(Output("other", "value"), Input("btn", "n_clicks"))
    def unserialisable(n):
        return object()

    client = app.server.test_client()
    outputs = [h.item("out", "children"), h.item("out2", "children")]
    with caplog.at_level(logging.CRITICAL + 1):
        response = h.post(
            client, h.body("..out.children...out2.children..", outputs, [h.item("in", "value", 1)])
        )
        error = error_of(response, 500)
        assert error["type"] == "InvalidCallbackReturnValue"
        if debug:
            assert "must return a list or tuple of 2 value(s)" in error["message"]
        else:
            assert "traceback" not in error
        response = h.post(
            client, h.body("other.value", h.item("other", "value"), [h.item("btn", "n_clicks", 1)])
        )
        error = error_of(response, 500)
        assert error["type"] == "InvalidCallbackReturnValue"
        if debug:
            assert "cannot be sent as JSON" in error["message"]
