from __future__ import annotations

from ..development.base_component import Component
from . import _slider
from ._base import NAMESPACE


class Slider(Component):
    """A single-value slider: ``Slider(min, max, step, marks, value, ...)``.

    ``marks`` is ``{position: label or {'label', 'style'}}``; a mark with an empty label still draws a
    dot. ``step=None`` makes the handle snap to the marks. ``tooltip`` is a dict with
    ``always_visible``, ``placement``, ``template`` (containing ``{value}``), ``style`` and ``transform``.
    """

    _type = "Slider"
    _namespace = NAMESPACE
    _prop_names = _slider.HEAD + _slider.TAIL
    _positional = ("min", "max", "step", "marks", "value")
    _validators = _slider.VALIDATORS
