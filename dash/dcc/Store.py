from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import one_of

STORAGE_TYPES = ("memory", "local", "session")


class Store(Component):
    """Data kept in the browser: ``Store(id, storage_type, data, ...)``; ``id`` is required."""

    _type = "Store"
    _namespace = NAMESPACE
    _prop_names = ("id", "storage_type", "data", "clear_data", "modified_timestamp")
    _positional = _prop_names
    _required_props = ("id",)
    _validators = {"storage_type": one_of("storage_type", STORAGE_TYPES)}
