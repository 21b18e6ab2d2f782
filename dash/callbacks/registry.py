"""Registering callbacks: argument parsing, id and wildcard validation, output keys, duplicates.

Everything the dispatcher needs per request is computed here, once.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import typing as t

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
from ..background_callback._options import pop_options
from ..background_callback._options import running_json

# How the request carries each output: one concrete id, a MATCH-resolved id, or a list (ALL).
STATIC, MATCHED, EXPANDED = "static", "match", "all"

CLIENTSIDE_NAMESPACE = "_dashprivate_clientside_funcs"

# Keyword arguments of Plotly Dash's callback() that we do not implement.
_UNSUPPORTED_KWARGS = (
    "on_error",
    "api_endpoint",
    "optional",
    "hidden",
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
        "order",
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


def parse_callback_args(
    args: tuple[t.Any, ...], kwargs: dict[str, t.Any]
) -> tuple[list[Output], list[Input], list[State], bool, t.Any]:
    """Split ``callback(...)`` arguments into outputs, inputs, state, "outputs declared as a list",
    and prevent_initial_call. Raises IncorrectTypeException / TypeError with the fix."""
    kwargs = dict(kwargs)
    prevent_initial_call = kwargs.pop("prevent_initial_call", None)
    output_kw = kwargs.pop("output", None)
    inputs_kw = kwargs.pop("inputs", None)
    state_kw = kwargs.pop("state", None)
    for name in kwargs:
        if name in _UNSUPPORTED_KWARGS:
            raise TypeError(
                f"callback() got the keyword argument {name!r}, which Plotly Dash supports but this dash"
                " does not. Remove it; for long-running work start a thread or a task queue yourself."
            )
        close = difflib.get_close_matches(name, ["output", "inputs", "state", "prevent_initial_call"], n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise TypeError(f"callback() got an unexpected keyword argument {name!r}.{hint}")

    outputs: list[Output] = []
    inputs: list[Input] = []
    state: list[State] = []
    declared_list = False
    output_groups = 0
    phase = 0  # 0: outputs, 1: inputs, 2: state
    order_message = (
        "Callback arguments must come in this order: the Output(s) first, then the Input(s), then the"
        " State(s). {found} comes after {after}. Reorder the arguments."
    )
    names = ("Output", "Input", "State")

    for index, arg in enumerate(args):
        if isinstance(arg, bool) and index == len(args) - 1 and prevent_initial_call is None:
            prevent_initial_call = arg
            continue
        items, is_list = _as_list(arg)
        if is_list and not items:
            if phase == 0 and not outputs:
                # An empty output list: a callback without outputs.
                declared_list = True
                continue
            continue
        for item in items:
            if isinstance(item, Output):
                kind = 0
            elif isinstance(item, Input):
                kind = 1
            elif isinstance(item, State):
                kind = 2
            else:
                raise exceptions.IncorrectTypeException(
                    f"callback() was given {_describe(item)}, but its positional arguments must be Output,"
                    " Input or State objects, or lists of them. Wrap ids like Input('my-id', 'value')."
                )
            if kind < phase:
                raise exceptions.IncorrectTypeException(
                    order_message.format(found=f"The {names[kind]} {item}", after=f"a {names[phase]}")
                )
            phase = kind
            if kind == 0:
                outputs.append(item)
            elif kind == 1:
                inputs.append(item)
            else:
                state.append(item)
        if phase == 0 or (is_list and any(isinstance(item, Output) for item in items)):
            output_groups += 1
            declared_list = declared_list or is_list

    if output_groups > 1:
        declared_list = True

    if output_kw is not None:
        if outputs:
            raise exceptions.IncorrectTypeException(
                "callback() got outputs both as positional arguments and as output=. Pass them one way only."
            )
        items, declared_list = _as_list(output_kw)
        for item in items:
            if not isinstance(item, Output):
                raise exceptions.IncorrectTypeException(
                    f"The output= argument of callback() must be an Output or a list of Outputs; it contains"
                    f" {_describe(item)}."
                )
        outputs = items
    for keyword, value, cls, target in (
        ("inputs", inputs_kw, Input, inputs),
        ("state", state_kw, State, state),
    ):
        if value is None:
            continue
        if isinstance(value, dict):
            raise exceptions.IncorrectTypeException(
                f"The {keyword}= argument of callback() was given a dict. Dict (flexible) callback"
                " signatures are not supported; pass a list instead."
            )
        items, _ = _as_list(value)
        for item in items:
            if not isinstance(item, cls):
                raise exceptions.IncorrectTypeException(
                    f"The {keyword}= argument of callback() must contain only {cls.__name__} objects; it"
                    f" contains {_describe(item)}."
                )
        target.extend(items)

    if not inputs:
        raise exceptions.IncorrectTypeException(
            "A callback needs at least one Input, which decides when it runs. Add an Input, for example"
            " Input('my-button', 'n_clicks')."
        )
    if prevent_initial_call not in (None, True, False, "initial_duplicate"):
        raise TypeError(
            f"prevent_initial_call must be True, False or 'initial_duplicate', not {prevent_initial_call!r}."
        )
    return outputs, inputs, state, declared_list, prevent_initial_call


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


def make_callback_decorator(
    registry: CallbackRegistry,
    args: tuple[t.Any, ...],
    kwargs: dict[str, t.Any],
    config_default: t.Any = None,
) -> t.Callable[[t.Callable[..., t.Any]], t.Callable[..., t.Any]]:
    """Validate the arguments now; register the function when the decorator is applied."""
    kwargs = dict(kwargs)
    background, running = pop_options(kwargs)
    outputs, inputs, state, declared_list, prevent_initial_call = parse_callback_args(args, kwargs)
    validate_dependencies(outputs, inputs, state)
    spec = CallbackSpec(outputs, inputs, state, declared_list, prevent_initial_call)
    spec.background = background
    spec.running = running
    if prevent_initial_call is not None or config_default is not None:
        spec.check_allow_duplicate(config_default)

    def decorator(func: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
        if not callable(func):
            raise TypeError(f"@callback(...) must decorate a function, not {type(func).__name__}.")
        spec.func = func
        registry.add(spec)
        if background is not None:
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
    outputs, inputs, state, declared_list, prevent_initial_call = parse_callback_args(args, kwargs)
    validate_dependencies(outputs, inputs, state)
    spec = CallbackSpec(outputs, inputs, state, declared_list, prevent_initial_call)
    if prevent_initial_call is not None or config_default is not None:
        spec.check_allow_duplicate(config_default)
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
