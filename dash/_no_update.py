from __future__ import annotations

import typing as t


class NoUpdate:
    """Return ``no_update`` (for one output or all of them) to leave the output unchanged."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "no_update"

    def to_plotly_json(self) -> dict[str, str]:
        return {"_dash_no_update": "_dash_no_update"}

    @staticmethod
    def is_no_update(value: t.Any) -> bool:
        return isinstance(value, NoUpdate) or (
            isinstance(value, dict) and value == {"_dash_no_update": "_dash_no_update"}
        )


no_update = NoUpdate()
