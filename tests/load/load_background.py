"""Background callbacks under load on real engines: 4 gunicorn web workers, 2 Celery workers, Redis.

    python tests/load/load_background.py [--jobs 100] [--job-seconds 1.0] [--kill-after 0.25] [--time-cap 240]

Run by ``tox -e load-background``; not collected by pytest, not in the default envlist (about a minute).
The script starts a private redis-server on 127.0.0.1, two Celery workers (``w1``, ``w2``, ``--concurrency``
pool processes each, acks_late tasks, visibility timeout ``--visibility`` s) and gunicorn with 4 sync
workers, all serving tests/background/bg_app.py. It then starts ``--jobs`` background callbacks at once,
one thread each, and polls every job as the renderer does (``?cacheKey=..&job=..`` every
``--poll-interval`` s), from whichever gunicorn worker the kernel picks. When ``--kill-after`` of the jobs
have finished it SIGKILLs worker ``w1`` and all its pool processes, as if its machine died. Every result
is checked (``n`` and ``n * n``); the summary counts results per worker, the jobs the broker handed to
``w2`` again (``redelivered``), lost jobs (no result by the cap) and wrong answers. Everything it started
is stopped at the end; exit status 1 on any lost or wrong job.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BACKGROUND = os.path.join(os.path.dirname(HERE), "background")
sys.path.insert(0, BACKGROUND)

from services import Redis  # noqa: E402
from services import Worker  # noqa: E402
from services import free_port  # noqa: E402
from services import wait_for  # noqa: E402


def body(n: int, seconds: float) -> dict:
    return {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "go", "property": "n_clicks", "value": n}],
        "state": [{"id": "delay", "property": "title", "value": str(seconds)}],
        "changedPropIds": ["go.n_clicks"],
    }


def post(port: int, payload: dict, query: str = "") -> tuple[int, dict | None]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(
            "POST",
            "/_dash-update-component" + query,
            json.dumps(payload),
            {"Content-Type": "application/json"},
        )
        response = connection.getresponse()
        data = response.read()
        return response.status, (json.loads(data) if data else None)
    finally:
        connection.close()


class Job(threading.Thread):
    def __init__(self, n: int, port: int, args: argparse.Namespace, deadline: float) -> None:
        super().__init__(daemon=True)
        self.n, self.port, self.args, self.deadline = n, port, args, deadline
        self.result: dict | None = None
        self.error: str | None = None
        self.seconds = 0.0
        self.polls = 0

    def run(self) -> None:
        start = time.monotonic()
        payload = body(self.n, self.args.job_seconds)
        try:
            status, first = post(self.port, payload)
            if status != 200 or not first or "job" not in first:
                self.error = f"start answered {status}: {first}"
                return
            query = f"?cacheKey={first['cacheKey']}&job={first['job']}"
            while time.monotonic() < self.deadline:
                time.sleep(self.args.poll_interval)
                status, answer = post(self.port, payload, query)
                self.polls += 1
                if status == 204:
                    self.error = "the job ended without a result (204)"
                    return
                if status != 200:
                    self.error = f"poll answered {status}: {answer}"
                    return
                if "response" in answer:
                    self.result = answer["response"]["out"]["children"]
                    return
            self.error = "no result before the time cap"
        except Exception as error:  # noqa: BLE001 - reported per job
            self.error = f"{type(error).__name__}: {error}"
        finally:
            self.seconds = time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", type=int, default=100)
    parser.add_argument("--job-seconds", type=float, default=1.0)
    parser.add_argument("--concurrency", type=int, default=4, help="pool processes per Celery worker")
    parser.add_argument("--web-workers", type=int, default=4)
    parser.add_argument("--poll-interval", type=float, default=0.5)
    parser.add_argument("--kill-after", type=float, default=0.25, help="fraction of jobs done before w1 dies")
    parser.add_argument(
        "--visibility", type=int, default=8, help="seconds before an unacked task is redelivered"
    )
    parser.add_argument("--time-cap", type=float, default=240.0)
    args = parser.parse_args()

    redis = Redis()
    started: list = []
    gunicorn = None
    try:
        extra = {"DASH_TEST_VISIBILITY": str(args.visibility)}
        workers = [Worker(redis.url, name, args.concurrency, extra) for name in ("w1", "w2")]
        started.extend(workers)
        port = free_port()
        pythonpath = os.pathsep.join([BACKGROUND, *filter(None, [os.environ.get("PYTHONPATH")])])
        env = dict(os.environ, DASH_TEST_REDIS_URL=redis.url, PYTHONPATH=pythonpath, **extra)
        gunicorn = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--workers",
                str(args.web_workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
                "bg_app:server",
            ],
            cwd=BACKGROUND,
            env=env,
        )

        def web_ready() -> bool:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/_dash-dependencies")
                return connection.getresponse().status == 200
            except OSError:
                return False

        wait_for(web_ready, 30, "gunicorn")
        begin = time.monotonic()
        deadline = begin + args.time_cap
        jobs = [Job(n, port, args, deadline) for n in range(1, args.jobs + 1)]
        for job in jobs:
            job.start()
        killed_at = None
        done_before_kill = 0
        while any(job.is_alive() for job in jobs):
            done = sum(1 for job in jobs if not job.is_alive())
            if killed_at is None and done >= args.kill_after * args.jobs:
                workers[0].kill()
                killed_at = time.monotonic() - begin
                done_before_kill = done
            time.sleep(0.05)
        total = time.monotonic() - begin

        wrong, lost, per_worker, redelivered, redelivered_seconds = [], [], collections.Counter(), 0, []
        for job in jobs:
            if job.error is not None:
                lost.append({"n": job.n, "error": job.error})
                continue
            if job.result.get("n") != job.n or job.result.get("square") != job.n * job.n:
                wrong.append({"n": job.n, "result": job.result})
            node = job.result["worker"].split("@")[0]
            per_worker[node] += 1
            if "+redelivered" in job.result["worker"]:
                redelivered += 1
                redelivered_seconds.append(round(job.seconds, 1))
        seconds = sorted(job.seconds for job in jobs)
        summary = {
            "jobs": args.jobs,
            "job_seconds": args.job_seconds,
            "web_workers": args.web_workers,
            "celery_workers": 2,
            "pool_processes_each": args.concurrency,
            "completed": args.jobs - len(lost),
            "wrong": len(wrong),
            "lost": len(lost),
            "results_per_worker": dict(per_worker),
            "redelivered_after_kill": redelivered,
            "redelivered_job_latencies_s": sorted(redelivered_seconds),
            "w1_killed_at_s": round(killed_at, 2) if killed_at is not None else None,
            "jobs_done_before_kill": done_before_kill,
            "total_s": round(total, 2),
            "jobs_per_s": round(args.jobs / total, 2),
            "latency_s": {
                "p50": round(statistics.median(seconds), 2),
                "p95": round(seconds[int(0.95 * (len(seconds) - 1))], 2),
                "max": round(seconds[-1], 2),
            },
            "polls": sum(job.polls for job in jobs),
            "errors": (lost + wrong)[:5],
        }
        print(json.dumps(summary, indent=1))
        return 1 if lost or wrong else 0
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait(20)
        for worker in started:
            worker.stop()
        redis.stop()


if __name__ == "__main__":
    sys.exit(main())
