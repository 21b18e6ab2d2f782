"""Groupings: nested dicts, lists and tuples of dependencies or values (flexible callback signatures).

A *schema* is a grouping whose leaves are ints, each the index of one dependency in a flat list. The same
schema turns the flat values of a request into the grouped arguments a callback receives, and a grouped
return value back into one flat value per output.
"""

from __future__ import annotations

import typing as t

from ._no_update import NoUpdate

GROUP_TYPES = (dict, list, tuple)


def is_group(value: t.Any) -> bool:
    return isinstance(value, GROUP_TYPES)


def leaves(grouping: t.Any) -> list[t.Any]:
    """The leaves of ``grouping`` in order (dicts in insertion order)."""
    out: list[t.Any] = []
    stack = [grouping]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, (list, tuple)):
            stack.extend(reversed(node))
        else:
            out.append(node)
    return out


def map_leaves(grouping: t.Any, func: t.Callable[[t.Any], t.Any]) -> t.Any:
    """``grouping`` with every leaf replaced by ``func(leaf)``; tuples stay tuples, lists lists."""
    if isinstance(grouping, dict):
        return {key: map_leaves(value, func) for key, value in grouping.items()}
    if isinstance(grouping, tuple):
        return tuple(map_leaves(value, func) for value in grouping)
    if isinstance(grouping, list):
        return [map_leaves(value, func) for value in grouping]
    return func(grouping)


def fill(schema: t.Any, flat: t.Sequence[t.Any]) -> t.Any:
    """The schema with each index leaf replaced by ``flat[index]``."""
    return map_leaves(schema, lambda index: flat[index])


def flatten_value(schema: t.Any, value: t.Any, count: int, where: str = "the return value") -> list[t.Any]:
    """One value per schema leaf (``count`` leaves), read from ``value`` shaped like ``schema``.

    ``no_update`` in place of a group leaves every output in it unchanged. Raises ValueError naming
    the place where the shapes differ.
    """
    flat: list[t.Any] = [None] * count

    def walk(node: t.Any, part: t.Any, path: str) -> None:
        if isinstance(part, NoUpdate):
            for index in leaves(node):
                flat[index] = part
            return
        if isinstance(node, dict):
            if not isinstance(part, dict):
                raise ValueError(
                    f"{path} must be a dict with the keys {list(node)}, like the output grouping, not"
                    f" {type(part).__name__} {part!r:.100}."
                )
            missing = [key for key in node if key not in part]
            if missing:
                raise ValueError(f"{path} lacks the key(s) {missing} of the output grouping {list(node)}.")
            for key, child in node.items():
                walk(child, part[key], f"{path}[{key!r}]")
        elif isinstance(node, (list, tuple)):
            if not isinstance(part, (list, tuple)) or len(part) != len(node):
                raise ValueError(
                    f"{path} must be a list or tuple of {len(node)} value(s), like the output grouping, not"
                    f" {type(part).__name__} {part!r:.100}."
                )
            for i, (child, item) in enumerate(zip(node, part)):
                walk(child, item, f"{path}[{i}]")
        else:
            flat[node] = part

    walk(schema, value, where)
    return flat
