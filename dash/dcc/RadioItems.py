from __future__ import annotations

from ..development.base_component import Component
from ._base import CHOICE_PROPS
from ._base import NAMESPACE
from ._base import PERSISTENCE_VALIDATORS
from ._base import check_options


class RadioItems(Component):
    """A list of radio buttons: ``RadioItems(options, value, inline, ...)``."""

    _type = "RadioItems"
    _namespace = NAMESPACE
    _prop_names = CHOICE_PROPS
    _positional = ("options", "value", "inline")
    _validators = {"options": check_options, **PERSISTENCE_VALIDATORS}
