from __future__ import annotations

import copy
import inspect
import json
import pickle

import pytest

from dash import html
from dash.development.base_component import REQUIRED
from dash.development.base_component import UNDEFINED
from dash.development.base_component import Component


class Box(Component):
    _type = "Box"
    _namespace = "test_components"
    _prop_names = ("children", "id", "label", "size")
    _positional = ("children", "id")
    _valid_wildcard_attributes = ("data-", "aria-")


class Leaf(Component):
    _type = "Leaf"
    _namespace = "test_components"
    _prop_names = ("id", "value")
    _positional = ("id", "value")
    _required_props = ("id",)


class FakeFigure:
    def to_plotly_json(self):
        return {"data": [{"x": (1, 2)}], "layout": {"title": "t"}}


def encode(value):
    return json.dumps(value, default=lambda obj: obj.to_plotly_json(), sort_keys=True)


# -- JSON form -----------------------------------------------------------------------------------------


def test_to_plotly_json_has_given_props_and_children_null():
    assert Box(id="a").to_plotly_json() == {
        "props": {"id": "a", "children": None},
        "type": "Box",
        "namespace": "test_components",
    }


def test_to_plotly_json_without_children_prop_has_no_children_key():
    assert Leaf("x", 3).to_plotly_json() == {
        "props": {"id": "x", "value": 3},
        "type": "Leaf",
        "namespace": "test_components",
    }


def test_to_plotly_json_is_one_level_deep():
    child = Box("inner")
    data = Box([child, "text", 4]).to_plotly_json()
    assert data["props"]["children"][0] is child
    assert data["props"]["children"][1:] == ["text", 4]


def test_to_plotly_json_returns_a_copy():
    box = Box(id="a")
    box.to_plotly_json()["props"]["id"] = "changed"
    assert box.id == "a"


def test_explicit_none_is_kept_and_undefined_is_dropped():
    assert Box(label=None, size=UNDEFINED).to_plotly_json()["props"] == {"label": None, "children": None}
    assert Box(UNDEFINED).to_plotly_json()["props"] == {"children": None}


def test_positional_props_come_first_in_json():
    assert list(Box("c", "i", label="l").to_plotly_json()["props"]) == ["children", "id", "label"]


def test_to_dict_is_fully_recursive():
    tree = Box([Box(Leaf("leaf", FakeFigure())), "t"], id="root", **{"data-x": (1, 2)})
    assert tree.to_dict() == {
        "type": "Box",
        "namespace": "test_components",
        "props": {
            "id": "root",
            "data-x": [1, 2],
            "children": [
                {
                    "type": "Box",
                    "namespace": "test_components",
                    "props": {
                        "children": {
                            "type": "Leaf",
                            "namespace": "test_components",
                            "props": {
                                "id": "leaf",
                                "value": {"data": [{"x": [1, 2]}], "layout": {"title": "t"}},
                            },
                        }
                    },
                },
                "t",
            ],
        },
    }


def test_json_encoder_hook_matches_to_dict():
    tree = html.Div([html.P("a", id="p"), Box(Leaf("l", FakeFigure()))], id="root")
    assert encode(tree) == json.dumps(tree.to_dict(), sort_keys=True)


# -- props as attributes -------------------------------------------------------------------------------


def test_reading_props():
    box = Box("c", label="l")
    assert box.children == "c"
    assert box.label == "l"
    assert box.size is None  # a prop that was never given
    assert getattr(box, "data-x") is None
    with pytest.raises(AttributeError, match="'Box' object has no attribute or prop 'nope'"):
        box.nope  # noqa: B018


def test_assigning_props():
    box = Box()
    box.label = "x"
    box.id = {"type": "box", "index": 1}
    setattr(box, "aria-label", "hello")
    assert box.to_plotly_json()["props"] == {
        "label": "x",
        "id": {"type": "box", "index": 1},
        "aria-label": "hello",
        "children": None,
    }


def test_assigning_unknown_prop_raises_like_init():
    box = Box()
    with pytest.raises(TypeError, match=r"Box\(\) has no prop 'lable'\. Did you mean 'label'\?"):
        box.lable = "x"
    assert "lable" not in box.to_plotly_json()["props"]


def test_assigning_bad_id_raises():
    box = Box(id="ok")
    with pytest.raises(ValueError, match="contains a '.'"):
        box.id = "a.b"
    assert box.id == "ok"


def test_deleting_props():
    box = Box(id="a", label="l")
    del box.label
    assert box.label is None
    assert box.to_plotly_json()["props"] == {"id": "a", "children": None}
    with pytest.raises(AttributeError, match="has no prop 'label' set"):
        del box.label


def test_unknown_prop_lists_allowed_props_and_suggests():
    with pytest.raises(TypeError) as info:
        Box(sise=3)
    message = str(info.value)
    assert message.startswith("Box() has no prop 'sise'. Did you mean 'size'?")
    assert "Allowed props: children, id, label, size." in message
    assert "Props starting with 'data-' and 'aria-' are accepted too." in message


def test_unknown_prop_without_near_miss_has_no_suggestion():
    with pytest.raises(TypeError) as info:
        Leaf("x", completely_different=1)
    assert "Did you mean" not in str(info.value)
    assert "Allowed props: id, value." in str(info.value)
    assert "accepted too" not in str(info.value)


def test_wildcard_props_need_a_name_after_the_prefix():
    assert Box(**{"data-x": 1, "aria-hidden": "true"}).to_plotly_json()["props"]["aria-hidden"] == "true"
    with pytest.raises(TypeError, match="has no prop 'data-'"):
        Box(**{"data-": 1})
    with pytest.raises(TypeError, match="has no prop 'data-x'"):
        Leaf("x", **{"data-x": 1})


# -- positional arguments and signatures ---------------------------------------------------------------


def test_too_many_positional_arguments():
    with pytest.raises(TypeError) as info:
        Box("c", "i", "extra")
    assert str(info.value).startswith(
        "Box() takes at most 2 positional arguments (children, id) but 3 were given."
    )


def test_prop_given_twice():
    with pytest.raises(TypeError, match="got the prop 'children' both as a positional and as a keyword"):
        Box("a", children="b")


def test_signature_lists_positional_then_keyword_props():
    signature = inspect.signature(Box)
    params = signature.parameters
    assert list(params) == ["children", "id", "label", "size", "wildcard_props"]
    assert params["children"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert params["label"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["wildcard_props"].kind is inspect.Parameter.VAR_KEYWORD
    assert inspect.signature(Leaf).parameters["id"].default is REQUIRED


def test_required_prop():
    with pytest.raises(TypeError, match=r"Leaf\(\) is missing the required prop 'id'"):
        Leaf(value=1)


def test_bad_subclass_definitions_fail_at_class_creation():
    with pytest.raises(TypeError, match="lists a prop name more than once"):

        class Twice(Component):
            _prop_names = ("id", "id")

    with pytest.raises(TypeError, match=r"positional props \['nope'\]"):

        class BadPositional(Component):
            _prop_names = ("id",)
            _positional = ("nope",)


def test_class_attributes():
    assert Box._accepts_children is True
    assert Leaf._accepts_children is False
    assert Box._prop_set == frozenset({"children", "id", "label", "size"})
    assert isinstance(Box._prop_names, tuple)


# -- ids -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["plain", "with-dash_and_underscore", "", {"type": "a", "index": 1}, {"a": 1.5, "b": True, "c": "x"}],
)
def test_valid_ids(value):
    assert Box(id=value).id == value


@pytest.mark.parametrize(
    ("value", "error", "fragment"),
    [
        ("a.b", ValueError, "contains a '.', which is not allowed because callbacks refer"),
        ("{x", ValueError, "contains a '{', which is not allowed because dict ids are written as JSON"),
        ({}, ValueError, "A dict id needs at least one key"),
        ({1: "a"}, TypeError, "has the key 1, which is not a string"),
        ({"a": [1]}, TypeError, "Values in dict ids must be str, int, float or bool"),
        ({"a": None}, TypeError, "Values in dict ids must be str, int, float or bool"),
        (5, TypeError, "must be a string or a dict, not int"),
    ],
)
def test_invalid_ids(value, error, fragment):
    with pytest.raises(error) as info:
        Box(id=value)
    assert fragment in str(info.value)
    assert "Box" in str(info.value)


# -- traversal and lookups -----------------------------------------------------------------------------


@pytest.fixture
def tree():
    return Box(
        [
            Box("first", id="a"),
            "text",
            Box(Box([Leaf("c"), 7], id="b2"), id="b"),
            Box((Leaf({"type": "x", "index": 0}), Leaf("d")), id="t"),
        ],
        id="root",
    )


def ids(components):
    return [component.id for component in components]


def test_traverse_is_depth_first_and_excludes_self(tree):
    assert ids(tree._traverse()) == ["a", "b", "b2", "c", "t", {"type": "x", "index": 0}, "d"]


def test_traverse_with_paths(tree):
    paths = {json.dumps(component.id): path for path, component in tree._traverse_with_paths()}
    assert paths['"a"'] == ("children", 0)
    assert paths['"b2"'] == ("children", 2, "children")
    assert paths['"c"'] == ("children", 2, "children", "children", 0)
    assert paths['"d"'] == ("children", 3, "children", 1)


def test_iter_yields_ids(tree):
    assert list(tree) == ["a", "b", "b2", "c", "t", {"type": "x", "index": 0}, "d"]
    assert list(Box(Box())) == []


def test_len_counts_every_item_below(tree):
    # a, "first", "text", b, b2, c, 7, t, x, d
    assert len(tree) == 10
    assert len(Box()) == 0
    assert len(Box("just text")) == 1


def test_components_are_always_truthy():
    assert bool(Box()) is True


def test_getitem(tree):
    assert tree["c"].value is None
    assert tree["c"] is tree["b2"].children[0]
    assert tree[{"index": 0, "type": "x"}] is tree["t"].children[0]


def test_getitem_missing_raises_a_sentence(tree):
    with pytest.raises(KeyError) as info:
        tree["zzz"]
    assert info.value.args[0] == (
        "No component with the id 'zzz' was found below this Box. Check the id for typos, or that the"
        " component is part of this layout."
    )


def test_root_is_not_found_by_its_own_id(tree):
    assert "root" not in tree


def test_contains(tree):
    assert "b2" in tree
    assert {"type": "x", "index": 0} in tree
    assert "missing" not in tree


def test_setitem_in_list_single_child_and_tuple(tree):
    tree["c"] = Leaf("c2")
    assert tree["b2"].children[0].id == "c2"
    tree["b2"] = Leaf("single")
    assert tree["b"].children.id == "single"
    tree["d"] = Leaf("d2")
    assert isinstance(tree["t"].children, tuple)
    assert ids(tree["t"].children) == [{"type": "x", "index": 0}, "d2"]
    with pytest.raises(KeyError):
        tree["nope"] = Leaf("x")
    with pytest.raises(TypeError, match="Only a component can replace"):
        tree["a"] = "text"


def test_delitem_in_list_single_child_and_tuple(tree):
    del tree["c"]
    assert tree["b2"].children == [7]
    del tree["b2"]
    assert tree["b"].children is None
    del tree["d"]
    assert ids(tree["t"].children) == [{"type": "x", "index": 0}]
    with pytest.raises(KeyError):
        del tree["c"]


def test_deep_tree_does_not_hit_the_recursion_limit():
    leaf = node = Box(id="leaf")
    for _ in range(5000):
        node = Box(node)
    assert sum(1 for _ in node._traverse()) == 5000
    assert node["leaf"] is leaf
    assert len(node) == 5000


# -- repr, copies --------------------------------------------------------------------------------------


def test_repr():
    assert repr(Box()) == "Box()"
    assert repr(Box("x")) == "Box('x')"
    assert repr(Box("x", id="a")) == "Box(children='x', id='a')"
    assert repr(Box(label="l", id="a", **{"data-x": 1})) == "Box(id='a', label='l', **{'data-x': 1})"
    assert repr(Box([Leaf("l")])) == "Box([Leaf(id='l')])"


def test_copy_and_pickle_keep_props():
    box = Box([Leaf("l", 1)], id="a")
    clone = copy.deepcopy(box)
    assert clone.to_dict() == box.to_dict()
    assert clone.children[0] is not box.children[0]
    div = html.Div([html.P("p", id="p")], id="d", **{"data-x": 1})
    assert pickle.loads(pickle.dumps(div)).to_dict() == div.to_dict()
    assert pickle.loads(pickle.dumps(UNDEFINED)) is UNDEFINED
    assert repr(UNDEFINED) == "UNDEFINED"


def test_components_compare_by_identity():
    assert Box(id="a") != Box(id="a")
    box = Box(id="a")
    assert box == box


def test_set_random_id_keeps_an_existing_id_and_generates_valid_ones():
    assert Box(id="given")._set_random_id() == "given"
    box = Box()
    generated = box._set_random_id()
    assert isinstance(generated, str) and generated.startswith("_dash-Box-")
    assert box.id == generated
    assert box._set_random_id() == generated
    assert Box()._set_random_id() != generated
    Box(id=generated)  # passes id validation
