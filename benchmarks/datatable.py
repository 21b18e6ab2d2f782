"""Our DataTable against Plotly Dash 4.4.1's DataTable, on the same app and data, in one run.

    python benchmarks/datatable.py                 # 20,000 rows, 5 rounds
    python benchmarks/datatable.py --rows 100000 --rounds 3

Uses run.py's venvs (benchmarks/.venvs/ours and plotly-dash, built on first use) and bench_app.py's
``table`` app: one virtualized DataTable (fixed header row, native sort and filter, 5 columns).
Each round loads the page once per framework, alternating, in a fresh Chromium context, and measures:

- first render: navigation start -> the first data cell ("row 0") is in the DOM;
- sort: a click on column V's sort arrow -> the first V cell shows 0 or 999 (the sorted end);
- filter: Enter in column V's filter box ("= 7") -> every rendered V cell shows 7;
- scroll: 30 jumps from top to bottom of the scroll box; each jump is timed until the cell at the
  middle of the box holds text (median and worst jump reported);
- weight: JS+CSS bytes Chromium loaded (Resource Timing, lazy chunks included) and the layout JSON.

Ratios are ours / Plotly's from the medians of the same run; below 1 means ours is faster or smaller.
Prints a table and writes benchmarks/DATATABLE.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402  (the shared runner: venvs, servers, Chromium flags)

HERE = Path(__file__).resolve().parent

# In-page helpers, installed before any page script runs.
PROBE = """
window.__bench = {}
window.__until = (check) => new Promise(resolve => {
  const tick = () => { let ok = false; try { ok = check() } catch (e) {} if (ok) resolve(performance.now()); else requestAnimationFrame(tick) }
  tick()
})
document.addEventListener('keydown', e => { if (e.key === 'Enter') window.__bench.enter = performance.now() }, true)
window.__until(() => [...document.querySelectorAll('td[data-dash-column="name"]')].some(td => td.textContent.trim() === 'row 0'))
  .then(t => { window.__bench.first = t })
"""

SCROLLER = """() => {
  let best = null
  for (const e of document.querySelectorAll('.dash-table-container *')) {
    const room = e.scrollHeight - e.clientHeight
    if (room > 50 && (!best || room > best.scrollHeight - best.clientHeight)) best = e
  }
  return best
}"""

SORT = """async () => {
  const btn = document.querySelector('th[data-dash-column="v"] .column-header--sort')
  if (!btn) throw new Error('no sort control for column v')
  const t0 = performance.now()
  btn.click()
  const first = () => { const td = document.querySelector('td[data-dash-column="v"]'); return td && td.textContent.trim() }
  const t1 = await window.__until(() => first() === '0' || first() === '999')
  return t1 - t0
}"""

FILTER_DONE = """() => {
  const cells = [...document.querySelectorAll('td[data-dash-column="v"]')]
  return cells.length > 0 && cells.every(td => td.textContent.trim() === '7')
}"""

SCROLL = """async (steps) => {
  const s = (SCROLLER)()
  if (!s) throw new Error('no scroll box')
  const times = []
  const filled = () => {
    const r = s.getBoundingClientRect()
    const hit = document.elementFromPoint(r.left + 40, r.top + r.height / 2)
    const td = hit && hit.closest('td')
    return !!td && td.textContent.trim() !== ''
  }
  for (let k = 1; k <= steps; k++) {
    const t0 = performance.now()
    s.scrollTop = (s.scrollHeight - s.clientHeight) * k / steps
    await new Promise(r => requestAnimationFrame(r))
    const t1 = await window.__until(filled)
    times.push(t1 - t0)
  }
  const last = [...document.querySelectorAll('td[data-dash-column="name"]')].map(td => td.textContent.trim())
  return { times, last: last[last.length - 1] }
}""".replace("SCROLLER", SCROLLER)


def measure(servers: dict, rounds: int, rows: int) -> dict:
    from playwright.sync_api import sync_playwright

    keys = ("first_ms", "sort_ms", "filter_ms", "scroll_median_ms", "scroll_max_ms", "js_css_bytes")
    samples = {name: {k: [] for k in keys} for name in servers}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=run.CHROMIUM, args=run.CHROMIUM_ARGS)
        try:
            for i in range(rounds + 1):  # round 0 warms servers and browser; not counted
                for name, server in servers.items():
                    context = browser.new_context(viewport={"width": 1280, "height": 800})
                    try:
                        page = context.new_page()
                        page.set_default_timeout(120_000)
                        page.add_init_script(PROBE)
                        page.goto(server.url, wait_until="commit")
                        page.wait_for_function("window.__bench.first !== undefined")
                        first = page.evaluate("window.__bench.first")
                        scroll = page.evaluate(SCROLL, 30)
                        if scroll["last"] != f"row {rows - 1}":
                            raise SystemExit(
                                f"{name}: after scrolling, the last row shows {scroll['last']!r}"
                            )
                        page.evaluate(f"({SCROLLER})().scrollTop = 0")
                        sort = page.evaluate(SORT)
                        box = page.locator('th.dash-filter[data-dash-column="v"] input:not([type=button])')
                        box.click()
                        box.fill("= 7")
                        box.press("Enter")
                        page.wait_for_function(FILTER_DONE)
                        done = page.evaluate(f"window.__until({FILTER_DONE})")
                        filt = done - page.evaluate("window.__bench.enter")
                        weight = page.evaluate(run.RESOURCE_BYTES)
                    finally:
                        context.close()
                    if i == 0:
                        continue
                    s = samples[name]
                    s["first_ms"].append(first)
                    s["sort_ms"].append(sort)
                    s["filter_ms"].append(filt)
                    s["scroll_median_ms"].append(statistics.median(scroll["times"]))
                    s["scroll_max_ms"].append(max(scroll["times"]))
                    s["js_css_bytes"].append(weight)
                    run.log(
                        f"round {i} {name}: first {first:.0f} ms, sort {sort:.0f} ms, filter {filt:.0f} ms,"
                        f" scroll median {statistics.median(scroll['times']):.1f} ms"
                    )
        finally:
            browser.close()
    medians = {name: {k: statistics.median(v) for k, v in s.items()} for name, s in samples.items()}
    # ours / Plotly within each round (the two loads ran seconds apart), then the median over rounds
    medians["paired"] = {
        k: statistics.median(o / p for o, p in zip(samples["ours"][k], samples["plotly"][k]) if p)
        for k in keys
    }
    medians["rounds"] = samples
    return medians


def layout_bytes(url: str) -> int:
    with urllib.request.urlopen(url + "_dash-layout", timeout=60) as response:
        return len(response.read())


def report(results: dict, layouts: dict, args, versions: dict) -> str:
    ours, plotly = results["ours"], results["plotly"]
    rows = [
        ("first render (ms)", "first_ms", 0),
        ("sort, click -> sorted (ms)", "sort_ms", 0),
        ("filter, Enter -> filtered (ms)", "filter_ms", 0),
        ("scroll jump, median (ms)", "scroll_median_ms", 1),
        ("scroll jump, worst (ms)", "scroll_max_ms", 1),
        ("JS+CSS loaded (bytes)", "js_css_bytes", 0),
    ]
    lines = [
        "# DataTable benchmark: ours vs Plotly Dash 4.4.1",
        "",
        f"Generated by `python benchmarks/datatable.py --rows {args.rows} --rounds {args.rounds}` on"
        f" {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {platform.machine()}, {os.cpu_count()} CPUs,"
        f" load average {os.getloadavg()[0]:.1f}; Python {versions['python']}, Flask {versions['flask']};"
        " headless Debian Chromium. Medians over rounds; ratio = ours / Plotly within each round, median over"
        " rounds (below 1: ours is faster or smaller).",
        "",
        f"App: one DataTable, {args.rows:,} rows x 5 columns, `virtualization=True`, `fixed_rows` headers,"
        " native sort and filter (benchmarks/bench_app.py, `--kind table`).",
        "",
        "| measure | ours | Plotly Dash 4.4.1 | ratio |",
        "|---|---:|---:|---:|",
    ]
    for label, key, digits in rows:
        a, b = ours[key], plotly[key]
        paired = results["paired"][key]
        lines.append(
            f"| {label} | {a:,.{digits}f} | {b:,.{digits}f} | {paired:.2f} |"
            if b
            else f"| {label} | {a} | {b} | - |"
        )
    a, b = layouts["ours"], layouts["plotly"]
    lines.append(f"| layout JSON (bytes) | {a:,} | {b:,} | {a / b:.2f} |")
    lines += ["", "Per round (ours / Plotly):", ""]
    for label, key, digits in rows[:5]:
        pairs = zip(results["rounds"]["ours"][key], results["rounds"]["plotly"][key])
        lines.append(f"- {label}: " + ", ".join(f"{a:.{digits}f} / {b:.{digits}f}" for a, b in pairs))
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=20_000, help="rows in the table")
    parser.add_argument("--rounds", type=int, default=5, help="page loads per framework (median reported)")
    parser.add_argument("--output", type=Path, default=HERE / "DATATABLE.md")
    args = parser.parse_args(argv)
    os.environ["BENCH_TABLE_ROWS"] = str(args.rows)  # read by bench_app.py's table app
    ours_py, plotly_py, ours_v, _plotly_v = run.setup_venvs()
    servers = {}
    try:
        servers["ours"] = run.Server("ours-table", ours_py, "table", 4, None)
        servers["plotly"] = run.Server("plotly-table", plotly_py, "table", 4, None)
        layouts = {name: layout_bytes(server.url) for name, server in servers.items()}
        results = measure(servers, args.rounds, args.rows)
    finally:
        for server in servers.values():
            server.stop()
    text = report(results, layouts, args, ours_v)
    print(text)
    args.output.write_text(text)
    (HERE / ".venvs" / "datatable-results.json").write_text(
        json.dumps({"results": results, "layouts": layouts})
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
