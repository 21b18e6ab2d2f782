"""What every background-callback manager does; subclasses supply the store and the job launcher."""

from __future__ import annotations

import hashlib
import typing as t
import uuid

from ..._json import dumps
from ..._json import loads
from .._job import progress_key
from .._job import props_key

#: A result that is not there yet.
UNDEFINED = object()


class BaseBackgroundCallbackManager:
    """Runs background callbacks as jobs and keeps their progress, side updates and results.

    :param cache_by: functions without arguments; their return values join the callback's arguments in
        the cache key, and results are kept (for ``expire`` seconds) so equal calls reuse them. Without
        it every call runs a new job and its result is dropped once delivered.
    :param expire: seconds a kept result lives (``None``: until evicted).
    """

    UNDEFINED = UNDEFINED

    def __init__(
        self, cache_by: list[t.Callable[[], t.Any]] | None = None, expire: float | None = None
    ) -> None:
        if cache_by is not None and not all(callable(item) for item in cache_by):
            raise TypeError("cache_by= takes a list of functions without arguments.")
        self.cache_by = list(cache_by) if cache_by is not None else None
        self.expire = expire

    # -- the store (subclasses) ----------------------------------------------------------------------

    def store_get(self, name: str) -> str | None:
        raise NotImplementedError

    def store_set(self, name: str, value: str) -> None:
        raise NotImplementedError

    def store_pop(self, name: str) -> str | None:
        raise NotImplementedError

    # -- jobs (subclasses) ---------------------------------------------------------------------------

    def call_job_fn(
        self,
        key: str,
        func_id: str,
        func: t.Callable[..., t.Any],
        args: list[t.Any],
        body: dict[str, t.Any],
        progress_count: int,
    ) -> str:
        """Start a job; return its id (a string)."""
        raise NotImplementedError

    def job_running(self, job: str | None) -> bool:
        raise NotImplementedError

    def terminate_job(self, job: str | None) -> None:
        raise NotImplementedError

    def job_done(self, job: str | None) -> None:
        """Forget a job whose result was delivered."""

    # -- shared logic --------------------------------------------------------------------------------

    def build_cache_key(
        self,
        func_id: str,
        args: list[t.Any],
        ignore: list[t.Any],
        cache_by: list[t.Callable[[], t.Any]] | None,
    ) -> str:
        """A key for one call: the function and its arguments (minus ``ignore``d positions), plus the
        ``cache_by`` values; unique per call when nothing is cached."""
        cache_by = cache_by if cache_by is not None else self.cache_by
        kept = [arg for index, arg in enumerate(args) if index not in ignore]
        if cache_by is None:
            extra: list[t.Any] = [uuid.uuid4().hex]
        else:
            extra = [item() for item in cache_by]
        text = dumps([func_id, kept, extra])
        return "dash-bg-" + hashlib.sha256(text.encode("utf-8")).hexdigest()

    def keeps_results(self, cache_by: list[t.Callable[[], t.Any]] | None = None) -> bool:
        return (cache_by if cache_by is not None else self.cache_by) is not None

    def result_ready(self, key: str) -> bool:
        return self.store_get(key) is not None

    def get_result(self, key: str, keep: bool = False) -> t.Any:
        """The job's result (decoded JSON), or UNDEFINED; dropped from the store unless ``keep``."""
        text = self.store_get(key) if keep else self.store_pop(key)
        if text is None:
            return UNDEFINED
        return loads(text)

    def get_progress(self, key: str) -> list[t.Any] | None:
        text = self.store_pop(progress_key(key))
        return None if text is None else loads(text)

    def get_updated_props(self, key: str) -> dict[str, t.Any]:
        text = self.store_pop(props_key(key))
        return {} if text is None else loads(text)
