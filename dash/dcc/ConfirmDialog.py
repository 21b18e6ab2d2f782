from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE

#: Props of ConfirmDialog; ConfirmDialogProvider adds ``children`` in front.
PROPS = (
    "id",
    "message",
    "submit_n_clicks",
    "submit_n_clicks_timestamp",
    "cancel_n_clicks",
    "cancel_n_clicks_timestamp",
    "displayed",
)


class ConfirmDialog(Component):
    """The browser's confirm box, shown when a callback sets ``displayed=True``: ``ConfirmDialog(id, message)``.

    OK adds one to ``submit_n_clicks``, Cancel to ``cancel_n_clicks`` (with ``*_timestamp`` in
    milliseconds since the epoch); either sets ``displayed`` back to False.
    """

    _type = "ConfirmDialog"
    _namespace = NAMESPACE
    _base_nodes = ()
    _prop_names = PROPS
    _positional = PROPS
