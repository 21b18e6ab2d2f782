from __future__ import annotations

import typing as t

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import PERSISTENCE_VALIDATORS
from ._base import number
from ._base import one_of

SPINNER_TYPES = ("graph", "cube", "circle", "dot", "default")
DISPLAYS = ("auto", "show", "hide")


def _check_targets(type_name: str, value: t.Any) -> None:
    if value is None:
        return
    if isinstance(value, dict) and all(
        isinstance(key, str)
        and (
            isinstance(props, str)
            or (isinstance(props, (list, tuple)) and all(isinstance(p, str) for p in props))
        )
        for key, props in value.items()
    ):
        return
    raise TypeError(
        f"{type_name}() got target_components={value!r}. Pass a dict from component id to a prop name or"
        " a list of prop names, for example {'graph': 'figure', 'table': ['data', 'columns']}; '*' means"
        " every prop."
    )


class Loading(Component):
    """Shows a spinner over its children while a callback updates them: ``Loading(children, type, ...)``.

    ``type`` is one of 'graph', 'cube', 'circle', 'dot' and 'default' (the default); ``custom_spinner``
    (a component) replaces it. ``delay_show``/``delay_hide`` are milliseconds. ``target_components``
    (``{id: prop or [props]}``) limits which outputs show the spinner. ``display`` 'show'/'hide' forces
    the spinner on/off ('auto' follows the callbacks). While loading, ``overlay_style`` is applied to the
    children (default ``{'visibility': 'hidden'}``). ``show_initially`` (default True) shows the spinner
    until the first callbacks of the page have answered.
    """

    _type = "Loading"
    _namespace = NAMESPACE
    _base_nodes = ("custom_spinner", "children")
    _prop_names = (
        "children",
        "type",
        "fullscreen",
        "debug",
        "style",
        "parent_className",
        "parent_style",
        "overlay_style",
        "color",
        "display",
        "delay_hide",
        "delay_show",
        "show_initially",
        "target_components",
        "custom_spinner",
        "className",
        "persistence",
        "persisted_props",
        "persistence_type",
        "id",
        "loading_state",
    )
    _positional = _prop_names[:-1]
    _validators = {
        "type": one_of("type", SPINNER_TYPES),
        "display": one_of("display", DISPLAYS),
        "delay_hide": number("delay_hide", 0),
        "delay_show": number("delay_show", 0),
        "target_components": _check_targets,
        **PERSISTENCE_VALIDATORS,
    }
