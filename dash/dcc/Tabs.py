from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import PERSISTENCE_VALIDATORS
from ._base import dict_of
from ._base import number

COLOR_KEYS = ("border", "primary", "background")


class Tabs(Component):
    """A row (or, with ``vertical=True``, a column) of tabs: ``Tabs(children, value, ...)``.

    ``children`` are ``dcc.Tab`` components; ``value`` is the ``value`` of the selected Tab (the first
    Tab's value, or ``'tab-1'``, ``'tab-2'``... for Tabs without one, when not given). The selected Tab's
    children are shown below the tabs in a container styled by ``content_style``/``content_className``;
    ``parent_style``/``parent_className`` style the element holding both. ``colors`` is
    ``{'border', 'primary', 'background'}`` (CSS colours). Left/Right (Up/Down when vertical), Home and
    End move between the tabs from the keyboard. Below ``mobile_breakpoint`` pixels of window width the
    tabs stack at full width (0 turns that off).
    """

    _type = "Tabs"
    _namespace = NAMESPACE
    _base_nodes = ("children",)
    _prop_names = (
        "children",
        "value",
        "content_className",
        "parent_className",
        "style",
        "parent_style",
        "content_style",
        "vertical",
        "mobile_breakpoint",
        "colors",
        "className",
        "persistence",
        "persisted_props",
        "persistence_type",
        "id",
        "loading_state",
    )
    _positional = _prop_names[:-1]
    _validators = {
        "colors": dict_of("colors", COLOR_KEYS, COLOR_KEYS),
        "mobile_breakpoint": number("mobile_breakpoint", 0),
        **PERSISTENCE_VALIDATORS,
    }
