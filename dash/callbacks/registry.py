"""Registering callbacks: argument parsing, id and wildcard validation, output keys, duplicates.

Everything the dispatcher needs per request is computed here, once.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import typing as t
import warnings

from .. import exceptions
from .._dependencies import ALL
from .._dependencies import ALLSMALLER
from .._dependencies import MATCH
from .._dependencies import ClientsideFunction
from .._dependencies import DashDependency
from .._dependencies import Input
from .._dependencies import Output
from .._dependencies import State
from .._dependencies import Wildcard
from .._grouping import is_group
from .._grouping import leaves
from .._grouping import map_leaves
from ..background_callback._options import KEYWORDS as BACKGROUND_KEYWORDS
from ..background_callback._options import pop_options
from ..background_callback._options import running_json
from . import shape

# How the request carries each output: one concrete id, a MATCH-resolved id, or a list (ALL).
STATIC, MATCHED, EXPANDED = "static", "match", "all"

CLIENTSIDE_NAMESPACE = "_dashprivate_clientside_funcs"

# Keyword arguments of Plotly Dash's callback() that we do not implement.
_UNSUPPORTED_KWARGS = (
    "api_endpoint",
    "optional",
)

_order = itertools.count()

_ID_VALUE_TYPES = (str, int, float, bool)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CallbackSpec:
    """One registered callback, with everything precomputed for the dependencies list and dispatch."""

    __slots__ = (
        "key",
        "outputs",
        "inputs",
        "state",
        "declared_list",
        "multi",
        "no_output",
        "func",
        "clientside_function",
        "clientside_source",
        "prevent_initial_call",
        "background",
        "running",
        "output_plan",
        "input_multi",
        "state_multi",
        "patterns",
        "order",
        "output_schema",
        "arg_schema",
        "on_error",
        "hidden",
        "allow_dynamic_callbacks",
        "_outputs_json",
        "_inputs_json",
        "_state_json",
    )

    def __init__(
        self,
        outputs: list[Output],
        inputs: list[Input],
        state: list[State],
        declared_list: bool,
        prevent_initial_call: t.Any,
    ) -> None:
        self.outputs = outputs
        self.inputs = inputs
        self.state = state
        self.declared_list = declared_list
        self.no_output = not outputs
        self.prevent_initial_call = prevent_initial_call
        self.func: t.Callable[..., t.Any] | None = None
        self.clientside_function: ClientsideFunction | None = None
        self.clientside_source: str | None = None
        self.background: t.Any = None  # background_callback._options.BackgroundOptions
        self.running: list[t.Any] = []  # (Output, value while running, value afterwards)
        self.order = next(_order)
        self.output_schema: t.Any = None
        self.arg_schema: t.Any = None
        self.on_error: t.Callable[[Exception], t.Any] | None = None
        self.hidden: bool | None = None
        #: ``_allow_dynamic_callbacks=True``: the callback may import a component suite while it runs (its
        #: files go out with the answer); otherwise that is an ImportedInsideCallbackError.
        self.allow_dynamic_callbacks = False

        input_hash = _sha256(".".join(str(dep) for dep in inputs))
        parts = []
        outputs_json = []
        plan = []
        for output in outputs:
            id_str = output.component_id_str()
            if isinstance(output.component_id, dict):
                id_str = id_str.replace(".", "\\.")
            prop = output.component_property
            if output.allow_duplicate:
                prop = f"{prop}@{input_hash}"
            parts.append(f"{id_str}.{prop}")
            outputs_json.append({"id": output.component_id_str(), "property": prop})
            if output.wildcard_keys(ALL):
                mode = EXPANDED
            elif output.wildcard_keys(MATCH):
                mode = MATCHED
            else:
                mode = STATIC
            plan.append((output.component_id_str(), output.component_property, mode))

        if not outputs:
            self.key = input_hash
        elif declared_list:
            self.key = ".." + "...".join(parts) + ".."
        else:
            self.key = parts[0]
        self.multi = declared_list or (bool(plan) and plan[0][2] == EXPANDED)
        self.output_plan = tuple(plan)
        self.input_multi = tuple(dep.is_multi_value() for dep in inputs)
        self.state_multi = tuple(dep.is_multi_value() for dep in state)
        self.patterns = shape.patterns(outputs, inputs, state, declared_list)
        self._outputs_json = outputs_json
        self._inputs_json = [dep.to_dict() for dep in inputs]
        self._state_json = [dep.to_dict() for dep in state]

    @property
    def has_allow_duplicate(self) -> bool:
        return any(output.allow_duplicate for output in self.outputs)

    def resolved_prevent_initial_call(self, config_default: t.Any) -> t.Any:
        return config_default if self.prevent_initial_call is None else self.prevent_initial_call

    def to_dict(self, config_default: t.Any = False) -> dict[str, t.Any]:
        """The entry in ``_dash-dependencies``."""
        entry = {
            "output": self.key,
            "outputs": self._outputs_json,
            "multi": self.multi,
            "inputs": self._inputs_json,
            "state": self._state_json,
            "clientside_function": self.clientside_function.to_dict() if self.clientside_function else None,
            "prevent_initial_call": self.resolved_prevent_initial_call(config_default) is True,
            "no_output": self.no_output,
        }
        if self.background is not None:
            entry["background"] = {"interval": self.background.interval}
        if self.running:
            entry["running"] = running_json(self.running)
        if self.hidden is not None:
            entry["hidden"] = bool(self.hidden)
        return entry

    def check_allow_duplicate(self, config_default: t.Any) -> None:
        if not self.has_allow_duplicate:
            return
        if self.resolved_prevent_initial_call(config_default) in (True, "initial_duplicate"):
            return
        names = ", ".join(f"'{output}'" for output in self.outputs if output.allow_duplicate)
        raise exceptions.DuplicateCallback(
            f"The callback for {self.key!r} uses allow_duplicate=True on {names} but does not set"
            " prevent_initial_call=True. Duplicate outputs need it because the order of initial calls is"
            " not fixed. Add prevent_initial_call=True to the callback, or use"
            " prevent_initial_call='initial_duplicate' if you accept the undefined order."
        )

    def __repr__(self) -> str:
        return f"<CallbackSpec {self.key!r}>"


# -- argument parsing ---------------------------------------------------------------------------------


def _as_list(value: t.Any) -> tuple[list[t.Any], bool]:
    if isinstance(value, (list, tuple)):
        return list(value), True
    return [value], False


def _describe(value: t.Any) -> str:
    if isinstance(value, DashDependency):
        return repr(value)
    return f"{type(value).__name__} {value!r:.80}"


class ParsedArgs(t.NamedTuple):
    """What ``callback(...)`` was given, split up (see parse_callback_args)."""

    outputs: list[Output]
    inputs: list[Input]
    state: list[State]
    declared_list: bool
    prevent_initial_call: t.Any
    #: The output grouping with output indexes as leaves, or None for a plain single output or list.
    output_schema: t.Any = None
    #: The argument grouping with indexes into inputs + state as leaves, or None for func(*inputs, *state).
    arg_schema: t.Any = None
    on_error: t.Callable[[Exception], t.Any] | None = None
    hidden: bool | None = None
    allow_dynamic_callbacks: bool = False


_KNOWN_KWARGS = (
    "output",
    "inputs",
    "state",
    "prevent_initial_call",
    "on_error",
    "hidden",
    "_allow_dynamic_callbacks",
    *BACKGROUND_KEYWORDS,
)


def _check_kwargs(kwargs: dict[str, t.Any]) -> None:
    """Raise for Plotly features we lack; warn (with "did you mean") for names Plotly ignores too."""
    for name in kwargs:
        if name in _UNSUPPORTED_KWARGS:
            raise TypeError(
                f"callback() got the keyword argument {name!r}, which Plotly Dash supports but this dash"
                " does not. Remove it; for long-running work start a thread or a task queue yourself."
            )
        close = difflib.get_close_matches(name, _KNOWN_KWARGS + _UNSUPPORTED_KWARGS, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        warnings.warn(
            f"callback() got an unexpected keyword argument {name!r}, which is ignored.{hint}",
            UserWarning,
            stacklevel=5,
        )


def _positional(args: tuple[t.Any, ...], prevent_initial_call: t.Any) -> tuple[list[t.Any], bool, t.Any]:
    """Outputs, inputs and state from positional arguments: flat, or one level of lists."""
    deps: list[t.Any] = []
    declared_list = False
    output_groups = 0
    phase = 0  # 0: outputs, 1: inputs, 2: state
    names = ("Output", "Input", "State")
    for index, arg in enumerate(args):
        if isinstance(arg, bool) and index == len(args) - 1 and prevent_initial_call is None:
            prevent_initial_call = arg
            continue
        items, is_list = _as_list(arg)
        if is_list and not items:
            if phase == 0 and not deps:
                declared_list = True  # an empty output list: a callback without outputs
            continue
        for item in items:
            kind = _kind(item, "its positional arguments must be Output, Input or State objects, or lists")
            if kind < phase:
                raise exceptions.IncorrectTypeException(
                    "Callback arguments must come in this order: the Output(s) first, then the Input(s), then"
                    f" the State(s). The {names[kind]} {item} comes after a {names[phase]}. Reorder the"
                    " arguments."
                )
            phase = kind
            deps.append(item)
        if phase == 0 or (is_list and any(isinstance(item, Output) for item in items)):
            output_groups += 1
            declared_list = declared_list or is_list
    return deps, declared_list or output_groups > 1, prevent_initial_call


def _kind(item: t.Any, where: str) -> int:
    if isinstance(item, Output):
        return 0
    if isinstance(item, Input):
        return 1
    if isinstance(item, State):
        return 2
    raise exceptions.IncorrectTypeException(
        f"callback() was given {_describe(item)}, but {where}. Wrap ids like Input('my-id', 'value')."
    )


def _nested(grouping: t.Any) -> bool:
    return isinstance(grouping, dict) or any(is_group(item) for item in grouping)


def _output_kwarg(value: t.Any) -> tuple[list[Output], bool, t.Any]:
    if isinstance(value, Output):
        return [value], False, None
    if not is_group(value):
        raise exceptions.IncorrectTypeException(
            "The output= argument of callback() must be an Output, or a list, tuple or dict of Outputs (nested"
            f" as you like); it is {_describe(value)}."
        )
    outputs = leaves(value)
    for item in outputs:
        if not isinstance(item, Output):
            raise exceptions.IncorrectTypeException(
                f"The output= argument of callback() must contain only Outputs; it contains {_describe(item)}."
            )
    if not _nested(value):
        return outputs, True, None
    counter = itertools.count()
    return outputs, True, map_leaves(value, lambda _: next(counter))


def _arg_kwargs(inputs_kw: t.Any, state_kw: t.Any) -> tuple[list[Input], list[State], t.Any]:
    """Inputs, state and the argument schema (None when the function takes ``*inputs, *state``)."""
    if isinstance(inputs_kw, DashDependency):
        inputs_kw = [inputs_kw]
    if isinstance(state_kw, DashDependency):
        state_kw = [state_kw]
    if isinstance(inputs_kw, dict):
        if state_kw and not isinstance(state_kw, dict):
            raise exceptions.IncorrectTypeException(
                "callback() got inputs= as a dict but state= as a list. Give both as dicts (the function then"
                " takes keyword arguments) or both as lists."
            )
        grouping: t.Any = {**(state_kw or {}), **inputs_kw}
    elif isinstance(inputs_kw, (list, tuple)):
        if state_kw and not isinstance(state_kw, (list, tuple)):
            raise exceptions.IncorrectTypeException(
                "callback() got inputs= as a list but state= as a dict. Give both as lists or both as dicts."
            )
        grouping = [*inputs_kw, *(state_kw or [])]
    else:
        raise exceptions.IncorrectTypeException(
            "The inputs= argument of callback() must be an Input, or a list, tuple or dict of Inputs and"
            f" States; it is {_describe(inputs_kw)}."
        )
    found = leaves(grouping)
    kinds = [_kind(item, "inputs= and state= may contain only Input and State objects") for item in found]
    if 0 in kinds:
        raise exceptions.IncorrectTypeException(
            "callback() got an Output inside inputs= or state=. Pass outputs with output= or positionally."
        )
    inputs = [item for item, kind in zip(found, kinds) if kind == 1]
    state = [item for item, kind in zip(found, kinds) if kind == 2]
    flat_in_order = kinds == sorted(kinds)
    if not _nested(grouping) and flat_in_order:
        return inputs, state, None
    position = {id(item): index for index, item in enumerate([*inputs, *state])}
    return inputs, state, map_leaves(grouping, lambda item: position[id(item)])


def parse_callback_args(args: tuple[t.Any, ...], kwargs: dict[str, t.Any]) -> ParsedArgs:
    """Split ``callback(...)`` arguments (positional, or output=/inputs=/state= groupings).

    Raises IncorrectTypeException / TypeError with the fix; warns about unknown keyword arguments.
    """
    kwargs = dict(kwargs)
    prevent_initial_call = kwargs.pop("prevent_initial_call", None)
    output_kw = kwargs.pop("output", None)
    inputs_kw = kwargs.pop("inputs", None)
    state_kw = kwargs.pop("state", None)
    on_error = kwargs.pop("on_error", None)
    hidden = kwargs.pop("hidden", None)
    allow_dynamic = bool(kwargs.pop("_allow_dynamic_callbacks", False))
    if on_error is not None and not callable(on_error):
        raise TypeError(f"on_error= must be a function taking the exception, not {type(on_error).__name__}.")
    _check_kwargs(kwargs)

    deps, declared_list, prevent_initial_call = _positional(args, prevent_initial_call)
    outputs = [dep for dep in deps if isinstance(dep, Output)]
    inputs = [dep for dep in deps if isinstance(dep, Input)]
    state = [dep for dep in deps if isinstance(dep, State)]
    output_schema = arg_schema = None

    if output_kw is not None:
        if outputs:
            raise exceptions.IncorrectTypeException(
                "callback() got outputs both as positional arguments and as output=. Pass them one way only."
            )
        outputs, declared_list, output_schema = _output_kwarg(output_kw)
    if inputs_kw is not None:
        if inputs or state:
            raise exceptions.IncorrectTypeException(
                "callback() got inputs both as positional arguments and as inputs=. Pass them one way only."
            )
        inputs, state, arg_schema = _arg_kwargs(inputs_kw, state_kw)
    elif state_kw is not None:
        if isinstance(state_kw, dict):
            raise exceptions.IncorrectTypeException(
                "callback() got state= as a dict without inputs=. Give inputs= as a dict too."
            )
        extra = [state_kw] if isinstance(state_kw, DashDependency) else list(state_kw)
        for item in extra:
            if not isinstance(item, State):
                raise exceptions.IncorrectTypeException(
                    f"The state= argument of callback() must contain only State objects; it contains"
                    f" {_describe(item)}."
                )
        state = state + extra

    if not inputs and not outputs:
        raise exceptions.IncorrectTypeException(
            "A callback needs at least one Output or one Input. Add an Output to set (it then runs once when"
            " the page loads), or an Input that decides when it runs, for example Input('btn', 'n_clicks')."
        )
    if prevent_initial_call not in (None, True, False, "initial_duplicate"):
        raise TypeError(
            f"prevent_initial_call must be True, False or 'initial_duplicate', not {prevent_initial_call!r}."
        )
    return ParsedArgs(
        outputs,
        inputs,
        state,
        declared_list,
        prevent_initial_call,
        output_schema,
        arg_schema,
        on_error,
        hidden,
        allow_dynamic,
    )


# -- validation ---------------------------------------------------------------------------------------


def _validate_id(dep: DashDependency, role: str) -> None:
    component_id = dep.component_id
    if isinstance(component_id, str):
        if "." in component_id:
            raise exceptions.IDsCantContainPeriods(
                f"The {role} id {component_id!r} contains a '.', but callbacks refer to properties as"
                " 'id.property'. Rename the component, for example with '-' or '_' instead of '.'."
            )
        if not component_id:
            raise exceptions.IncorrectTypeException(f"An {role} has an empty id. Give the component an id.")
        return
    if not component_id:
        raise exceptions.IncorrectTypeException(
            f"The {role} {dep!r} has an empty dict id. Add at least one key."
        )
    for key, value in component_id.items():
        if not isinstance(key, str):
            raise exceptions.IncorrectTypeException(
                f"The {role} {dep!r} has the dict id key {key!r}, which is not a string. Use string keys."
            )
        if not isinstance(value, (_ID_VALUE_TYPES, Wildcard)):
            raise exceptions.IncorrectTypeException(
                f"The {role} {dep!r} has the value {value!r} under {key!r}. Dict id values must be str, int,"
                " float, bool, MATCH, ALL or ALLSMALLER."
            )


def validate_dependencies(outputs: list[Output], inputs: list[Input], state: list[State]) -> None:
    """Check ids, repeated outputs and the pattern-matching rules; raise with the fix."""
    for dep in outputs:
        _validate_id(dep, "Output")
    for dep in inputs:
        _validate_id(dep, "Input")
    for dep in state:
        _validate_id(dep, "State")

    seen: dict[tuple[str, str], Output] = {}
    for output in outputs:
        key = (output.component_id_str(), output.component_property)
        if key in seen:
            raise exceptions.DuplicateCallback(
                f"The output '{output}' appears twice in one callback. List each output once."
            )
        seen[key] = output

    for output in outputs:
        if output.wildcard_keys(ALLSMALLER):
            raise exceptions.WildcardError(
                f"The Output '{output}' uses ALLSMALLER, which is only allowed in Input and State. Use MATCH"
                " or ALL in outputs."
            )
    match_sets = {output.wildcard_keys(MATCH) for output in outputs}
    if len(match_sets) > 1:
        raise exceptions.WildcardError(
            "The outputs of one callback use MATCH on different keys (or some have MATCH and others don't):"
            f" {', '.join(str(output) for output in outputs)}. Every output of a MATCH callback must use MATCH"
            " on the same keys."
        )
    match_keys = next(iter(match_sets), frozenset())

    def describe(keys: frozenset[str]) -> str:
        return ", ".join(repr(key) for key in sorted(keys)) or "no keys"

    # Which keys MATCH binds: the outputs' MATCH keys (one callback instance per matching output), or,
    # when no output uses MATCH, the Inputs' (the instance is the component that triggered it, as in
    # Output("total", "children") with Input({"i": MATCH}, "n_clicks")).
    bound = match_keys
    if not match_keys:
        input_sets = {dep.wildcard_keys(MATCH) for dep in inputs} - {frozenset()}
        if len(input_sets) > 1:
            raise exceptions.WildcardError(
                "The Inputs of one callback use MATCH on different keys, and no Output uses MATCH to say"
                f" which keys bind them: {', '.join(str(dep) for dep in inputs)}. Use MATCH on the same keys"
                " in every Input, or add an Output with MATCH on those keys."
            )
        bound = next(iter(input_sets), frozenset())

    for dep in list(inputs) + list(state):
        role = type(dep).__name__
        dep_match = dep.wildcard_keys(MATCH)
        if dep_match and not dep_match <= bound:
            if not bound:
                raise exceptions.WildcardError(
                    f"The {role} '{dep}' uses MATCH, but neither the outputs nor any Input do, so nothing says"
                    f" which component it means. Add MATCH on the same keys to an Input or an Output, or use"
                    " ALL to collect every match instead."
                )
            owner = "outputs" if match_keys else "Inputs"
            raise exceptions.WildcardError(
                f"The {role} '{dep}' uses MATCH on {describe(dep_match)}, but the {owner} use MATCH on"
                f" {describe(bound)}. Use MATCH only on keys the {owner} match on."
            )
        smaller = dep.wildcard_keys(ALLSMALLER)
        if smaller and not smaller <= bound:
            raise exceptions.WildcardError(
                f"The {role} '{dep}' uses ALLSMALLER on {describe(smaller)}, which needs MATCH on the same key"
                " in an Output (or an Input) to compare with. Add MATCH on that key, or use ALL."
            )


# -- the registry -------------------------------------------------------------------------------------


class CallbackRegistry:
    """An ordered set of callbacks keyed by their ``output`` string; rejects duplicate outputs."""

    def __init__(self) -> None:
        self.specs: dict[str, CallbackSpec] = {}
        self._plain_outputs: dict[tuple[str, str], str] = {}
        self.version = 0

    def __len__(self) -> int:
        return len(self.specs)

    def __iter__(self) -> t.Iterator[CallbackSpec]:
        return iter(self.specs.values())

    def conflict(self, spec: CallbackSpec) -> str | None:
        """Why ``spec`` cannot join this registry (a full sentence), or None when it can."""
        if spec.key in self.specs:
            if spec.no_output:
                return (
                    f"Two callbacks without outputs have the same inputs ({', '.join(map(str, spec.inputs))})."
                    " Merge them into one callback, or give one of them another Input."
                )
            return (
                f"A callback for {spec.key!r} is already registered. Each output can be set by one callback"
                " only: merge the two callbacks, or add allow_duplicate=True to the Output of the second one"
                " (with prevent_initial_call=True)."
            )
        for output in spec.outputs:
            if output.allow_duplicate:
                continue
            other = self._plain_outputs.get((output.component_id_str(), output.component_property))
            if other is not None:
                return (
                    f"The output '{output}' is already set by the callback for {other!r}. Each output can be"
                    " set by one callback only: merge the callbacks, or add allow_duplicate=True to this"
                    " Output (with prevent_initial_call=True)."
                )
        return None

    def add(self, spec: CallbackSpec) -> None:
        problem = self.conflict(spec)
        if problem is not None:
            raise exceptions.DuplicateCallback(problem)
        for output in spec.outputs:
            if not output.allow_duplicate:
                self._plain_outputs[(output.component_id_str(), output.component_property)] = spec.key
        self.specs[spec.key] = spec
        self.version += 1

    def clientside_sources(self) -> dict[str, str]:
        """``{function_name: js source}`` of the inline clientside callbacks."""
        return {
            spec.clientside_function.function_name: spec.clientside_source
            for spec in self.specs.values()
            if spec.clientside_function is not None and spec.clientside_source is not None
        }


def merge(*registries: CallbackRegistry) -> CallbackRegistry:
    """One registry with the callbacks of all, in registration order (raises on conflicts)."""
    merged = CallbackRegistry()
    for spec in sorted((spec for registry in registries for spec in registry), key=lambda spec: spec.order):
        merged.add(spec)
    return merged


def merge_for_app(own: CallbackRegistry, shared: CallbackRegistry) -> tuple[CallbackRegistry, list[str]]:
    """An app's callbacks plus the module-level ones, in registration order, and the warnings.

    The app's own callbacks win: a module-level callback that sets an output one of them already
    sets is left out of this app (with a warning naming both), so module-level callbacks meant for
    another app in the same process never break this one.
    """
    skipped: list[str] = []
    kept = []
    for spec in shared:
        problem = own.conflict(spec)
        if problem is None:
            kept.append(spec)
        else:
            skipped.append(
                f"The module-level callback for {spec.key!r} is not served by this app: {problem} The"
                " app's own callback (app.callback) is kept."
            )
    merged = CallbackRegistry()
    for spec in sorted([*own, *kept], key=lambda spec: spec.order):
        merged.add(spec)
    return merged, skipped


#: Callbacks registered with the module-level ``dash.callback``. Every Dash app in the process serves
#: them, except one that conflicts with an app's own callback (see merge_for_app); an app whose layout
#: has none of a module-level callback's ids does not warn about it (it is meant for another app).
GLOBAL_REGISTRY = CallbackRegistry()


def build_spec(
    args: tuple[t.Any, ...], kwargs: dict[str, t.Any], config_default: t.Any = None
) -> CallbackSpec:
    """Parse and validate ``callback(...)`` arguments into an unregistered CallbackSpec."""
    kwargs = dict(kwargs)
    background, running = pop_options(kwargs)
    parsed = parse_callback_args(args, kwargs)
    validate_dependencies(parsed.outputs, parsed.inputs, parsed.state)
    for output, _, _ in running:
        _validate_id(output, "running Output")
    spec = CallbackSpec(
        parsed.outputs, parsed.inputs, parsed.state, parsed.declared_list, parsed.prevent_initial_call
    )
    spec.output_schema = parsed.output_schema
    spec.arg_schema = parsed.arg_schema
    spec.background = background
    spec.running = running
    spec.on_error = parsed.on_error
    spec.hidden = parsed.hidden
    spec.allow_dynamic_callbacks = parsed.allow_dynamic_callbacks
    if parsed.prevent_initial_call is not None or config_default is not None:
        spec.check_allow_duplicate(config_default)
    return spec


def make_callback_decorator(
    registry: CallbackRegistry,
    args: tuple[t.Any, ...],
    kwargs: dict[str, t.Any],
    config_default: t.Any = None,
) -> t.Callable[[t.Callable[..., t.Any]], t.Callable[..., t.Any]]:
    """Validate the arguments now; register the function when the decorator is applied."""
    spec = build_spec(args, kwargs, config_default)

    def decorator(func: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
        if not callable(func):
            raise TypeError(f"@callback(...) must decorate a function, not {type(func).__name__}.")
        spec.func = func
        registry.add(spec)
        if spec.background is not None:
            _register_background(registry, spec)
        return func

    return decorator


def _register_background(registry: CallbackRegistry, spec: CallbackSpec) -> None:
    """Make the job function findable by worker processes, and add the callback its cancel Inputs fire."""
    from ..background_callback._dispatch import cancel_callback
    from ..background_callback._dispatch import func_id
    from ..background_callback._job import FUNCTIONS

    FUNCTIONS[func_id(spec)] = spec.func  # type: ignore[assignment]
    if not spec.background.cancel:
        return
    cancel = CallbackSpec([], list(spec.background.cancel), [], True, True)
    existing = registry.specs.get(cancel.key)
    if existing is not None and getattr(existing.func, "_dash_cancel_managers", None) is not None:
        existing.func._dash_cancel_managers.append(spec.background.manager)  # type: ignore[union-attr]
        return
    managers = [spec.background.manager]
    cancel.func = cancel_callback(managers)
    cancel.func._dash_cancel_managers = managers  # type: ignore[attr-defined]
    registry.add(cancel)


def register_clientside(
    registry: CallbackRegistry,
    clientside_function: t.Any,
    args: tuple[t.Any, ...],
    kwargs: dict[str, t.Any],
    config_default: t.Any = None,
) -> CallbackSpec:
    spec = build_spec(args, kwargs, config_default)
    if spec.background is not None:
        raise TypeError(
            "clientside_callback() got background=True, but clientside callbacks run in the browser. Use"
            " @callback(..., background=True) for long-running server work."
        )
    if isinstance(clientside_function, ClientsideFunction):
        spec.clientside_function = clientside_function
    elif isinstance(clientside_function, str):
        name = _sha256(clientside_function)
        spec.clientside_function = ClientsideFunction._inline(CLIENTSIDE_NAMESPACE, name)
        spec.clientside_source = clientside_function
    else:
        raise TypeError(
            "clientside_callback() needs JavaScript source code (a string) or a ClientsideFunction as its"
            f" first argument, not {type(clientside_function).__name__}."
        )
    registry.add(spec)
    return spec


def callback(*args: t.Any, **kwargs: t.Any) -> t.Callable[[t.Callable[..., t.Any]], t.Callable[..., t.Any]]:
    """Register a callback for every Dash app in this process (``from dash import callback``).

    Arguments as ``app.callback``: the Output(s), then Input(s), then State(s), positional or as lists,
    or ``output=``, ``inputs=``, ``state=``; plus ``prevent_initial_call``.
    """
    return make_callback_decorator(GLOBAL_REGISTRY, args, kwargs)


def clientside_callback(clientside_function: t.Any, *args: t.Any, **kwargs: t.Any) -> None:
    """Register a browser-side callback for every Dash app: JavaScript source or a ClientsideFunction."""
    register_clientside(GLOBAL_REGISTRY, clientside_function, args, kwargs)
