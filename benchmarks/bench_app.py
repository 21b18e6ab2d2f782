"""The benchmark app and the in-venv measurements. Runs inside a benchmark venv, never imported by run.py.

The same source runs against our ``dash`` and against Plotly Dash 4.x: the app only uses the API both
share (``Dash``, ``html``, ``dcc``, ``Input``, ``Output``, ``app.callback``).

    python bench_app.py serve --kind dash|flask|wsgi|suites  serve on a free 127.0.0.1 port with waitress
                                                     (prints "PORT <n>", exits when stdin closes)
    python bench_app.py serve --kind table          a DataTable of $BENCH_TABLE_ROWS rows (datatable.py)
    python bench_app.py serve --kind full|basic     page_weight.py's apps (Tabs + date pickers + DataTable;
                                                     html + basic dcc inputs)
    python bench_app.py layout --size N --repeat R  time GET /_dash-layout for an N-component layout
    python bench_app.py versions                    JSON of the versions in this venv
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time

INPUT_ID = "in"
OUTPUT_ID = "out"
INITIAL_VALUE = "hello benchmark"


def dash_app():
    from dash import Dash
    from dash import Input
    from dash import Output
    from dash import dcc
    from dash import html

    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id=INPUT_ID, value=INITIAL_VALUE, type="text"),
            html.Div(id=OUTPUT_ID),
        ]
    )

    @app.callback(Output(OUTPUT_ID, "children"), Input(INPUT_ID, "value"))
    def upper(value):
        return (value or "").upper()

    return app.server


TABLE_CITIES = ("Paris", "Tokyo", "Lima", "Oslo", "Kyoto", "Dakar", "Quito", "Perth")


def table_rows(count: int) -> list[dict]:
    """The DataTable benchmark's rows: an id, a name, two numbers and a text column."""
    return [
        {
            "id": i,
            "name": f"row {i}",
            "v": (i * 7919 + 500) % 1000,
            "w": round((i * 37) % 1013 / 7, 3),
            "city": TABLE_CITIES[i % len(TABLE_CITIES)],
        }
        for i in range(count)
    ]


def table_app():
    """One virtualized DataTable with native sort and filter; runs on our dash and on Plotly Dash."""
    from dash import Dash
    from dash import dash_table
    from dash import html

    rows = int(os.environ.get("BENCH_TABLE_ROWS", "20000"))
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dash_table.DataTable(
                id="table",
                data=table_rows(rows),
                columns=[
                    {"id": "id", "name": "Id", "type": "numeric"},
                    {"id": "name", "name": "Name"},
                    {"id": "v", "name": "V", "type": "numeric"},
                    {"id": "w", "name": "W", "type": "numeric"},
                    {"id": "city", "name": "City"},
                ],
                virtualization=True,
                page_action="none",
                fixed_rows={"headers": True},
                sort_action="native",
                filter_action="native",
                style_table={"height": "400px", "overflowY": "auto"},
                style_cell={"minWidth": 90, "width": 90, "maxWidth": 90},
            )
        ]
    )
    return app.server


def full_app():
    """page_weight.py's "full" app: two dcc.Tabs, the date pickers on the first, a 1,000-row sortable and
    filterable DataTable on the second. Runs unchanged on our dash and on Plotly Dash."""
    from dash import Dash
    from dash import dash_table
    from dash import dcc
    from dash import html

    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.H1("Page weight: full app"),
            dcc.Tabs(
                id="tabs",
                value="dates",
                children=[
                    dcc.Tab(
                        label="Dates",
                        value="dates",
                        children=[
                            html.Label("One day"),
                            dcc.DatePickerSingle(id="single", date="2024-05-17"),
                            html.Label("A range"),
                            dcc.DatePickerRange(id="range", start_date="2024-05-03", end_date="2024-05-20"),
                        ],
                    ),
                    dcc.Tab(
                        label="Table",
                        value="table",
                        children=[
                            dash_table.DataTable(
                                id="table",
                                data=table_rows(1000),
                                columns=[
                                    {"id": "id", "name": "Id", "type": "numeric"},
                                    {"id": "name", "name": "Name"},
                                    {"id": "v", "name": "V", "type": "numeric"},
                                    {"id": "w", "name": "W", "type": "numeric"},
                                    {"id": "city", "name": "City"},
                                ],
                                sort_action="native",
                                filter_action="native",
                                page_size=20,
                            )
                        ],
                    ),
                ],
            ),
        ]
    )
    return app.server


def basic_app():
    """page_weight.py's "basic" app: html and the basic dcc inputs (Input, Dropdown, Slider, Checklist,
    RadioItems) with one callback. Runs unchanged on our dash and on Plotly Dash."""
    from dash import Dash
    from dash import Input
    from dash import Output
    from dash import dcc
    from dash import html

    cities = ["Paris", "Tokyo", "Lima", "Oslo"]
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.H1("Page weight: basic inputs"),
            dcc.Input(id=INPUT_ID, value=INITIAL_VALUE, type="text"),
            dcc.Dropdown(id="city", options=cities, value="Paris"),
            dcc.Slider(id="level", min=0, max=10, step=1, value=4),
            dcc.Checklist(id="pick", options=cities, value=["Lima"]),
            dcc.RadioItems(id="mode", options=["a", "b", "c"], value="a"),
            html.Div(id=OUTPUT_ID),
        ]
    )

    @app.callback(
        Output(OUTPUT_ID, "children"),
        Input(INPUT_ID, "value"),
        Input("city", "value"),
        Input("level", "value"),
        Input("pick", "value"),
        Input("mode", "value"),
    )
    def summary(text, city, level, pick, mode):
        return f"{(text or '').upper()} {city} {level} {','.join(pick or [])} {mode}"

    return app.server


def suites_app():
    """The same input and callback inside a dash-bootstrap-components layout, next to a dash-ag-grid table
    (benchmarks/suites.py). Written as public dbc and ag-grid examples are."""
    import dash_ag_grid as dag
    import dash_bootstrap_components as dbc

    from dash import Dash
    from dash import Input
    from dash import Output
    from dash import html

    rows = [
        {"id": i, "make": f"Make {i % 7}", "price": 20000 + 137 * i, "electric": i % 3 == 0}
        for i in range(100)
    ]
    app = Dash(__name__)
    app.layout = dbc.Container(
        [
            dbc.Row(dbc.Col(html.H1("Suites benchmark"))),
            dbc.Card(
                dbc.CardBody(
                    [
                        dbc.Label("Text", html_for=INPUT_ID),
                        dbc.Input(id=INPUT_ID, value=INITIAL_VALUE, type="text"),
                        html.Div(id=OUTPUT_ID),
                        dbc.Button("Go", id="go", color="primary"),
                    ]
                )
            ),
            dag.AgGrid(
                id="grid",
                rowData=rows,
                columnDefs=[{"field": k} for k in rows[0]],
                defaultColDef={"sortable": True, "filter": True},
            ),
        ]
    )

    @app.callback(Output(OUTPUT_ID, "children"), Input(INPUT_ID, "value"))
    def upper(value):
        return (value or "").upper()

    return app.server


def flask_app():
    """A bare Flask route doing the same work: parse the same body, upper-case, the same answer shape."""
    from flask import Flask
    from flask import Response
    from flask import request

    server = Flask(__name__)

    @server.post("/_dash-update-component")
    def update_component():
        body = request.get_json()
        value = body["inputs"][0].get("value") or ""
        answer = {"multi": True, "response": {OUTPUT_ID: {"children": value.upper()}}}
        return Response(json.dumps(answer, separators=(",", ":")), content_type="application/json")

    return server


def wsgi_app():
    """No framework at all: the same work as a plain WSGI callable. What waitress alone can carry."""
    path = "/_dash-update-component"

    def application(environ, start_response):
        if environ["PATH_INFO"] != path or environ["REQUEST_METHOD"] != "POST":
            start_response("404 Not Found", [("Content-Type", "text/plain"), ("Content-Length", "0")])
            return [b""]
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = json.loads(environ["wsgi.input"].read(length))
        value = body["inputs"][0].get("value") or ""
        answer = {"multi": True, "response": {OUTPUT_ID: {"children": value.upper()}}}
        data = json.dumps(answer, separators=(",", ":")).encode()
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
        return [data]

    return application


def serve(kind: str, threads: int) -> None:
    import logging

    import waitress

    logging.getLogger("waitress").setLevel(logging.ERROR)
    apps = {
        "dash": dash_app,
        "flask": flask_app,
        "wsgi": wsgi_app,
        "table": table_app,
        "suites": suites_app,
        "full": full_app,
        "basic": basic_app,
    }
    wsgi = apps[kind]()
    server = waitress.create_server(wsgi, host="127.0.0.1", port=0, threads=threads)
    print(f"PORT {server.effective_port}", flush=True)

    def stop_when_parent_goes() -> None:
        # The runner holds our stdin; EOF means it closed it or died. Either way: stop now.
        sys.stdin.read()
        os._exit(0)

    threading.Thread(target=stop_when_parent_goes, daemon=True).start()
    server.run()


def big_layout(size: int):
    """A Div of ``size`` children, alternating Div and Span, every tenth with an id, some styled."""
    from dash import html

    children = []
    for i in range(size):
        if i % 2:
            children.append(html.Span(f"cell {i} <b>&", className="cell", style={"color": "#333"}))
        elif i % 10 == 0:
            children.append(html.Div(f"row {i}", id=f"row-{i}", className="row", title=f"Row {i}"))
        else:
            children.append(html.Div(f"row {i}", className="row"))
    return html.Div(children, id="root")


def count_components(node) -> int:
    if isinstance(node, dict):
        own = 1 if "namespace" in node and "props" in node else 0
        return own + sum(count_components(v) for v in node.values())
    if isinstance(node, list):
        return sum(count_components(v) for v in node)
    return 0


def layout(size: int, repeat: int) -> None:
    from dash import Dash

    t0 = time.perf_counter()
    tree = big_layout(size)
    build = time.perf_counter() - t0
    app = Dash(__name__)
    app.layout = tree
    client = app.server.test_client()
    first = client.get("/_dash-layout")  # warm-up: first-request setup and, for ours, the id check
    assert first.status_code == 200, first.status_code
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        response = client.get("/_dash-layout")
        times.append(time.perf_counter() - t0)
        assert response.status_code == 200, response.status_code
    data = response.get_data()
    components = count_components(json.loads(data))
    print(
        json.dumps(
            {
                "build_s": build,
                "times_s": times,
                "median_s": statistics.median(times),
                "bytes": len(data),
                "components": components,
            }
        )
    )


def versions() -> None:
    from importlib import metadata

    out = {"python": sys.version.split()[0]}
    for name in ("dash", "flask", "werkzeug", "waitress", "plotly"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve")
    p.add_argument(
        "--kind", choices=("dash", "flask", "wsgi", "table", "suites", "full", "basic"), default="dash"
    )
    p.add_argument("--threads", type=int, default=4)
    p = sub.add_parser("layout")
    p.add_argument("--size", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=7)
    sub.add_parser("versions")
    args = parser.parse_args()
    if args.command == "serve":
        serve(args.kind, args.threads)
    elif args.command == "layout":
        layout(args.size, args.repeat)
    else:
        versions()


if __name__ == "__main__":
    main()
