"""dash.Patch: the operation list it records, and the reference applier, operation by operation."""

from __future__ import annotations

import json
import pickle

import pytest

from dash import Dash
from dash import Input
from dash import Output
from dash import Patch
from dash import html
from dash._json import dumps
from dash._patch import OPERATIONS
from dash._patch import PatchError
from dash._patch import apply_patch
from dash._patch import is_patch


def ops(patch):
    return json.loads(dumps(patch))["operations"]


FIGURE = {"data": [{"x": [1, 2], "y": [3, 4]}], "layout": {"title": {"text": "t"}, "width": 100}}


# Each case: how to build the patch, the operation it records, the value before and after.
CASES = {
    "Assign": (lambda p: p.__setitem__("a", 1), {"a": 0, "b": 2}, {"a": 1, "b": 2}),
    "Delete": (lambda p: p.__delitem__("a"), {"a": 0, "b": 2}, {"b": 2}),
    "Merge": (lambda p: p.update({"b": 3, "c": 4}), {"a": 0, "b": 2}, {"a": 0, "b": 3, "c": 4}),
    "Extend": (lambda p: p.extend([3, 4]), [1, 2], [1, 2, 3, 4]),
    "Append": (lambda p: p.append(3), [1, 2], [1, 2, 3]),
    "Prepend": (lambda p: p.prepend(0), [1, 2], [0, 1, 2]),
    "Insert": (lambda p: p.insert(1, 9), [1, 2], [1, 9, 2]),
    "Remove": (lambda p: p.remove(2), [1, 2, 3, 2], [1, 3]),
    "Clear": (lambda p: p.clear(), [1, 2], []),
    "Reverse": (lambda p: p.reverse(), [1, 2, 3], [3, 2, 1]),
    "Add": (lambda p: p.__iadd__(5), 10, 15),
    "Sub": (lambda p: p.__isub__(5), 10, 5),
    "Mul": (lambda p: p.__imul__(3), 10, 30),
    "Div": (lambda p: p.__itruediv__(4), 10, 2.5),
}


def test_every_operation_has_a_case():
    assert sorted(CASES) == sorted(OPERATIONS)


@pytest.mark.parametrize("name", sorted(CASES))
def test_operation_at_the_root(name):
    build, before, after = CASES[name]
    patch = Patch()
    build(patch)
    [operation] = ops(patch)
    assert operation["operation"] == name
    assert sorted(operation["params"]) == sorted(OPERATIONS[name])
    assert apply_patch(before, patch) == after


@pytest.mark.parametrize("name", sorted(CASES))
def test_operation_at_a_nested_location(name):
    build, before, after = CASES[name]
    patch = Patch()
    build(patch["outer"][1])
    assert ops(patch)[0]["location"][:2] == ["outer", 1]
    value = {"outer": ["keep", before], "other": True}
    assert apply_patch(value, patch) == {"outer": ["keep", after], "other": True}


def test_applier_does_not_change_its_input():
    value = {"a": [1]}
    patch = Patch()
    patch["a"].append(2)
    assert apply_patch(value, patch) == {"a": [1, 2]}
    assert value == {"a": [1]}


def test_item_and_attribute_access_record_the_same_path():
    by_item, by_attr = Patch(), Patch()
    by_item["layout"]["title"]["text"] = "new"
    by_attr.layout.title.text = "new"
    assert (
        ops(by_item)
        == ops(by_attr)
        == [{"operation": "Assign", "location": ["layout", "title", "text"], "params": {"value": "new"}}]
    )
    del by_attr.layout.width
    assert apply_patch(FIGURE, by_attr)["layout"] == {"title": {"text": "new"}}


def test_in_place_operators_on_items_record_one_operation():
    patch = Patch()
    patch["n"] += 2
    patch["n"] -= 1
    patch["n"] *= 10
    patch["n"] /= 4
    patch["items"] += [3, 4]
    patch["d"] |= {"k": "v"}
    assert [op["operation"] for op in ops(patch)] == ["Add", "Sub", "Mul", "Div", "Extend", "Merge"]
    assert apply_patch({"n": 1, "items": [1], "d": {}}, patch) == {
        "n": 5.0,
        "items": [1, 3, 4],
        "d": {"k": "v"},
    }


def test_in_place_operators_on_attributes():
    patch = Patch()
    patch.layout.width += 50
    assert apply_patch(FIGURE, patch)["layout"]["width"] == 150


def test_negative_indexes_count_from_the_end():
    patch = Patch()
    patch["data"][-1]["y"][-1] = 40
    patch["data"][0]["x"].insert(-1, 1.5)
    out = apply_patch(FIGURE, patch)
    assert out["data"][0] == {"x": [1, 1.5, 2], "y": [3, 40]}


def test_missing_locations_are_created():
    patch = Patch()
    patch["a"]["b"] = 1
    patch["list"].append("x")
    patch["count"] += 1
    assert apply_patch(None, patch) == {"a": {"b": 1}, "list": ["x"], "count": 1}


def test_operations_apply_in_order():
    patch = Patch()
    patch.clear()
    patch.append(1)
    patch.prepend(0)
    patch.extend([2, 3])
    patch.reverse()
    patch.remove(0)
    patch[0] = "three"
    assert apply_patch(["old"], patch) == ["three", 2, 1]


def test_patch_is_write_only_and_readable_in_repr():
    patch = Patch()
    with pytest.raises(TypeError, match="write-only"):
        list(patch)
    assert repr(patch["a"][0]) == "<write-only dash.Patch object at ['a', 0]>"
    with pytest.raises(AttributeError):
        patch._private  # noqa: B018


@pytest.mark.parametrize("bad", [1.5, None, True, ("a",)])
def test_bad_location_keys_are_rejected(bad):
    with pytest.raises(TypeError, match="dict keys"):
        Patch()[bad]


def test_extend_and_insert_check_their_arguments():
    with pytest.raises(TypeError, match="list or tuple"):
        Patch().extend("abc")
    with pytest.raises(TypeError, match="int index"):
        Patch().insert("0", 1)
    with pytest.raises(TypeError, match="dict to merge"):
        patch = Patch()
        patch |= [1]


@pytest.mark.parametrize(
    ("value", "build", "message"),
    [
        ({"a": 1}, lambda p: p["a"].append(1), "needs a list"),
        ([1], lambda p: p.__setitem__(5, 0), "outside a list"),
        ({"a": "s"}, lambda p: p["a"].__isub__(1), "Sub of 1"),
        ([1], lambda p: p.update(a=1), "Merge needs a dict"),
    ],
)
def test_applier_reports_operations_that_do_not_fit(value, build, message):
    patch = Patch()
    build(patch)
    with pytest.raises(PatchError, match=message):
        apply_patch(value, patch)


def test_patch_pickles_for_background_jobs():
    patch = Patch()
    patch["a"].append(1)
    clone = pickle.loads(pickle.dumps(patch))
    assert ops(clone) == ops(patch)


def test_callback_answers_with_the_operations():
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="b"), html.Div(id="out"), html.Div(id="other")])

    @app.callback(Output("out", "children"), Output("other", "title"), Input("b", "n_clicks"))
    def add(n):
        patch = Patch()
        patch.append(f"item {n}")
        return patch, "plain"

    body = {
        "output": "..out.children...other.title..",
        "outputs": [{"id": "out", "property": "children"}, {"id": "other", "property": "title"}],
        "inputs": [{"id": "b", "property": "n_clicks", "value": 1}],
        "changedPropIds": ["b.n_clicks"],
    }
    answer = app.server.test_client().post("/_dash-update-component", json=body).get_json()
    patch = answer["response"]["out"]["children"]
    assert is_patch(patch)
    assert patch["operations"] == [{"operation": "Append", "location": [], "params": {"value": "item 1"}}]
    assert answer["response"]["other"] == {"title": "plain"}
    assert apply_patch(["item 0"], patch) == ["item 0", "item 1"]


def test_patch_with_allow_duplicate_outputs():
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="a"), html.Button(id="b"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("a", "n_clicks"), prevent_initial_call=True)
    def first(n):
        patch = Patch()
        patch.append("from a")
        return patch

    @app.callback(
        Output("out", "children", allow_duplicate=True), Input("b", "n_clicks"), prevent_initial_call=True
    )
    def second(n):
        patch = Patch()
        patch.prepend("from b")
        return patch

    client = app.server.test_client()
    value = ["start"]
    for entry in client.get("/_dash-dependencies").get_json():
        button = entry["inputs"][0]["id"]
        body = {
            "output": entry["output"],
            "outputs": {"id": "out", "property": entry["outputs"][0]["property"]},
            "inputs": [{"id": button, "property": "n_clicks", "value": 1}],
            "changedPropIds": [f"{button}.n_clicks"],
        }
        answer = client.post("/_dash-update-component", json=body).get_json()
        value = apply_patch(value, answer["response"]["out"]["children"])
    assert value == ["from b", "start", "from a"]
