"""Type aliases that component suites and apps import for annotations (``from dash.types import NumberType``)."""

from __future__ import annotations

import typing as t

from .development.base_component import Component

#: A number prop: anything ``float()``/``int()`` accepts (int, float, numpy scalars, Decimal).
NumberType = t.Union[t.SupportsFloat, t.SupportsInt, t.SupportsComplex]

#: What a ``children``-like prop holds: text, a number, a component, None, or a list of those.
ComponentType = t.Union[
    str, int, float, Component, None, t.Sequence[t.Union[str, int, float, Component, None]]
]

#: A pattern-matching (dict) id, e.g. ``{"type": "item", "index": 0}``.
WildcardId = dict[str, t.Any]
