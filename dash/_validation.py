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


def missing_callback_ids(
    registry: CallbackRegistry, known: set[str], own: t.Container[str] | None = None
) -> list[str]:
    """One warning per callback and id it uses that ``known`` (the layout's ids) lacks.

    Pattern-matching ids (with MATCH, ALL or ALLSMALLER) are not checked: they may match nothing yet.
    ``own`` holds the keys of the app's own callbacks; a module-level callback none of whose ids is in
    the layout belongs to another app in the process (or a page not shown yet) and is not reported.
    """
    messages = []
    for spec in registry:
        deps = [dep for dep in (*spec.outputs, *spec.inputs, *spec.state) if not dep.has_wildcard()]
        missing = [dep for dep in deps if dep.component_id_str() not in known]
        if not missing:
            continue
        if own is not None and spec.key not in own and len(missing) == len(deps):
            continue
        seen = set()
        for dep in missing:
            if dep.component_id_str() in seen:
                continue
            seen.add(dep.component_id_str())
            messages.append(
                f"The callback for {spec.key!r} uses the id {dep.component_id!r} ({type(dep).__name__}"
                f" '{dep}'), but no component in the layout has that id. The app is served and the callback"
                " runs once such a component appears. Check the id for typos, or, if a callback or another"
                " page creates it later, pass suppress_callback_exceptions=True to Dash() (or set"
                " app.validation_layout) to silence this warning."
            )
    return messages


def check_callback_ids(registry: CallbackRegistry, known: set[str]) -> None:
    """Raise IDNotFound for the first callback that uses an id the layout does not contain."""
    messages = missing_callback_ids(registry, known)
    if messages:
        raise exceptions.IDNotFound(messages[0])


def layout_warnings(
    layout: t.Any, registry: CallbackRegistry, suppress: bool, own: t.Container[str] | None = None
) -> list[str]:
    """Raise DuplicateIdError for repeated ids; return the missing-id warnings (none when suppressed)."""
    known = check_duplicate_ids(layout_ids(layout))
    return [] if suppress else missing_callback_ids(registry, known, own)
