"""A background callback in Chromium: progress, the running state, the result, and cancel."""

from __future__ import annotations

import time

import pytest

from dash import Dash
from dash import Input
from dash import Output
from dash import html

from .conftest import TIMEOUT

diskcache = pytest.importorskip("diskcache", reason="needs dash[diskcache]")

from dash import DiskcacheManager  # noqa: E402


@pytest.fixture
def app(tmp_path):
    cache = diskcache.Cache(str(tmp_path / "cache"))
    manager = DiskcacheManager(cache)
    app = Dash(__name__, background_callback_manager=manager)
    app.layout = html.Div(
        [
            html.Button("run", id="go"),
            html.Button("stop", id="stop"),
            html.Div("idle", id="progress"),
            html.Div("no result", id="out"),
        ]
    )

    @app.callback(
        Output("out", "children"),
        Input("go", "n_clicks"),
        background=True,
        progress=Output("progress", "children"),
        progress_default="idle",
        running=[(Output("go", "disabled"), True, False), (Output("stop", "disabled"), False, True)],
        cancel=[Input("stop", "n_clicks")],
        interval=100,
        prevent_initial_call=True,
    )
    def work(set_progress, n):
        steps = 4 if n == 1 else 200
        for step in range(1, steps + 1):
            set_progress(f"step {step}/{steps}")
            time.sleep(0.3)
        return f"done {n}"

    app.manager = manager
    yield app
    cache.close()


def test_progress_running_state_and_result(dash_page, app):
    dash_page.start(app)
    page = dash_page.page
    go = dash_page.by_id("go")
    dash_page.expect_text("progress", "idle")
    go.click()
    page.wait_for_function("document.getElementById('go').disabled === true", timeout=TIMEOUT)
    page.wait_for_function(
        "/^step [1-4]\\/4$/.test(document.getElementById('progress').textContent)", timeout=TIMEOUT
    )
    assert not dash_page.by_id("stop").is_disabled()
    dash_page.expect_text("out", "done 1")
    dash_page.expect_text("progress", "idle")  # back to progress_default
    page.wait_for_function("document.getElementById('go').disabled === false", timeout=TIMEOUT)
    assert dash_page.by_id("stop").is_disabled()
    assert dash_page.errors() == []


def test_cancel_stops_the_job(dash_page, app):
    dash_page.start(app)
    page = dash_page.page
    dash_page.by_id("go").click()  # n_clicks=1: the short job
    jobs = []
    page.on(
        "request",
        lambda r: jobs.append(r.url) if "cancelJob=" in r.url else None,
    )
    dash_page.expect_text("out", "done 1")
    page.wait_for_function("document.getElementById('go').disabled === false", timeout=TIMEOUT)
    dash_page.by_id("go").click()  # n_clicks=2: the long job, cancelled below
    page.wait_for_function(
        "/^step \\d+\\/200$/.test(document.getElementById('progress').textContent)", timeout=TIMEOUT
    )
    dash_page.by_id("stop").click()
    dash_page.expect_text("progress", "idle")
    page.wait_for_function("document.getElementById('go').disabled === false", timeout=TIMEOUT)
    assert jobs, "the stop click did not send cancelJob"
    job = jobs[0].split("cancelJob=")[1].split("&")[0]
    deadline = time.monotonic() + 5
    while app.manager.job_running(job):
        assert time.monotonic() < deadline, "the cancelled job process is still running"
        time.sleep(0.1)
    time.sleep(0.5)
    assert dash_page.by_id("out").inner_text() == "done 1"
    assert dash_page.errors() == []
