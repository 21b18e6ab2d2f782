"""One ``_dash-update-component`` request body in, one JSON answer out. No Flask here.

The request is checked only as far as running the callback needs; every problem with it becomes a
``RequestError`` (a 4xx answer), every problem inside the callback a ``CallbackFailed`` (a 500).
"""

from __future__ import annotations

import difflib
import itertools
import reprlib
import typing as t

from .. import _async
from .. import exceptions
from .._callback_context import CallbackContext
from .._callback_context import _current
from .._grouping import fill
from .._grouping import flatten_value
from .._json import dumps
from .._json import loads
from .._json import stringify_id
from .._no_update import NoUpdate
from ..background_callback._dispatch import default_manager
from . import shape
from .registry import EXPANDED
from .registry import MATCHED
from .registry import STATIC
from .registry import CallbackSpec

#: The deepest JSON nesting a request body may have. Far above what a browser sends (a component tree in
#: a State adds three levels per component), far below what would exhaust the interpreter's stack while the
#: body is parsed, handed to the callback and encoded again.
MAX_JSON_DEPTH = 256

_CONTAINERS = (list, dict)


class _Excerpt(reprlib.Repr):
    """reprlib with the dict's own order: sorting the keys of a huge dict would cost what we try to bound."""

    def repr_dict(self, x: dict[t.Any, t.Any], level: int) -> str:
        if not x:
            return "{}"
        if level <= 0:
            return "{...}"
        pieces = [
            f"{self.repr1(key, level - 1)}: {self.repr1(value, level - 1)}"
            for key, value in itertools.islice(x.items(), self.maxdict)
        ]
        if len(x) > self.maxdict:
            pieces.append("...")
        return "{" + ", ".join(pieces) + "}"


_EXCERPT = _Excerpt()
_EXCERPT.maxstring = _EXCERPT.maxother = 100
_EXCERPT.maxlist = _EXCERPT.maxtuple = _EXCERPT.maxdict = _EXCERPT.maxset = 8
_EXCERPT.maxlevel = 3


def excerpt(value: t.Any, limit: int = 100) -> str:
    """A repr of ``value`` at most ``limit`` characters long, at a cost bounded by ``limit``, not by the
    value's size (an error message echoes what the client sent, and the client may send megabytes)."""
    text = _EXCERPT.repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _suggest(key: str, known: t.Iterable[str]) -> str | None:
    """The registered key closest to ``key`` (difflib), or None. Keys whose length alone rules them out
    (difflib's ``real_quick_ratio`` below its 0.6 cutoff) are dropped first, so a huge unknown key costs
    a length comparison per callback instead of a pass of difflib over the whole key."""
    size = len(key)
    candidates = [name for name in known if 10 * min(size, len(name)) >= 3 * (size + len(name))]
    close = difflib.get_close_matches(key, candidates, n=1) if candidates else []
    return close[0] if close else None


class RequestError(Exception):
    """The request cannot be served; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400, kind: str = "BadRequest") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.kind = kind


class CallbackFailed(Exception):
    """The callback raised, or returned something that does not fit its outputs."""

    def __init__(self, spec: CallbackSpec, error: BaseException) -> None:
        super().__init__(str(error))
        self.spec = spec
        self.error = error


def _check_id(value: t.Any) -> bool:
    """A component id as a request carries it: a string, or a dict of scalars (a pattern-matching id)."""
    if type(value) is str:
        return True
    if type(value) is not dict:
        return False
    return not any(isinstance(part, _CONTAINERS) for part in value.values())


def _value(item: t.Any, key: str, name: str) -> t.Any:
    if type(item) is not dict or "id" not in item or "property" not in item:
        raise RequestError(
            f"Each entry of '{name}' in the request for callback {key!r} must be an object with 'id' and"
            f" 'property' keys (and 'value' when set); got {excerpt(item)}."
        )
    if not _check_id(item["id"]):
        raise RequestError(
            f"An entry of '{name}' in the request for callback {key!r} has the id {excerpt(item['id'])}, which"
            " is neither a string nor an object of strings, numbers and booleans. Send the component's id as"
            " the layout has it."
        )
    if type(item["property"]) is not str:
        raise RequestError(
            f"An entry of '{name}' in the request for callback {key!r} has the property"
            f" {excerpt(item['property'])}, which is not a string. Send the property's name, such as 'value'."
        )
    return item.get("value")


def _collect(items: t.Any, multi_flags: tuple[bool, ...], key: str, name: str) -> list[t.Any]:
    if type(items) is not list:
        raise RequestError(
            f"The '{name}' of the request for callback {key!r} must be a list, not {type(items).__name__}."
        )
    if len(items) != len(multi_flags):
        raise RequestError(
            f"The callback {key!r} takes {len(multi_flags)} {name} value(s), but the request sent"
            f" {len(items)}. Reload the page so the browser has the current callback definitions."
        )
    if not any(multi_flags):
        return [_value(item, key, name) for item in items]
    values = []
    for item, multi in zip(items, multi_flags):
        if multi:
            if type(item) is not list:
                raise RequestError(
                    f"An ALL/ALLSMALLER entry of '{name}' in the request for callback {key!r} must be a"
                    f" list of objects, not {type(item).__name__}."
                )
            values.append([_value(part, key, name) for part in item])
        else:
            values.append(_value(item, key, name))
    return values


def _check_target(target: t.Any, key: str) -> None:
    if type(target) is not dict or not _check_id(target.get("id")) or type(target.get("property")) is not str:
        raise RequestError(
            f"Each entry of 'outputs' in the request for callback {key!r} must be an object with an 'id'"
            f" (a string or an object of strings, numbers and booleans) and a 'property' string; got"
            f" {excerpt(target)}."
        )


def _check_outputs(spec: CallbackSpec, outputs: t.Any) -> None:
    key = spec.key
    if spec.declared_list:
        if type(outputs) is not list or len(outputs) != len(spec.output_plan):
            raise RequestError(
                f"The 'outputs' of the request for callback {key!r} must be a list of"
                f" {len(spec.output_plan)} entries, one per output."
            )
        targets = outputs
    else:
        targets = [outputs]
    for target, (_, _, mode) in zip(targets, spec.output_plan):
        if mode == EXPANDED:
            if type(target) is not list:
                raise RequestError(
                    f"An ALL output in the request for callback {key!r} must be a list of objects, not"
                    f" {type(target).__name__}."
                )
            for part in target:
                _check_target(part, key)
        elif type(target) is not dict:
            raise RequestError(
                f"An output in the request for callback {key!r} must be an object with 'id' and 'property',"
                f" not {type(target).__name__}."
            )
        else:
            _check_target(target, key)


def _check_changed(body: dict[str, t.Any], key: str) -> None:
    changed = body.get("changedPropIds", [])
    if type(changed) is not list or not all(type(prop_id) is str for prop_id in changed):
        raise RequestError(
            f"The 'changedPropIds' of the request for callback {key!r} must be a list of \"id.property\""
            f" strings; got {excerpt(changed)}."
        )


def _too_deep(value: t.Any, limit: int) -> bool:
    """Whether ``value`` nests lists and objects more than ``limit`` levels deep.

    No recursion, and memory in proportion to the depth, not to the number of containers: the walk keeps
    one iterator per open level (at most ``limit``), never a queue of every container seen.
    """
    levels = [iter(value.values() if type(value) is dict else value)]
    while levels:
        for child in levels[-1]:
            kind = type(child)
            if kind is list or kind is dict:
                if len(levels) >= limit:  # the child sits one level below the open ones
                    return True
                if child:  # an empty one has nothing below it to walk
                    levels.append(iter(child.values() if kind is dict else child))
                    break
        else:
            levels.pop()
    return False


def _nested_too_deep() -> RequestError:
    return RequestError(
        f"The request body nests lists and objects more than {MAX_JSON_DEPTH} levels deep. Send flatter data."
    )


def parse_body(data: bytes | str) -> t.Any:
    """The request body as JSON; RequestError when it is not JSON or nests too deeply."""
    try:
        body = loads(data)
    except RecursionError:  # the C parser ran out of stack: far deeper than MAX_JSON_DEPTH
        raise _nested_too_deep() from None
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise RequestError(f"The request body is not valid JSON: {error}. Send a JSON object.") from None
    # A body with few brackets cannot nest deeply: the walk is skipped for nearly every request.
    square, curly = (b"[", b"{") if isinstance(data, bytes) else ("[", "{")
    brackets = data.count(square) + data.count(curly)
    if brackets > MAX_JSON_DEPTH and isinstance(body, _CONTAINERS) and _too_deep(body, MAX_JSON_DEPTH):
        raise _nested_too_deep()
    return body


def _wrong_shape(spec: CallbackSpec, value: t.Any, expected: int, what: str) -> CallbackFailed:
    return CallbackFailed(
        spec,
        exceptions.InvalidCallbackReturnValue(
            f"The callback for {spec.key!r} returned {excerpt(value, 200)} ({type(value).__name__}), but {what}, so"
            f" it must return a list or tuple of {expected} value(s). Return one value per output (use"
            " no_update for outputs that should not change)."
        ),
    )


def _put(response: dict[str, dict[str, t.Any]], id_str: str, prop: str, value: t.Any) -> None:
    props = response.get(id_str)
    if props is None:
        response[id_str] = {prop: value}
    else:
        props[prop] = value


def _fill(
    spec: CallbackSpec,
    response: dict[str, dict[str, t.Any]],
    plan: tuple[str, str, str],
    target: t.Any,
    value: t.Any,
) -> None:
    if isinstance(value, NoUpdate):
        return
    id_str, prop, mode = plan
    if mode == STATIC:
        _put(response, id_str, prop, value)
    elif mode == MATCHED:
        _put(response, stringify_id(target["id"]), prop, value)
    else:
        if not isinstance(value, (list, tuple)) or len(value) != len(target):
            raise _wrong_shape(
                spec,
                value,
                len(target),
                f"its ALL output '{id_str}.{prop}' matched {len(target)} component(s)",
            )
        for concrete, part in zip(target, value):
            if not isinstance(part, NoUpdate):
                _put(response, stringify_id(concrete["id"]), prop, part)


def build_response(spec: CallbackSpec, outputs: t.Any, value: t.Any) -> dict[str, dict[str, t.Any]]:
    """``{"<id>": {"<prop>": value}}`` for the outputs that change."""
    response: dict[str, dict[str, t.Any]] = {}
    if spec.no_output or isinstance(value, NoUpdate):
        return response
    plan = spec.output_plan
    if not spec.declared_list:
        _fill(spec, response, plan[0], outputs, value)
        return response
    if not isinstance(value, (list, tuple)) or len(value) != len(plan):
        raise _wrong_shape(spec, value, len(plan), f"it has {len(plan)} output(s)")
    for entry, target, part in zip(plan, outputs, value):
        _fill(spec, response, entry, target, part)
    return response


def find_spec(specs: dict[str, CallbackSpec], body: t.Any) -> CallbackSpec:
    if type(body) is not dict:
        raise RequestError(
            f"The request body must be a JSON object with 'output', 'inputs' and 'changedPropIds', not a JSON"
            f" {type(body).__name__}."
        )
    key = body.get("output")
    if not isinstance(key, str):
        raise RequestError("The request body has no 'output' string naming the callback to run.")
    spec = specs.get(key)
    if spec is None:
        message = f"No callback is registered for the output {excerpt(key, 200)}."
        close = _suggest(key, specs)
        if close is not None:
            message += f" Did you mean {close!r}?"
        message += " Reload the page so the browser has the current callback definitions."
        raise RequestError(message)
    if spec.func is None:
        raise RequestError(
            f"The callback for {key!r} is a clientside callback; it runs in the browser, not on the server."
        )
    return spec


def _call(spec: CallbackSpec, args: list[t.Any], use_async: bool = True) -> t.Any:
    """Run the function with its arguments flat (``*inputs, *state``) or grouped as declared.

    An ``async def`` function is awaited to completion (see dash/_async.py).
    """
    if spec.arg_schema is None:
        value = spec.func(*args)  # type: ignore[misc]
    else:
        grouped = fill(spec.arg_schema, args)
        if isinstance(grouped, dict):
            value = spec.func(**grouped)  # type: ignore[misc]
        else:
            value = spec.func(*grouped)  # type: ignore[misc]
    return _async.resolve(value, f"the callback for {spec.key!r}", use_async)


def dispatch(
    specs: dict[str, CallbackSpec],
    data: bytes,
    query: t.Any = None,
    manager: t.Any = None,
    on_error: t.Callable[[Exception], t.Any] | None = None,
    use_async: bool = True,
) -> tuple[str | None, CallbackContext | None]:
    """Run the callback a request names. Returns (JSON text or None for "nothing changes", context).

    ``query`` holds the URL's query arguments (background callbacks read ``cacheKey``, ``job``,
    ``oldJob``); ``manager`` is the app's background_callback_manager. ``on_error`` is the app's
    handler for exceptions the callback raises (its own ``on_error`` wins): its return value is used
    as the callback's, ``None`` meaning "change no output".
    """
    body = parse_body(data)
    spec = find_spec(specs, body)
    key = spec.key
    _check_changed(body, key)
    args = _collect(body.get("inputs"), spec.input_multi, key, "inputs")
    if spec.state_multi or "state" in body:
        args += _collect(body.get("state", []), spec.state_multi, key, "state")
    outputs = None
    if not spec.no_output:
        if "outputs" not in body:
            raise RequestError(
                f"The request for callback {key!r} has no 'outputs' key. Send the outputs to update."
            )
        outputs = body["outputs"]
        _check_outputs(spec, outputs)
    if spec.patterns:
        problem = shape.mismatch(body, spec.patterns, key)
        if problem is not None:
            raise RequestError(f"{problem} Reload the page so the browser sends the current layout's ids.")

    if spec.background is not None:
        from ..background_callback._dispatch import handle

        return handle(spec, args, outputs, body, query or {}, manager, build_response), None

    context = CallbackContext(body, spec)
    token = _current.set(context)
    manager_token = default_manager.set(manager)
    try:
        try:
            value = _call(spec, args, use_async)
        except exceptions.PreventUpdate:
            raise
        except Exception as error:
            handler = spec.on_error or on_error
            if handler is None:
                raise CallbackFailed(spec, error) from error
            try:
                value = _async.resolve(handler(error), "the on_error handler", use_async)
            except exceptions.PreventUpdate:
                raise
            except Exception as handler_error:
                raise CallbackFailed(spec, handler_error) from handler_error
            if value is None:  # the handler only logged or used set_props: change no output
                value = NoUpdate()
        if spec.output_schema is not None and not isinstance(value, NoUpdate):
            try:
                value = flatten_value(spec.output_schema, value, len(spec.outputs))
            except ValueError as error:
                raise CallbackFailed(
                    spec,
                    exceptions.InvalidCallbackReturnValue(
                        f"The callback for {key!r} returned a value that does not fit its output grouping: {error}"
                    ),
                ) from None
    except exceptions.PreventUpdate:
        return None, context
    finally:
        _current.reset(token)
        default_manager.reset(manager_token)

    response = build_response(spec, outputs, value)
    if context.updated_props:
        result: dict[str, t.Any] = {"multi": True, "response": response, "sideUpdate": context.updated_props}
    elif not response:
        return None, context
    else:
        result = {"multi": True, "response": response}
    try:
        return dumps(result), context
    except (TypeError, ValueError, RecursionError) as error:
        raise CallbackFailed(
            spec,
            exceptions.InvalidCallbackReturnValue(
                f"The callback for {key!r} returned a value that cannot be sent as JSON: {error}"
            ),
        ) from error
