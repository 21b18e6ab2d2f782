from __future__ import annotations

import typing as t

from ..development.base_component import Component
from ..development.base_component import _check_id
from ._base import NAMESPACE


def _check_target(type_name: str, value: t.Any) -> None:
    if value is not None:
        _check_id(f"{type_name}'s target_id", value)


class Clipboard(Component):
    """A copy-to-clipboard button: ``Clipboard(children, id, ..., target_id, content)``.

    A click copies ``content``, or else the text (the value, for inputs) of the component whose id is
    ``target_id``, and adds one to ``n_clicks``. A callback on ``n_clicks`` may set ``content`` (and
    ``html_content``, copied as text/html) to decide what is copied. ``children`` replace the copy icon;
    ``copied_children`` show for a moment after a copy.
    """

    _type = "Clipboard"
    _namespace = NAMESPACE
    _base_nodes = ("copied_children", "children")
    _prop_names = (
        "children",
        "id",
        "copied_children",
        "target_id",
        "content",
        "n_clicks",
        "html_content",
        "title",
        "style",
        "className",
        "loading_state",
    )
    _positional = _prop_names[:-1]
    _validators = {"target_id": _check_target}
