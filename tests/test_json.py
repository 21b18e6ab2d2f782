from __future__ import annotations

import datetime
import decimal
import json

import pytest

from dash import ALL
from dash import _json
from dash import html
from dash import no_update


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


def test_numpy_dict_keys_become_strings():
    # Issue 11.5: marks={y: ...} with numpy years made /_dash-layout answer 500.
    np = pytest.importorskip("numpy")
    marks = {year: f"yr {year}" for year in np.array([1990, 2000], dtype=np.int64)}
    assert _json.dumps(marks) == '{"1990":"yr 1990","2000":"yr 2000"}'
    keys = {
        np.float64(25.0): "a",
        np.float32(0.5): "b",
        np.bool_(True): "c",
        np.datetime64("2021-02-03"): "d",
    }
    assert _json.dumps(keys) == '{"25.0":"a","0.5":"b","true":"c","2021-02-03":"d"}'


def test_pandas_dict_keys_become_strings():
    pd = pytest.importorskip("pandas")
    value = {pd.Timestamp("2020-01-01"): 1, "nested": {key: [key] for key in pd.Index([3, 4])}}
    assert _json.dumps(value) == '{"2020-01-01T00:00:00":1,"nested":{"3":[3],"4":[4]}}'


def test_duck_typed_dict_keys():
    class Scalar:  # what numpy scalars look like to the encoder
        def __init__(self, value):
            self.value = value

        def __hash__(self):
            return hash(self.value)

        def tolist(self):
            return self.value

    value = {
        Scalar(7): "int",
        Scalar(2.5): {Scalar(1): float("nan")},
        datetime.date(2024, 1, 2): "date",
        datetime.datetime(2024, 1, 2, 3, 4): "datetime",
        decimal.Decimal("0.10"): "decimal",
        float("inf"): "inf",
    }
    assert json.loads(_json.dumps(value)) == {
        "7": "int",
        "2.5": {"1": None},
        "2024-01-02": "date",
        "2024-01-02T03:04:00": "datetime",
        "0.10": "decimal",
        "Infinity": "inf",
    }


def test_unserialisable_dict_key_says_what_to_do():
    with pytest.raises(TypeError, match="A dict key of type 'tuple' cannot be sent as JSON"):
        _json.dumps({(1, 2): "x"})


def test_numpy_keys_in_layout_and_callback_answer(h):
    np = pytest.importorskip("numpy")
    from dash import Dash
    from dash import Input
    from dash import Output
    from dash import dcc

    years = np.array([1990, 2000], dtype=np.int64)
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Slider(id="s", min=1990, max=2000, marks={y: f"yr {y}" for y in years}), html.Div(id="o")]
    )

    @app.callback(Output("s", "marks"), Input("o", "children"))
    def marks(_):
        return {y + 1: f"next {y + 1}" for y in years}

    client = app.server.test_client()
    layout = client.get("/_dash-layout")
    assert layout.status_code == 200
    assert layout.get_json()["props"]["children"][0]["props"]["marks"] == {
        "1990": "yr 1990",
        "2000": "yr 2000",
    }
    answer = h.post(
        client, h.body("s.marks", {"id": "s", "property": "marks"}, [h.item("o", "children", None)])
    )
    assert answer.status_code == 200
    assert answer.get_json()["response"]["s"]["marks"] == {"1991": "next 1991", "2001": "next 2001"}
