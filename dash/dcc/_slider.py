"""Props and checks shared by Slider and RangeSlider."""

from __future__ import annotations

import typing as t

from ._base import PERSISTENCE
from ._base import PERSISTENCE_VALIDATORS
from ._base import Check
from ._base import dict_of
from ._base import one_of

UPDATEMODES = ("mouseup", "drag")
TOOLTIP_PLACEMENTS = ("left", "right", "top", "bottom", "topLeft", "topRight", "bottomLeft", "bottomRight")

HEAD = ("min", "max", "step", "marks", "value", "drag_value")
TAIL = (
    "disabled",
    "dots",
    "included",
    "reverse",
    "tooltip",
    "updatemode",
    "vertical",
    "verticalHeight",
    "allow_direct_input",
    "className",
    "id",
    "loading_state",
) + PERSISTENCE

_tooltip_keys = dict_of("tooltip", ("always_visible", "placement", "template", "style", "transform"))
_placement = one_of("tooltip['placement']", TOOLTIP_PLACEMENTS)


def check_tooltip(type_name: str, value: t.Any) -> None:
    _tooltip_keys(type_name, value)
    if value is None:
        return
    _placement(type_name, value.get("placement"))
    template = value.get("template")
    if template is not None and "{value}" not in str(template):
        raise ValueError(
            f"{type_name}() got tooltip['template']={template!r}, which has no '{{value}}'. Write the"
            " place of the value as {value}, for example '{value} kg'."
        )


def check_marks(type_name: str, value: t.Any) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        raise TypeError(
            f"{type_name}() got marks={value!r}; pass a dict {{position: label}}, for example"
            " {0: '0 °C', 50: {'label': '50 °C', 'style': {'color': 'red'}}}."
        )
    for key, mark in value.items():
        try:
            float(key)
        except (TypeError, ValueError):
            raise ValueError(
                f"{type_name}() got the mark key {key!r}, which is not a number. Mark keys are the"
                " positions on the slider, as numbers or numeric strings."
            ) from None
        if isinstance(mark, dict) and not set(mark) <= {"label", "style"}:
            raise ValueError(
                f"{type_name}() got the mark {mark!r} at {key!r}; a mark dict has only the keys 'label'"
                " and 'style'."
            )


VALIDATORS: dict[str, Check] = {
    "updatemode": one_of("updatemode", UPDATEMODES),
    "tooltip": check_tooltip,
    "marks": check_marks,
    **PERSISTENCE_VALIDATORS,
}
