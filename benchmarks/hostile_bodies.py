"""CPU time and peak memory of one callback request for hostile bodies, next to a valid body of the same size.

Calls the WSGI app directly (no network), so the figures are what the server spends on one request:

    python benchmarks/hostile_bodies.py               # from the repo root, with dash importable
    python benchmarks/hostile_bodies.py --mib 5 --runs 5

For each body it prints the answer's status and size, the CPU milliseconds of the request (the best of
``--runs``; CPU time, so other processes disturb it little), and the peak memory the request allocated
(tracemalloc, in a separate run so tracing does not slow the CPU figure). ``json.loads`` alone on the
same bytes is printed as the floor every JSON framework pays.

Bodies (issue 16, items 3 and 4):

- ``valid-string``: a valid request whose input value is one long string (the baseline).
- ``unknown-output``: the same size spent on an unknown ``output`` key (answered 400).
- ``valid-pairs``: a valid request whose input value is ``[[],[],...]`` (the most containers per byte).
- ``deep-after-pairs``: ``[[],[],...]`` followed by one value nested past the depth limit (answered 400).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from profile_callback import environ_for  # noqa: E402


def make_app():
    from dash import Dash
    from dash import Input
    from dash import Output
    from dash import dcc
    from dash import html

    app = Dash(__name__, max_request_bytes=64 * 1024 * 1024)
    app.layout = html.Div([dcc.Input(id="in"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("in", "value"))
    def size(value):
        return len(value or "")

    return app.server


def request_body(value: str, output: str = "out.children") -> bytes:
    """A callback request with ``value`` spliced in as JSON text (so no Python object is built for it)."""
    head = (
        '{"output":' + json.dumps(output) + ',"outputs":{"id":"out","property":"children"},'
        '"inputs":[{"id":"in","property":"value","value":'
    )
    return (head + value + '}],"changedPropIds":["in.value"]}').encode()


def bodies(size: int) -> dict[str, bytes]:
    pairs = "[" + ",".join(["[]"] * (size // 3)) + "]"
    deep = "[" * 300 + "]" * 300
    return {
        "valid-string": request_body(json.dumps("x" * size)),
        "unknown-output": request_body('"x"', output="x" * size),
        "valid-pairs": request_body(pairs),
        "deep-after-pairs": request_body(pairs[:-1] + "," + deep + "]"),
    }


def call(app, body: bytes) -> tuple[str, int]:
    status = []

    def start_response(s, headers, exc_info=None):
        status.append(s)

    chunks = app(environ_for(body), start_response)
    try:
        size = sum(len(chunk) for chunk in chunks)
    finally:
        close = getattr(chunks, "close", None)
        if close:
            close()
    return status[0], size


def cpu_ms(work, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best * 1000


def peak_mib(work) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mib", type=float, default=5.0, help="body size in MiB (default 5)")
    parser.add_argument("--runs", type=int, default=5, help="CPU runs per body, best reported (default 5)")
    args = parser.parse_args()
    import dash

    app = make_app()
    size = int(args.mib * 2**20)
    print(f"dash {dash.__version__} from {Path(dash.__file__).parent}; bodies of ~{args.mib:g} MiB")
    print(
        f"{'body':<18} {'status':<16} {'answer':>10} {'CPU ms':>8} {'peak MiB':>9} {'loads ms':>9} {'loads MiB':>9}"
    )
    for name, body in bodies(size).items():
        status, answer = call(app, body)
        request_cpu = cpu_ms(lambda body=body: call(app, body), args.runs)
        request_mem = peak_mib(lambda body=body: call(app, body))
        loads_cpu = cpu_ms(lambda body=body: json.loads(body), args.runs)
        loads_mem = peak_mib(lambda body=body: json.loads(body))
        print(
            f"{name:<18} {status:<16} {answer:>10} {request_cpu:>8.1f} {request_mem:>9.1f}"
            f" {loads_cpu:>9.1f} {loads_mem:>9.1f}"
        )


if __name__ == "__main__":
    main()
