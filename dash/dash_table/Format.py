"""Number formats for DataTable columns: ``Format(precision=2, scheme=Scheme.fixed)``.

A ``Format`` becomes the column's ``format`` dict ``{'locale', 'nully', 'prefix', 'specifier'}``;
the specifier is a d3-format string (``[[fill]align][sign][symbol][0][width][,][.precision][~][type]``)
that the browser applies to numeric cells. Each setter returns the Format, so calls chain:
``Format().scheme('f').precision(2).group(True)``.
"""

from __future__ import annotations

import typing as t
from collections import namedtuple


def _named(name: str, values: dict[str, t.Any]) -> t.Any:
    return namedtuple(name, list(values))(*values.values())


Align = _named("align", {"default": "", "left": "<", "right": ">", "center": "^", "right_sign": "="})
Group = _named("group", {"no": "", "yes": ","})
Padding = _named("padding", {"no": "", "yes": "0"})
Prefix = _named(
    "prefix",
    {
        "yocto": 10**-24,
        "zepto": 10**-21,
        "atto": 10**-18,
        "femto": 10**-15,
        "pico": 10**-12,
        "nano": 10**-9,
        "micro": 10**-6,
        "milli": 10**-3,
        "none": None,
        "kilo": 10**3,
        "mega": 10**6,
        "giga": 10**9,
        "tera": 10**12,
        "peta": 10**15,
        "exa": 10**18,
        "zetta": 10**21,
        "yotta": 10**24,
    },
)
Scheme = _named(
    "scheme",
    {
        "default": "",
        "decimal": "r",
        "decimal_integer": "d",
        "decimal_or_exponent": "g",
        "decimal_si_prefix": "s",
        "exponent": "e",
        "fixed": "f",
        "percentage": "%",
        "percentage_rounded": "p",
        "binary": "b",
        "octal": "o",
        "lower_case_hex": "x",
        "upper_case_hex": "X",
        "unicode": "c",
    },
)
Sign = _named("sign", {"default": "", "negative": "-", "positive": "+", "parantheses": "(", "space": " "})
Symbol = _named("symbol", {"no": "", "yes": "$", "binary": "#b", "octal": "#o", "hex": "#x"})
Trim = _named("trim", {"no": "", "yes": "~"})

# Specifier parts in the order d3-format reads them.
_PARTS = ("fill", "align", "sign", "symbol", "padding", "width", "group", "precision", "trim", "type")


def _pick(kind: str, value: t.Any, named: t.Any) -> t.Any:
    if isinstance(value, bool) and "" in named and len(named) >= 2:
        return named[1] if value else named[0]
    if value in named:
        return value
    raise ValueError(
        f"Format.{kind}() got {value!r}; use one of dash_table.Format.{type(named).__name__.title()}'s"
        f" values: {', '.join(repr(v) for v in named)}."
    )


def _whole(kind: str, value: t.Any) -> int | str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"Format.{kind}() got {value!r}; pass a whole number >= 0, or None to unset it.")
    return value


def _text(kind: str, value: t.Any, single: bool = False) -> str:
    if not isinstance(value, str) or (single and len(value) != 1):
        what = "a single character" if single else "a string"
        raise TypeError(f"Format.{kind}() got {value!r}; pass {what}.")
    return value


class Format:
    """A d3-style number format for a DataTable column; ``Format(**settings)`` calls each setter.

    ``Format(precision=2, scheme=Scheme.fixed, group=Group.yes)`` formats 1234.5 as ``1,234.50``.
    Unknown keywords raise TypeError naming the setters.
    """

    def __init__(self, **kwargs: t.Any) -> None:
        self._locale: dict[str, t.Any] = {}
        self._nully: t.Any = ""
        self._prefix: t.Any = Prefix.none
        self._spec: dict[str, t.Any] = dict.fromkeys(_PARTS, "")
        for name, value in kwargs.items():
            setter = getattr(type(self), name, None)
            if name.startswith("_") or name == "to_plotly_json" or not callable(setter):
                setters = sorted(n for n in vars(Format) if not n.startswith("_") and n != "to_plotly_json")
                raise TypeError(f"Format() has no setting {name!r}. Settings: {', '.join(setters)}.")
            setter(self, value)

    # -- the specifier --------------------------------------------------------------------------------

    def align(self, value: t.Any) -> Format:
        self._spec["align"] = _pick("align", value, Align)
        return self

    def fill(self, value: t.Any) -> Format:
        self._spec["fill"] = _text("fill", value, single=True)
        return self

    def group(self, value: t.Any) -> Format:
        self._spec["group"] = _pick("group", value, Group)
        return self

    def padding(self, value: t.Any) -> Format:
        self._spec["padding"] = _pick("padding", value, Padding)
        return self

    def padding_width(self, value: t.Any) -> Format:
        self._spec["width"] = _whole("padding_width", value)
        return self

    def precision(self, value: t.Any) -> Format:
        number = _whole("precision", value)
        self._spec["precision"] = "" if number == "" else f".{number}"
        return self

    def scheme(self, value: t.Any) -> Format:
        self._spec["type"] = _pick("scheme", value, Scheme)
        return self

    def sign(self, value: t.Any) -> Format:
        self._spec["sign"] = _pick("sign", value, Sign)
        return self

    def symbol(self, value: t.Any) -> Format:
        self._spec["symbol"] = _pick("symbol", value, Symbol)
        return self

    def trim(self, value: t.Any) -> Format:
        self._spec["trim"] = _pick("trim", value, Trim)
        return self

    # -- the locale -----------------------------------------------------------------------------------

    def symbol_prefix(self, value: t.Any) -> Format:
        symbol = self._locale.setdefault("symbol", ["", ""])
        self._locale["symbol"] = [_text("symbol_prefix", value), symbol[1]]
        return self

    def symbol_suffix(self, value: t.Any) -> Format:
        symbol = self._locale.setdefault("symbol", ["", ""])
        self._locale["symbol"] = [symbol[0], _text("symbol_suffix", value)]
        return self

    def decimal_delimiter(self, value: t.Any) -> Format:
        self._locale["decimal"] = _text("decimal_delimiter", value, single=True)
        return self

    def group_delimiter(self, value: t.Any) -> Format:
        self._locale["group"] = _text("group_delimiter", value, single=True)
        return self

    def groups(self, groups: t.Any) -> Format:
        """Digits per group, from the right: ``3`` or ``[3, 2]`` (Indian grouping)."""
        values = [groups] if isinstance(groups, int) and not isinstance(groups, bool) else groups
        if (
            not isinstance(values, (list, tuple))
            or not values
            or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in values)
        ):
            raise ValueError(f"Format.groups() got {groups!r}; pass a whole number > 0 or a list of them.")
        self._locale["grouping"] = list(values)
        return self

    # -- other ----------------------------------------------------------------------------------------

    def nully(self, value: t.Any) -> Format:
        """What empty cells (None, NaN, '') show instead."""
        self._nully = value
        return self

    def si_prefix(self, value: t.Any) -> Format:
        """A fixed SI prefix for the ``s`` scheme, e.g. ``Prefix.kilo``."""
        self._prefix = _pick("si_prefix", value, Prefix)
        return self

    def to_plotly_json(self) -> dict[str, t.Any]:
        spec = dict(self._spec)
        if spec["align"] == "":
            spec["fill"] = ""  # d3 reads a fill only before an align
        return {
            "locale": dict(self._locale),
            "nully": self._nully,
            "prefix": self._prefix,
            "specifier": "".join(str(spec[part]) for part in _PARTS),
        }

    def __repr__(self) -> str:
        return f"Format({self.to_plotly_json()!r})"
