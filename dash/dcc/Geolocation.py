from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import number


class Geolocation(Component):
    """The browser's location (no DOM): ``Geolocation(id, ...)``.

    On load, and each time a callback sets ``update_now=True``, the browser is asked for its position
    (the user must allow it). ``position`` is ``{'lat', 'lon', 'accuracy', 'alt', 'alt_accuracy',
    'heading', 'speed'}`` (degrees, metres, m/s), ``timestamp`` milliseconds since the epoch,
    ``local_date`` that time as a local date string. A refusal or failure sets ``position_error``
    ``{'code', 'message'}`` (and shows an alert with ``show_alert=True``). ``maximum_age`` and
    ``timeout`` are milliseconds; ``high_accuracy`` asks for GPS-grade accuracy.
    """

    _type = "Geolocation"
    _namespace = NAMESPACE
    _base_nodes = ()
    _prop_names = (
        "id",
        "local_date",
        "timestamp",
        "position",
        "position_error",
        "show_alert",
        "update_now",
        "high_accuracy",
        "maximum_age",
        "timeout",
    )
    _positional = _prop_names
    _validators = {"maximum_age": number("maximum_age", 0), "timeout": number("timeout", 0)}
