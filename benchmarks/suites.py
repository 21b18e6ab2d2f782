"""Component suites, side by side: the same dash-bootstrap-components + dash-ag-grid app on our dash and
on Plotly Dash 4.4.1, in one run (bench_app.py ``suites_app``).

    python benchmarks/suites.py                 (about 2 minutes once the venvs exist)
    python benchmarks/suites.py --loads 3 --requests 500 --rounds 2      a quick look

Builds two venvs under benchmarks/.venvs/ with the suites pinned as in requirements/ecosystem.txt
(ours-suites: this repo with [lockflask]; plotly-suites: dash==4.4.1 on the same Flask/Werkzeug) and
measures: page weight (JS+CSS bytes Chromium loaded, lazy chunks included), first render (headless
Chromium, cold and warm cache, until the callback's answer and the grid's rows are on screen) and the
callback round trip (the load generator of run.py, same body, every answer checked). Writes
benchmarks/RESULTS-suites.md. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import statistics
import sys

import run
from run import REPO
from run import WAITRESS
from run import Server

SUITES = ("dash-bootstrap-components", "dash-ag-grid", "typing-extensions")
RESULTS = run.HERE / "RESULTS-suites.md"

FIRST_RENDER_PROBE = """
(() => {
  const check = () => {
    if (window.__benchFirstRender !== undefined) return;
    const out = document.getElementById('out');
    if (out && out.textContent === %s && document.querySelector('.ag-center-cols-container .ag-row')) {
      window.__benchFirstRender = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {subtree: true, childList: true, characterData: true});
})();
"""

RESOURCES = """
() => performance.getEntriesByType('resource')
  .filter(e => /\\.(js|css)$/.test(new URL(e.name).pathname))
  .map(e => ({name: new URL(e.name).pathname, bytes: e.decodedBodySize}))
"""


def pins() -> list[str]:
    text = (REPO / "requirements" / "ecosystem.txt").read_text(encoding="utf-8")
    return [re.search(rf"^{name}==\S+", text, re.M).group(0) for name in SUITES]


def setup_venvs():
    suites = pins()
    lock = (REPO / "requirements" / "lockflask.txt").read_text()
    ours = run.ensure_venv(
        "ours-suites", [f"{REPO}[lockflask]", WAITRESS, *suites], json.dumps([lock, WAITRESS, suites])
    )
    run.log("installing our dash from the working tree into benchmarks/.venvs/ours-suites ...")
    run.install_ours(ours)
    versions = run.versions(ours)
    stack = [f"flask=={versions['flask']}", f"werkzeug=={versions['werkzeug']}"]
    plotly = run.ensure_venv(
        "plotly-suites",
        [run.PLOTLY_DASH, WAITRESS, *stack, *suites],
        json.dumps([run.PLOTLY_DASH, WAITRESS, stack, suites]),
    )
    for python, wanted in ((ours, "+lockflask."), (plotly, run.PLOTLY_DASH.split("==")[1])):
        where, version = run.run_checked(
            [str(python), "-c", "import dash; print(dash.__file__); print(dash.__version__)"], "locating dash"
        ).split()
        if "site-packages" not in where or wanted not in version:
            raise SystemExit(f"{python} has dash {version} from {where}; expected {wanted!r}")
    return ours, plotly, suites


def measure_browser(servers: dict[str, Server], loads: int) -> dict:
    from playwright.sync_api import sync_playwright

    probe = FIRST_RENDER_PROBE % json.dumps(run.EXPECTED_TEXT)
    samples = {name: {"cold": [], "warm": [], "bytes": [], "files": []} for name in servers}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=run.CHROMIUM, args=run.CHROMIUM_ARGS)
        try:
            for i in range(loads + 1):  # load 0 warms the servers and the browser; not counted
                for name, server in servers.items():
                    context = browser.new_context()
                    try:
                        page = context.new_page()
                        page.add_init_script(probe)
                        for phase in ("cold", "warm"):
                            if phase == "cold":
                                page.goto(server.url, wait_until="commit")
                            else:
                                page.reload(wait_until="commit")
                            page.wait_for_function("window.__benchFirstRender !== undefined", timeout=60_000)
                            if i == 0:
                                continue
                            samples[name][phase].append(page.evaluate("window.__benchFirstRender"))
                            if phase == "cold":
                                page.wait_for_timeout(300)  # lazy chunks requested after the first paint
                                files = page.evaluate(RESOURCES)
                                samples[name]["bytes"].append(sum(f["bytes"] for f in files))
                                samples[name]["files"] = files
                    finally:
                        context.close()
        finally:
            browser.close()
    return {
        name: {
            "cold_ms": statistics.median(s["cold"]),
            "warm_ms": statistics.median(s["warm"]),
            "js_css_bytes": max(s["bytes"]),
            "files": s["files"],
        }
        for name, s in samples.items()
    }


def report(browser: dict, callbacks: dict, suites: list[str], args) -> str:
    ours, plotly = browser["ours"], browser["plotly"]
    cb_ours, cb_plotly = callbacks["ours"], callbacks["plotly"]
    rps_ratio = run.paired_ratio(cb_ours["rps_rounds"], cb_plotly["rps_rounds"])
    lines = [
        "# Component suites: our dash vs Plotly Dash 4.4.1 (same app)",
        "",
        f"Generated by `python benchmarks/suites.py` on {datetime.date.today()}; suites: {', '.join(suites)};"
        f" {args.loads} browser loads, {args.rounds} callback rounds of {args.requests} requests.",
        "The app: a dbc Container/Card/Input/Button and a 100-row dash-ag-grid table (bench_app.py `suites_app`).",
        "",
        "| measure | ours | Plotly Dash 4.4.1 | ours / Plotly |",
        "|---|---|---|---|",
        f"| page weight, JS+CSS bytes loaded | {ours['js_css_bytes']:,} | {plotly['js_css_bytes']:,} |"
        f" {ours['js_css_bytes'] / plotly['js_css_bytes']:.2f} |",
        f"| first render, cold cache (ms, median) | {ours['cold_ms']:.0f} | {plotly['cold_ms']:.0f} |"
        f" {ours['cold_ms'] / plotly['cold_ms']:.2f} |",
        f"| first render, warm cache (ms, median) | {ours['warm_ms']:.0f} | {plotly['warm_ms']:.0f} |"
        f" {ours['warm_ms'] / plotly['warm_ms']:.2f} |",
        f"| callback round trip, requests/s (median round) | {cb_ours['rps']:.0f} | {cb_plotly['rps']:.0f} |"
        f" {rps_ratio:.2f} |",
        f"| callback latency p50 / p99 (ms) | {cb_ours['p50_ms']:.1f} / {cb_ours['p99_ms']:.1f} |"
        f" {cb_plotly['p50_ms']:.1f} / {cb_plotly['p99_ms']:.1f} | |",
        f"| server CPU per callback (µs) | {cb_ours['cpu_us']:.0f} | {cb_plotly['cpu_us']:.0f} |"
        f" {cb_ours['cpu_us'] / cb_plotly['cpu_us']:.2f} |",
        "",
        "Files loaded (cold cache, bytes decoded):",
        "",
    ]
    for name, result in browser.items():
        lines.append(
            f"- {name}: "
            + ", ".join(f"`{f['name'].rsplit('/', 1)[1]}` {f['bytes']:,}" for f in result["files"])
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5, help="browser loads per framework (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="callback rounds (default 3)")
    parser.add_argument(
        "--requests", type=int, default=2000, help="callback requests per round (default 2000)"
    )
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--time-cap", type=float, default=20.0)
    parser.add_argument("--warmup", type=int, default=200)
    args = parser.parse_args(argv)
    ours, plotly, suites = setup_venvs()
    servers = {
        "ours": Server("ours-suites", ours, "suites", threads=4, cpu=0),
        "plotly": Server("plotly-suites", plotly, "suites", threads=4, cpu=0),
    }
    try:
        browser = measure_browser(servers, args.loads)
        callbacks = run.measure_callbacks(servers, args, cpu=1)
    finally:
        for server in servers.values():
            server.stop()
    bad = {name: (r["wrong"], r["errors"]) for name, r in callbacks.items() if r["wrong"] or r["errors"]}
    text = report(browser, callbacks, suites, args)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    if bad:
        print(f"wrong answers or errors: {bad}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
