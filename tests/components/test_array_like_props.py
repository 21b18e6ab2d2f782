"""numpy and pandas values where props take lists and numbers, as Plotly's docs write them
(`dcc.Dropdown(df.country.unique(), "Canada")`, `dcc.Slider(df.year.min(), ...)`): accepted, checked as
the lists/numbers they send as, and sent as JSON lists."""

from __future__ import annotations

import json

import pytest

from dash import dash_table
from dash import dcc
from dash._json import dumps

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")


def sent(component):
    return json.loads(dumps(component))["props"]


def test_dropdown_radio_checklist_options_from_numpy_and_pandas():
    frame = pd.DataFrame(
        {"country": ["Canada", "France", "Canada", "Japan"], "year": [1952, 1957, 1962, 1967]}
    )
    assert sent(dcc.Dropdown(frame.country.unique(), "Canada"))["options"] == ["Canada", "France", "Japan"]
    assert sent(dcc.RadioItems(pd.Index(["a", "b"]), "a"))["options"] == ["a", "b"]
    checklist = dcc.Checklist(options=frame.country.drop_duplicates(), value=np.array(["Japan"]))
    assert sent(checklist)["options"] == ["Canada", "France", "Japan"]
    assert sent(checklist)["value"] == ["Japan"]
    assert sent(dcc.Dropdown(np.array([1, 2, 3]), np.int64(2), multi=False))["value"] == 2


def test_bad_array_likes_are_still_refused_with_the_fix():
    with pytest.raises(ValueError, match="has no 'value' key"):
        dcc.Dropdown(np.array([{"label": "x"}], dtype=object))
    with pytest.raises(TypeError, match="a list of row indices"):
        dash_table.DataTable(selected_rows=np.array([1.5, 2.0]))


def test_slider_from_numpy_scalars_as_in_the_tutorial():
    years = pd.Series([1952, 1957, 2007])
    slider = dcc.Slider(
        years.min(),
        years.max(),
        step=None,
        value=years.min(),
        marks={str(year): str(year) for year in years.unique()},
    )
    props = sent(slider)
    assert (props["min"], props["max"], props["value"]) == (1952, 2007, 1952)
    assert sent(dcc.RangeSlider(0, 10, value=np.array([2, 8])))["value"] == [2, 8]


def test_datatable_rows_and_sizes_from_numpy():
    frame = pd.DataFrame({"a": [1, 5, 7]})
    table = dash_table.DataTable(
        data=frame.to_dict("records"),
        selected_rows=list(np.where(frame.a > 3)[0]),
        page_size=np.int64(10),
    )
    props = sent(table)
    assert props["selected_rows"] == [1, 2]
    assert props["page_size"] == 10


def test_assigning_an_array_later_is_checked_the_same_way():
    dropdown = dcc.Dropdown()
    dropdown.options = pd.Series(["x", "y"])
    assert sent(dropdown)["options"] == ["x", "y"]
