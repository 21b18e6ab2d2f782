"""DiskcacheManager: jobs in forked processes on this machine, state in a diskcache.Cache (no server).

Install with the ``diskcache`` extra (``pip install ".[diskcache]"`` from our checkout or wheel). Every web worker of one machine that opens the same cache
directory sees every job; for several machines use CeleryManager.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import typing as t

from ..._requirements import extra_install_command
from .._job import run_job
from .base import BaseBackgroundCallbackManager


def _job_record(job: str) -> str:
    return f"dash-bg-job-{job}"


class DiskcacheManager(BaseBackgroundCallbackManager):
    """Background callbacks in local processes.

    :param cache: a ``diskcache.Cache`` (or FanoutCache); ``None`` opens one in a temporary directory.
    :param cache_by: see BaseBackgroundCallbackManager.
    :param expire: seconds a kept result lives.
    """

    def __init__(
        self,
        cache: t.Any = None,
        cache_by: list[t.Callable[[], t.Any]] | None = None,
        expire: float | None = None,
    ) -> None:
        try:
            import diskcache
        except ImportError as error:
            raise ImportError(
                f"DiskcacheManager needs dash's 'diskcache' extra, which is not installed. Install it: {extra_install_command('diskcache')}"
            ) from error
        super().__init__(cache_by, expire)
        if cache is None:
            cache = diskcache.Cache()
        elif not isinstance(cache, (diskcache.Cache, diskcache.FanoutCache)):
            raise TypeError(
                f"DiskcacheManager needs a diskcache.Cache or diskcache.FanoutCache, not {type(cache).__name__}."
            )
        self.handle = cache
        self._processes: dict[str, t.Any] = {}
        self._lock = threading.Lock()

    # -- store ---------------------------------------------------------------------------------------

    def store_get(self, name: str) -> str | None:
        return self.handle.get(name)  # type: ignore[no-any-return]

    def store_set(self, name: str, value: str) -> None:
        self.handle.set(name, value, expire=self.expire)

    def store_pop(self, name: str) -> str | None:
        return self.handle.pop(name, default=None)  # type: ignore[no-any-return]

    # -- jobs ----------------------------------------------------------------------------------------

    def call_job_fn(
        self,
        key: str,
        func_id: str,
        func: t.Callable[..., t.Any],
        args: list[t.Any],
        body: dict[str, t.Any],
        progress_count: int,
    ) -> str:
        context = multiprocessing.get_context(_START_METHOD)
        process = context.Process(
            target=_run, args=(self, func, key, args, body, progress_count), daemon=False
        )
        process.start()
        job = str(process.pid)
        with self._lock:
            self._reap()
            self._processes[job] = process
        self.handle.set(_job_record(job), key, expire=24 * 3600)
        return job

    def _reap(self) -> None:
        for job, process in list(self._processes.items()):
            if not process.is_alive():
                process.join(0)
                del self._processes[job]

    def job_running(self, job: str | None) -> bool:
        if not job or not job.isdigit():
            return False
        with self._lock:
            process = self._processes.get(job)
        if process is not None:
            return bool(process.is_alive())
        if self.handle.get(_job_record(job)) is None:
            return False
        return _pid_alive(int(job))

    def terminate_job(self, job: str | None) -> None:
        """Stop a job this manager started (ids it does not know are ignored)."""
        if not job or not job.isdigit() or self.handle.pop(_job_record(job), default=None) is None:
            return
        with self._lock:
            process = self._processes.pop(job, None)
        try:
            os.kill(int(job), signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
        if process is not None:
            process.join(5)

    def job_done(self, job: str | None) -> None:
        """Forget a finished job's record (after its result was delivered)."""
        if job and job.isdigit():
            self.handle.pop(_job_record(job), default=None)
            with self._lock:
                self._reap()

    def __getstate__(self) -> dict[str, t.Any]:  # sent to the job process under the spawn start method
        return {"handle": self.handle, "cache_by": None, "expire": self.expire}

    def __setstate__(self, state: dict[str, t.Any]) -> None:
        self.__dict__.update(state, _processes={}, _lock=threading.Lock())


# Linux forks (the job inherits the app with its callbacks, as Plotly Dash does); elsewhere the job
# function must be importable (defined at module level) because it is pickled.
_START_METHOD = "fork" if sys.platform.startswith("linux") else None


def _run(manager: DiskcacheManager, *args: t.Any) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    run_job(manager, *args)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True
