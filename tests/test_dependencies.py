from __future__ import annotations

import pickle

import pytest

from dash import ALL
from dash import ALLSMALLER
from dash import MATCH
from dash import ClientsideFunction
from dash import Input
from dash import Output
from dash import State
from dash import html


def test_plain_dependency():
    dep = Input("a", "value")
    assert dep.component_id == "a"
    assert dep.component_property == "value"
    assert str(dep) == "a.value"
    assert repr(dep) == "<Input `a.value`>"
    assert dep.to_dict() == {"id": "a", "property": "value"}
    assert dep == Input("a", "value") == State("a", "value")
    assert dep != Input("a", "children")
    assert len({dep, Input("a", "value")}) == 1
    assert not dep.has_wildcard()


def test_dict_ids_and_wildcards():
    dep = Output({"type": "item", "index": MATCH}, "children", allow_duplicate=True)
    assert dep.allow_duplicate is True
    assert dep.component_id_str() == '{"index":["MATCH"],"type":"item"}'
    assert dep.to_dict() == {"id": '{"index":["MATCH"],"type":"item"}', "property": "children"}
    assert dep.has_wildcard()
    assert dep.wildcard_keys(MATCH) == {"index"}
    assert not dep.is_multi_value()
    assert Input({"i": ALL}, "v").is_multi_value()
    assert State({"i": ALLSMALLER}, "v").is_multi_value()
    assert repr(ALL) == "<ALL>" and str(MATCH) == "MATCH"
    assert pickle.loads(pickle.dumps(ALL)) is ALL


def test_component_as_id():
    div = html.Div(id="d")
    assert Input(div, "n_clicks").component_id == "d"
    anonymous = html.Div()
    generated = Output(anonymous, "children").component_id
    assert generated == anonymous.id and generated.startswith("_dash-Div-")
    assert State(anonymous, "title").component_id == generated


def test_bad_arguments():
    with pytest.raises(TypeError, match="a string or a dict"):
        Input(5, "value")
    with pytest.raises(TypeError, match="property name"):
        Input("a", "")
    with pytest.raises(TypeError, match="property name"):
        Input("a", None)


def test_allow_optional():
    assert Input("a", "b", allow_optional=True).to_dict() == {
        "id": "a",
        "property": "b",
        "allow_optional": True,
    }


def test_clientside_function():
    fn = ClientsideFunction("ns", "fn")
    assert fn.to_dict() == {"namespace": "ns", "function_name": "fn"}
    assert repr(fn) == "ClientsideFunction('ns', 'fn')"
    with pytest.raises(TypeError):
        ClientsideFunction("", "fn")
    with pytest.raises(TypeError):
        ClientsideFunction("ns", None)
