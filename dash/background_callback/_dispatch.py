"""The server side of Plotly Dash's background-callback protocol.

1. The first request (no ``cacheKey`` query argument) starts a job and answers
   ``{"cacheKey", "job"}`` plus ``cancel`` and ``progressDefault`` when the callback has them; a result
   kept by ``cache_by`` answers at once instead.
2. The browser repeats the request every ``interval`` ms with ``?cacheKey=..&job=..``. While the job runs
   the answer is ``{"multi": true}``, plus ``progress`` (``{"id.prop": value}``) when it reported
   progress and ``sideUpdate`` for the ``set_props`` calls it made since the last poll.
3. When the result is there, the answer is a normal callback answer (with any last ``progress`` and
   ``sideUpdate``); a job that ended without a result (cancelled, or its process died) answers 204.

``oldJob`` query arguments name jobs of the same callback that the browser abandoned: they are stopped.
"""

from __future__ import annotations

import contextvars
import typing as t

from .. import exceptions
from .._json import dumps
from .._no_update import NoUpdate
from .._no_update import no_update
from ._job import ERROR_KEY
from .managers.base import UNDEFINED

if t.TYPE_CHECKING:
    from ..callbacks.registry import CallbackSpec
    from .managers.base import BaseBackgroundCallbackManager

#: The app's ``background_callback_manager`` during a request (read by the cancel callbacks).
default_manager: contextvars.ContextVar[t.Any] = contextvars.ContextVar(
    "dash_background_manager", default=None
)


BackgroundCallbackError = exceptions.BackgroundCallbackError


def func_id(spec: CallbackSpec) -> str:
    func = spec.func
    return f"{getattr(func, '__module__', '')}:{getattr(func, '__qualname__', '')}:{spec.key}"


def resolve_manager(spec: CallbackSpec, app_manager: t.Any) -> BaseBackgroundCallbackManager:
    manager = spec.background.manager or app_manager
    if manager is None:
        from ..callbacks.dispatch import RequestError

        raise RequestError(
            f"The callback for {spec.key!r} has background=True but no manager. Pass"
            " manager=DiskcacheManager(...) to the callback, or background_callback_manager=... to Dash().",
            status=500,
            kind="MissingBackgroundManager",
        )
    return manager  # type: ignore[no-any-return]


def _query_list(query: t.Any, name: str) -> list[str]:
    getlist = getattr(query, "getlist", None)
    if getlist is not None:
        return list(getlist(name))
    value = query.get(name)
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def _restore_no_update(spec: CallbackSpec, value: t.Any) -> t.Any:
    if NoUpdate.is_no_update(value):
        return no_update
    if spec.declared_list and isinstance(value, list):
        return [no_update if NoUpdate.is_no_update(part) else part for part in value]
    return value


def handle(
    spec: CallbackSpec,
    args: list[t.Any],
    outputs: t.Any,
    body: dict[str, t.Any],
    query: t.Any,
    app_manager: t.Any,
    build_response: t.Callable[[CallbackSpec, t.Any, t.Any], dict[str, t.Any]],
) -> str | None:
    """Answer one background-callback request (JSON text, or None for 204)."""
    options = spec.background
    manager = resolve_manager(spec, app_manager)
    for old in _query_list(query, "oldJob"):
        manager.terminate_job(old)
    key = query.get("cacheKey")
    job = query.get("job")
    keep = manager.keeps_results(options.cache_by)
    if not key:
        key = manager.build_cache_key(func_id(spec), args, options.ignore, options.cache_by)
        if keep and manager.result_ready(key):
            return _result(spec, manager, key, None, outputs, keep, build_response, {})
        job = manager.call_job_fn(key, func_id(spec), spec.func, args, body, len(options.progress))
        data: dict[str, t.Any] = {"cacheKey": key, "job": job}
        if options.cancel:
            data["cancel"] = [dep.to_dict() for dep in options.cancel]
        if options.progress_default is not None:
            data["progressDefault"] = dict(zip(options.progress_keys(), options.progress_default))
        return dumps(data)
    if not isinstance(key, str) or not key.startswith("dash-bg-"):
        from ..callbacks.dispatch import RequestError

        raise RequestError(f"The cacheKey {key!r} was not issued by this server. Reload the page.")
    # Readiness first, props second: a job writes its set_props before its result, so a result seen ready
    # here has its props in the store below; a result that lands after this check is sent by the next poll.
    ready = manager.result_ready(key)
    side = manager.get_updated_props(key)
    progress = manager.get_progress(key) if options.progress else None
    if not ready and not manager.job_running(job) and not manager.result_ready(key):
        # cancelled, or its process died: nothing more will come
        manager.job_done(job)
        return dumps({"multi": True, "sideUpdate": side, "response": {}}) if side else None
    extra: dict[str, t.Any] = {}
    if progress is not None:
        extra["progress"] = dict(zip(options.progress_keys(), progress))
    if side:
        extra["sideUpdate"] = side
    if not ready:
        return dumps({"multi": True, **extra})
    return _result(spec, manager, key, job, outputs, keep, build_response, extra)


def _result(
    spec: CallbackSpec,
    manager: BaseBackgroundCallbackManager,
    key: str,
    job: str | None,
    outputs: t.Any,
    keep: bool,
    build_response: t.Callable[[CallbackSpec, t.Any, t.Any], dict[str, t.Any]],
    extra: dict[str, t.Any],
) -> str | None:
    value = manager.get_result(key, keep=keep)
    manager.job_done(job)
    if value is UNDEFINED:
        return None
    if isinstance(value, dict) and ERROR_KEY in value:
        from ..callbacks.dispatch import CallbackFailed

        error = value[ERROR_KEY]
        raise CallbackFailed(
            spec,
            BackgroundCallbackError(
                f"The background callback for {spec.key!r} raised inside its job: {error.get('msg')}\n"
                f"{error.get('tb', '')}"
            ),
        )
    response = build_response(spec, outputs, _restore_no_update(spec, value))
    if not response and not extra:
        return None
    return dumps({"multi": True, "response": response, **extra})


def cancel_callback(managers: list[t.Any]) -> t.Callable[..., t.Any]:
    """The server callback fired by a ``cancel`` Input: stops the jobs the browser names in ``cancelJob``."""

    def cancel(*_: t.Any) -> t.Any:
        import flask

        jobs = flask.request.args.getlist("cancelJob")
        targets = [manager for manager in managers if manager is not None]
        if None in managers and default_manager.get() is not None:
            targets.append(default_manager.get())
        for job in jobs:
            for manager in targets:
                manager.terminate_job(job)
        return no_update

    return cancel
