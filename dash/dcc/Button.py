from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import PERSISTENCE_VALIDATORS
from ._base import one_of

BUTTON_TYPES = ("submit", "reset", "button")


class Button(Component):
    """A styled ``<button>``: ``Button(children, className, ...)``; ``type`` defaults to 'button'.

    Counts ``n_clicks`` and ``n_blur`` (with ``*_timestamp`` in milliseconds since the epoch) like
    ``html.Button``, and takes the button's HTML attributes.
    """

    _type = "Button"
    _namespace = NAMESPACE
    _base_nodes = ("children",)
    _prop_names = (
        "children",
        "className",
        "persistence",
        "persisted_props",
        "persistence_type",
        "id",
        "type",
        "autoFocus",
        "disabled",
        "form",
        "formAction",
        "formEncType",
        "formMethod",
        "formNoValidate",
        "formTarget",
        "name",
        "value",
        "accessKey",
        "contentEditable",
        "dir",
        "draggable",
        "hidden",
        "lang",
        "role",
        "spellCheck",
        "style",
        "tabIndex",
        "title",
        "n_blur",
        "n_blur_timestamp",
        "n_clicks",
        "n_clicks_timestamp",
        "loading_state",
    )
    _positional = _prop_names[:-1]
    _validators = {"type": one_of("type", BUTTON_TYPES), **PERSISTENCE_VALIDATORS}
