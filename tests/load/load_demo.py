"""The demo app under gunicorn and a bounded concurrent load: zero errors, every answer checked.

    python tests/load/load_demo.py [--requests 4000] [--connections 16] [--workers 4] [--time-cap 60]

Run by ``tox -e load``; not collected by pytest. The script starts gunicorn (``--workers`` sync workers)
on a socket it has bound to 127.0.0.1 itself, waits until the app answers, then sends exactly
``--requests`` requests over ``--connections`` concurrent connections from this process: the demo's
callbacks (echo, chained, clicks, MATCH, ALL, PreventUpdate) and its layout, each with its own input
values, and compares every answer with the one computed here. It stops after the last answer or after
``--time-cap`` seconds, whichever comes first, always stops gunicorn, prints one JSON summary and exits
1 on any error, wrong answer or unfinished request.

Callbacks are stateless, so any worker may serve any request; the kernel spreads the connections over
the workers that accept on the shared socket.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import typing as t

HOST = "127.0.0.1"
HERE = os.path.dirname(os.path.abspath(__file__))
#: Upper bound for one request, including the wait for a free worker.
REQUEST_TIMEOUT = 15.0
STARTUP_TIMEOUT = 30.0


def _demo_data() -> tuple[dict[str, list[str]], dict[str, float]]:
    from dash import demo

    return demo.CITIES, demo.POPULATION_MILLIONS


CITIES, POPULATION = _demo_data()


def _item(component_id: t.Any, prop: str, *value: t.Any) -> dict[str, t.Any]:
    entry = {"id": component_id, "property": prop}
    if value:
        entry["value"] = value[0]
    return entry


def _body(
    output: str, outputs: t.Any, inputs: list[t.Any], state: list[t.Any] | None = None
) -> dict[str, t.Any]:
    body = {"output": output, "outputs": outputs, "inputs": inputs, "changedPropIds": []}
    if state is not None:
        body["state"] = state
    return body


def make_case(i: int) -> tuple[str, dict[str, t.Any] | None, int, t.Any]:
    """Request ``i``: (path, JSON body or None for a GET, expected status, expected JSON or None)."""
    kind = i % 8
    country = list(CITIES)[i % len(CITIES)]
    if kind == 0:
        value = f"load {i} caf\u00e9 </script><b>&"
        body = _body(
            "echo-output.children", _item("echo-output", "children"), [_item("echo-input", "value", value)]
        )
        return "/_dash-update-component", body, 200, {"echo-output": {"children": f"You typed: {value}"}}
    if kind == 1:
        names = CITIES[country]
        body = _body(
            "..city.options...city.value..",
            [_item("city", "options"), _item("city", "value")],
            [_item("country", "value", country)],
        )
        return "/_dash-update-component", body, 200, {"city": {"options": names, "value": names[0]}}
    if kind == 2:
        city = CITIES[country][i % 3]
        body = _body(
            "city-summary.children",
            _item("city-summary", "children"),
            [_item("country", "value", country), _item("city", "value", city)],
        )
        text = f"{city} ({country}): {POPULATION[city]} million people"
        return "/_dash-update-component", body, 200, {"city-summary": {"children": text}}
    if kind == 3:
        body = _body(
            "click-count.children", _item("click-count", "children"), [_item("clicker", "n_clicks", i)]
        )
        return "/_dash-update-component", body, 200, {"click-count": {"children": f"Clicked {i} times"}}
    if kind == 4:
        done = ["done"] if i % 16 < 8 else []
        target = {"index": i, "type": "item-state"}
        body = _body(
            '{"index":["MATCH"],"type":"item-state"}.children',
            _item(target, "children"),
            [_item({"index": i, "type": "item-done"}, "value", done)],
        )
        key = json.dumps(target, sort_keys=True, separators=(",", ":"))
        return "/_dash-update-component", body, 200, {key: {"children": " (done)" if done else ""}}
    if kind == 5:
        count = i % 7
        values = [["done"] if n % 2 else [] for n in range(count)]
        inputs = [[_item({"index": n, "type": "item-done"}, "value", values[n]) for n in range(count)]]
        body = _body("item-summary.children", _item("item-summary", "children"), inputs)
        text = f"{sum(1 for v in values if v)} of {count} items done"
        return "/_dash-update-component", body, 200, {"item-summary": {"children": text}}
    if kind == 6:  # no text: the callback raises PreventUpdate -> 204
        body = _body(
            "..item-list.children...item-text.value..",
            [_item("item-list", "children"), _item("item-text", "value")],
            [_item("add-item", "n_clicks", i)],
            [_item("item-text", "value", ""), _item("item-list", "children", [])],
        )
        return "/_dash-update-component", body, 204, None
    return "/_dash-layout", None, 200, "layout"


def raw_request(port: int, path: str, body: dict[str, t.Any] | None) -> bytes:
    if body is None:
        head = f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nConnection: close\r\n\r\n"
        return head.encode()
    data = json.dumps(body).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + data


def parse_response(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        raise ValueError("unexpected chunked answer")
    if "content-length" in headers and len(body) != int(headers["content-length"]):
        raise ValueError(f"body has {len(body)} bytes, Content-Length says {headers['content-length']}")
    return status, headers, body


async def fetch(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        writer.write(request)
        await writer.drain()
        return await reader.read()  # the server closes the connection after the answer
    finally:
        writer.close()


class Stats:
    def __init__(self) -> None:
        self.ok = 0
        self.errors: list[str] = []
        self.wrong: list[str] = []
        self.latencies: list[float] = []


def verdict(i: int, raw: bytes, layout: t.Any) -> tuple[str, str] | None:
    """None when answer ``i`` is exactly right, else ("error" or "wrong", description)."""
    path, _, status_expected, expected = make_case(i)
    try:
        status, headers, body = parse_response(raw)
    except (ValueError, IndexError) as error:
        return "error", f"request {i} ({path}): unreadable answer: {error}: {raw[:200]!r}"
    if status >= 500 or status != status_expected:
        return "error", f"request {i} ({path}): status {status}, expected {status_expected}: {body[:200]!r}"
    if status == 204:
        return None if body == b"" else ("wrong", f"request {i}: 204 with a body {body[:100]!r}")
    if not headers.get("content-type", "").startswith("application/json"):
        return "wrong", f"request {i}: content type {headers.get('content-type')!r}"
    answer = json.loads(body)
    if expected == "layout":
        return None if answer == layout else ("wrong", f"request {i}: the layout differs")
    if answer != {"multi": True, "response": expected}:
        return "wrong", f"request {i}: got {answer!r:.300}, expected {expected!r:.300}"
    return None


async def run_load(
    port: int, requests: int, connections: int, time_cap: float, layout: t.Any
) -> dict[str, t.Any]:
    stats = Stats()
    counter = iter(range(requests))
    deadline = time.monotonic() + time_cap

    async def client() -> None:
        for i in counter:
            if time.monotonic() > deadline:
                return
            path, body, _, _ = make_case(i)
            started = time.perf_counter()
            try:
                raw = await asyncio.wait_for(fetch(port, raw_request(port, path, body)), REQUEST_TIMEOUT)
            except (OSError, asyncio.TimeoutError) as error:
                stats.errors.append(f"request {i} ({path}): {type(error).__name__}: {error}")
                continue
            stats.latencies.append(time.perf_counter() - started)
            problem = verdict(i, raw, layout)
            if problem is None:
                stats.ok += 1
            elif problem[0] == "error":
                stats.errors.append(problem[1])
            else:
                stats.wrong.append(problem[1])

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(connections)))
    elapsed = time.perf_counter() - started
    done = stats.ok + len(stats.errors) + len(stats.wrong)
    latencies = sorted(stats.latencies) or [0.0]
    return {
        "requests": requests,
        "connections": connections,
        "answered": done,
        "ok": stats.ok,
        "errors": len(stats.errors),
        "wrong": len(stats.wrong),
        "unfinished": requests - done,
        "elapsed_s": round(elapsed, 3),
        "requests_per_s": round(done / elapsed, 1) if elapsed else 0.0,
        "latency_ms": {
            "p50": round(latencies[len(latencies) // 2] * 1000, 2),
            "p99": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 2),
            "max": round(latencies[-1] * 1000, 2),
        },
        "first_problems": (stats.errors + stats.wrong)[:5],
    }


def start_gunicorn(workers: int) -> tuple[subprocess.Popen[bytes], int]:
    """gunicorn serving the demo on a socket bound here to 127.0.0.1 and a free port (no race)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, 0))
    listener.listen(128)
    port = listener.getsockname()[1]
    fd = listener.fileno()
    os.set_inheritable(fd, True)
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--bind",
        f"fd://{fd}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--backlog",
        "128",
        "--timeout",
        "30",
        "--graceful-timeout",
        "5",
        "--log-level",
        "warning",
        "--pythonpath",
        HERE,
        "demo_wsgi:application",
    ]
    try:
        process = subprocess.Popen(command, pass_fds=(fd,))
    finally:
        listener.close()  # gunicorn holds its own copy
    return process, port


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # gunicorn stops its workers, then itself
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def wait_ready(process: subprocess.Popen[bytes], port: int) -> t.Any:
    """The layout JSON, once every worker could answer; raises when gunicorn dies or is too slow."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode} while starting.")
        try:
            raw = asyncio.run(asyncio.wait_for(fetch(port, raw_request(port, "/_dash-layout", None)), 5))
            status, _, body = parse_response(raw)
            if status == 200:
                return json.loads(body)
        except (OSError, ValueError, IndexError, asyncio.TimeoutError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"gunicorn did not answer within {STARTUP_TIMEOUT} seconds.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--time-cap", type=float, default=60.0, help="seconds")
    args = parser.parse_args(argv)
    if not (0 < args.connections <= 256 and 0 < args.requests <= 1_000_000 and 0 < args.time_cap <= 3600):
        parser.error("use 1-256 connections, 1-1000000 requests and a time cap of at most 3600 seconds.")

    process, port = start_gunicorn(args.workers)
    try:
        layout = wait_ready(process, port)
        summary = asyncio.run(run_load(port, args.requests, args.connections, args.time_cap, layout))
        summary["workers"] = args.workers
        summary["server_alive"] = process.poll() is None
    finally:
        stop(process)
    print(json.dumps(summary, indent=2))
    failed = summary["errors"] or summary["wrong"] or summary["unfinished"] or not summary["server_alive"]
    if failed:
        print("FAILED: every request must be answered, correctly, without errors.", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
