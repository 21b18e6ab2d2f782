from __future__ import annotations

import json

import pytest

from dash import html
from dash._html_elements import ELEMENTS
from dash._html_elements import LEADING_PROPS
from dash._html_elements import TRAILING_PROPS
from dash.development.base_component import Component
from dash.html import Div

# Every name in Plotly Dash's dash.html.
PLOTLY_HTML_NAMES = """
A Abbr Acronym Address Area Article Aside Audio B Base Basefont Bdi Bdo Big Blink Blockquote Br Button
Canvas Caption Center Cite Code Col Colgroup Content Data Datalist Dd Del Details Dfn Dialog Div Dl Dt
Em Embed Fieldset Figcaption Figure Font Footer Form Frame Frameset H1 H2 H3 H4 H5 H6 Header Hgroup Hr
I Iframe Img Ins Kbd Keygen Label Legend Li Link Main MapEl Mark Marquee Meta Meter Nav Nobr Noscript
ObjectEl Ol Optgroup Option Output P Param Picture Plaintext Pre Progress Q Rb Rp Rt Rtc Ruby S Samp
Script Section Select Shadow Slot Small Source Spacer Span Strike Strong Sub Summary Sup Table Tbody Td
Template Textarea Tfoot Th Thead Time Title Tr Track U Ul Var Video Wbr Xmp
""".split()

COMMON_PROPS = (
    "children id className style n_clicks n_clicks_timestamp key role title hidden tabIndex lang dir"
    " draggable contentEditable accessKey spellCheck disable_n_clicks loading_state"
).split()


def test_every_plotly_name_exists_and_nothing_else():
    assert sorted(html.__all__) == sorted(PLOTLY_HTML_NAMES)
    for name in PLOTLY_HTML_NAMES:
        cls = getattr(html, name)
        assert issubclass(cls, Component)
        assert cls.__name__ == cls._type == name
        assert cls.__module__ == "dash.html"


def test_classes_come_from_the_table():
    for name, (tag, attributes) in ELEMENTS.items():
        cls = getattr(html, name)
        assert cls._tag == tag
        assert cls._prop_names == LEADING_PROPS + attributes + TRAILING_PROPS


@pytest.mark.parametrize("name", PLOTLY_HTML_NAMES)
def test_element_basics(name):
    cls = getattr(html, name)
    assert cls._namespace == "dash_html_components"
    assert cls._accepts_children is True
    assert cls._valid_wildcard_attributes == ("data-", "aria-")
    assert set(COMMON_PROPS) <= set(cls._prop_names)
    expected_tag = {"ObjectEl": "object", "MapEl": "map"}.get(name, name.lower())
    assert cls._tag == expected_tag


@pytest.mark.parametrize(
    ("name", "attributes"),
    [
        ("A", ["href", "target", "download", "rel"]),
        ("Img", ["src", "alt", "width", "height", "srcSet"]),
        ("Td", ["colSpan", "rowSpan", "headers"]),
        ("Th", ["colSpan", "rowSpan", "scope"]),
        ("Label", ["htmlFor", "form"]),
        ("Button", ["type", "name", "value", "disabled", "autoFocus"]),
        ("Iframe", ["src", "srcDoc", "width", "height", "allow", "sandbox"]),
        ("ObjectEl", ["data", "type", "width", "height"]),
        ("MapEl", ["name"]),
        ("Option", ["value", "label", "selected", "disabled"]),
        ("Ol", ["start", "reversed"]),
        ("Video", ["src", "controls", "autoPlay", "loop", "muted", "poster"]),
        ("Script", ["async", "defer", "src"]),
        ("Track", ["default", "kind", "srcLang"]),
        ("Meta", ["charSet", "content", "httpEquiv", "name"]),
        ("Details", ["open"]),
    ],
)
def test_element_specific_attributes(name, attributes):
    cls = getattr(html, name)
    props = {attribute: f"v-{attribute}" for attribute in attributes}
    assert cls(**props).to_plotly_json()["props"] == {**props, "children": None}


def test_div_rejects_attributes_of_other_elements():
    with pytest.raises(TypeError) as info:
        html.Div(href="/x")
    assert str(info.value).startswith("Div() has no prop 'href'.")


def test_near_miss_suggestion():
    with pytest.raises(TypeError, match=r"Td\(\) has no prop 'colspan'\. Did you mean 'colSpan'\?"):
        html.Td(colspan=2)
    with pytest.raises(TypeError, match="Did you mean 'className'"):
        html.Span(class_name="x")


def test_children_then_id_are_positional():
    div = html.Div(["a", html.Br()], "main", className="c")
    assert div.children[0] == "a"
    assert div.id == "main"
    assert div.className == "c"
    with pytest.raises(TypeError, match=r"Div\(\) takes at most 2 positional arguments"):
        html.Div("a", "b", "c")


def test_serialised_layout_shape():
    layout = html.Div(
        [
            html.H1("Title", id="title"),
            html.Table([html.Tr([html.Td("1", colSpan=2), html.Td(html.A("link", href="/x"))])]),
            html.ObjectEl(data="/f.svg", type="image/svg+xml"),
        ],
        id="root",
        style={"color": "red"},
        **{"data-test": "yes", "aria-label": "Main"},
    )
    encoded = json.dumps(layout, default=lambda obj: obj.to_plotly_json())
    assert json.loads(encoded) == {
        "type": "Div",
        "namespace": "dash_html_components",
        "props": {
            "children": [
                {
                    "type": "H1",
                    "namespace": "dash_html_components",
                    "props": {"children": "Title", "id": "title"},
                },
                {
                    "type": "Table",
                    "namespace": "dash_html_components",
                    "props": {
                        "children": [
                            {
                                "type": "Tr",
                                "namespace": "dash_html_components",
                                "props": {
                                    "children": [
                                        {
                                            "type": "Td",
                                            "namespace": "dash_html_components",
                                            "props": {"children": "1", "colSpan": 2},
                                        },
                                        {
                                            "type": "Td",
                                            "namespace": "dash_html_components",
                                            "props": {
                                                "children": {
                                                    "type": "A",
                                                    "namespace": "dash_html_components",
                                                    "props": {"children": "link", "href": "/x"},
                                                }
                                            },
                                        },
                                    ]
                                },
                            }
                        ]
                    },
                },
                {
                    "type": "ObjectEl",
                    "namespace": "dash_html_components",
                    "props": {"data": "/f.svg", "type": "image/svg+xml", "children": None},
                },
            ],
            "id": "root",
            "style": {"color": "red"},
            "data-test": "yes",
            "aria-label": "Main",
        },
    }


def test_data_and_aria_props_read_and_write():
    button = html.Button("Go", **{"data-index": 3})
    assert getattr(button, "data-index") == 3
    setattr(button, "aria-pressed", "true")
    assert button.to_plotly_json()["props"] == {"children": "Go", "data-index": 3, "aria-pressed": "true"}
    assert repr(button) == "Button(children='Go', **{'data-index': 3, 'aria-pressed': 'true'})"


def test_n_clicks_and_lookups_through_html_tree():
    layout = html.Div([html.Button("b", id="btn", n_clicks=0), html.Ul([html.Li("x", id="li")])])
    assert layout["btn"].n_clicks == 0
    assert list(layout) == ["btn", "li"]
    assert "li" in layout


def test_from_import_and_identity():
    assert Div is html.Div
    assert Div("x")._type == "Div"


def test_unknown_element_names_point_to_dcc():
    with pytest.raises(AttributeError) as info:
        html.Input  # noqa: B018
    assert str(info.value) == (
        "The module 'dash.html' has no element 'Input'. Interactive inputs live in 'dash.dcc', for example"
        " dcc.Input and dcc.Dropdown."
    )
    with pytest.raises(AttributeError, match="Did you mean 'Div'"):
        html.Dvi  # noqa: B018
