"""Core interactive components (``dcc.Input``, ``dcc.Dropdown``, ``dcc.Graph``, ...).

Prop names, positional orders and the ``dash_core_components`` namespace follow Plotly Dash. Only the
props that were given are serialised; the browser renderer applies the defaults.
"""

from __future__ import annotations

import typing as t

from ._version import __version__ as __version__
from .development.base_component import Component

_NAMESPACE = "dash_core_components"
_PERSISTENCE = ("persistence", "persisted_props", "persistence_type")

#: Values accepted for ``Input.type``: Plotly Dash's list, plus the other text-like HTML input types.
INPUT_TYPES = (
    "text",
    "number",
    "password",
    "email",
    "range",
    "search",
    "tel",
    "url",
    "hidden",
    "date",
    "datetime-local",
    "month",
    "time",
    "week",
    "color",
)
INPUT_MODES = (
    "verbatim",
    "latin",
    "latin-name",
    "latin-prose",
    "full-width-latin",
    "kana",
    "katakana",
    "numeric",
    "tel",
    "email",
    "url",
)
STORAGE_TYPES = ("memory", "local", "session")
PERSISTENCE_TYPES = ("local", "session", "memory")
SLIDER_UPDATEMODES = ("mouseup", "drag")
LOCATION_REFRESH = (True, False, "callback-nav")
GRAPH_RESPONSIVE = (True, False, "auto")


def _join_choices(choices: tuple[t.Any, ...]) -> str:
    quoted = [repr(choice) for choice in choices]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _one_of(prop: str, choices: tuple[t.Any, ...]) -> t.Callable[[str, t.Any], None]:
    """A validator accepting None or one of ``choices``."""
    choice_types = tuple({type(choice) for choice in choices})

    def check(type_name: str, value: t.Any) -> None:
        if value is None or (isinstance(value, choice_types) and value in choices):
            return
        error = ValueError if isinstance(value, choice_types) else TypeError
        raise error(
            f"{type_name}() got {prop}={value!r}, which is not one of {_join_choices(choices)}."
            f" Pass one of those values for {prop!r}."
        )

    return check


def _check_options(type_name: str, value: t.Any) -> None:
    if value is None or isinstance(value, dict):
        return
    if not isinstance(value, (list, tuple)):
        raise TypeError(
            f"{type_name}() got options={value!r}. Pass a list of values (['a', 'b']), a dict"
            " {value: label}, or a list of dicts such as [{'label': 'A', 'value': 'a'}]."
        )
    for option in value:
        if isinstance(option, dict) and "value" not in option:
            raise ValueError(
                f"{type_name}() got the option {option!r}, which has no 'value' key. Give every option"
                " dict a 'value' (and usually a 'label'), for example {'label': 'A', 'value': 'a'}."
            )


def _check_markdown_children(type_name: str, value: t.Any) -> None:
    if value is None or isinstance(value, str):
        return
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return
    raise TypeError(
        f"{type_name}() children must be a string or a list of strings, not {value!r}. To mix text"
        " with components, put the Markdown and the components in an html.Div."
    )


_PERSISTENCE_VALIDATORS = {"persistence_type": _one_of("persistence_type", PERSISTENCE_TYPES)}


class Input(Component):
    """A text-like input box: ``Input(value, type, debounce, placeholder, ...)``."""

    _type = "Input"
    _namespace = _NAMESPACE
    _prop_names = (
        "value",
        "type",
        "debounce",
        "placeholder",
        "n_submit",
        "n_submit_timestamp",
        "inputMode",
        "autoComplete",
        "readOnly",
        "required",
        "autoFocus",
        "disabled",
        "list",
        "multiple",
        "spellCheck",
        "name",
        "min",
        "max",
        "step",
        "minLength",
        "maxLength",
        "pattern",
        "selectionStart",
        "selectionEnd",
        "selectionDirection",
        "n_blur",
        "n_blur_timestamp",
        "size",
        "style",
        "className",
        "id",
        "loading_state",
    ) + _PERSISTENCE
    _positional = ("value", "type", "debounce", "placeholder")
    _validators = {
        "type": _one_of("type", INPUT_TYPES),
        "inputMode": _one_of("inputMode", INPUT_MODES),
        **_PERSISTENCE_VALIDATORS,
    }


class Textarea(Component):
    """A multi-line text box: ``Textarea(id, value, ...)``."""

    _type = "Textarea"
    _namespace = _NAMESPACE
    _prop_names = (
        "id",
        "value",
        "autoFocus",
        "cols",
        "disabled",
        "form",
        "maxLength",
        "minLength",
        "name",
        "placeholder",
        "readOnly",
        "required",
        "rows",
        "wrap",
        "accessKey",
        "className",
        "contentEditable",
        "contextMenu",
        "dir",
        "draggable",
        "hidden",
        "lang",
        "spellCheck",
        "style",
        "tabIndex",
        "title",
        "n_blur",
        "n_blur_timestamp",
        "n_clicks",
        "n_clicks_timestamp",
        "loading_state",
    ) + _PERSISTENCE
    _positional = ("id", "value")
    _validators = _PERSISTENCE_VALIDATORS


class Dropdown(Component):
    """A select box: ``Dropdown(options, value, multi, ...)``.

    ``options`` may be a list of values, a dict ``{value: label}`` or a list of option dicts; it is
    kept as given and normalised by the browser.
    """

    _type = "Dropdown"
    _namespace = _NAMESPACE
    _prop_names = (
        "options",
        "value",
        "multi",
        "clearable",
        "searchable",
        "search_value",
        "placeholder",
        "disabled",
        "optionHeight",
        "maxHeight",
        "closeOnSelect",
        "debounce",
        "style",
        "className",
        "id",
        "loading_state",
    ) + _PERSISTENCE
    _positional = ("options", "value", "multi")
    _validators = {"options": _check_options, **_PERSISTENCE_VALIDATORS}


_SLIDER_PROPS = ("min", "max", "step", "marks", "value", "drag_value")
_SLIDER_TAIL = (
    "disabled",
    "dots",
    "included",
    "tooltip",
    "updatemode",
    "vertical",
    "verticalHeight",
    "allow_direct_input",
    "className",
    "id",
    "loading_state",
) + _PERSISTENCE
_SLIDER_VALIDATORS = {"updatemode": _one_of("updatemode", SLIDER_UPDATEMODES), **_PERSISTENCE_VALIDATORS}


class Slider(Component):
    """A single-value slider: ``Slider(min, max, step, marks, value, ...)``."""

    _type = "Slider"
    _namespace = _NAMESPACE
    _prop_names = _SLIDER_PROPS + _SLIDER_TAIL
    _positional = ("min", "max", "step", "marks", "value")
    _validators = _SLIDER_VALIDATORS


class RangeSlider(Component):
    """A slider with several handles: ``RangeSlider(min, max, step, marks, value, ...)``."""

    _type = "RangeSlider"
    _namespace = _NAMESPACE
    _prop_names = _SLIDER_PROPS + ("allowCross", "pushable", "count") + _SLIDER_TAIL
    _positional = ("min", "max", "step", "marks", "value")
    _validators = _SLIDER_VALIDATORS


_CHOICE_PROPS = (
    "options",
    "value",
    "inline",
    "style",
    "className",
    "inputStyle",
    "inputClassName",
    "labelStyle",
    "labelClassName",
    "id",
    "loading_state",
) + _PERSISTENCE


class Checklist(Component):
    """A list of checkboxes: ``Checklist(options, value, inline, ...)``."""

    _type = "Checklist"
    _namespace = _NAMESPACE
    _prop_names = _CHOICE_PROPS
    _positional = ("options", "value", "inline")
    _validators = {"options": _check_options, **_PERSISTENCE_VALIDATORS}


class RadioItems(Component):
    """A list of radio buttons: ``RadioItems(options, value, inline, ...)``."""

    _type = "RadioItems"
    _namespace = _NAMESPACE
    _prop_names = _CHOICE_PROPS
    _positional = ("options", "value", "inline")
    _validators = {"options": _check_options, **_PERSISTENCE_VALIDATORS}


class Store(Component):
    """Data kept in the browser: ``Store(id, storage_type, data, ...)``; ``id`` is required."""

    _type = "Store"
    _namespace = _NAMESPACE
    _prop_names = ("id", "storage_type", "data", "clear_data", "modified_timestamp")
    _positional = _prop_names
    _required_props = ("id",)
    _validators = {"storage_type": _one_of("storage_type", STORAGE_TYPES)}


class Interval(Component):
    """A timer that counts up ``n_intervals``: ``Interval(id, interval, disabled, ...)``."""

    _type = "Interval"
    _namespace = _NAMESPACE
    _prop_names = ("id", "interval", "disabled", "n_intervals", "max_intervals")
    _positional = _prop_names


class Location(Component):
    """The browser's URL: ``Location(id, pathname, search, hash, href, refresh)``; ``id`` is required."""

    _type = "Location"
    _namespace = _NAMESPACE
    _prop_names = ("id", "pathname", "search", "hash", "href", "refresh")
    _positional = _prop_names
    _required_props = ("id",)
    _validators = {"refresh": _one_of("refresh", LOCATION_REFRESH)}


class Link(Component):
    """A link that changes the URL without reloading the page: ``Link(children, href, ...)``."""

    _type = "Link"
    _namespace = _NAMESPACE
    _prop_names = (
        "children",
        "href",
        "target",
        "refresh",
        "title",
        "className",
        "style",
        "id",
        "loading_state",
    )
    _positional = ("children", "href")


class Markdown(Component):
    """Markdown text rendered in the browser: ``Markdown(children, id, ...)``.

    ``children`` is a string or a list of strings (joined with newlines by the browser).
    """

    _type = "Markdown"
    _namespace = _NAMESPACE
    _prop_names = (
        "children",
        "id",
        "className",
        "mathjax",
        "dangerously_allow_html",
        "link_target",
        "dedent",
        "highlight_config",
        "loading_state",
        "style",
    )
    _positional = ("children", "id")
    _validators = {"children": _check_markdown_children}


class Graph(Component):
    """A plotly.js chart: ``Graph(id, figure=..., ...)``.

    ``figure`` may be a dict or a plotly Figure (serialised through its ``to_plotly_json``).
    """

    _type = "Graph"
    _namespace = _NAMESPACE
    _prop_names = (
        "id",
        "responsive",
        "clickData",
        "clickAnnotationData",
        "hoverData",
        "clear_on_unhover",
        "selectedData",
        "relayoutData",
        "extendData",
        "prependData",
        "restyleData",
        "figure",
        "style",
        "className",
        "mathjax",
        "animate",
        "animation_options",
        "config",
        "loading_state",
    )
    _positional = ("id",)
    _validators = {"responsive": _one_of("responsive", GRAPH_RESPONSIVE)}
