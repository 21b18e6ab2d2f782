from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import one_of

GRAPH_RESPONSIVE = (True, False, "auto")


class Graph(Component):
    """A plotly.js chart: ``Graph(id, figure=..., ...)``.

    ``figure`` may be a dict or a plotly Figure (serialised through its ``to_plotly_json``).
    """

    _type = "Graph"
    _namespace = NAMESPACE
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
    _validators = {"responsive": one_of("responsive", GRAPH_RESPONSIVE)}
