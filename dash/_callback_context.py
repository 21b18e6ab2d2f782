"""``callback_context`` / ``ctx``: what triggered the running callback and what it was given."""

from __future__ import annotations

import contextvars
import json
import typing as t

from . import exceptions
from ._attribute_dict import AttributeDict
from ._grouping import fill
from ._json import stringify_id


class FalsyList(list):  # type: ignore[type-arg]
    """A list that is false in a boolean context (``ctx.triggered`` on the initial call)."""

    def __bool__(self) -> bool:
        return False


def _parse_id(id_str: str) -> t.Any:
    """A pattern-matching id (a JSON object of scalars) as a dict; anything else stays the string it is."""
    if id_str.startswith("{"):
        try:
            value = json.loads(id_str)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's stack
            return id_str
        if isinstance(value, dict) and not any(isinstance(part, (dict, list)) for part in value.values()):
            return AttributeDict(value)
    return id_str


def _flatten(items: t.Any) -> t.Iterator[dict[str, t.Any]]:
    for item in items or ():
        if isinstance(item, list):
            yield from _flatten(item)
        elif isinstance(item, dict):
            yield item


def _values_by_prop_id(items: t.Any) -> dict[str, t.Any]:
    return {
        f"{stringify_id(item.get('id'))}.{item.get('property')}": item.get("value")
        for item in _flatten(items)
    }


class CallbackContext:
    """The data of one running callback. Derived views are built on first use, then kept."""

    __slots__ = (
        "_body",
        "_spec",
        "_inputs",
        "_states",
        "updated_props",
        "_response",
        "_cache",
        "_on_set_props",
    )

    def __init__(self, body: dict[str, t.Any], spec: t.Any = None) -> None:
        self._body = body
        self._spec = spec
        self.updated_props: dict[str, dict[str, t.Any]] = {}
        self._response: t.Any = None
        self._cache: dict[str, t.Any] = {}
        self._on_set_props: t.Callable[[], None] | None = None  # a background job writes them through

    def _cached(self, name: str, build: t.Callable[[], t.Any]) -> t.Any:
        cache = self._cache
        if name not in cache:
            cache[name] = build()
        return cache[name]

    @property
    def inputs(self) -> dict[str, t.Any]:
        return self._cached("inputs", lambda: _values_by_prop_id(self._body.get("inputs")))

    @property
    def states(self) -> dict[str, t.Any]:
        return self._cached("states", lambda: _values_by_prop_id(self._body.get("state")))

    @property
    def inputs_list(self) -> list[t.Any]:
        return self._body.get("inputs") or []

    @property
    def states_list(self) -> list[t.Any]:
        return self._body.get("state") or []

    @property
    def outputs_list(self) -> t.Any:
        return self._body.get("outputs")

    @property
    def triggered_prop_ids_list(self) -> list[str]:
        changed = self._body.get("changedPropIds") or []
        return [prop_id for prop_id in changed if isinstance(prop_id, str)]

    @property
    def triggered(self) -> list[dict[str, t.Any]]:
        def build() -> list[dict[str, t.Any]]:
            changed = self.triggered_prop_ids_list
            if not changed:
                return FalsyList([{"prop_id": ".", "value": None}])
            values = self.inputs
            return [{"prop_id": prop_id, "value": values.get(prop_id)} for prop_id in changed]

        return self._cached("triggered", build)

    @property
    def triggered_prop_ids(self) -> AttributeDict:
        def build() -> AttributeDict:
            return AttributeDict(
                (prop_id, _parse_id(prop_id.rpartition(".")[0])) for prop_id in self.triggered_prop_ids_list
            )

        return self._cached("triggered_prop_ids", build)

    @property
    def triggered_id(self) -> t.Any:
        changed = self.triggered_prop_ids_list
        if not changed:
            return None
        return self.triggered_prop_ids[changed[0]]

    @property
    def using_args_grouping(self) -> bool:
        """True when the callback declared its Inputs/States as a dict, nested groups, or interleaved."""
        return getattr(self._spec, "arg_schema", None) is not None

    @property
    def using_outputs_grouping(self) -> bool:
        """True when the callback declared its Outputs as a dict or nested groups."""
        return getattr(self._spec, "output_schema", None) is not None

    @property
    def args_grouping(self) -> t.Any:
        """Each input and state as ``{"id", "property", "value", "str_id", "triggered"}``, in the grouping
        the callback declared (a dict for ``inputs=dict(...)``), else a flat list: inputs, then states."""

        def build() -> t.Any:
            changed = set(self.triggered_prop_ids_list)

            def group(item: t.Any) -> t.Any:
                if isinstance(item, list):
                    return [group(part) for part in item]
                prop_id = f"{stringify_id(item.get('id'))}.{item.get('property')}"
                return AttributeDict(
                    id=item.get("id"),
                    property=item.get("property"),
                    value=item.get("value"),
                    str_id=stringify_id(item.get("id")),
                    triggered=prop_id in changed,
                )

            flat = [group(item) for item in self.inputs_list + self.states_list]
            schema = getattr(self._spec, "arg_schema", None)
            return flat if schema is None else fill(schema, flat)

        return self._cached("args_grouping", build)

    @property
    def outputs_grouping(self) -> t.Any:
        """The outputs (``{"id", "property"}`` each, lists for ALL) in the grouping the callback declared."""
        outputs = self.outputs_list
        schema = getattr(self._spec, "output_schema", None)
        if schema is None or not isinstance(outputs, list):
            return outputs
        return fill(schema, outputs)

    @property
    def response(self) -> t.Any:
        """A Flask response whose headers (cookies, for example) are copied onto the callback's answer."""
        if self._response is None:
            import flask

            self._response = flask.Response()
        return self._response

    def record_timing(self, name: str, duration: float | None = None, description: str | None = None) -> None:
        """Accepted for compatibility; timings are not reported."""


_current: contextvars.ContextVar[CallbackContext | None] = contextvars.ContextVar(
    "dash_callback_context", default=None
)


def current() -> CallbackContext:
    context = _current.get()
    if context is None:
        raise exceptions.MissingCallbackContextException(
            "dash.callback_context (dash.ctx) is only available while a callback runs. Read it inside the"
            " function decorated with @callback, not at import time or in a layout function."
        )
    return context


class _ContextProxy:
    """``dash.ctx``: forwards every attribute to the context of the running callback."""

    __slots__ = ()

    def __getattr__(self, name: str) -> t.Any:
        return getattr(current(), name)

    def __repr__(self) -> str:
        return "<dash.callback_context>"


callback_context: t.Any = _ContextProxy()
ctx: t.Any = callback_context


def set_props(component_id: t.Any, props: dict[str, t.Any]) -> None:
    """Set props of any component from inside a callback; they are sent as ``sideUpdate``."""
    if not isinstance(props, dict):
        raise TypeError(f"set_props() needs a dict of props, not {type(props).__name__}.")
    if hasattr(component_id, "to_plotly_json") and not isinstance(component_id, (str, dict)):
        set_id = getattr(component_id, "_set_random_id", None)
        component_id = set_id() if set_id is not None else component_id.__dict__.get("id")
    key = stringify_id(component_id)
    context = current()
    context.updated_props.setdefault(key, {}).update(props)
    if context._on_set_props is not None:
        context._on_set_props()
