"""Background callbacks on Celery workers with a real Redis: the job runs in the worker, progress and
set_props travel through Redis, cancel revokes the task, and any web process can finish the polling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))


def payload(n, delay=0.0):
    return {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "go", "property": "n_clicks", "value": n}],
        "state": [{"id": "delay", "property": "title", "value": str(delay)}],
        "changedPropIds": ["go.n_clicks"],
    }


def poll(client, body, first, timeout=30.0):
    answers = []
    deadline = time.monotonic() + timeout
    query = {"cacheKey": first["cacheKey"], "job": first["job"]}
    while time.monotonic() < deadline:
        response = client.post("/_dash-update-component", json=body, query_string=query)
        if response.status_code != 200:
            return answers, response
        data = response.get_json()
        answers.append(data)
        if "response" in data:
            return answers, response
        time.sleep(0.05)
    raise AssertionError(f"no result within {timeout}s; last answers {answers[-3:]}")


def test_job_runs_in_the_celery_worker(bg):
    client = bg.app.server.test_client()
    body = payload(7, delay=0.8)
    first = client.post("/_dash-update-component", json=body).get_json()
    assert set(first) == {"cacheKey", "job", "cancel"}
    answers, response = poll(client, body, first)
    result = response.get_json()
    out = result["response"]["out"]["children"]
    assert out["square"] == 49
    assert out["worker"].split("/")[1] != str(os.getpid())  # ran in a Celery pool process
    progress = [a["progress"]["pct.children"] for a in answers if "progress" in a]
    assert progress and set(progress) <= {"0/4", "1/4", "2/4", "3/4"}
    sides = [a.get("sideUpdate") for a in answers if a.get("sideUpdate")]
    assert sides == [{"side": {"children": "side 7"}}]


def test_another_web_process_finishes_the_polling(bg, redis_url):
    """The job's state lives in Redis: a restarted (new) web process picks up where the old one stopped."""
    client = bg.app.server.test_client()
    body = payload(12, delay=0.5)
    first = client.post("/_dash-update-component", json=body).get_json()
    script = (
        "import json, sys, time\n"
        "import bg_app\n"
        "client = bg_app.app.server.test_client()\n"
        "body, query = json.loads(sys.argv[1]), json.loads(sys.argv[2])\n"
        "for _ in range(300):\n"
        "    r = client.post('/_dash-update-component', json=body, query_string=query)\n"
        "    data = r.get_json()\n"
        "    if 'response' in data:\n"
        "        print(json.dumps(data)); break\n"
        "    time.sleep(0.1)\n"
    )
    env = dict(os.environ, DASH_TEST_REDIS_URL=redis_url, PYTHONPATH=os.pathsep.join([HERE, *sys.path]))
    query = {"cacheKey": first["cacheKey"], "job": first["job"]}
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(body), json.dumps(query)],
        cwd=HERE,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["response"]["out"]["children"]["square"] == 144


def test_cancel_revokes_the_task(bg):
    client = bg.app.server.test_client()
    body = payload(3, delay=20)
    first = client.post("/_dash-update-component", json=body).get_json()
    deadline = time.monotonic() + 15
    while bg.celery_app.AsyncResult(first["job"]).state != "STARTED":
        assert time.monotonic() < deadline, "the task never started"
        time.sleep(0.1)
    deps = client.get("/_dash-dependencies").get_json()
    cancel = next(entry for entry in deps if entry["no_output"])
    stop = {
        "output": cancel["output"],
        "inputs": [{"id": "stop", "property": "n_clicks", "value": 1}],
        "changedPropIds": ["stop.n_clicks"],
    }
    response = client.post("/_dash-update-component", json=stop, query_string={"cancelJob": first["job"]})
    assert response.status_code == 204
    deadline = time.monotonic() + 15
    while bg.manager.job_running(first["job"]):
        assert time.monotonic() < deadline, "the revoked task kept running"
        time.sleep(0.1)
    assert bg.celery_app.AsyncResult(first["job"]).state == "REVOKED"
    again = client.post("/_dash-update-component", json=body, query_string=first)
    assert again.status_code == 204  # nothing to deliver: the renderer stops polling


def test_error_in_the_worker_is_a_500(bg):
    client = bg.app.server.test_client()
    body = payload(-1)
    first = client.post("/_dash-update-component", json=body).get_json()
    _, response = poll(client, body, first)
    assert response.status_code == 500
    assert response.get_json()["error"]["type"] == "CallbackError"


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_parallel_jobs_keep_their_own_results(bg, n):
    client = bg.app.server.test_client()
    body = payload(100 + n, delay=0.2)
    first = client.post("/_dash-update-component", json=body).get_json()
    _, response = poll(client, body, first)
    assert response.get_json()["response"]["out"]["children"]["n"] == 100 + n
