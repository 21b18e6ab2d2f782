"""The app the Celery tests and the background load test run: imported by the test process, by each
Celery worker (`celery -A bg_app:celery_app worker`) and by gunicorn (`bg_app:server`).

Redis comes from DASH_TEST_REDIS_URL (tests/background/services.py starts a private redis-server)."""

from __future__ import annotations

import os
import socket
import time

from celery import Celery

from dash import CeleryManager
from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import html
from dash import set_props

REDIS_URL = os.environ.get("DASH_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")

celery_app = Celery("bg_app", broker=REDIS_URL, backend=REDIS_URL)
celery_app.conf.update(
    # A task whose worker dies is handed to another worker after this many seconds (Redis transport).
    broker_transport_options={"visibility_timeout": int(os.environ.get("DASH_TEST_VISIBILITY", "8"))},
    worker_prefetch_multiplier=1,
    broker_connection_retry_on_startup=True,
)
manager = CeleryManager(celery_app, expire=3600)

app = Dash(__name__, background_callback_manager=manager)
server = app.server
app.layout = html.Div(
    [
        html.Button("go", id="go"),
        html.Button("stop", id="stop"),
        html.Div(id="out"),
        html.Div(id="pct"),
        html.Div(id="side"),
        html.Div(id="delay", title="0"),
    ]
)


def where() -> str:
    """``<worker node name>/<pid>`` of the process running the job, plus ``+redelivered`` when the broker
    handed this task over again after its first worker died."""
    from celery import current_task

    request = getattr(current_task, "request", None)
    node = getattr(request, "hostname", None) or socket.gethostname()
    redelivered = bool((getattr(request, "delivery_info", None) or {}).get("redelivered"))
    return f"{node}/{os.getpid()}" + ("+redelivered" if redelivered else "")


@app.callback(
    Output("out", "children"),
    Input("go", "n_clicks"),
    State("delay", "title"),
    background=True,
    progress=[Output("pct", "children")],
    cancel=[Input("stop", "n_clicks")],
    interval=200,
)
def work(set_progress, n, delay):
    """Squares ``n`` after ``delay`` seconds; reports progress and sets a prop from inside the job."""
    if n == -1:
        raise ValueError("job asked to fail")
    steps = 4
    for step in range(steps):
        set_progress(f"{step}/{steps}")
        time.sleep(float(delay or 0) / steps)
    set_props("side", {"children": f"side {n}"})
    return {"n": n, "square": n * n, "worker": where()}
