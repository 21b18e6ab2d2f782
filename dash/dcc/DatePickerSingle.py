from __future__ import annotations

from ..development.base_component import Component
from . import _datepicker
from ._base import NAMESPACE
from ._base import iso_date


class DatePickerSingle(Component):
    """An input with a pop-up calendar for one date: ``DatePickerSingle(date, min_date_allowed, ...)``.

    Dates are ISO strings 'YYYY-MM-DD' (a datetime string or a ``datetime.date`` is accepted; the date
    part is used). ``min_date_allowed``/``max_date_allowed`` bound the choice, ``disabled_days`` lists
    dates that cannot be chosen. ``display_format`` (default 'YYYY-MM-DD') and ``month_format`` (default
    'MMMM YYYY') use moment.js tokens: YYYY, YY, M, MM, MMM, MMMM, D, DD, Do, d, dd, ddd, dddd, Q, X, x
    and [literal text]. ``first_day_of_week`` is 0 (Sunday) to 6. The calendar opens on the input and is
    used with the keyboard: arrows move a day/week, PageUp/PageDown a month, Home/End the week's
    start/end, Enter picks, Escape closes.
    """

    _type = "DatePickerSingle"
    _namespace = NAMESPACE
    _base_nodes = ()
    _prop_names = (
        ("date",)
        + _datepicker.CALENDAR
        + ("disabled", "style", "className", "persistence", "persisted_props", "persistence_type", "id")
        + ("loading_state",)
    )
    _positional = _prop_names[:-1]
    _validators = {"date": iso_date("date"), **_datepicker.VALIDATORS}
