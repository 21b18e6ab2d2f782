from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import PERSISTENCE_VALIDATORS
from ._base import string_or_number


class Tab(Component):
    """One tab of a ``dcc.Tabs``: ``Tab(children, label, value, ...)``.

    ``children`` show when the tab is selected; ``label`` (text or components) is what the tab shows.
    ``style``/``className`` apply always, ``selected_style``/``selected_className`` when selected,
    ``disabled_style``/``disabled_className`` when ``disabled``. ``width`` is a CSS length or a number
    of pixels (horizontal tabs only).
    """

    _type = "Tab"
    _namespace = NAMESPACE
    _base_nodes = ("label", "children")
    _prop_names = (
        "children",
        "label",
        "value",
        "disabled",
        "disabled_style",
        "disabled_className",
        "className",
        "selected_className",
        "style",
        "selected_style",
        "width",
        "persistence",
        "persisted_props",
        "persistence_type",
        "id",
        "loading_state",
    )
    _positional = _prop_names[:-1]
    _validators = {"width": string_or_number("width"), **PERSISTENCE_VALIDATORS}
