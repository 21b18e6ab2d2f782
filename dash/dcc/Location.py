from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import one_of

LOCATION_REFRESH = (True, False, "callback-nav")


class Location(Component):
    """The browser's URL: ``Location(id, pathname, search, hash, href, refresh)``; ``id`` is required."""

    _type = "Location"
    _namespace = NAMESPACE
    _prop_names = ("id", "pathname", "search", "hash", "href", "refresh")
    _positional = _prop_names
    _required_props = ("id",)
    _validators = {"refresh": one_of("refresh", LOCATION_REFRESH)}
