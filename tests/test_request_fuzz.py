"""Property-based: whatever body reaches ``_dash-update-component``, a production app never answers 5xx,
always explains a rejection in JSON, and never leaks a traceback or a file path.
"""

from __future__ import annotations

import copy
import difflib
import json
import os
import typing as t

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

import dash
from dash import ALL
from dash import MATCH
from dash import Input
from dash import Output
from dash import State
from dash import ctx

URL = "/_dash-update-component"
FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
LEAKS = ("Traceback", 'File "', os.path.dirname(os.path.abspath(dash.__file__)), os.getcwd() + os.sep)


@pytest.fixture
def client(make_app):
    """A production app whose callbacks never fail on their own, whatever values they get."""
    app = make_app()

    @app.callback(Output("out", "children"), Input("in", "value"), State("other", "value"))
    def echo(value, other):
        ctx.triggered_id, ctx.triggered, ctx.args_grouping, ctx.inputs, ctx.states  # noqa: B018
        return [value, other]

    @app.callback(
        Output("out2", "children"), Output("btn", "title"), Input("btn", "n_clicks"), Input("other", "value")
    )
    def two(n, other):
        return repr(n)[:50], ctx.triggered_id if isinstance(ctx.triggered_id, str) else None

    @app.callback(
        Output({"type": "o", "index": MATCH}, "children"), Input({"type": "i", "index": MATCH}, "value")
    )
    def match(value):
        ctx.triggered_id, ctx.args_grouping  # noqa: B018
        return value

    @app.callback(
        Output({"type": "a", "index": ALL}, "children"), Input({"type": "b", "index": ALL}, "value")
    )
    def expand(values):
        ctx.triggered_prop_ids, ctx.inputs  # noqa: B018
        return [len(values)] * len(ctx.outputs_list)

    app.enable_dev_tools(debug=False)
    return app.server.test_client()


VALID = [
    {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": "a"}],
        "state": [{"id": "other", "property": "value", "value": "b"}],
        "changedPropIds": ["in.value"],
    },
    {
        "output": "..out2.children...btn.title..",
        "outputs": [{"id": "out2", "property": "children"}, {"id": "btn", "property": "title"}],
        "inputs": [{"id": "btn", "property": "n_clicks", "value": 1}, {"id": "other", "property": "value"}],
        "changedPropIds": ["btn.n_clicks"],
    },
    {
        "output": '{"index":["MATCH"],"type":"o"}.children',
        "outputs": {"id": {"type": "o", "index": 1}, "property": "children"},
        "inputs": [{"id": {"type": "i", "index": 1}, "property": "value", "value": "m"}],
        "changedPropIds": ['{"index":1,"type":"i"}.value'],
    },
    {
        "output": '{"index":["ALL"],"type":"a"}.children',
        "outputs": [{"id": {"type": "a", "index": 1}, "property": "children"}],
        "inputs": [[{"id": {"type": "b", "index": 1}, "property": "value", "value": 1}]],
        "changedPropIds": [],
    },
]

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(
        ["out", "in", "value", "children", "out.children", "in.value", '{"index":1}', "</script>"]
    )
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=20,
)
# Recursive values are mostly containers: mix in as many plain scalars, the usual type confusion.
any_value = scalars | json_values


def assert_clean(response: t.Any) -> None:
    text = response.get_data(as_text=True)
    assert response.status_code < 500, text
    for leak in LEAKS:
        assert leak not in text, (leak, text)
    if response.status_code == 204:
        assert text == ""
        return
    assert response.content_type == "application/json", text
    body = json.loads(text)
    if response.status_code == 200:
        assert body["multi"] is True and isinstance(body["response"], dict)
        return
    error = body["error"]
    assert error["status"] == response.status_code
    assert isinstance(error["type"], str) and error["type"]
    assert isinstance(error["message"], str) and error["message"].endswith(".")


def post_json(client: t.Any, body: t.Any) -> t.Any:
    return client.post(URL, data=json.dumps(body), content_type="application/json")


@FUZZ
@given(body=json_values)
def test_any_json_value(client, body):
    assert_clean(post_json(client, body))


@FUZZ
@given(data=st.binary(max_size=200))
def test_any_bytes(client, data):
    assert_clean(client.post(URL, data=data, content_type="application/json"))


def draw_path(data: t.Any, body: t.Any) -> tuple[t.Any, ...]:
    """A path (keys and indexes) to a part of ``body`` other than itself: a walk down from the top, so each
    top-level key is picked as often as the others and deeper parts still come up."""
    path: tuple[t.Any, ...] = ()
    node = body
    while isinstance(node, (dict, list)) and node:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        step = data.draw(st.sampled_from(keys), label="step")
        path += (step,)
        node = node[step]
        if not data.draw(st.booleans(), label="deeper"):
            break
    return path


def mutate(body: t.Any, path: tuple[t.Any, ...], how: str, new: t.Any) -> t.Any:
    if not path:
        return new
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "replace":
        parent[last] = new
    elif how == "delete":
        del parent[last]
    elif how == "wrap":
        parent[last] = [parent[last]]
    elif how == "unwrap" and isinstance(parent[last], (list, dict)) and parent[last]:
        parent[last] = next(iter(parent[last].values() if isinstance(parent[last], dict) else parent[last]))
    elif how == "add" and isinstance(parent[last], dict):
        parent[last][str(new)[:10]] = new
    elif how == "add" and isinstance(parent[last], list):
        parent[last].append(new)
    return body


@FUZZ
@given(base=st.sampled_from(VALID), data=st.data())
def test_any_value_in_any_place(client, base, data):
    body = copy.deepcopy(base)
    path = draw_path(data, body)
    body = mutate(body, path, "replace", data.draw(any_value, label="new"))
    assert_clean(post_json(client, body))


@FUZZ
@given(
    base=st.sampled_from(VALID),
    data=st.data(),
    steps=st.integers(min_value=1, max_value=3),
)
def test_mutations_of_valid_bodies(client, base, data, steps):
    body = copy.deepcopy(base)
    for _ in range(steps):
        path = draw_path(data, body)
        how = data.draw(st.sampled_from(["replace", "delete", "wrap", "unwrap", "add"]), label="how")
        new = data.draw(any_value, label="new")
        body = mutate(body, path, how, new)
    assert_clean(post_json(client, body))


def test_the_valid_bodies_are_valid(client):
    for body in VALID:
        response = post_json(client, body)
        assert response.status_code == 200, response.get_data(as_text=True)


# -- issue 16: strategies that reach the costly and crashing paths --------------------------------------------

from dash.callbacks.dispatch import MAX_JSON_DEPTH  # noqa: E402
from dash.callbacks.dispatch import _suggest  # noqa: E402
from dash.callbacks.dispatch import _too_deep  # noqa: E402


@pytest.fixture
def usual_client(make_app):
    """Pattern-matching callbacks written the usual way: one output per input of the same pattern."""
    app = make_app()

    @app.callback(
        Output({"type": "item", "index": ALL}, "children"), Input({"type": "item", "index": ALL}, "value")
    )
    def items(values):
        return [str(value)[:20] for value in values]

    @app.callback(
        Output({"type": "row", "index": MATCH}, "children"),
        Input({"type": "cell", "index": MATCH}, "value"),
        State({"type": "cell", "index": ALL}, "value"),
    )
    def row(value, every):
        return f"{str(value)[:20]} of {len(every)}"

    app.enable_dev_tools(debug=False)
    return app.server.test_client()


indexes = st.one_of(st.integers(-3, 5), st.booleans(), st.sampled_from(["1", 1.5, None]))
pattern_ids = st.fixed_dictionaries(
    {"type": st.sampled_from(["item", "row", "cell", "other"]), "index": indexes},
    optional={"extra": st.integers(0, 2)},
)


@FUZZ
@given(outputs=st.lists(pattern_ids, max_size=4), inputs=st.lists(pattern_ids, max_size=4))
def test_all_callbacks_with_any_components_in_outputs_and_inputs(usual_client, outputs, inputs):
    """Issue 16 item 5: an ALL request whose outputs and inputs do not list the same components."""
    body = {
        "output": '{"index":["ALL"],"type":"item"}.children',
        "outputs": [{"id": i, "property": "children"} for i in outputs],
        "inputs": [[{"id": i, "property": "value", "value": n} for n, i in enumerate(inputs)]],
        "changedPropIds": [],
    }
    response = post_json(usual_client, body)
    assert_clean(response)
    consistent = all(i["type"] == "item" and "extra" not in i for i in outputs + inputs) and sorted(
        map(json.dumps, outputs)
    ) == sorted(map(json.dumps, inputs))
    assert (response.status_code in (200, 204)) == consistent, (body, response.get_data(as_text=True))


@FUZZ
@given(output=pattern_ids, first=pattern_ids, every=st.lists(pattern_ids, max_size=3))
def test_match_callbacks_with_any_components(usual_client, output, first, every):
    body = {
        "output": '{"index":["MATCH"],"type":"row"}.children',
        "outputs": {"id": output, "property": "children"},
        "inputs": [{"id": first, "property": "value", "value": "v"}],
        "state": [[{"id": i, "property": "value", "value": 1} for i in every]],
        "changedPropIds": [],
    }
    assert_clean(post_json(usual_client, body))


def nested_text(depth: int, kind: str) -> str:
    if kind == "object":
        return '{"a":' * depth + "1" + "}" * depth
    return "[" * depth + "1" + "]" * depth


@FUZZ
@given(
    depth=st.integers(1, 3000) | st.integers(MAX_JSON_DEPTH - 5, MAX_JSON_DEPTH + 5),
    kind=st.sampled_from(["list", "object"]),
    where=st.sampled_from(["value", "changed", "id-key"]),
)
def test_nested_brackets_anywhere(client, depth, kind, where):
    """Issue 16 items 4 and 5: nesting inside a value (JSON depth) or inside a string (changedPropIds)."""
    text = nested_text(depth, kind)
    body = copy.deepcopy(VALID[0])
    if where == "value":
        data = json.dumps(body).replace('"value": "a"', '"value": ' + text)
        response = usual = client.post(URL, data=data, content_type="application/json")
        assert (response.status_code == 400) == (depth + 3 > MAX_JSON_DEPTH), response.get_data(as_text=True)
    else:
        prop_id = ("{" if where == "id-key" else "") + text + ".value"
        body["changedPropIds"] = [prop_id]
        usual = post_json(client, body)
        assert usual.status_code == 200, usual.get_data(as_text=True)
    assert_clean(usual)


def reference_depth(value: t.Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(reference_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(reference_depth, value), default=0)
    return 0


deep_values = st.recursive(
    st.none() | st.integers(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3),
    max_leaves=40,
)


@FUZZ
@given(
    value=st.lists(deep_values, max_size=4) | st.dictionaries(st.text(max_size=2), deep_values),
    limit=st.integers(1, 8),
)
def test_the_depth_walk_agrees_with_the_recursive_definition(value, limit):
    assert _too_deep(value, limit) == (reference_depth(value) > limit)


keys = st.sampled_from([body["output"] for body in VALID])
edits = st.text(alphabet="abcdefghijklmnopqrstuvwxyz.{}[]\"'", max_size=6)


@FUZZ
@given(
    base=keys,
    cut=st.integers(0, 40),
    insert=edits,
    repeat=st.sampled_from([1, 1, 1, 2, 3, 50, 20_000]),
)
def test_unknown_output_keys_of_any_length(client, base, cut, insert, repeat):
    """Issue 16 item 3: near misses keep difflib's suggestion, long keys cost and echo a bounded amount."""
    key = (base[:cut] + insert + base[cut:]) * repeat
    body = dict(copy.deepcopy(VALID[0]), output=key)
    response = post_json(client, body)
    assert_clean(response)
    assert len(response.get_data()) < 1000
    known = [body["output"] for body in VALID]
    expected = difflib.get_close_matches(key, known, n=1) if len(key) < 5000 else []
    assert _suggest(key, known) == (expected[0] if expected else None)
    if key not in known and expected:
        assert f"Did you mean {expected[0]!r}?" in response.get_json()["error"]["message"]
