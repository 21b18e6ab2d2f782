"""The dcc components beyond the basic inputs: names, Plotly's prop orders, serialisation, validation."""

from __future__ import annotations

import datetime
import json

import pytest

from dash import dcc
from dash import html
from dash._json import dumps

# Plotly Dash 4.4.1's props of each component, in its order (its renderer-internal 'componentPath' left out).
PLOTLY_PROPS = {
    "Tabs": "children value content_className parent_className style parent_style content_style vertical"
    " mobile_breakpoint colors className persistence persisted_props persistence_type id",
    "Tab": "children label value disabled disabled_style disabled_className className selected_className style"
    " selected_style width persistence persisted_props persistence_type id",
    "Loading": "children type fullscreen debug style parent_className parent_style overlay_style color display"
    " delay_hide delay_show show_initially target_components custom_spinner className persistence"
    " persisted_props persistence_type id",
    "Upload": "children id contents filename last_modified accept disabled disable_click max_size min_size"
    " multiple enable_folder_selection className className_active className_reject className_disabled style"
    " style_active style_reject style_disabled",
    "Download": "id data base64 type",
    "DatePickerSingle": "date min_date_allowed max_date_allowed disabled_days placeholder initial_visible_month"
    " clearable reopen_calendar_on_clear display_format month_format first_day_of_week show_outside_days"
    " stay_open_on_select calendar_orientation number_of_months_shown with_portal with_full_screen_portal"
    " day_size is_RTL disabled style className persistence persisted_props persistence_type id",
    "DatePickerRange": "start_date end_date minimum_nights updatemode start_date_placeholder_text"
    " end_date_placeholder_text start_date_id end_date_id id className persistence persisted_props"
    " persistence_type disabled style min_date_allowed max_date_allowed disabled_days placeholder"
    " initial_visible_month clearable reopen_calendar_on_clear display_format month_format first_day_of_week"
    " show_outside_days stay_open_on_select calendar_orientation number_of_months_shown with_portal"
    " with_full_screen_portal day_size is_RTL",
    "ConfirmDialog": "id message submit_n_clicks submit_n_clicks_timestamp cancel_n_clicks"
    " cancel_n_clicks_timestamp displayed",
    "ConfirmDialogProvider": "children id message submit_n_clicks submit_n_clicks_timestamp cancel_n_clicks"
    " cancel_n_clicks_timestamp displayed",
    "Tooltip": "children id className style bbox show direction border_color background_color loading_text"
    " zindex targetable",
    "Clipboard": "children id copied_children target_id content n_clicks html_content title style className",
    "Button": "children className persistence persisted_props persistence_type id type autoFocus disabled form"
    " formAction formEncType formMethod formNoValidate formTarget name value accessKey contentEditable dir"
    " draggable hidden lang role spellCheck style tabIndex title n_blur n_blur_timestamp n_clicks"
    " n_clicks_timestamp",
    "Geolocation": "id local_date timestamp position position_error show_alert update_now high_accuracy"
    " maximum_age timeout",
    "Dropdown": "options value multi clearable searchable search_value placeholder disabled closeOnSelect"
    " optionHeight maxHeight style labels debounce search_order className id persistence persisted_props"
    " persistence_type",
    "Slider": "min max step marks value drag_value disabled dots included reverse tooltip updatemode vertical"
    " verticalHeight allow_direct_input className id persistence persisted_props persistence_type",
}

# A valid value for every prop name (by name; a few are per component below).
SAMPLE = {
    "children": "text",
    "id": "the-id",
    "value": "v",
    "style": {"color": "red"},
    "className": "c",
    "persistence": True,
    "persisted_props": ["value"],
    "persistence_type": "session",
    "colors": {"border": "#d6d6d6", "primary": "#1975FA", "background": "#f9f9f9"},
    "mobile_breakpoint": 0,
    "vertical": True,
    "label": "Tab one",
    "disabled": False,
    "width": "50%",
    "type": "button",
    "delay_hide": 100,
    "delay_show": 200,
    "display": "show",
    "target_components": {"graph": "figure", "table": ["data", "columns"]},
    "contents": "data:text/plain;base64,aGk=",
    "filename": "a.txt",
    "last_modified": 1700000000,
    "max_size": 1024,
    "min_size": 1,
    "multiple": True,
    "data": {"content": "aGk=", "filename": "a.txt", "base64": True, "type": "text/plain"},
    "base64": True,
    "date": "2024-05-31",
    "start_date": "2024-05-01",
    "end_date": datetime.date(2024, 5, 31),
    "min_date_allowed": "2024-01-01",
    "max_date_allowed": "2024-12-31T00:00:00",
    "disabled_days": ["2024-05-05", datetime.date(2024, 5, 6)],
    "initial_visible_month": "2024-05-01",
    "first_day_of_week": 1,
    "calendar_orientation": "vertical",
    "number_of_months_shown": 2,
    "day_size": 40,
    "minimum_nights": 2,
    "updatemode": "bothdates",
    "bbox": {"x0": 1, "y0": 2, "x1": 3, "y1": 4},
    "direction": "top",
    "zindex": 5,
    "target_id": {"type": "text", "index": 1},
    "n_clicks": 3,
    "position": {"lat": 1.5, "lon": 2.5},
    "position_error": {"code": 1, "message": "denied"},
    "maximum_age": 0,
    "timeout": 5000,
    "options": ["a", "b"],
    "labels": {"search": "Find", "no_options_found": "Nothing"},
    "search_order": "original",
    "optionHeight": 40,
    "maxHeight": 300,
    "marks": {0: "", "5": {"label": "five", "style": {"color": "red"}}},
    "tooltip": {"always_visible": True, "placement": "bottom", "template": "{value} kg"},
    "min": 0,
    "max": 10,
    "step": None,
}
PER_COMPONENT = {
    ("Loading", "type"): "dot",
    ("Download", "type"): "text/csv",
    ("Slider", "value"): 5,
    ("Slider", "updatemode"): "drag",
    ("Slider", "drag_value"): 4,
}


def sample(component, prop):
    if (component, prop) in PER_COMPONENT:
        return PER_COMPONENT[(component, prop)]
    return SAMPLE.get(prop, f"{prop}-value")


@pytest.mark.parametrize("name", sorted(PLOTLY_PROPS))
def test_plotly_prop_names_in_plotly_order(name):
    cls = getattr(dcc, name)
    assert cls._type == name
    assert cls._namespace == "dash_core_components"
    ours = [prop for prop in cls._prop_names if prop != "loading_state"]
    theirs = PLOTLY_PROPS[name].split()
    assert sorted(ours) == sorted(theirs)
    if name not in {"Dropdown", "Slider"}:  # those keep the positional form users already call
        assert list(cls._positional) == theirs
        assert ours == theirs


@pytest.mark.parametrize("name", sorted(PLOTLY_PROPS))
def test_every_prop_serialises_as_given(name):
    cls = getattr(dcc, name)
    given = {prop: sample(name, prop) for prop in cls._prop_names if prop != "loading_state"}
    component = cls(**given)
    assert component.to_plotly_json() == {"props": given, "type": name, "namespace": "dash_core_components"}
    # And through the app's JSON encoder: dates become ISO strings, nothing else changes.
    sent = json.loads(dumps(component))["props"]
    for prop, value in given.items():
        if isinstance(value, datetime.date):
            assert sent[prop] == value.isoformat()
        elif prop == "disabled_days":
            assert sent[prop] == ["2024-05-05", "2024-05-06"]
        elif prop == "marks":
            assert sent[prop] == {"0": "", "5": {"label": "five", "style": {"color": "red"}}}
        else:
            assert sent[prop] == value


@pytest.mark.parametrize("name", sorted(PLOTLY_PROPS))
def test_only_given_props_are_sent(name):
    props = getattr(dcc, name)(id="x").to_plotly_json()["props"]
    expected = {"id": "x"}
    if "children" in getattr(dcc, name)._prop_names:
        expected["children"] = None
    assert props == expected


def test_positional_forms_users_write():
    tabs = dcc.Tabs([dcc.Tab(html.P("one"), "One", "t1")], "t1")
    assert tabs.value == "t1"
    assert tabs.children[0].label == "One"
    assert tabs.children[0].value == "t1"
    assert dcc.Loading(html.Div("x"), "circle").type == "circle"
    assert dcc.Upload(html.A("Pick"), "up").id == "up"
    assert dcc.Download("dl").id == "dl"
    assert dcc.DatePickerSingle("2024-05-31").date == "2024-05-31"
    assert dcc.DatePickerRange("2024-05-01", "2024-05-31").end_date == "2024-05-31"
    assert dcc.ConfirmDialog("c", "Sure?").message == "Sure?"
    assert dcc.Button("Go").children == "Go"


def test_component_props_hold_components():
    spinner = html.Span("wait", id="spin")
    loading = dcc.Loading(html.Div(id="out"), custom_spinner=spinner)
    encoded = json.loads(dumps(loading))
    assert encoded["props"]["custom_spinner"] == {
        "props": {"children": "wait", "id": "spin"},
        "type": "Span",
        "namespace": "dash_html_components",
    }
    tab = json.loads(dumps(dcc.Tab(label=html.B("bold"), value="b")))
    assert tab["props"]["label"]["type"] == "B"


BAD = [
    ("Tabs", "colors", {"border": "#000"}, ValueError, "without the key 'primary'"),
    ("Tabs", "colors", {"border": "1", "primary": "2", "background": "3", "text": "4"}, ValueError, "'text'"),
    ("Tabs", "colors", "red", TypeError, "pass a dict"),
    ("Tabs", "mobile_breakpoint", -1, ValueError, "at least 0"),
    ("Tabs", "persistence_type", "disk", ValueError, "'local', 'session' or 'memory'"),
    ("Tab", "width", [50], TypeError, "pass a number"),
    ("Loading", "type", "spinner", ValueError, "'graph', 'cube', 'circle', 'dot' or 'default'"),
    ("Loading", "display", True, TypeError, "'auto', 'show' or 'hide'"),
    ("Loading", "delay_show", "100", TypeError, "pass a number"),
    ("Loading", "delay_hide", -5, ValueError, "at least 0"),
    ("Loading", "target_components", ["graph"], TypeError, "dict from component id"),
    ("Loading", "target_components", {"graph": 1}, TypeError, "dict from component id"),
    ("Upload", "max_size", "1MB", TypeError, "pass a number"),
    ("Upload", "min_size", -1, ValueError, "at least 0"),
    ("Download", "data", {"content": "x"}, ValueError, "without the key 'filename'"),
    ("Download", "data", {"content": b"x", "filename": "a"}, TypeError, "send_bytes"),
    ("Download", "data", {"content": "x", "filename": "a", "mime": "t"}, ValueError, "'mime'"),
    ("DatePickerSingle", "date", "31/05/2024", ValueError, "YYYY-MM-DD"),
    ("DatePickerSingle", "date", "2024-02-30", ValueError, "not an ISO date"),
    ("DatePickerSingle", "date", 20240531, TypeError, "date string"),
    ("DatePickerSingle", "min_date_allowed", "tomorrow", ValueError, "YYYY-MM-DD"),
    ("DatePickerSingle", "disabled_days", "2024-05-05", TypeError, "list of dates"),
    ("DatePickerSingle", "disabled_days", ["2024-5-5"], ValueError, "YYYY-MM-DD"),
    ("DatePickerSingle", "first_day_of_week", 7, ValueError, "0, 1, 2, 3, 4, 5 or 6"),
    ("DatePickerSingle", "first_day_of_week", True, TypeError, "0, 1, 2"),
    ("DatePickerSingle", "calendar_orientation", "diagonal", ValueError, "'vertical' or 'horizontal'"),
    ("DatePickerSingle", "number_of_months_shown", 0, ValueError, "at least 1"),
    ("DatePickerRange", "end_date", "2024-13-01", ValueError, "not an ISO date"),
    ("DatePickerRange", "updatemode", "always", ValueError, "'singledate' or 'bothdates'"),
    ("DatePickerRange", "minimum_nights", -1, ValueError, "at least 0"),
    ("Tooltip", "bbox", {"x0": 1}, ValueError, "without the key 'y0'"),
    ("Tooltip", "direction", "up", ValueError, "'top', 'right', 'bottom' or 'left'"),
    ("Clipboard", "target_id", "a.b", ValueError, "contains a '.'"),
    ("Clipboard", "target_id", 5, TypeError, "string or a dict"),
    ("Button", "type", "link", ValueError, "'submit', 'reset' or 'button'"),
    ("Geolocation", "timeout", "soon", TypeError, "pass a number"),
    ("Dropdown", "labels", {"search_text": "x"}, ValueError, "'search_text'"),
    ("Dropdown", "search_order", "alpha", ValueError, "'index' or 'original'"),
    ("Dropdown", "optionHeight", 0, ValueError, "at least 1"),
    ("Dropdown", "maxHeight", "big", TypeError, "pass a number"),
    ("Slider", "tooltip", {"placement": "center"}, ValueError, "'left', 'right', 'top'"),
    ("Slider", "tooltip", {"always_visible": True, "side": "top"}, ValueError, "'side'"),
    ("Slider", "tooltip", {"template": "kg"}, ValueError, "{value}"),
    ("Slider", "marks", [0, 5], TypeError, "{position: label}"),
    ("Slider", "marks", {"low": "L"}, ValueError, "not a number"),
    ("Slider", "marks", {1: {"text": "x"}}, ValueError, "'label'"),
    ("RangeSlider", "tooltip", "always", TypeError, "pass a dict"),
]


@pytest.mark.parametrize(
    ("name", "prop", "value", "error", "message"), BAD, ids=[f"{b[0]}.{b[1]}" for b in BAD]
)
def test_bad_values_raise_full_sentences(name, prop, value, error, message):
    cls = getattr(dcc, name)
    with pytest.raises(error, match=None) as raised:
        cls(**{prop: value})
    assert message in str(raised.value)
    assert str(raised.value).rstrip().endswith(".")
    # Assignment is checked the same way.
    component = cls()
    with pytest.raises(error):
        setattr(component, prop, value)


def test_optionheight_auto_and_none_are_valid():
    assert dcc.Dropdown(optionHeight="auto").optionHeight == "auto"
    assert dcc.Slider(tooltip=None, marks=None).to_plotly_json()["props"] == {"tooltip": None, "marks": None}


@pytest.mark.parametrize(
    ("name", "prop"),
    [("Tabs", "value"), ("Tab", "value"), ("Loading", "color"), ("Download", "data"), ("Tooltip", "bbox")],
)
def test_components_only_in_props_that_hold_them(name, prop):
    with pytest.raises(TypeError, match=f"component for the prop '{prop}', which cannot hold components"):
        getattr(dcc, name)(**{prop: html.Div()})
