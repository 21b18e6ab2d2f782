"""What the dcc component modules share: the namespace, persistence props and prop validators.

A validator is ``check(type_name, value)``; it returns for a valid value (``None`` always counts as
"not given") and raises TypeError (wrong kind of value) or ValueError (right kind, bad value) with a
sentence that says what to pass instead.
"""

from __future__ import annotations

import datetime
import numbers
import re
import typing as t

NAMESPACE = "dash_core_components"
PERSISTENCE = ("persistence", "persisted_props", "persistence_type")
PERSISTENCE_TYPES = ("local", "session", "memory")

Check = t.Callable[[str, t.Any], None]


def join_choices(choices: t.Sequence[t.Any]) -> str:
    quoted = [repr(choice) for choice in choices]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def one_of(prop: str, choices: tuple[t.Any, ...]) -> Check:
    """A validator accepting None or one of ``choices`` (``True`` does not count as ``1``)."""
    choice_types = tuple({type(choice) for choice in choices})

    def check(type_name: str, value: t.Any) -> None:
        if value is None or (type(value) in choice_types and value in choices):
            return
        error = ValueError if type(value) in choice_types else TypeError
        raise error(
            f"{type_name}() got {prop}={value!r}, which is not one of {join_choices(choices)}."
            f" Pass one of those values for {prop!r}."
        )

    return check


def number(prop: str, minimum: float | None = None) -> Check:
    """A validator accepting None or a real number (not a bool), at least ``minimum`` when given."""

    def check(type_name: str, value: t.Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise TypeError(f"{type_name}() got {prop}={value!r}; pass a number for {prop!r}.")
        if minimum is not None and value < minimum:
            raise ValueError(f"{type_name}() got {prop}={value!r}; {prop!r} must be at least {minimum}.")

    return check


def string_or_number(prop: str) -> Check:
    def check(type_name: str, value: t.Any) -> None:
        if value is None or isinstance(value, str):
            return
        number(prop)(type_name, value)

    return check


def dict_of(prop: str, keys: tuple[str, ...], required: tuple[str, ...] = ()) -> Check:
    """A validator accepting None or a dict whose keys are among ``keys`` and include ``required``."""

    def check(type_name: str, value: t.Any) -> None:
        if value is None:
            return
        if not isinstance(value, dict):
            raise TypeError(
                f"{type_name}() got {prop}={value!r}; pass a dict with the keys {join_choices(keys)}."
            )
        unknown = [key for key in value if key not in keys]
        if unknown:
            raise ValueError(
                f"{type_name}() got {prop} with the unknown key {unknown[0]!r}; the allowed keys are"
                f" {join_choices(keys)}."
            )
        missing = [key for key in required if key not in value]
        if missing:
            raise ValueError(
                f"{type_name}() got {prop} without the key {missing[0]!r}; give {prop} the keys"
                f" {join_choices(required)}."
            )

    return check


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ].*)?$")


def iso_date(prop: str) -> Check:
    """A validator accepting None, a date/datetime, or a string starting with an ISO date ``YYYY-MM-DD``."""

    def check(type_name: str, value: t.Any) -> None:
        if value is None or isinstance(value, (datetime.date, datetime.datetime)):
            return
        if not isinstance(value, str):
            raise TypeError(
                f"{type_name}() got {prop}={value!r}; pass a date string such as '2024-05-31' or a"
                " datetime.date."
            )
        if _ISO_DATE.match(value):
            try:
                datetime.date.fromisoformat(value[:10])
                return
            except ValueError:
                pass
        raise ValueError(
            f"{type_name}() got {prop}={value!r}, which is not an ISO date. Write dates as 'YYYY-MM-DD',"
            " for example '2024-05-31'."
        )

    return check


def list_of_dates(prop: str) -> Check:
    single = iso_date(prop)

    def check(type_name: str, value: t.Any) -> None:
        if value is None:
            return
        if not isinstance(value, (list, tuple)):
            raise TypeError(
                f"{type_name}() got {prop}={value!r}; pass a list of dates such as ['2024-05-31']."
            )
        for item in value:
            single(type_name, item)

    return check


def check_options(type_name: str, value: t.Any) -> None:
    if value is None or isinstance(value, dict):
        return
    if not isinstance(value, (list, tuple)):
        raise TypeError(
            f"{type_name}() got options={value!r}. Pass a list of values (['a', 'b']), a dict"
            " {value: label}, or a list of dicts such as [{'label': 'A', 'value': 'a'}]."
        )
    for option in value:
        if isinstance(option, dict) and "value" not in option:
            raise ValueError(
                f"{type_name}() got the option {option!r}, which has no 'value' key. Give every option"
                " dict a 'value' (and usually a 'label'), for example {'label': 'A', 'value': 'a'}."
            )


PERSISTENCE_VALIDATORS: dict[str, Check] = {"persistence_type": one_of("persistence_type", PERSISTENCE_TYPES)}

#: Props of Checklist and RadioItems.
CHOICE_PROPS = (
    "options",
    "value",
    "inline",
    "style",
    "className",
    "inputStyle",
    "inputClassName",
    "labelStyle",
    "labelClassName",
    "id",
    "loading_state",
) + PERSISTENCE
