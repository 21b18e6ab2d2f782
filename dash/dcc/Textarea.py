from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import PERSISTENCE
from ._base import PERSISTENCE_VALIDATORS


class Textarea(Component):
    """A multi-line text box: ``Textarea(id, value, ...)``."""

    _type = "Textarea"
    _namespace = NAMESPACE
    _prop_names = (
        "id",
        "value",
        "autoFocus",
        "cols",
        "disabled",
        "form",
        "maxLength",
        "minLength",
        "name",
        "placeholder",
        "readOnly",
        "required",
        "rows",
        "wrap",
        "accessKey",
        "className",
        "contentEditable",
        "contextMenu",
        "dir",
        "draggable",
        "hidden",
        "lang",
        "spellCheck",
        "style",
        "tabIndex",
        "title",
        "n_blur",
        "n_blur_timestamp",
        "n_clicks",
        "n_clicks_timestamp",
        "loading_state",
    ) + PERSISTENCE
    _positional = ("id", "value")
    _validators = PERSISTENCE_VALIDATORS
