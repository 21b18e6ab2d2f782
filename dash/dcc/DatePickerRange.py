from __future__ import annotations

from ..development.base_component import Component
from . import _datepicker
from ._base import NAMESPACE
from ._base import iso_date
from ._base import number
from ._base import one_of


class DatePickerRange(Component):
    """Two inputs and a calendar for a range of dates: ``DatePickerRange(start_date, end_date, ...)``.

    Dates are ISO strings 'YYYY-MM-DD' (a datetime string or a ``datetime.date`` is accepted; the date
    part is used). ``min_date_allowed``/``max_date_allowed`` bound the choice, ``disabled_days`` lists
    dates that cannot be chosen. ``display_format`` (default 'YYYY-MM-DD') and ``month_format`` (default
    'MMMM YYYY') use moment.js tokens: YYYY, YY, M, MM, MMM, MMMM, D, DD, Do, d, dd, ddd, dddd, Q, X, x
    and [literal text]. ``first_day_of_week`` is 0 (Sunday) to 6. The calendar opens on the input and is
    used with the keyboard: arrows move a day/week, PageUp/PageDown a month, Home/End the week's
    start/end, Enter picks, Escape closes.
    ``minimum_nights`` is the least number of days between start and end. With ``updatemode=
    'singledate'`` (default) each date is sent when picked, with 'bothdates' only once both are set.
    """

    _type = "DatePickerRange"
    _namespace = NAMESPACE
    _base_nodes = ()
    _prop_names = (
        "start_date",
        "end_date",
        "minimum_nights",
        "updatemode",
        "start_date_placeholder_text",
        "end_date_placeholder_text",
        "start_date_id",
        "end_date_id",
        "id",
        "className",
        "persistence",
        "persisted_props",
        "persistence_type",
        "disabled",
        "style",
        *_datepicker.CALENDAR,
        "loading_state",
    )
    _positional = _prop_names[:-1]
    _validators = {
        "start_date": iso_date("start_date"),
        "end_date": iso_date("end_date"),
        "minimum_nights": number("minimum_nights", 0),
        "updatemode": one_of("updatemode", ("singledate", "bothdates")),
        **_datepicker.VALIDATORS,
    }
