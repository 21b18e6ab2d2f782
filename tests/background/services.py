"""Start and stop Debian's redis-server and Celery workers for the background tests (all on 127.0.0.1)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REDIS_SERVER = os.environ.get("DASH_REDIS_SERVER") or shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {timeout:.0f}s.")


class Redis:
    """A private redis-server: no persistence, bound to 127.0.0.1 on a free port."""

    def __init__(self) -> None:
        if not os.path.exists(REDIS_SERVER):
            raise RuntimeError(
                f"redis-server is not installed at {REDIS_SERVER!r}: apt-get install redis-server"
                " (or set DASH_REDIS_SERVER)."
            )
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="dash-redis-")
        self.process = subprocess.Popen(
            [
                REDIS_SERVER,
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.dir,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{self.port}/0"
        wait_for(self._ping, 10, "redis-server")

    def _ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        shutil.rmtree(self.dir, ignore_errors=True)


class Worker:
    """``celery -A bg_app:celery_app worker`` in its own process group, so it can be killed whole."""

    def __init__(
        self, redis_url: str, name: str, concurrency: int = 2, extra_env: dict | None = None
    ) -> None:
        env = dict(os.environ, DASH_TEST_REDIS_URL=redis_url, PYTHONPATH=_pythonpath(), **(extra_env or {}))
        self.name = name
        self.log = tempfile.NamedTemporaryFile(prefix=f"celery-{name}-", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "bg_app:celery_app",
                "worker",
                "--pool",
                "prefork",
                "--concurrency",
                str(concurrency),
                "--loglevel",
                "INFO",
                "-n",
                f"{name}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=HERE,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(self._ready, 60, f"the Celery worker {name}")

    def _ready(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"The Celery worker {self.name} exited: {self.read_log()[-2000:]}")
        return "ready." in self.read_log()

    def read_log(self) -> str:
        with open(self.log.name, encoding="utf-8", errors="replace") as handle:
            return handle.read()

    def kill(self) -> None:
        """SIGKILL the worker and its pool processes at once, as if its machine died."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
        os.unlink(self.log.name)


def _pythonpath() -> str:
    parts = [HERE] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    return os.pathsep.join(parts)
