"""Bytes on the wire to add one point to a large figure: the whole figure vs a dash.Patch.

    python benchmarks/patch_bytes.py [--points 100000 200000 ...]

For each size, one callback answers through the Flask test client with the full figure (the figure
plus one point) and another with ``Patch().data[0].x.append(...)`` / ``.y.append(...)``; the script
prints the HTTP body sizes of both answers and of the request. The Patch answer must stay the same
size whatever the figure holds: O(1) bytes per appended point.
"""

from __future__ import annotations

import argparse
import json
import time

from dash import Dash
from dash import Input
from dash import Output
from dash import Patch
from dash import dcc
from dash import html
from dash._patch import apply_patch


def figure(points: int) -> dict:
    return {
        "data": [{"type": "scattergl", "x": list(range(points)), "y": [i % 97 * 0.5 for i in range(points)]}],
        "layout": {"title": {"text": f"{points} points"}},
    }


def measure(points: int) -> dict[str, float]:
    app = Dash(__name__)
    base = figure(points)
    app.layout = html.Div([html.Button(id="add"), html.Button(id="add-full"), dcc.Graph(id="g", figure=base)])

    @app.callback(Output("g", "figure"), Input("add", "n_clicks"), prevent_initial_call=True)
    def add_point(n):
        patch = Patch()
        patch["data"][0]["x"].append(points)
        patch["data"][0]["y"].append(1.5)
        return patch

    @app.callback(
        Output("g", "figure", allow_duplicate=True), Input("add-full", "n_clicks"), prevent_initial_call=True
    )
    def add_point_full(n):
        fig = figure(points)
        fig["data"][0]["x"].append(points)
        fig["data"][0]["y"].append(1.5)
        return fig

    client = app.server.test_client()
    deps = {entry["inputs"][0]["id"]: entry for entry in client.get("/_dash-dependencies").get_json()}

    def call(button: str) -> tuple[bytes, int, float]:
        entry = deps[button]
        body = {
            "output": entry["output"],
            "outputs": {"id": "g", "property": entry["outputs"][0]["property"]},
            "inputs": [{"id": button, "property": "n_clicks", "value": 1}],
            "changedPropIds": [f"{button}.n_clicks"],
        }
        request = json.dumps(body).encode()
        start = time.perf_counter()
        response = client.post("/_dash-update-component", data=request, content_type="application/json")
        elapsed = time.perf_counter() - start
        assert response.status_code == 200, response.status_code
        return response.get_data(), len(request), elapsed

    call("add"), call("add-full")  # warm up: the first request validates the layout
    patch_body, patch_request, patch_time = call("add")
    full_body, full_request, full_time = call("add-full")
    patch_value = json.loads(patch_body)["response"]["g"]["figure"]
    full_value = json.loads(full_body)["response"]["g"]["figure"]
    assert apply_patch(base, patch_value)["data"] == full_value["data"], "the patch must give the same figure"
    return {
        "points": points,
        "patch_bytes": len(patch_body),
        "full_bytes": len(full_body),
        "request_bytes": max(patch_request, full_request),
        "patch_ms": patch_time * 1000,
        "full_ms": full_time * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--points", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    rows = [measure(points) for points in args.points]
    print(
        f"{'points':>9} {'Patch answer':>13} {'full answer':>13} {'ratio':>9} {'Patch ms':>9} {'full ms':>8}"
    )
    for row in rows:
        print(
            f"{row['points']:>9} {row['patch_bytes']:>11} B {row['full_bytes']:>11} B"
            f" {row['full_bytes'] / row['patch_bytes']:>8.0f}x {row['patch_ms']:>9.2f} {row['full_ms']:>8.2f}"
        )
    # The appended x value is the figure's length, so the answer differs only by its digits.
    sizes = {row["patch_bytes"] - len(str(row["points"])) for row in rows}
    print(f"Patch answer minus the digits of the appended x: {sorted(sizes)} bytes (O(1): {len(sizes) == 1})")


if __name__ == "__main__":
    main()
