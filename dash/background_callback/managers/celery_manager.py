"""CeleryManager: jobs run as Celery tasks in worker processes; progress, side updates and results live
in the Celery result backend (Redis), so every web worker on every machine sees every job.

Install with the ``celery`` extra (``pip install ".[celery]"`` from our checkout or wheel); start workers with ``celery -A yourapp:celery_app worker``.
The worker imports your app module, which registers the background callbacks it runs.
"""

from __future__ import annotations

import typing as t

from ..._requirements import extra_install_command
from .._job import ERROR_KEY
from .._job import FUNCTIONS
from .._job import run_job
from .base import BaseBackgroundCallbackManager

TASK_NAME = "dash.background_callback.job"
_RUNNING_STATES = ("PENDING", "RECEIVED", "STARTED", "RETRY")


class _BackendStore:
    """The result backend as a key-value store (Redis: GETDEL and SET with EX)."""

    def __init__(self, celery_app: t.Any, expire: float | None) -> None:
        self.backend = celery_app.backend
        self.expire = expire

    def _client(self) -> t.Any:
        return getattr(self.backend, "client", None)

    def store_get(self, name: str) -> str | None:
        value = self.backend.get(name)
        return None if value is None else _text(value)

    def store_set(self, name: str, value: str) -> None:
        client = self._client()
        if client is not None and hasattr(client, "getdel"):
            client.set(name, value, ex=int(self.expire) if self.expire else None)
        else:
            self.backend.set(name, value)

    def store_pop(self, name: str) -> str | None:
        client = self._client()
        if client is not None and hasattr(client, "getdel"):
            value = client.getdel(name)
        else:
            value = self.backend.get(name)
            if value is not None:
                self.backend.delete(name)
        return None if value is None else _text(value)


def _text(value: t.Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _task(celery_app: t.Any, store: _BackendStore) -> t.Any:
    """The one Celery task that runs every background callback (registered once per Celery app)."""
    existing = celery_app.tasks.get(TASK_NAME) if celery_app.finalized else None
    if existing is not None:
        return existing

    @celery_app.task(name=TASK_NAME, acks_late=True, reject_on_worker_lost=True, track_started=True)
    def job(func_id: str, key: str, args: list[t.Any], body: dict[str, t.Any], progress_count: int) -> None:
        func = FUNCTIONS.get(func_id)
        if func is None:
            from ..._json import dumps

            message = (
                f"The Celery worker does not know the background callback {func_id!r}. Start the worker"
                " with the module that defines the app and its callbacks: celery -A yourapp:celery_app worker"
            )
            store.store_set(key, dumps({ERROR_KEY: {"msg": message, "tb": ""}}))
            return
        run_job(store, func, key, args, body, progress_count)

    return job


class CeleryManager(BaseBackgroundCallbackManager):
    """Background callbacks as Celery tasks.

    :param celery_app: a ``celery.Celery`` with a broker and a key-value result backend (Redis).
    :param cache_by: see BaseBackgroundCallbackManager.
    :param expire: seconds a stored result lives.
    """

    def __init__(
        self,
        celery_app: t.Any,
        cache_by: list[t.Callable[[], t.Any]] | None = None,
        expire: float | None = None,
    ) -> None:
        try:
            import celery
        except ImportError as error:
            raise ImportError(
                f"CeleryManager needs dash's 'celery' extra, which is not installed. Install it: {extra_install_command('celery')}"
            ) from error
        if not isinstance(celery_app, celery.Celery):
            raise TypeError(f"CeleryManager needs a celery.Celery app, not {type(celery_app).__name__}.")
        super().__init__(cache_by, expire)
        self.handle = celery_app
        self._store = _BackendStore(celery_app, expire)
        self.task = _task(celery_app, self._store)

    def store_get(self, name: str) -> str | None:
        return self._store.store_get(name)

    def store_set(self, name: str, value: str) -> None:
        self._store.store_set(name, value)

    def store_pop(self, name: str) -> str | None:
        return self._store.store_pop(name)

    def call_job_fn(
        self,
        key: str,
        func_id: str,
        func: t.Callable[..., t.Any],
        args: list[t.Any],
        body: dict[str, t.Any],
        progress_count: int,
    ) -> str:
        result = self.task.delay(func_id, key, args, body, progress_count)
        return str(result.id)

    def job_running(self, job: str | None) -> bool:
        if not job:
            return False
        return self.handle.AsyncResult(job).state in _RUNNING_STATES  # type: ignore[no-any-return]

    def terminate_job(self, job: str | None) -> None:
        if job:
            self.handle.control.revoke(job, terminate=True)

    def job_done(self, job: str | None) -> None:
        if job:
            self.handle.AsyncResult(job).forget()
