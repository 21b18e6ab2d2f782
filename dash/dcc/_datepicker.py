"""Props and checks shared by DatePickerSingle and DatePickerRange."""

from __future__ import annotations

from ._base import PERSISTENCE_VALIDATORS
from ._base import Check
from ._base import iso_date
from ._base import list_of_dates
from ._base import number
from ._base import one_of

#: Props both pickers have, in Plotly Dash's order (after each picker's own leading props).
CALENDAR = (
    "min_date_allowed",
    "max_date_allowed",
    "disabled_days",
    "placeholder",
    "initial_visible_month",
    "clearable",
    "reopen_calendar_on_clear",
    "display_format",
    "month_format",
    "first_day_of_week",
    "show_outside_days",
    "stay_open_on_select",
    "calendar_orientation",
    "number_of_months_shown",
    "with_portal",
    "with_full_screen_portal",
    "day_size",
    "is_RTL",
)

VALIDATORS: dict[str, Check] = {
    "min_date_allowed": iso_date("min_date_allowed"),
    "max_date_allowed": iso_date("max_date_allowed"),
    "initial_visible_month": iso_date("initial_visible_month"),
    "disabled_days": list_of_dates("disabled_days"),
    "first_day_of_week": one_of("first_day_of_week", (0, 1, 2, 3, 4, 5, 6)),
    "calendar_orientation": one_of("calendar_orientation", ("vertical", "horizontal")),
    "number_of_months_shown": number("number_of_months_shown", 1),
    "day_size": number("day_size", 1),
    **PERSISTENCE_VALIDATORS,
}
