from __future__ import annotations

import json

import pytest

from dash import dcc
from dash import html
from dash.dcc import Graph
from dash.development.base_component import Component

DCC_NAMES = [
    "Input",
    "Textarea",
    "Dropdown",
    "Slider",
    "RangeSlider",
    "Checklist",
    "RadioItems",
    "Store",
    "Interval",
    "Location",
    "Link",
    "Markdown",
    "Graph",
]


def props(component):
    return component.to_plotly_json()["props"]


@pytest.mark.parametrize("name", DCC_NAMES)
def test_names_and_namespace(name):
    cls = getattr(dcc, name)
    assert issubclass(cls, Component)
    assert cls._type == name
    assert cls._namespace == "dash_core_components"
    assert cls._valid_wildcard_attributes == ()
    assert cls._accepts_children is (name in {"Link", "Markdown"})


def test_graph_imports_directly():
    assert Graph is dcc.Graph


@pytest.mark.parametrize(
    ("component", "expected"),
    [
        (dcc.Dropdown(["a", "b"], "a", True), {"options": ["a", "b"], "value": "a", "multi": True}),
        (
            dcc.Slider(0, 10, 1, {0: "zero"}, 5),
            {"min": 0, "max": 10, "step": 1, "marks": {0: "zero"}, "value": 5},
        ),
        (
            dcc.RangeSlider(0, 10, 2, None, [2, 4]),
            {"min": 0, "max": 10, "step": 2, "marks": None, "value": [2, 4]},
        ),
        (dcc.Checklist(["x", "y"], ["x"], True), {"options": ["x", "y"], "value": ["x"], "inline": True}),
        (dcc.RadioItems({"x": "X"}, "x"), {"options": {"x": "X"}, "value": "x"}),
        (dcc.Input("hi", "text"), {"value": "hi", "type": "text"}),
        (dcc.Textarea("ta", "body"), {"id": "ta", "value": "body"}),
        (dcc.Markdown("# Title"), {"children": "# Title"}),
        (dcc.Link("Home", "/"), {"children": "Home", "href": "/"}),
        (dcc.Store("s", "local", {"k": 1}), {"id": "s", "storage_type": "local", "data": {"k": 1}}),
        (dcc.Interval("tick", 500), {"id": "tick", "interval": 500}),
        (dcc.Location("url", "/page"), {"id": "url", "pathname": "/page"}),
        (dcc.Graph("g", figure={"data": []}), {"id": "g", "figure": {"data": []}}),
    ],
)
def test_positional_orders(component, expected):
    assert props(component) == expected


@pytest.mark.parametrize(
    ("cls", "count"),
    [(dcc.Dropdown, 3), (dcc.Input, 4), (dcc.Slider, 5), (dcc.Link, 2), (dcc.Graph, 1), (dcc.Markdown, 2)],
)
def test_too_many_positional_arguments(cls, count):
    args = [None] * (count + 1)
    with pytest.raises(TypeError, match=rf"takes at most {count} positional argument"):
        cls(*args)


def test_json_shape():
    store = dcc.Store(id="memory", data=[1, 2])
    assert json.loads(json.dumps(store.to_plotly_json())) == {
        "type": "Store",
        "namespace": "dash_core_components",
        "props": {"id": "memory", "data": [1, 2]},
    }
    # Markdown accepts children, so it gets children: null; Input does not.
    assert props(dcc.Markdown(id="md")) == {"id": "md", "children": None}
    assert props(dcc.Input(id="in")) == {"id": "in"}


def test_input_rejects_children():
    with pytest.raises(TypeError, match=r"Input\(\) has no prop 'children'"):
        dcc.Input(children="x")


def test_input_props():
    field = dcc.Input(
        value=3,
        type="number",
        placeholder="n",
        debounce=True,
        min=0,
        max=9,
        step=1,
        disabled=False,
        readOnly=False,
        n_submit=0,
        n_blur=0,
        autoComplete="off",
        pattern="[0-9]",
        inputMode="numeric",
        name="n",
        size="3",
        maxLength=2,
        minLength=1,
        required=True,
    )
    assert props(field)["inputMode"] == "numeric"
    assert len(props(field)) == 19


@pytest.mark.parametrize("value", ["text", "number", "password", "email", "search", "tel", "url", "hidden"])
def test_input_types(value):
    assert dcc.Input(type=value).type == value


def test_input_type_errors():
    with pytest.raises(ValueError) as info:
        dcc.Input(type="txt")
    assert str(info.value).startswith("Input() got type='txt', which is not one of 'text', 'number',")
    assert str(info.value).endswith(" or 'color'. Pass one of those values for 'type'.")
    with pytest.raises(TypeError, match="Input\\(\\) got type=5"):
        dcc.Input(type=5)


def test_validation_on_assignment():
    field = dcc.Input(type="text")
    with pytest.raises(ValueError, match="got type='checkbox'"):
        field.type = "checkbox"
    assert field.type == "text"
    field.type = None
    assert props(field) == {"type": None}


@pytest.mark.parametrize(
    "options",
    [
        ["NYC", "MTL", 3],
        {"NYC": "New York", "MTL": "Montreal"},
        [
            {"label": "New York", "value": "NYC"},
            {"label": html.B("Montreal"), "value": "MTL", "disabled": True},
        ],
        [],
    ],
)
def test_dropdown_options_are_kept_as_given(options):
    assert dcc.Dropdown(options).options is options
    assert dcc.Checklist(options).options is options
    assert dcc.RadioItems(options).options is options


def test_option_errors():
    with pytest.raises(TypeError, match=r"Dropdown\(\) got options='abc'\. Pass a list of values"):
        dcc.Dropdown("abc")
    with pytest.raises(
        ValueError, match=r"Checklist\(\) got the option \{'label': 'A'\}, which has no 'value'"
    ):
        dcc.Checklist([{"label": "A"}])


def test_dropdown_props():
    dropdown = dcc.Dropdown(
        ["a"], clearable=False, searchable=False, placeholder="Pick", disabled=True, search_value="", id="dd"
    )
    assert props(dropdown)["clearable"] is False
    assert dropdown.multi is None


def test_store():
    assert props(dcc.Store("s", clear_data=True, modified_timestamp=-1)) == {
        "id": "s",
        "clear_data": True,
        "modified_timestamp": -1,
    }
    for storage_type in ("memory", "local", "session"):
        assert dcc.Store("s", storage_type).storage_type == storage_type
    with pytest.raises(ValueError) as info:
        dcc.Store(id="s", storage_type="disk")
    assert str(info.value) == (
        "Store() got storage_type='disk', which is not one of 'memory', 'local' or 'session'."
        " Pass one of those values for 'storage_type'."
    )
    with pytest.raises(TypeError, match=r"Store\(\) is missing the required prop 'id'"):
        dcc.Store(data=1)


def test_interval():
    assert props(dcc.Interval(id="i", interval=1000, n_intervals=0, max_intervals=5, disabled=False)) == {
        "id": "i",
        "interval": 1000,
        "n_intervals": 0,
        "max_intervals": 5,
        "disabled": False,
    }


def test_location():
    location = dcc.Location(id="url", refresh="callback-nav", search="?a=1", hash="#x", href="http://h/")
    assert location.refresh == "callback-nav"
    with pytest.raises(ValueError, match="got refresh='yes'"):
        dcc.Location(id="url", refresh="yes")
    with pytest.raises(TypeError, match="missing the required prop 'id'"):
        dcc.Location()


def test_link():
    link = dcc.Link(html.Span("Home"), href="/", target="_blank", refresh=True, title="t")
    assert [c._type for c in link._traverse()] == ["Span"]
    assert props(link)["refresh"] is True


def test_markdown():
    lines = ["# Title", "", "text"]
    markdown = dcc.Markdown(lines, dangerously_allow_html=False, link_target="_blank", id="md")
    assert props(markdown) == {
        "children": lines,
        "dangerously_allow_html": False,
        "link_target": "_blank",
        "id": "md",
    }
    with pytest.raises(TypeError, match=r"Markdown\(\) children must be a string or a list of strings"):
        dcc.Markdown(html.P("x"))
    with pytest.raises(TypeError, match="put the Markdown and the components in an html.Div"):
        dcc.Markdown(["ok", 3])


class FakeFigure:
    def to_plotly_json(self):
        return {"data": [{"type": "bar", "y": [1, 2]}], "layout": {}}


def test_graph():
    figure = FakeFigure()
    graph = dcc.Graph(
        id="g",
        figure=figure,
        config={"displayModeBar": False},
        style={"height": 300},
        className="c",
        responsive=True,
        animate=False,
        clickData=None,
    )
    assert props(graph)["figure"] is figure  # the JSON encoder converts it
    assert graph.to_dict()["props"]["figure"] == {"data": [{"type": "bar", "y": [1, 2]}], "layout": {}}
    for responsive in (True, False, "auto"):
        assert dcc.Graph(responsive=responsive).responsive == responsive
    with pytest.raises(ValueError, match="got responsive='yes'"):
        dcc.Graph(responsive="yes")


def test_graph_with_plotly_figure():
    go = pytest.importorskip("plotly.graph_objects")
    figure = go.Figure(data=[go.Bar(y=[1, 2])])
    data = dcc.Graph(figure=figure).to_dict()["props"]["figure"]
    assert data["data"][0]["type"] == "bar"
    assert list(data["data"][0]["y"]) == [1, 2]


def test_slider_updatemode_and_persistence_type():
    assert dcc.Slider(updatemode="drag").updatemode == "drag"
    with pytest.raises(ValueError, match="got updatemode='live'"):
        dcc.RangeSlider(updatemode="live")
    assert dcc.Dropdown(persistence=True, persistence_type="session").persistence_type == "session"
    with pytest.raises(ValueError, match="got persistence_type='cookie'"):
        dcc.Input(persistence_type="cookie")


def test_range_slider_only_props():
    slider = dcc.RangeSlider(0, 5, value=[1, 2], allowCross=False, pushable=1, count=1)
    assert props(slider)["pushable"] == 1
    with pytest.raises(TypeError, match=r"Slider\(\) has no prop 'allowCross'"):
        dcc.Slider(allowCross=False)


def test_dcc_in_html_layout_lookup():
    layout = html.Div([dcc.Input(id="in"), html.Div(dcc.Graph(id={"type": "g", "index": 1}))])
    assert layout["in"]._type == "Input"
    assert list(layout) == ["in", {"type": "g", "index": 1}]
