from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE


class Interval(Component):
    """A timer that counts up ``n_intervals``: ``Interval(id, interval, disabled, ...)``."""

    _type = "Interval"
    _namespace = NAMESPACE
    _prop_names = ("id", "interval", "disabled", "n_intervals", "max_intervals")
    _positional = _prop_names
