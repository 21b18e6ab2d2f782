"""A bounded HTTP/1.1 load generator for the callback round trip. Standard library only.

    python loadgen.py --port N --requests 2000 --connections 8 --warmup 200 --time-cap 30

Opens ``--connections`` keep-alive connections to 127.0.0.1:N (one thread each), sends the real
``_dash-update-component`` body of docs/protocol.md with a different input value every time, and checks
every answer: status 200, JSON, and exactly ``{"multi": true, "response": {"out": {"children": VALUE}}}``
with VALUE the upper-cased input. Stops after ``--requests`` answers or ``--time-cap`` seconds,
whichever comes first. Prints one JSON object: counts, elapsed time, requests/s and latencies.

The client is a minimal socket client (pre-built request bytes, Content-Length framing) rather than
http.client: http.client parses headers with the email package and costs several times more CPU per
request, which would make the client, not the server, the bottleneck on a 2-core machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import socket
import sys
import threading
import time

PATH = "/_dash-update-component"
OUTPUT = "out.children"


def request_body(i: int) -> tuple[str, bytes]:
    value = f"hello {i} caf\u00e9 <b>/&"
    body = {
        "output": OUTPUT,
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": value}],
        "changedPropIds": ["in.value"],
        "parsedChangedPropsIds": ["in.value"],
    }
    return value, json.dumps(body, separators=(",", ":")).encode()


def request_bytes(host: str, port: int, body: bytes) -> bytes:
    head = (
        f"POST {PATH} HTTP/1.1\r\n"
        f"Host: {host}:{port}\r\n"
        "Content-Type: application/json\r\n"
        "Accept: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "\r\n"
    )
    return head.encode("latin-1") + body


class Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.sock: socket.socket | None = None
        self.buffer = b""

    def open(self) -> None:
        self.close()
        self.sock = socket.create_connection((self.host, self.port), timeout=10)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def close(self) -> None:
        if self.sock is not None:
            try:
                self.sock.close()
            finally:
                self.sock = None

    def _fill(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self.buffer += chunk

    def roundtrip(self, data: bytes) -> tuple[int, bytes]:
        if self.sock is None:
            self.open()
        self.sock.sendall(data)
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        if b"content-length" in headers:
            length = int(headers[b"content-length"])
            while len(self.buffer) < length:
                self._fill()
            body, self.buffer = self.buffer[:length], self.buffer[length:]
        elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            body = self._chunked()
        else:  # no framing: the body runs to the end of the connection
            while True:
                try:
                    self._fill()
                except ConnectionError:
                    break
            body, self.buffer = self.buffer, b""
            self.close()
        if headers.get(b"connection", b"").lower() == b"close":
            self.close()
        return status, body

    def _chunked(self) -> bytes:
        parts = []
        while True:
            while b"\r\n" not in self.buffer:
                self._fill()
            size_line, _, self.buffer = self.buffer.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            while len(self.buffer) < size + 2:
                self._fill()
            parts.append(self.buffer[:size])
            self.buffer = self.buffer[size + 2 :]
            if size == 0:
                return b"".join(parts)


def check(status: int, body: bytes, value: str) -> str | None:
    """None when the answer is right, else a short description of what is wrong."""
    if status != 200:
        return f"status {status}: {body[:200]!r}"
    try:
        answer = json.loads(body)
    except ValueError:
        return f"not JSON: {body[:200]!r}"
    expected = {"multi": True, "response": {"out": {"children": value.upper()}}}
    if answer != expected:
        return f"wrong answer {answer!r:.200} (expected {expected!r})"
    return None


def run(host: str, port: int, total: int, connections: int, time_cap: float, offset: int) -> dict:
    counter = itertools.count()
    lock = threading.Lock()
    latencies: list[float] = []
    wrong: list[str] = []
    errors: list[str] = []
    deadline = time.perf_counter() + time_cap
    # Pre-build the requests so the client spends its time on the wire, not in json.dumps.
    prepared = []
    for i in range(total):
        value, body = request_body(offset + i)
        prepared.append((value, request_bytes(host, port, body)))

    def worker() -> None:
        conn = Connection(host, port)
        mine: list[float] = []
        my_wrong: list[str] = []
        my_errors: list[str] = []
        try:
            while True:
                i = next(counter)
                if i >= total or time.perf_counter() > deadline:
                    break
                value, data = prepared[i]
                start = time.perf_counter()
                try:
                    status, body = conn.roundtrip(data)
                except (OSError, ValueError, IndexError) as error:
                    my_errors.append(f"{type(error).__name__}: {error}")
                    conn.close()
                    continue
                mine.append(time.perf_counter() - start)
                problem = check(status, body, value)
                if problem is not None:
                    my_wrong.append(problem)
        finally:
            conn.close()
            with lock:
                latencies.extend(mine)
                wrong.extend(my_wrong)
                errors.extend(my_errors)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    answered = len(latencies)
    return {
        "requested": total,
        "answered": answered,
        "wrong": len(wrong),
        "errors": len(errors),
        "samples": (wrong[:3] + errors[:3]),
        "elapsed_s": elapsed,
        "rps": answered / elapsed if elapsed else 0.0,
        "timed_out": answered + len(errors) < total,
        "latencies_s": latencies,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--time-cap", type=float, default=30.0)
    parser.add_argument("--offset", type=int, default=0, help="first input value number (varies the bodies)")
    args = parser.parse_args()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("loadgen only targets the loopback interface")
    result = {}
    if args.warmup:
        warm = run(args.host, args.port, args.warmup, args.connections, args.time_cap, args.offset + 10**7)
        result["warmup"] = {k: v for k, v in warm.items() if k != "latencies_s"}
    result.update(run(args.host, args.port, args.requests, args.connections, args.time_cap, args.offset))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
