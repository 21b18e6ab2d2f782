from __future__ import annotations

import datetime
import decimal
import json

import pytest

from dash import _json
from dash import html
from dash import no_update
from dash.dependencies import ALL


def test_compact_and_script_safe():
    text = _json.dumps({"a": "</script><b>&x</b>", "b": [1, 2.5, None, True], "é": "ü"})
    assert (
        text
        == '{"a":"\\u003c\\u002fscript\\u003e\\u003cb\\u003e\\u0026x\\u003c\\u002fb\\u003e","b":[1,2.5,null,true],"\\u00e9":"\\u00fc"}'
    )
    assert json.loads(text) == {"a": "</script><b>&x</b>", "b": [1, 2.5, None, True], "é": "ü"}


def test_components_and_plotly_json_objects():
    class Figure:
        def to_plotly_json(self):
            return {"data": [], "layout": {"title": "t"}}

    value = _json.loads(_json.dumps({"c": html.Div(html.B("x"), id="d"), "f": Figure()}))
    assert value["c"] == {
        "props": {
            "children": {"props": {"children": "x"}, "type": "B", "namespace": "dash_html_components"},
            "id": "d",
        },
        "type": "Div",
        "namespace": "dash_html_components",
    }
    assert value["f"] == {"data": [], "layout": {"title": "t"}}


def test_nan_and_infinity_become_null():
    assert (
        _json.dumps([float("nan"), float("inf"), {"x": -float("inf")}, 1.5]) == '[null,null,{"x":null},1.5]'
    )


def test_duck_typed_values():
    class Array:
        def tolist(self):
            return [1, 2]

    value = _json.loads(
        _json.dumps(
            {
                "arr": Array(),
                "dt": datetime.datetime(2024, 1, 2, 3, 4, 5),
                "d": datetime.date(2024, 1, 2),
                "dec": decimal.Decimal("1.5"),
                "set": {3},
                "nu": no_update,
            }
        )
    )
    assert value == {
        "arr": [1, 2],
        "dt": "2024-01-02T03:04:05",
        "d": "2024-01-02",
        "dec": 1.5,
        "set": [3],
        "nu": {"_dash_no_update": "_dash_no_update"},
    }


def test_numpy_values():
    np = pytest.importorskip("numpy")
    assert (
        _json.dumps({"a": np.arange(3), "f": np.float32(1.5), "n": np.array([np.nan])})
        == '{"a":[0,1,2],"f":1.5,"n":[null]}'
    )


def test_unserialisable_value_says_what_to_do():
    with pytest.raises(TypeError, match="'object' cannot be sent as JSON"):
        _json.dumps(object())
    with pytest.raises(TypeError, match="class 'int' cannot be sent"):
        _json.dumps(int)


def test_stringify_id():
    assert _json.stringify_id("a") == "a"
    assert _json.stringify_id({"type": "x", "index": 1}) == '{"index":1,"type":"x"}'
    assert _json.stringify_id({"type": "é/", "index": ALL}) == '{"index":["ALL"],"type":"é/"}'
