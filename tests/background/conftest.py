"""Session fixtures: one private redis-server and one Celery worker for every test in this folder."""

from __future__ import annotations

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))

try:
    import celery  # noqa: F401
except ImportError:  # pragma: no cover - depends on the environment
    celery = None


def _skip_reason():
    sys.path.insert(0, HERE)
    from services import REDIS_SERVER

    if celery is None:
        return 'the Celery tests need dash[celery]: pip install "dash[celery]" (tox -e celery)'
    if not os.path.exists(REDIS_SERVER):
        return f"redis-server is not installed at {REDIS_SERVER!r}: apt-get install redis-server"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _skip_reason()
    if reason is None:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(reason)
    for item in items:
        if str(item.fspath).startswith(HERE):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def redis_url():
    sys.path.insert(0, HERE)
    from services import Redis

    redis = Redis()
    os.environ["DASH_TEST_REDIS_URL"] = redis.url
    try:
        yield redis.url
    finally:
        redis.stop()


@pytest.fixture(scope="session")
def worker(redis_url):
    from services import Worker

    worker = Worker(redis_url, "tests", concurrency=2)
    try:
        yield worker
    finally:
        worker.stop()


@pytest.fixture(scope="session")
def bg(worker):
    """The bg_app module, imported under the name the worker uses."""
    import importlib

    return importlib.import_module("bg_app")
