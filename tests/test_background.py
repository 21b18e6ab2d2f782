"""Background callbacks over the test client: the polling protocol, progress, set_props, cancel, caching,
errors. Jobs run in real processes (DiskcacheManager); the same tests run against Celery + Redis in
`tox -e celery` (tests/background/)."""

from __future__ import annotations

import json
import time

import pytest

from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import html
from dash import set_props

pytest.importorskip("diskcache", reason="the background tests need dash[diskcache]: pip install diskcache")

from dash import DiskcacheManager  # noqa: E402


@pytest.fixture
def manager(tmp_path):
    import diskcache

    cache = diskcache.Cache(str(tmp_path / "cache"))
    yield DiskcacheManager(cache)
    cache.close()


def body(output, inputs, outputs, changed=()):
    return {"output": output, "outputs": outputs, "inputs": inputs, "changedPropIds": list(changed)}


def poll(client, payload, first, timeout=20.0):
    """Repeat the request as the renderer does until a final answer; returns (answers, final)."""
    answers = []
    deadline = time.monotonic() + timeout
    query = {"cacheKey": first["cacheKey"], "job": first["job"]}
    while time.monotonic() < deadline:
        response = client.post("/_dash-update-component", json=payload, query_string=query)
        if response.status_code == 204:
            return answers, None
        assert response.status_code == 200, response.get_data(as_text=True)
        data = response.get_json()
        answers.append(data)
        if "response" in data:
            return answers, data
        time.sleep(0.05)
    raise AssertionError(f"no result within {timeout}s: {answers[-3:]}")


def make_app(manager, **extra):
    app = Dash(__name__, background_callback_manager=manager)
    app.layout = html.Div([html.Button(id="go"), html.Div(id="out"), html.Div(id="pct"), html.Div(id="side")])
    return app


OUT_BODY = body(
    "out.children",
    [{"id": "go", "property": "n_clicks", "value": 3}],
    {"id": "out", "property": "children"},
    ["go.n_clicks"],
)


def test_dependencies_announce_interval_and_running(manager):
    app = make_app(manager)

    @app.callback(
        Output("out", "children"),
        Input("go", "n_clicks"),
        background=True,
        interval=250,
        running=[(Output("go", "disabled"), True, False)],
    )
    def work(n):
        return n

    [entry] = app.server.test_client().get("/_dash-dependencies").get_json()
    assert entry["background"] == {"interval": 250}
    assert entry["running"] == {"running": {"go.disabled": True}, "runningOff": {"go.disabled": False}}


def test_job_runs_in_another_process_and_result_is_polled(manager, tmp_path):
    import os

    app = make_app(manager)
    release = tmp_path / "release"  # the job waits for it, so the first poll surely finds it running

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), background=True)
    def work(n):
        deadline = time.monotonic() + 20
        while not release.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return f"clicked {n} in {os.getpid()}"

    client = app.server.test_client()
    first = client.post("/_dash-update-component", json=OUT_BODY).get_json()
    assert set(first) == {"cacheKey", "job"}
    assert first["job"] != str(os.getpid())
    running = client.post("/_dash-update-component", json=OUT_BODY, query_string=first)
    assert running.get_json() == {"multi": True}  # still running
    release.write_text("go")
    answers, final = poll(client, OUT_BODY, first)
    assert final["response"]["out"]["children"] == f"clicked 3 in {first['job']}"
    # delivered once: the next poll finds neither a job nor a result
    again = client.post("/_dash-update-component", json=OUT_BODY, query_string=first)
    assert again.status_code == 204


def test_progress_progress_default_and_set_props(manager):
    app = make_app(manager)

    @app.callback(
        Output("out", "children"),
        Input("go", "n_clicks"),
        background=True,
        progress=[Output("pct", "children")],
        progress_default=["0%"],
        interval=100,
    )
    def work(set_progress, n):
        for pct in (25, 50):
            set_progress(f"{pct}%")
            time.sleep(0.4)
        set_props("side", {"children": "from the job"})
        time.sleep(0.4)
        return "done"

    client = app.server.test_client()
    first = client.post("/_dash-update-component", json=OUT_BODY).get_json()
    assert first["progressDefault"] == {"pct.children": "0%"}
    answers, final = poll(client, OUT_BODY, first)
    progress = [a["progress"]["pct.children"] for a in answers if "progress" in a]
    assert progress == ["25%", "50%"]
    sides = [a["sideUpdate"] for a in answers if "sideUpdate" in a]
    assert sides == [{"side": {"children": "from the job"}}]
    assert final["response"] == {"out": {"children": "done"}}


def test_multi_output_with_no_update_and_state(manager):
    app = make_app(manager)
    app.layout.children.append(html.Div(id="st", title="state!"))

    @app.callback(
        Output("out", "children"),
        Output("pct", "children"),
        Input("go", "n_clicks"),
        State("st", "title"),
        background=True,
    )
    def work(n, title):
        from dash import no_update

        return f"{title} {n}", no_update

    payload = body(
        "..out.children...pct.children..",
        [{"id": "go", "property": "n_clicks", "value": 1}],
        [{"id": "out", "property": "children"}, {"id": "pct", "property": "children"}],
    )
    payload["state"] = [{"id": "st", "property": "title", "value": "state!"}]
    client = app.server.test_client()
    first = client.post("/_dash-update-component", json=payload).get_json()
    _, final = poll(client, payload, first)
    assert final["response"] == {"out": {"children": "state! 1"}}


def test_cancel_stops_the_job(manager):
    app = make_app(manager)
    app.layout.children.append(html.Button(id="stop"))

    @app.callback(
        Output("out", "children"),
        Input("go", "n_clicks"),
        background=True,
        cancel=[Input("stop", "n_clicks")],
    )
    def work(n):
        time.sleep(30)
        return "never"

    client = app.server.test_client()
    first = client.post("/_dash-update-component", json=OUT_BODY).get_json()
    assert first["cancel"] == [{"id": "stop", "property": "n_clicks"}]
    deps = client.get("/_dash-dependencies").get_json()
    cancel_entry = next(entry for entry in deps if entry["no_output"])
    assert cancel_entry["inputs"] == [{"id": "stop", "property": "n_clicks"}]
    assert manager.job_running(first["job"])
    stop = {
        "output": cancel_entry["output"],
        "inputs": [{"id": "stop", "property": "n_clicks", "value": 1}],
        "changedPropIds": ["stop.n_clicks"],
    }
    answer = client.post("/_dash-update-component", json=stop, query_string={"cancelJob": first["job"]})
    assert answer.status_code == 204
    deadline = time.monotonic() + 5
    while manager.job_running(first["job"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not manager.job_running(first["job"])
    assert client.post("/_dash-update-component", json=OUT_BODY, query_string=first).status_code == 204


def test_old_job_is_stopped_when_a_new_call_starts(manager):
    app = make_app(manager)

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), background=True)
    def work(n):
        time.sleep(30 if n == 3 else 0)
        return n

    client = app.server.test_client()
    first = client.post("/_dash-update-component", json=OUT_BODY).get_json()
    second_body = json.loads(json.dumps(OUT_BODY))
    second_body["inputs"][0]["value"] = 4
    second = client.post(
        "/_dash-update-component", json=second_body, query_string={"oldJob": first["job"]}
    ).get_json()
    assert not manager.job_running(first["job"])
    _, final = poll(client, second_body, second)
    assert final["response"]["out"]["children"] == 4


def test_cache_by_reuses_results_and_ignores_args(tmp_path, request):
    import diskcache

    cache = diskcache.Cache(str(tmp_path / "c"))
    request.addfinalizer(cache.close)  # an unclosed sqlite connection is a ResourceWarning on Python 3.13
    manager = DiskcacheManager(cache, cache_by=[lambda: "v1"], expire=60)
    app = make_app(manager)
    app.layout.children.append(html.Div(id="noise", title="x"))

    @app.callback(
        Output("out", "children"),
        Input("go", "n_clicks"),
        State("noise", "title"),
        background=True,
        cache_args_to_ignore=[1],
    )
    def work(n, noise):
        return f"{n} at {time.time()}"

    client = app.server.test_client()

    def call(noise):
        payload = dict(OUT_BODY, state=[{"id": "noise", "property": "title", "value": noise}])
        answer = client.post("/_dash-update-component", json=payload).get_json()
        if "cacheKey" in answer:
            return poll(client, payload, answer)[1]
        return answer

    first = call("a")
    assert call("b") == first  # answered from the cache, ignoring the State


def test_error_in_job_is_a_500(manager):
    app = make_app(manager)

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), background=True)
    def work(n):
        raise ValueError("boom in job")

    client = app.server.test_client()
    first = client.post("/_dash-update-component", json=OUT_BODY).get_json()
    deadline = time.monotonic() + 10
    while True:
        response = client.post("/_dash-update-component", json=OUT_BODY, query_string=first)
        if response.status_code != 200 or "response" in response.get_json():
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert "boom in job" not in json.dumps(error)  # production: no details
    assert "raised an exception" in error["message"]


def test_missing_manager_is_explained():
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="go"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), background=True)
    def work(n):
        return n

    response = app.server.test_client().post("/_dash-update-component", json=OUT_BODY)
    assert response.status_code == 500
    assert "background_callback_manager" in response.get_json()["error"]["message"]


def test_foreign_cache_key_is_rejected(manager):
    app = make_app(manager)

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), background=True)
    def work(n):
        return n

    response = app.server.test_client().post(
        "/_dash-update-component", json=OUT_BODY, query_string={"cacheKey": "../etc", "job": "1"}
    )
    assert response.status_code == 400


def test_unknown_job_ids_are_never_signalled(manager):
    manager.terminate_job("1")  # pid 1 was not started by this manager: nothing happens
    assert not manager.job_running("1")
    assert not manager.job_running("not-a-pid")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"progress": [Output("pct", "children")]}, "only background callbacks"),
        ({"background": True, "interval": 0}, "positive int"),
        ({"background": True, "cancel": ["stop"]}, "cancel= takes Input"),
        ({"background": True, "running": [("x", 1, 2)]}, "running= takes"),
        (
            {"background": True, "progress": [Output("pct", "children")], "progress_default": ["a", "b"]},
            "one default per progress",
        ),
    ],
)
def test_bad_background_arguments(kwargs, message):
    app = Dash(__name__)
    with pytest.raises((TypeError, ValueError), match=message):
        app.callback(Output("out", "children"), Input("go", "n_clicks"), **kwargs)


def test_an_async_background_function_is_awaited_with_progress_and_set_props(manager):
    import asyncio

    app = make_app(manager)

    @app.callback(
        Output("out", "children"),
        Input("go", "n_clicks"),
        background=True,
        progress=[Output("pct", "children")],
        interval=100,
    )
    async def work(set_progress, n):
        set_progress("half")
        await asyncio.sleep(0.2)
        set_props("side", {"children": "async side"})
        return f"async {n}"

    client = app.server.test_client()
    first = client.post("/_dash-update-component", json=OUT_BODY).get_json()
    answers, final = poll(client, OUT_BODY, first)
    assert final["response"]["out"]["children"] == "async 3"
    sides = [a["sideUpdate"] for a in answers if "sideUpdate" in a]  # answers end with the final one
    assert sides == [{"side": {"children": "async side"}}]  # in a progress poll or with the result


def test_side_updates_written_just_before_the_result_are_never_lost(tmp_path):
    """The interleaving that lost a set_props under load: the job stores its props, then its result, right
    while a poll is being answered. Whatever the poll saw, the props reach the browser exactly once."""
    import diskcache

    from dash.background_callback._job import run_job

    class RacingManager(DiskcacheManager):
        """Runs the job in-process, at the moment a poll asks whether the result is ready."""

        def call_job_fn(self, key, func_id, func, args, body, progress_count):
            self.pending = (key, func, args, body, progress_count)
            return "1"

        def job_running(self, job):
            return self.pending is not None

        def result_ready(self, key):
            seen = super().result_ready(key)
            if self.pending is not None and self.polls_started:
                key_, func, args, body, count = self.pending
                self.pending = None
                run_job(self, func, key_, args, body, count)  # props, then the result, after `seen`
            return seen

    cache = diskcache.Cache(str(tmp_path / "cache"))
    manager = RacingManager(cache)
    manager.polls_started = False
    app = make_app(manager)

    @app.callback(Output("out", "children"), Input("go", "n_clicks"), background=True)
    def work(n):
        set_props("side", {"children": "from the job"})
        return f"done {n}"

    client = app.server.test_client()
    first = client.post("/_dash-update-component", json=OUT_BODY).get_json()
    manager.polls_started = True
    answers, final = poll(client, OUT_BODY, first)
    cache.close()
    assert final["response"]["out"]["children"] == "done 3"
    sides = [a["sideUpdate"] for a in answers if "sideUpdate" in a]
    assert sides == [{"side": {"children": "from the job"}}]
