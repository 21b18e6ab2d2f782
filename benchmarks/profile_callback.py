"""Per-request server CPU of the callback route, without the network: call the WSGI app in a loop.

Run inside a benchmark venv (run.py builds them):

    benchmarks/.venvs/ours/bin/python benchmarks/profile_callback.py --kind dash
    benchmarks/.venvs/ours/bin/python benchmarks/profile_callback.py --kind flask
    benchmarks/.venvs/plotly-dash/bin/python benchmarks/profile_callback.py --kind dash
    ... --profile      also print a pyinstrument profile (pip install pyinstrument into that venv)

Prints CPU microseconds per request (best and median of several batches; CPU time, so other processes
on a busy machine disturb it little, and the best batch is the least disturbed). The difference between `--kind dash` and
`--kind flask` in the same venv is what our callback machinery costs on top of Flask itself; what
waitress adds is the same for every app.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_app import dash_app  # noqa: E402
from bench_app import flask_app  # noqa: E402
from bench_app import wsgi_app  # noqa: E402


def environ_for(body: bytes) -> dict:
    return {
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "",
        "PATH_INFO": "/_dash-update-component",
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8050",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1:8050",
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_ACCEPT": "application/json",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }


def make_body(i: int) -> tuple[str, bytes]:
    value = f"hello {i} caf\u00e9 <b>/&"
    body = {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": value}],
        "changedPropIds": ["in.value"],
        "parsedChangedPropsIds": ["in.value"],
    }
    return value, json.dumps(body, separators=(",", ":")).encode()


def call(app, body: bytes) -> tuple[str, bytes]:
    status = []

    def start_response(s, headers, exc_info=None):
        status.append(s)

    chunks = app(environ_for(body), start_response)
    try:
        data = b"".join(chunks)
    finally:
        close = getattr(chunks, "close", None)
        if close:
            close()
    return status[0], data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", choices=("dash", "flask", "wsgi"), default="dash")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--show-all", action="store_true", help="do not hide library frames in the profile")
    args = parser.parse_args()
    app = {"dash": dash_app, "flask": flask_app, "wsgi": wsgi_app}[args.kind]()
    bodies = [make_body(i) for i in range(args.requests)]
    for value, body in bodies[:200]:  # warm-up and a correctness check
        status, data = call(app, body)
        expected = {"multi": True, "response": {"out": {"children": value.upper()}}}
        assert status.startswith("200") and json.loads(data) == expected, (status, data)
    per_request = []
    for _ in range(args.batches):
        start = time.process_time()  # CPU time: other processes on a busy machine don't count
        for _, body in bodies:
            call(app, body)
        per_request.append((time.process_time() - start) / len(bodies) * 1e6)
    import dash

    which = {"dash": f"dash {dash.__version__}", "flask": "bare Flask", "wsgi": "raw WSGI"}[args.kind]
    print(
        f"{which}: {min(per_request):.1f} us CPU/request best, {statistics.median(per_request):.1f} median "
        f"(batches: {', '.join(f'{x:.1f}' for x in per_request)})"
    )
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0001)
        profiler.start()
        for _ in range(3):
            for _, body in bodies:
                call(app, body)
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False, show_all=args.show_all))


if __name__ == "__main__":
    main()
