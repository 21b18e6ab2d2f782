from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import PERSISTENCE
from ._base import PERSISTENCE_VALIDATORS
from ._base import one_of

#: Values accepted for ``Input.type``: Plotly Dash's list, plus the other text-like HTML input types.
INPUT_TYPES = (
    "text",
    "number",
    "password",
    "email",
    "range",
    "search",
    "tel",
    "url",
    "hidden",
    "date",
    "datetime-local",
    "month",
    "time",
    "week",
    "color",
)
#: Values accepted for ``Input.inputMode``.
INPUT_MODES = (
    "verbatim",
    "latin",
    "latin-name",
    "latin-prose",
    "full-width-latin",
    "kana",
    "katakana",
    "numeric",
    "tel",
    "email",
    "url",
)


class Input(Component):
    """A text-like input box: ``Input(value, type, debounce, placeholder, ...)``."""

    _type = "Input"
    _namespace = NAMESPACE
    _prop_names = (
        "value",
        "type",
        "debounce",
        "placeholder",
        "n_submit",
        "n_submit_timestamp",
        "inputMode",
        "autoComplete",
        "readOnly",
        "required",
        "autoFocus",
        "disabled",
        "list",
        "multiple",
        "spellCheck",
        "name",
        "min",
        "max",
        "step",
        "minLength",
        "maxLength",
        "pattern",
        "selectionStart",
        "selectionEnd",
        "selectionDirection",
        "n_blur",
        "n_blur_timestamp",
        "size",
        "style",
        "className",
        "id",
        "loading_state",
    ) + PERSISTENCE
    _positional = ("value", "type", "debounce", "placeholder")
    _validators = {
        "type": one_of("type", INPUT_TYPES),
        "inputMode": one_of("inputMode", INPUT_MODES),
        **PERSISTENCE_VALIDATORS,
    }
