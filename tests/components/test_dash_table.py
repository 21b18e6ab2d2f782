from __future__ import annotations

import json

import pytest

import dash
from dash import dash_table
from dash._json import dumps
from dash.dash_table import DataTable
from dash.dash_table import FormatTemplate
from dash.dash_table.Format import Align
from dash.dash_table.Format import Format
from dash.dash_table.Format import Group
from dash.dash_table.Format import Prefix
from dash.dash_table.Format import Scheme
from dash.dash_table.Format import Sign
from dash.dash_table.Format import Symbol
from dash.dash_table.Format import Trim

COLUMNS = [{"id": "city", "name": "City"}, {"id": "pop", "name": "Population", "type": "numeric"}]
DATA = [{"city": "Paris", "pop": 2.1}, {"city": "Tokyo", "pop": 14.0}]


def wire(component):
    return json.loads(dumps(component))


def test_importable_as_plotly_names():
    assert dash.dash_table is dash_table
    assert dash_table.DataTable is DataTable
    assert DataTable._namespace == "dash_table"
    assert DataTable._type == "DataTable"
    assert dash_table.__version__ == "7.4.1"


def test_only_given_props_are_serialised():
    table = DataTable(DATA, COLUMNS, id="t", page_size=10)
    assert wire(table) == {
        "type": "DataTable",
        "namespace": "dash_table",
        "props": {"data": DATA, "columns": COLUMNS, "id": "t", "page_size": 10},
    }


def test_positional_order_follows_plotly():
    table = DataTable(DATA, COLUMNS, True)
    assert table.editable is True and table.columns == COLUMNS and table.data == DATA
    assert DataTable._prop_names[:5] == ("data", "columns", "editable", "fixed_columns", "fixed_rows")
    assert DataTable._prop_names[-5:] == (
        "id",
        "loading_state",
        "persistence",
        "persisted_props",
        "persistence_type",
    )


def test_every_plotly_prop_is_accepted():
    assert len(DataTable._prop_names) == 77  # Plotly's list, without the React-only setProps
    for name in (
        "derived_virtual_data",
        "derived_viewport_row_ids",
        "style_data_conditional",
        "tooltip_header",
    ):
        assert name in DataTable.available_properties


def test_unknown_prop_suggests_the_close_one():
    with pytest.raises(TypeError, match="Did you mean 'page_size'"):
        DataTable(pagesize=3)


def test_format_objects_serialise_inside_columns():
    table = DataTable(
        columns=[{"id": "p", "name": "P", "type": "numeric", "format": FormatTemplate.money(2)}]
    )
    assert wire(table)["props"]["columns"][0]["format"] == {
        "locale": {},
        "nully": "",
        "prefix": None,
        "specifier": "$,.2f",
    }


@pytest.mark.parametrize(
    ("fmt", "specifier"),
    [
        (Format(precision=2, scheme=Scheme.fixed), ".2f"),
        (Format(group=Group.yes, precision=0, scheme=Scheme.fixed), ",.0f"),
        (FormatTemplate.money(2), "$,.2f"),
        (FormatTemplate.percentage(1), ".1%"),
        (FormatTemplate.percentage(0, rounded=True), ".0p"),
        (Format(align=Align.right, fill="*", padding_width=8, sign=Sign.positive), "*>+8"),
        (Format(fill="*"), ""),  # a fill without an align means nothing to d3
        (Format(symbol=Symbol.hex, scheme=Scheme.lower_case_hex, trim=Trim.yes), "#x~x"),
        (Format().scheme("e").precision(3).padding(True).padding_width(10), "010.3e"),
        (Format(group=True), ","),
    ],
)
def test_format_specifiers(fmt, specifier):
    assert fmt.to_plotly_json()["specifier"] == specifier


def test_format_locale_prefix_and_nully():
    fmt = (
        Format(scheme=Scheme.decimal_si_prefix)
        .si_prefix(Prefix.kilo)
        .symbol_prefix("€")
        .symbol_suffix(" EUR")
        .decimal_delimiter(",")
        .group_delimiter(".")
        .groups([3, 2])
        .nully("n/a")
    )
    assert fmt.to_plotly_json() == {
        "locale": {"symbol": ["€", " EUR"], "decimal": ",", "group": ".", "grouping": [3, 2]},
        "nully": "n/a",
        "prefix": 1000,
        "specifier": "s",
    }


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"scheme": "q"}, ValueError, "Scheme"),
        ({"precision": -1}, ValueError, "whole number"),
        ({"fill": "ab"}, TypeError, "single character"),
        ({"colour": 1}, TypeError, "no setting 'colour'"),
        ({"si_prefix": 7}, ValueError, "Prefix"),
    ],
)
def test_format_rejects_bad_settings(kwargs, error, match):
    with pytest.raises(error, match=match):
        Format(**kwargs)


def test_percentage_rounded_must_be_bool():
    with pytest.raises(TypeError, match="True or False"):
        FormatTemplate.percentage(1, rounded="yes")


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"data": {"a": 1}}, TypeError, "list of dicts"),
        ({"data": [1, 2]}, TypeError, "to_dict\\('records'\\)"),
        ({"columns": [{"id": "a"}]}, ValueError, "without 'name'"),
        ({"columns": [{"id": 1, "name": "A"}]}, TypeError, "must be strings"),
        ({"columns": [{"id": "a", "name": "A", "type": "number"}]}, ValueError, "'numeric'"),
        ({"columns": [{"id": "a", "name": "A", "colour": 1}]}, ValueError, "unknown key 'colour'"),
        ({"columns": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}, ValueError, "more than once"),
        ({"columns": [{"id": "a", "name": "A", "format": ".2f"}]}, TypeError, "specifier"),
        ({"page_action": "server"}, ValueError, "'custom', 'native' or 'none'"),
        ({"page_size": 0}, ValueError, ">= 1"),
        ({"page_current": "2"}, TypeError, "whole number"),
        ({"sort_mode": "many"}, ValueError, "'single' or 'multi'"),
        ({"sort_by": [{"column_id": "a", "direction": "up"}]}, ValueError, "'asc' or 'desc'"),
        ({"filter_action": "server"}, ValueError, "filter_action"),
        ({"filter_action": {"type": "native", "operator": "xor"}}, ValueError, "operator"),
        ({"row_selectable": True}, ValueError, "'single', 'multi' or False"),
        ({"export_format": "pdf"}, ValueError, "'csv', 'xlsx' or 'none'"),
        ({"export_headers": "all"}, ValueError, "'display'"),
        ({"fixed_rows": {"headers": True, "data": -1}}, ValueError, "whole number >= 0"),
        ({"fixed_columns": {"rows": 1}}, TypeError, "'headers'"),
        ({"active_cell": {"row": 0, "col": 1}}, ValueError, "'column_id'"),
        ({"selected_rows": [0, "1"]}, TypeError, "row indices"),
        ({"style_cell": "color: red"}, TypeError, "CSS properties"),
        ({"style_data_conditional": [{"if": {"row": 1}, "color": "red"}]}, ValueError, "accepts column_id"),
        ({"style_data_conditional": [{"if": {"state": "hover"}}]}, ValueError, "'active' or 'selected'"),
        ({"style_data_conditional": [{"if": {"row_index": "third"}}]}, ValueError, "'odd' or 'even'"),
        ({"style_header_conditional": [{"if": {"filter_query": "{a} > 1"}}]}, ValueError, "header_index"),
        ({"tooltip_conditional": [{"value": "x"}]}, ValueError, "without an 'if'"),
        ({"editable": "yes"}, TypeError, "True or False"),
        ({"filter_query": 3}, TypeError, "string"),
    ],
)
def test_validation_errors(kwargs, error, match):
    with pytest.raises(error, match=match):
        DataTable(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"row_selectable": False},
        {"row_selectable": "multi", "selected_rows": [0, 2]},
        {"filter_action": {"type": "native", "operator": "or"}},
        {"fixed_rows": {"headers": True}, "fixed_columns": {"headers": True, "data": 1}},
        {"style_data_conditional": [{"if": {"row_index": "odd"}, "backgroundColor": "#eee"}]},
        {"style_data_conditional": [{"if": {"column_id": ["a", "b"], "filter_query": "{a} > 2"}}]},
        {"style_header_conditional": [{"if": {"header_index": 0}, "fontWeight": "bold"}]},
        {"tooltip_conditional": [{"if": {"row_index": 1}, "value": "second"}]},
        {"columns": [{"id": "d", "name": ["Group", "Date"], "type": "datetime"}]},
        {"columns": [{"id": "p", "name": "P", "format": {"specifier": ".2f"}}]},
        {"export_format": "xlsx", "export_headers": "display"},
    ],
)
def test_valid_props_are_kept(kwargs):
    assert wire(DataTable(**kwargs))["props"] == json.loads(dumps(kwargs))


def test_assignment_is_validated():
    table = DataTable(id="t")
    with pytest.raises(ValueError, match="page_action"):
        table.page_action = "pages"
    table.page_action = "custom"
    assert table.page_action == "custom"
