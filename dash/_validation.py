"""Checks of the layout against the callbacks: duplicate ids, and ids callbacks use but the layout lacks."""

from __future__ import annotations

import typing as t

from . import exceptions
from ._json import stringify_id
from .callbacks.registry import CallbackRegistry


def layout_ids(layout: t.Any) -> list[t.Any]:
    """The ids of ``layout`` and every component below it, in document order."""
    nodes = [layout]
    traverse = getattr(layout, "_traverse", None)
    if traverse is not None:
        nodes.extend(traverse())
    ids = []
    for node in nodes:
        props = getattr(node, "__dict__", {})
        if "id" in props and props["id"] is not None:
            ids.append(props["id"])
    return ids


def check_duplicate_ids(ids: list[t.Any]) -> set[str]:
    """Return the set of id strings; raise DuplicateIdError when an id appears twice."""
    seen: set[str] = set()
    for component_id in ids:
        key = stringify_id(component_id)
        if key in seen:
            raise exceptions.DuplicateIdError(
                f"Two components in the layout have the id {component_id!r}. Ids must be unique: rename one"
                " of them."
            )
        seen.add(key)
    return seen


def check_callback_ids(registry: CallbackRegistry, known: set[str]) -> None:
    """Raise IDNotFound for the first callback that uses an id the layout does not contain.

    Pattern-matching ids (with MATCH, ALL or ALLSMALLER) are not checked: they may match nothing yet.
    """
    for spec in registry:
        for dep in (*spec.outputs, *spec.inputs, *spec.state):
            if dep.has_wildcard() or dep.component_id_str() in known:
                continue
            role = type(dep).__name__
            raise exceptions.IDNotFound(
                f"The callback for {spec.key!r} uses the id {dep.component_id!r} in {role} '{dep}', but no"
                " component in the layout has that id. Check the id for typos, add the component to the"
                " layout, or, if a callback creates it later, pass suppress_callback_exceptions=True to"
                " Dash() (or set app.validation_layout)."
            )


def validate_layout(layout: t.Any, registry: CallbackRegistry, suppress: bool) -> None:
    known = check_duplicate_ids(layout_ids(layout))
    if not suppress:
        check_callback_ids(registry, known)
