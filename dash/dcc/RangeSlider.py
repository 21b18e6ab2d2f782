from __future__ import annotations

from ..development.base_component import Component
from . import _slider
from ._base import NAMESPACE


class RangeSlider(Component):
    """A slider with several handles: ``RangeSlider(min, max, step, marks, value, ...)``.

    ``value`` is a list of numbers, one per handle; the other props are Slider's, plus ``allowCross``,
    ``pushable`` (a minimum distance, or True for one step) and ``count``.
    """

    _type = "RangeSlider"
    _namespace = NAMESPACE
    _prop_names = _slider.HEAD + ("allowCross", "pushable", "count") + _slider.TAIL
    _positional = ("min", "max", "step", "marks", "value")
    _validators = _slider.VALIDATORS
