from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from .ConfirmDialog import PROPS


class ConfirmDialogProvider(Component):
    """Asks for confirmation when its child (usually a button) is clicked:
    ``ConfirmDialogProvider(children, id, message)``.

    Clicking the child shows the browser's confirm box with ``message``; OK adds one to
    ``submit_n_clicks``, Cancel to ``cancel_n_clicks``. ``displayed=True`` from a callback opens it too.
    """

    _type = "ConfirmDialogProvider"
    _namespace = NAMESPACE
    _base_nodes = ("children",)
    _prop_names = ("children",) + PROPS
    _positional = _prop_names
