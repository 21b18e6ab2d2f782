"""Input, Output, State and the pattern-matching wildcards: plain data, no Flask."""

from __future__ import annotations

import typing as t

from ._json import stringify_id


class _Wildcard:
    """MATCH, ALL or ALLSMALLER: a value in a dict id that matches many components."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __str__(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"<{self._name}>"

    def __reduce__(self) -> str:
        return self._name

    def to_json(self) -> list[str]:
        return [self._name]


MATCH = _Wildcard("MATCH")
ALL = _Wildcard("ALL")
ALLSMALLER = _Wildcard("ALLSMALLER")
Wildcard = _Wildcard

_WILDCARDS = (MATCH, ALL, ALLSMALLER)


def _resolve_id(component_id: t.Any, kind: str) -> t.Any:
    if isinstance(component_id, (str, dict)):
        return component_id
    # A component object: its id, or a generated deterministic one (duck-typed: no component import).
    if hasattr(component_id, "to_plotly_json") and not isinstance(component_id, type):
        set_id = getattr(component_id, "_set_random_id", None)
        value = set_id() if set_id is not None else getattr(component_id, "__dict__", {}).get("id")
        if value is None:
            raise TypeError(
                f"{kind}() was given a {type(component_id).__name__} component without an id. Give the"
                " component an id, for example html.Div(id='my-div'), and pass that component or its id."
            )
        return value
    raise TypeError(
        f"{kind}() needs a component id (a string or a dict) or a component as its first argument, not"
        f" {type(component_id).__name__} ({component_id!r})."
    )


class DashDependency:
    """One ``component_id.component_property`` pair used by a callback."""

    __slots__ = ("component_id", "component_property", "_id_str", "_key")

    def __init__(self, component_id: t.Any, component_property: str) -> None:
        kind = type(self).__name__
        self.component_id = _resolve_id(component_id, kind)
        if not isinstance(component_property, str) or not component_property:
            raise TypeError(
                f"{kind}() needs a property name (a non-empty string) as its second argument, not"
                f" {component_property!r}."
            )
        self.component_property = component_property
        self._id_str = stringify_id(self.component_id)
        self._key = (self._id_str, component_property)

    # -- identity -----------------------------------------------------------------------------------

    def component_id_str(self) -> str:
        """The id as a string: itself, or compact sorted-key JSON with wildcards as ["ALL"]."""
        return self._id_str

    def __str__(self) -> str:
        return f"{self._id_str}.{self.component_property}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} `{self}`>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DashDependency) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def to_dict(self) -> dict[str, t.Any]:
        return {"id": self._id_str, "property": self.component_property}

    # -- wildcards ----------------------------------------------------------------------------------

    def has_wildcard(self) -> bool:
        return isinstance(self.component_id, dict) and any(
            isinstance(value, _Wildcard) for value in self.component_id.values()
        )

    def wildcard_keys(self, wildcard: _Wildcard) -> frozenset[str]:
        """The keys of the dict id whose value is ``wildcard``."""
        if not isinstance(self.component_id, dict):
            return frozenset()
        return frozenset(key for key, value in self.component_id.items() if value is wildcard)

    def is_multi_value(self) -> bool:
        """True when the request carries a list for this dependency (ALL or ALLSMALLER in the id)."""
        return bool(self.wildcard_keys(ALL) or self.wildcard_keys(ALLSMALLER))


class Output(DashDependency):
    """A property the callback sets. ``allow_duplicate=True`` lets several callbacks set it."""

    __slots__ = ("allow_duplicate",)

    def __init__(self, component_id: t.Any, component_property: str, allow_duplicate: bool = False) -> None:
        super().__init__(component_id, component_property)
        self.allow_duplicate = bool(allow_duplicate)


class _ValueDependency(DashDependency):
    """A property whose value is passed to the callback (the shared part of Input and State)."""

    __slots__ = ("allow_optional",)

    def __init__(self, component_id: t.Any, component_property: str, allow_optional: bool = False) -> None:
        super().__init__(component_id, component_property)
        self.allow_optional = bool(allow_optional)

    def to_dict(self) -> dict[str, t.Any]:
        spec = super().to_dict()
        if self.allow_optional:
            spec["allow_optional"] = True
        return spec


class Input(_ValueDependency):
    """A property whose change runs the callback; its value is passed to the callback."""

    __slots__ = ()


class State(_ValueDependency):
    """A property whose value is passed to the callback without triggering it."""

    __slots__ = ()


class ClientsideFunction:
    """A browser function ``window.dash_clientside[namespace][function_name]`` from an asset script."""

    __slots__ = ("namespace", "function_name")

    def __init__(self, namespace: str, function_name: str) -> None:
        if not isinstance(namespace, str) or not namespace:
            raise TypeError(f"ClientsideFunction() needs a namespace string, not {namespace!r}.")
        if namespace.startswith("_dashprivate"):
            raise ValueError(
                f"The clientside namespace {namespace!r} starts with '_dashprivate', which is reserved for"
                " dash. Choose another namespace."
            )
        if not isinstance(function_name, str) or not function_name:
            raise TypeError(f"ClientsideFunction() needs a function name string, not {function_name!r}.")
        self.namespace = namespace
        self.function_name = function_name

    @classmethod
    def _inline(cls, namespace: str, function_name: str) -> ClientsideFunction:
        """For dash itself: an inline function in a reserved namespace."""
        self = cls.__new__(cls)
        self.namespace = namespace
        self.function_name = function_name
        return self

    def __repr__(self) -> str:
        return f"ClientsideFunction({self.namespace!r}, {self.function_name!r})"

    def to_dict(self) -> dict[str, str]:
        return {"namespace": self.namespace, "function_name": self.function_name}
