from __future__ import annotations

import typing as t

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import PERSISTENCE
from ._base import PERSISTENCE_VALIDATORS
from ._base import check_options
from ._base import dict_of
from ._base import number
from ._base import one_of

#: Keys of ``Dropdown.labels``: the texts the dropdown shows.
LABEL_KEYS = (
    "select_all",
    "deselect_all",
    "selected_count",
    "search",
    "clear_search",
    "clear_selection",
    "no_options_found",
)
SEARCH_ORDERS = ("index", "original")
_option_height = number("optionHeight", 1)


def _check_option_height(type_name: str, value: t.Any) -> None:
    if value != "auto":
        _option_height(type_name, value)


class Dropdown(Component):
    """A full-width, searchable select box: ``Dropdown(options, value, multi, ...)``.

    ``options`` may be a list of values, a dict ``{value: label}`` or a list of option dicts
    ``{'label', 'value', 'disabled', 'title', 'search'}``; it is kept as given and normalised by the
    browser. ``value`` is one option value, or a list of them with ``multi=True``. ``optionHeight`` and
    ``maxHeight`` are pixels.
    """

    _type = "Dropdown"
    _namespace = NAMESPACE
    _prop_names = (
        "options",
        "value",
        "multi",
        "clearable",
        "searchable",
        "search_value",
        "placeholder",
        "disabled",
        "closeOnSelect",
        "optionHeight",
        "maxHeight",
        "style",
        "labels",
        "debounce",
        "search_order",
        "className",
        "id",
        "loading_state",
    ) + PERSISTENCE
    _positional = ("options", "value", "multi")
    _validators = {
        "options": check_options,
        "labels": dict_of("labels", LABEL_KEYS),
        "search_order": one_of("search_order", SEARCH_ORDERS),
        "maxHeight": number("maxHeight", 0),
        "optionHeight": _check_option_height,
        **PERSISTENCE_VALIDATORS,
    }
