"""Whether the component ids a request lists fit the callback's pattern-matching ids. No Flask here.

The browser fills a wildcard dependency with the layout's components whose ids match its pattern, so
in a request from the browser every listed id matches its pattern, every MATCH dependency names the
same component values, and two ALL dependencies with the same pattern list the same components. A
request that breaks one of these did not come from the current page (or was written by hand), and the
callback would see values that cannot belong together: it gets a 400 before the callback runs.
"""

from __future__ import annotations

import typing as t

from .._dependencies import ALL
from .._dependencies import ALLSMALLER
from .._dependencies import MATCH
from .._dependencies import DashDependency
from .._json import stringify_id


class Pattern(t.NamedTuple):
    """One wildcard dependency of a callback, as the checks need it."""

    #: 'outputs', 'inputs' or 'state': the request key that carries it.
    role: str
    #: Its position in the request's list for that role (None for the one output of a single-output callback).
    index: int | None
    #: The id as the dependencies list shows it, such as '{"index":["ALL"],"type":"a"}'.
    text: str
    #: The keys with a fixed value, and that value.
    fixed: tuple[tuple[str, t.Any], ...]
    #: Every key of the id.
    keys: frozenset[str]
    #: The keys whose value is MATCH.
    match: frozenset[str]
    #: True when the request carries a list of ids (ALL or ALLSMALLER).
    multi: bool
    #: True when the request lists exactly the matching components (ALL, and no ALLSMALLER or MATCH).
    complete: bool


def patterns(
    outputs: t.Sequence[DashDependency],
    inputs: t.Sequence[DashDependency],
    state: t.Sequence[DashDependency],
    declared_list: bool,
) -> tuple[Pattern, ...]:
    """The wildcard dependencies of a callback (empty when it has none, so the request check is skipped)."""
    found = []
    for role, deps in (("outputs", outputs), ("inputs", inputs), ("state", state)):
        for index, dep in enumerate(deps):
            if not dep.has_wildcard():
                continue
            component_id = dep.component_id
            wild = (MATCH, ALL, ALLSMALLER)
            found.append(
                Pattern(
                    role=role,
                    index=None if role == "outputs" and not declared_list else index,
                    text=dep.component_id_str(),
                    fixed=tuple((key, value) for key, value in component_id.items() if value not in wild),
                    keys=frozenset(component_id),
                    match=dep.wildcard_keys(MATCH),
                    multi=dep.is_multi_value(),
                    complete=bool(dep.wildcard_keys(ALL))
                    and not dep.wildcard_keys(MATCH)
                    and not dep.wildcard_keys(ALLSMALLER),
                )
            )
    return tuple(found)


def _same(a: t.Any, b: t.Any) -> bool:
    """JSON equality: ``True`` is not ``1``."""
    return a == b and (type(a) is bool) == (type(b) is bool)


def _entries(body: dict[str, t.Any], pattern: Pattern) -> list[t.Any]:
    """The ids the request lists for ``pattern`` (the request's shape is already checked)."""
    part = body.get(pattern.role)
    if pattern.index is not None:
        part = part[pattern.index]
    items = part if isinstance(part, list) else [part]
    return [item["id"] for item in items]


def mismatch(body: dict[str, t.Any], found: tuple[Pattern, ...], key: str) -> str | None:
    """A sentence naming the first id that does not fit, or None when the request is consistent."""
    match_values: dict[str, t.Any] = {}
    listed: dict[str, tuple[Pattern, list[str]]] = {}
    for pattern in found:
        ids = _entries(body, pattern)
        where = f"'{pattern.role}' entry for {pattern.text}"
        for component_id in ids:
            if (
                type(component_id) is not dict
                or component_id.keys() != pattern.keys
                or not all(_same(component_id[name], value) for name, value in pattern.fixed)
            ):
                return (
                    f"The request for callback {key!r} lists the id {stringify_id(component_id)[:100]!r} in its"
                    f" {where}, and that id does not match the pattern."
                )
            for name in pattern.match:
                value = component_id[name]
                if name not in match_values:
                    match_values[name] = value
                elif not _same(match_values[name], value):
                    return (
                        f"The request for callback {key!r} has {match_values[name]!r:.50} and {value!r:.50} for"
                        f" the MATCH key {name!r}; every MATCH entry of one request names the same component."
                    )
        if pattern.complete:
            components = sorted(stringify_id(component_id) for component_id in ids)
            seen = listed.get(pattern.text)
            if seen is None:
                listed[pattern.text] = (pattern, components)
            elif seen[1] != components:
                return (
                    f"The request for callback {key!r} lists {len(seen[1])} component(s) for {pattern.text} in"
                    f" '{seen[0].role}' but {len(components)} different one(s) in '{pattern.role}'; the same"
                    " pattern matches the same components."
                )
    return None
