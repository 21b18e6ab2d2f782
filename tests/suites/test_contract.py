"""Generated component classes (dash-generate-components output) on our Component base."""

from __future__ import annotations

import inspect
import json

import pytest

import dash
from dash import html
from dash._json import dumps
from dash.development.base_component import Component
from dash.development.base_component import ComponentRegistry
from dash.development.base_component import _explicitize_args


def test_explicit_none_is_kept_and_omitted_props_are_absent(suite):
    card = suite.Card("Go", id="c", title="t", size=None)
    assert card.to_plotly_json() == {
        "props": {"children": "Go", "id": "c", "title": "t", "size": None},
        "type": "Card",
        "namespace": "fake_suite",
    }


def test_children_is_always_present_on_a_class_with_children(suite):
    assert suite.Card(title="t").to_plotly_json()["props"] == {"children": None, "title": "t"}
    assert "children" not in suite.Grid(id="g").to_plotly_json()["props"]


def test_nested_components_serialise_through_our_encoder(suite):
    card = suite.Card([html.Span("x")], header=html.B("h"), title="t", items=[{"label": html.I("i")}])
    data = json.loads(dumps(card))
    assert data["props"]["header"] == {
        "props": {"children": "h"},
        "type": "B",
        "namespace": "dash_html_components",
    }
    assert data["props"]["items"][0]["label"]["type"] == "I"
    assert data["props"]["children"][0]["type"] == "Span"


def test_required_prop_and_unknown_prop_errors(suite):
    with pytest.raises(TypeError, match="Required argument `title` was not specified"):
        suite.Card()
    with pytest.raises(TypeError, match=r"Card\(\) has no prop 'sise'. Did you mean 'size'\?"):
        suite.Card(title="t", sise=2)


def test_wildcard_attributes_pass_through(suite):
    card = suite.Card(title="t", **{"data-x": 1, "aria-label": "a"})
    assert card.to_plotly_json()["props"]["data-x"] == 1
    with pytest.raises(TypeError, match="has no prop 'data-x'"):
        suite.Grid(**{"data-x": 1})


def test_component_outside_base_nodes_is_rejected(suite):
    with pytest.raises(TypeError, match="'title', which cannot hold components"):
        suite.Card(title=html.B("no"))


def test_ids_are_checked_like_ours(suite):
    with pytest.raises(TypeError, match="must be a string or a dict"):
        suite.Grid(id=3)
    assert suite.Grid(id={"type": "g", "index": 1}).id == {"type": "g", "index": 1}


def test_explicit_args_cannot_be_passed(suite):
    with pytest.raises(TypeError, match="'_explicit_args' is set by dash itself"):
        suite.Grid(_explicit_args={"id"})


def test_explicitize_args_preserves_the_signature(suite):
    params = inspect.signature(suite.Card).parameters
    assert list(params)[:3] == ["children", "id", "header"]
    assert params["size"].kind is inspect.Parameter.KEYWORD_ONLY

    def init(self, a=None, b=None, **kwargs):
        return kwargs["_explicit_args"]

    wrapped = _explicitize_args(init)
    assert wrapped(None, 1, b=None) == {"a", "b"}
    assert wrapped(None) == set()


def test_old_generator_sets_type_and_namespace_on_the_instance(suite):
    knob = suite.Knob(id="k", value=Component.UNDEFINED)
    assert knob.to_plotly_json() == {"props": {"id": "k"}, "type": "Knob", "namespace": "fake_suite"}
    assert suite.Knob(value=None).to_plotly_json()["props"] == {"value": None}
    assert "_prop_names" not in vars(knob) and type(knob)._type == "Knob"


def test_props_are_attributes(suite):
    grid = suite.Grid(id="g")
    grid.rowData = [{"a": 1}]
    assert grid.rowData == [{"a": 1}]
    assert grid.to_plotly_json()["props"] == {"id": "g", "rowData": [{"a": 1}]}
    with pytest.raises(TypeError, match="has no prop 'rows'"):
        grid.rows = []


def test_registry_records_packages_namespaces_and_children_props(suite):
    assert "fake_suite" in list(ComponentRegistry.registry)
    assert ComponentRegistry.namespace_to_package["fake_suite"] == "fake_suite"
    assert ComponentRegistry.children_props["fake_suite"]["Card"] == ["header", "items[].label"]
    assert ComponentRegistry.children_props["fake_suite"]["Knob"] is None
    assert ComponentRegistry.namespace_to_package["dash_html_components"] == "dash"


def test_what_suites_check_and_import_exists():
    assert hasattr(dash, "development")
    from dash.types import NumberType  # noqa: F401

    assert html.Div(id="x").available_properties[:2] == ["children", "id"]
