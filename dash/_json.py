"""Compact JSON for everything the server sends: layouts, dependencies, callback answers, config.

Strings are ASCII-only and ``<``, ``>``, ``&``, ``/`` are ``\\uXXXX``-escaped so the text can sit
inside a ``<script>`` tag. Those four characters can only occur inside JSON strings, so escaping the
encoded text is the same as escaping every string. NaN and infinities become ``null``. Dict keys of
numpy, pandas, datetime and Decimal types become the strings the json module would write for their
Python equivalents (``np.int64(1990)`` -> ``"1990"``, ``np.float64(25.0)`` -> ``"25.0"``, a date -> its
ISO form, ``Decimal("0.10")`` -> ``"0.10"``).
"""

from __future__ import annotations

import decimal
import json
import math
import typing as t

_SEPARATORS = (",", ":")
_UNSAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\u002f"))


def _default(value: t.Any) -> t.Any:
    """Turn objects the json module doesn't know into JSON-able values (duck-typed, no imports)."""
    if isinstance(value, type):
        raise TypeError(f"The class {value.__name__!r} cannot be sent as JSON. Send an instance or a value.")
    # Components and plotly figures.
    to_json = getattr(value, "to_plotly_json", None)
    if to_json is not None:
        return to_json()
    # numpy arrays and scalars, pandas Series and Index.
    tolist = getattr(value, "tolist", None)
    if tolist is not None:
        return tolist()
    # datetime, date, time, pandas Timestamp.
    isoformat = getattr(value, "isoformat", None)
    if isoformat is not None:
        return isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (set, frozenset)):
        return list(value)
    # pandas DataFrame: a list of row records, as DataTable-style props expect.
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and hasattr(value, "columns"):
        return to_dict("records")
    raise TypeError(
        f"An object of type {type(value).__name__!r} cannot be sent as JSON: {value!r:.200}."
        " Return strings, numbers, booleans, None, lists, dicts or components, or convert the object first."
    )


_KEY_TYPES = (str, int, float, bool)


def _key(key: t.Any) -> t.Any:
    """A dict key the json module accepts: numpy/pandas scalars, dates and Decimals converted."""
    original = key
    for _ in range(3):  # np.datetime64 -> datetime -> str: at most two conversions
        if key is None or isinstance(key, _KEY_TYPES):
            if isinstance(key, float) and not math.isfinite(key):
                return "NaN" if key != key else ("Infinity" if key > 0 else "-Infinity")
            return key
        if isinstance(key, decimal.Decimal):
            return str(key)  # exact: Decimal("0.10") stays "0.10", no float rounding
        try:
            key = _default(key)
        except TypeError:
            break
    raise TypeError(
        f"A dict key of type {type(original).__name__!r} cannot be sent as JSON: {original!r:.200}."
        " Use strings, numbers, booleans or dates as keys, or convert the key first."
    )


def _sanitize(value: t.Any) -> t.Any:
    """Replace NaN and infinities by None and convert unknown values and dict keys (slow path only)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {_key(key): _sanitize(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_sanitize(item) for item in value]
    if value is None or isinstance(value, (str, int)):
        return value
    return _sanitize(_default(value))


def _escape(text: str) -> str:
    for char, escaped in _UNSAFE:
        if char in text:
            text = text.replace(char, escaped)
    return text


def dumps(value: t.Any) -> str:
    """Encode ``value`` as compact, script-safe JSON text."""
    try:
        text = _ENCODER.encode(value)
    except ValueError as error:
        if "Out of range float" not in str(error):
            raise
        text = json.dumps(_sanitize(value), separators=_SEPARATORS, allow_nan=False)
    except TypeError as error:
        if "keys must be" not in str(error):
            raise
        # A dict key of a numpy, pandas, date or Decimal type: convert the keys on the slow path.
        text = json.dumps(_sanitize(value), separators=_SEPARATORS, allow_nan=False)
    return _escape(text)


# One encoder for every call: json.dumps with options builds a new JSONEncoder each time.
_ENCODER = json.JSONEncoder(separators=_SEPARATORS, default=_default, allow_nan=False)


def stringify_id(value: t.Any) -> str:
    """The string form of a component id: itself for a string, compact sorted-key JSON for a dict.

    It matches the renderer's ``JSON.stringify`` with sorted keys (no ASCII or script escaping, since
    the result is a key or value that is encoded again).
    """
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, separators=_SEPARATORS, ensure_ascii=False, default=_wildcard)


def _wildcard(value: t.Any) -> t.Any:
    to_json = getattr(value, "to_json", None)
    if to_json is not None:
        return to_json()
    raise TypeError(f"An id cannot contain a value of type {type(value).__name__!r}: {value!r}.")


loads = json.loads
