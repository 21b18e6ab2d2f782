from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import dict_of
from ._base import number
from ._base import one_of

DIRECTIONS = ("top", "right", "bottom", "left")
BBOX_KEYS = ("x0", "y0", "x1", "y1")


class Tooltip(Component):
    """A box with an arrow pointing at a place on the page: ``Tooltip(children, id, ...)``.

    ``bbox`` is ``{'x0', 'y0', 'x1', 'y1'}`` in pixels relative to the tooltip's parent (the shape of
    a Graph's ``hoverData`` bbox); the box sits on the ``direction`` side of it ('right' by default).
    ``show`` toggles it; ``loading_text`` shows while the children are updated by a callback.
    ``targetable`` lets the mouse enter the box.
    """

    _type = "Tooltip"
    _namespace = NAMESPACE
    _base_nodes = ("children",)
    _prop_names = (
        "children",
        "id",
        "className",
        "style",
        "bbox",
        "show",
        "direction",
        "border_color",
        "background_color",
        "loading_text",
        "zindex",
        "targetable",
        "loading_state",
    )
    _positional = _prop_names[:-1]
    _validators = {
        "bbox": dict_of("bbox", BBOX_KEYS, BBOX_KEYS),
        "direction": one_of("direction", DIRECTIONS),
        "zindex": number("zindex"),
    }
