from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE


class Link(Component):
    """A link that changes the URL without reloading the page: ``Link(children, href, ...)``."""

    _type = "Link"
    _namespace = NAMESPACE
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
