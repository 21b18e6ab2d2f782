"""Ready-made column formats: ``money(2)`` gives ``$1,234.50``, ``percentage(1)`` gives ``12.3%``."""

from __future__ import annotations

import typing as t

from .Format import Format
from .Format import Group
from .Format import Scheme
from .Format import Sign
from .Format import Symbol


def money(decimals: int, sign: t.Any = Sign.default) -> Format:
    """Dollar amounts with thousands separators and ``decimals`` digits after the point."""
    return Format(group=Group.yes, precision=decimals, scheme=Scheme.fixed, sign=sign, symbol=Symbol.yes)


def percentage(decimals: int, rounded: bool = False) -> Format:
    """Fractions as percentages (0.123 -> 12.3%); ``rounded`` uses significant digits (d3's ``p``)."""
    if not isinstance(rounded, bool):
        raise TypeError(f"percentage() got rounded={rounded!r}; pass True or False.")
    return Format(scheme=Scheme.percentage_rounded if rounded else Scheme.percentage, precision=decimals)
