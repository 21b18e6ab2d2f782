"""What runs inside a job: the user's function, with ``set_progress`` and ``set_props`` writing to the
manager's store, and the result (or the error) written last. The same code runs in a forked process
(DiskcacheManager) and in a Celery worker (CeleryManager)."""

from __future__ import annotations

import traceback
import typing as t

from .. import _async
from .. import exceptions
from .._callback_context import CallbackContext
from .._callback_context import _current
from .._json import dumps
from .._json import loads
from .._no_update import no_update

#: Background functions by id, filled when ``@callback(background=True)`` decorates them, so a worker
#: process that imported the app finds the function a job names.
FUNCTIONS: dict[str, t.Callable[..., t.Any]] = {}

ERROR_KEY = "background_callback_error"


def progress_key(key: str) -> str:
    return f"{key}-progress"


def props_key(key: str) -> str:
    return f"{key}-props"


class Store(t.Protocol):
    """A key-value store shared by the web workers and the job processes (text values)."""

    def store_get(self, name: str) -> str | None: ...

    def store_set(self, name: str, value: str) -> None: ...

    def store_pop(self, name: str) -> str | None: ...


def run_job(
    store: Store,
    func: t.Callable[..., t.Any],
    key: str,
    args: list[t.Any],
    body: dict[str, t.Any],
    progress_count: int,
) -> None:
    """Run ``func(*args)`` (``func(set_progress, *args)`` with progress outputs) and store its result."""
    context = CallbackContext(body)

    def flush_props() -> None:
        if not context.updated_props:
            return
        pending = store.store_pop(props_key(key))
        merged = loads(pending) if pending else {}
        for id_str, props in context.updated_props.items():
            merged.setdefault(id_str, {}).update(props)
        context.updated_props.clear()
        store.store_set(props_key(key), dumps(merged))

    def set_progress(value: t.Any) -> None:
        values = list(value) if progress_count > 1 and isinstance(value, (list, tuple)) else [value]
        if len(values) != progress_count:
            raise ValueError(
                f"set_progress() got {len(values)} value(s), but the callback has {progress_count} progress"
                " Output(s). Pass one value per progress Output, as a list or tuple."
            )
        store.store_set(progress_key(key), dumps(values))

    context._on_set_props = flush_props
    token = _current.set(context)
    try:
        call_args = [set_progress, *args] if progress_count else list(args)
        result = _async.resolve(
            func(*call_args), f"the background callback {getattr(func, '__name__', '')!r}"
        )
    except exceptions.PreventUpdate:
        result = no_update
    except Exception as error:  # the user's code failed: the web worker turns this into a 500
        flush_props()
        text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        store.store_set(key, dumps({ERROR_KEY: {"msg": f"{type(error).__name__}: {error}", "tb": text}}))
        return
    finally:
        _current.reset(token)
    flush_props()
    try:
        text = dumps(result)
    except (TypeError, ValueError) as error:
        text = dumps({ERROR_KEY: {"msg": f"The result cannot be sent as JSON: {error}", "tb": ""}})
    store.store_set(key, text)
