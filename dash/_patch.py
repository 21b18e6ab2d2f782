"""``dash.Patch``: a write-only description of changes to a prop, applied in the browser.

A callback that returns a Patch sends only its operations, not the whole value::

    patch = Patch()
    patch["data"][0]["y"].append(42)      # one point added to a figure
    patch.layout.title.text = "Updated"   # attribute access works like item access
    return patch

The wire form (Plotly Dash's) is ``{"__dash_patch_update": "__dash_patch_update", "operations": [...]}``,
each operation ``{"operation": NAME, "location": [key or index, ...], "params": {...}}``. ``apply_patch``
is the reference implementation of what the renderer does with it.
"""

from __future__ import annotations

import copy
import typing as t

PATCH_MARKER = "__dash_patch_update"

#: Every operation name and the params it carries.
OPERATIONS = {
    "Assign": ("value",),
    "Delete": (),
    "Merge": ("value",),
    "Extend": ("value",),
    "Append": ("value",),
    "Prepend": ("value",),
    "Insert": ("index", "value"),
    "Remove": ("value",),
    "Clear": (),
    "Reverse": (),
    "Add": ("value",),
    "Sub": ("value",),
    "Mul": ("value",),
    "Div": ("value",),
}


class _Done:
    """Returned by the in-place operators on a nested location, so the assignment Python performs
    afterwards (``patch["a"] += 1`` is ``patch["a"] = patch["a"].__iadd__(1)``) records nothing."""

    __slots__ = ()


_DONE = _Done()
_OWN = ("_location", "_operations")


class Patch:
    """Changes to a prop value, recorded in order. Index it with keys and list indexes (negative too)."""

    def __init__(self, location: list[t.Any] | None = None, parent: Patch | None = None) -> None:
        object.__setattr__(self, "_location", list(location or ()))
        object.__setattr__(self, "_operations", parent._operations if parent is not None else [])

    # -- navigation ---------------------------------------------------------------------------------

    def __getitem__(self, key: t.Any) -> Patch:
        _check_key(key)
        return Patch(self._location + [key], self)

    def __getattr__(self, name: str) -> Patch:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __setattr__(self, name: str, value: t.Any) -> None:
        if name in _OWN:
            object.__setattr__(self, name, value)
        else:
            self[name] = value

    def __delattr__(self, name: str) -> None:
        del self[name]

    # -- assignment and deletion ----------------------------------------------------------------------

    def __setitem__(self, key: t.Any, value: t.Any) -> None:
        _check_key(key)
        if value is _DONE:
            return
        self._record("Assign", self._location + [key], value=value)

    def __delitem__(self, key: t.Any) -> None:
        _check_key(key)
        self._record("Delete", self._location + [key])

    # -- in-place arithmetic: += -= *= /= and |= (merge) --------------------------------------------

    def _in_place(self, name: str, value: t.Any) -> t.Any:
        self._record(name, self._location, value=value)
        return self if not self._location else _DONE

    def __iadd__(self, value: t.Any) -> t.Any:
        if isinstance(value, (list, tuple)):
            return self._in_place("Extend", list(value))
        return self._in_place("Add", value)

    def __isub__(self, value: t.Any) -> t.Any:
        return self._in_place("Sub", value)

    def __imul__(self, value: t.Any) -> t.Any:
        return self._in_place("Mul", value)

    def __itruediv__(self, value: t.Any) -> t.Any:
        return self._in_place("Div", value)

    def __ior__(self, value: t.Any) -> t.Any:
        if not isinstance(value, dict):
            raise TypeError(f"patch |= needs a dict to merge, not {type(value).__name__}.")
        return self._in_place("Merge", dict(value))

    # -- list and dict methods ------------------------------------------------------------------------

    def append(self, item: t.Any) -> None:
        """Add ``item`` at the end of the list here."""
        self._record("Append", self._location, value=item)

    def prepend(self, item: t.Any) -> None:
        """Add ``item`` at the start of the list here."""
        self._record("Prepend", self._location, value=item)

    def extend(self, items: list[t.Any] | tuple[t.Any, ...]) -> None:
        """Add every element of ``items`` (a list or tuple) at the end of the list here."""
        if not isinstance(items, (list, tuple)):
            raise TypeError(f"Patch.extend() needs a list or tuple, not {type(items).__name__}.")
        self._record("Extend", self._location, value=list(items))

    def insert(self, index: int, item: t.Any) -> None:
        """Insert ``item`` before position ``index`` of the list here (as ``list.insert``)."""
        if not isinstance(index, int) or isinstance(index, bool):
            raise TypeError(f"Patch.insert() needs an int index, not {type(index).__name__}.")
        self._record("Insert", self._location, index=index, value=item)

    def remove(self, item: t.Any) -> None:
        """Remove every element equal to ``item`` from the list here."""
        self._record("Remove", self._location, value=item)

    def clear(self) -> None:
        """Empty the list, dict or string here."""
        self._record("Clear", self._location)

    def reverse(self) -> None:
        """Reverse the list here."""
        self._record("Reverse", self._location)

    def update(self, other: dict[str, t.Any] | None = None, **items: t.Any) -> None:
        """Merge keys into the dict here, as ``dict.update``."""
        value = dict(other or {}, **items)
        self._record("Merge", self._location, value=value)

    # -- output ------------------------------------------------------------------------------------

    def _record(self, name: str, location: list[t.Any], **params: t.Any) -> None:
        self._operations.append({"operation": name, "location": location, "params": params})

    def to_plotly_json(self) -> dict[str, t.Any]:
        return {PATCH_MARKER: PATCH_MARKER, "operations": self._operations}

    def __iter__(self) -> t.NoReturn:
        raise TypeError("A Patch is write-only: it cannot be iterated or read. Record changes on it instead.")

    def __repr__(self) -> str:
        return f"<write-only dash.Patch object at {self._location}>"

    def __getstate__(self) -> dict[str, t.Any]:
        return {"_location": self._location, "_operations": self._operations}

    def __setstate__(self, state: dict[str, t.Any]) -> None:
        for name in _OWN:
            object.__setattr__(self, name, state[name])


def _check_key(key: t.Any) -> None:
    if isinstance(key, bool) or not isinstance(key, (str, int)):
        raise TypeError(
            f"A Patch location is made of dict keys (str) and list indexes (int), not {type(key).__name__}"
            f" {key!r}."
        )


# -- the reference applier -------------------------------------------------------------------------


class PatchError(ValueError):
    """A patch operation does not fit the value it is applied to."""


def is_patch(value: t.Any) -> bool:
    """Whether ``value`` is a Patch or its JSON form."""
    return isinstance(value, Patch) or (isinstance(value, dict) and value.get(PATCH_MARKER) == PATCH_MARKER)


def apply_patch(value: t.Any, patch: Patch | dict[str, t.Any]) -> t.Any:
    """Return ``value`` with the patch applied (``value`` itself is not changed).

    This is what the renderer does with a Patch answer; a location that does not exist yet is created as
    a dict on the way (as an empty list for the list operations at its end). Raises PatchError.
    """
    if isinstance(patch, Patch):
        patch = patch.to_plotly_json()
    if not is_patch(patch):
        raise PatchError("apply_patch() needs a Patch or its JSON form.")
    root = {"v": copy.deepcopy(value)}
    for operation in patch["operations"]:
        _apply(root, operation)
    return root["v"]


def _index(container: t.Any, key: t.Any, *, insert: bool = False) -> t.Any:
    if isinstance(container, list):
        if not isinstance(key, int):
            raise PatchError(f"A list cannot be indexed with {key!r}.")
        size = len(container) + (1 if insert else 0)
        if key < 0:
            key += len(container)
        if not 0 <= key < size:
            raise PatchError(f"The index {key} is outside a list of {len(container)} elements.")
        return key
    if isinstance(container, dict):
        return str(key)
    raise PatchError(f"The location {key!r} is inside a {type(container).__name__}, not a list or dict.")


def _apply(root: dict[str, t.Any], operation: dict[str, t.Any]) -> None:
    name = operation["operation"]
    location = ["v", *operation["location"]]
    params = operation.get("params") or {}
    if name not in OPERATIONS:
        raise PatchError(f"Unknown patch operation {name!r}; the known ones are {', '.join(OPERATIONS)}.")
    parent: t.Any = root
    for key in location[:-1]:
        key = _index(parent, key)
        if isinstance(parent, dict) and not isinstance(parent.get(key), (dict, list)):
            parent[key] = {}
        parent = parent[key]
    last = location[-1]
    if name == "Delete":
        if isinstance(parent, dict):
            parent.pop(str(last), None)
        else:
            del parent[_index(parent, last)]
        return
    if name == "Assign":
        parent[_index(parent, last)] = params["value"]
        return
    key = _index(parent, last)
    current = parent.get(key) if isinstance(parent, dict) else parent[key]
    parent[key] = _update(name, current, params)


def _update(name: str, current: t.Any, params: dict[str, t.Any]) -> t.Any:
    value = params.get("value")
    if name in ("Extend", "Append", "Prepend", "Insert", "Remove", "Reverse"):
        items = [] if current is None else current
        if not isinstance(items, list):
            raise PatchError(f"{name} needs a list, but the value there is a {type(items).__name__}.")
        if name == "Extend":
            return items + list(value)
        if name == "Append":
            return items + [value]
        if name == "Prepend":
            return [value] + items
        if name == "Insert":
            index = params["index"]
            result = list(items)
            result.insert(index, value)
            return result
        if name == "Remove":
            return [item for item in items if item != value]
        return items[::-1]
    if name == "Merge":
        base = {} if current is None else current
        if not isinstance(base, dict):
            raise PatchError(f"Merge needs a dict, but the value there is a {type(base).__name__}.")
        return {**base, **value}
    if name == "Clear":
        return type(current)() if isinstance(current, (list, dict, str)) else None
    if current is None:
        current = 0
    try:
        if name == "Add":
            return current + value
        if name == "Sub":
            return current - value
        if name == "Mul":
            return current * value
        return current / value
    except (TypeError, ZeroDivisionError) as error:
        raise PatchError(f"{name} of {value!r} to {current!r} failed: {error}.") from None
