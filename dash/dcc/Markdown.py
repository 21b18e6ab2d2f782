from __future__ import annotations

import typing as t

from ..development.base_component import Component
from ._base import NAMESPACE


def _check_markdown_children(type_name: str, value: t.Any) -> None:
    if value is None or isinstance(value, str):
        return
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return
    raise TypeError(
        f"{type_name}() children must be a string or a list of strings, not {value!r}. To mix text"
        " with components, put the Markdown and the components in an html.Div."
    )


class Markdown(Component):
    """Markdown text rendered in the browser: ``Markdown(children, id, ...)``.

    ``children`` is a string or a list of strings (joined with newlines by the browser).
    """

    _type = "Markdown"
    _namespace = NAMESPACE
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
