"""Page weight of real apps: JS+CSS bytes the browser loads, ours vs Plotly Dash 4.4.1, in one run.

    python benchmarks/page_weight.py               # 2 loads per app and framework
    python benchmarks/page_weight.py --loads 3

Uses run.py's venvs (benchmarks/.venvs/ours and plotly-dash, built on first use) and two apps from
bench_app.py, each written once and served unchanged on both frameworks:

- ``full``: html + dcc.Tabs with two Tabs; DatePickerSingle and DatePickerRange on the first, a
  1,000-row DataTable (native sort and filter, 20 rows a page) on the second;
- ``basic``: html + Input, Dropdown, Slider, Checklist, RadioItems and one callback.

Each load runs in a fresh Chromium context (empty cache). After first render (network idle) the script
counts the bytes once ("before use"), then uses the page so every lazily fetched chunk arrives:
``full`` opens the single date picker, then the range picker, switches to the Table tab and clicks a
sort arrow; ``basic`` opens the Dropdown and moves the Slider one step. Then it waits for the network to go idle
and counts again. Bytes are the Resource Timing entries' ``decodedBodySize`` of every .js/.css file
(run.RESOURCE_BYTES, the same sum datatable.py and run.py use; neither server compresses, so it equals
the bytes on the wire); the same files are also fetched again and gzipped (-6), for deployments that
compress. Ratio = ours / Plotly. Prints a table and writes benchmarks/PAGE_WEIGHT.md.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402  (the shared runner: venvs, servers, Chromium flags)

HERE = Path(__file__).resolve().parent
APPS = ("full", "basic")
DESCRIPTIONS = {
    "full": "html + dcc.Tabs (2 Tabs) + DatePickerSingle + DatePickerRange + DataTable (1,000 rows, sort, filter)",
    "basic": "html + Input, Dropdown, Slider, Checklist, RadioItems",
}

# Every .js/.css resource entry: path and decoded size (same filter as run.RESOURCE_BYTES).
RESOURCE_FILES = """
() => performance.getEntriesByType('resource')
  .filter(e => /\\.(js|css)(\\?|$)/.test(new URL(e.name).pathname + '?') || ['script', 'link', 'css'].includes(e.initiatorType))
  .map(e => [e.name, e.decodedBodySize])
"""

# Our components and Plotly's put the id on different elements; either selector finds the text box.
SINGLE_INPUT = "#single input, input#single"
RANGE_INPUT = "#range input, input#range"
CALENDAR_OPEN = """() => [...document.querySelectorAll('[role=dialog], .CalendarMonth, [data-state=open]')]
  .some(e => !e.hidden && e.getBoundingClientRect().height > 0)"""
FIRST_CELL = """() => [...document.querySelectorAll('td[data-dash-column="name"]')]
  .some(td => td.offsetParent !== null && td.textContent.trim() === 'row 0')"""
SORTED = """() => { const td = [...document.querySelectorAll('td[data-dash-column="v"]')].find(t => t.offsetParent !== null)
  return !!td && (td.textContent.trim() === '0' || td.textContent.trim() === '999') }"""
LISTBOX_OPEN = """() => [...document.querySelectorAll('[role=listbox], [role=option]')]
  .some(e => !e.hidden && e.closest('#pick, #mode') === null && e.getBoundingClientRect().height > 0)"""


def settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)  # a chunk requested by a timer or an idle callback right after idle
    page.wait_for_load_state("networkidle")


def use_full(page) -> None:
    for selector in (SINGLE_INPUT, RANGE_INPUT):
        page.locator(selector).first.click()
        page.wait_for_function(CALENDAR_OPEN)
        page.keyboard.press("Escape")
        page.mouse.click(5, 5)  # and click outside: either closes the calendar
    page.locator(".tab", has_text="Table").first.click()
    page.wait_for_function(FIRST_CELL)
    page.locator('th[data-dash-column="v"] .column-header--sort').first.click()
    page.wait_for_function(SORTED)


def use_basic(page) -> None:
    page.locator("#city").first.click()
    page.wait_for_function(LISTBOX_OPEN)
    page.keyboard.press("Escape")
    page.mouse.click(5, 5)
    page.locator("#level [role=slider], #level input[type=range]").first.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => (document.getElementById('out') || {}).textContent.includes(' 5 ')")


def measure(servers: dict, loads: int) -> dict:
    from playwright.sync_api import sync_playwright

    samples = {key: {"first": [], "used": [], "gzip": [], "files": None} for key in servers}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=run.CHROMIUM, args=run.CHROMIUM_ARGS)
        try:
            for i in range(loads):
                for (app, framework), server in servers.items():
                    context = browser.new_context(viewport={"width": 1280, "height": 800})
                    try:
                        page = context.new_page()
                        page.set_default_timeout(60_000)
                        page.goto(server.url)
                        settle(page)
                        first = page.evaluate(run.RESOURCE_BYTES)
                        (use_full if app == "full" else use_basic)(page)
                        settle(page)
                        used = page.evaluate(run.RESOURCE_BYTES)
                        files = page.evaluate(RESOURCE_FILES)
                    finally:
                        context.close()
                    s = samples[(app, framework)]
                    s["first"].append(first)
                    s["used"].append(used)
                    s["gzip"].append(gzipped(files))
                    s["files"] = files
                    run.log(f"load {i + 1} {app} {framework}: {first:,} bytes before use, {used:,} after use")
        finally:
            browser.close()
    return samples


def gzipped(files: list) -> int:
    """Bytes of the same files after gzip -6 (what a compressing server or proxy would send)."""
    total = 0
    for url, _size in files:
        if urlsplit(url).hostname != "127.0.0.1":
            raise SystemExit(f"the page loaded an external resource: {url}")
        total += len(gzip.compress(run.fetch(url), 6))
    return total


def report(samples: dict, args, versions: dict) -> str:
    med = {key: {k: statistics.median(s[k]) for k in ("first", "used", "gzip")} for key, s in samples.items()}
    lines = [
        "# Page weight: ours vs Plotly Dash 4.4.1",
        "",
        f"Generated by `python benchmarks/page_weight.py --loads {args.loads}` on"
        f" {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {platform.machine()}, {os.cpu_count()} CPUs;"
        f" Python {versions['python']}, Flask {versions['flask']}; headless Debian Chromium, a fresh context"
        " (empty cache) per load. Bytes: sum of Resource Timing `decodedBodySize` over every .js/.css"
        ' file (neither server compresses, so this is also what crossed the wire); "gzip -6": the same'
        " files gzipped, as a compressing server or proxy would send them; median over loads."
        " Ratio = ours / Plotly.",
        "",
        '"before use" = once the loaded page\'s network went idle, nothing clicked.'
        ' "after use" = after the page was used so every lazy chunk arrived: `full` opens'
        " DatePickerSingle, then DatePickerRange, switches to the Table tab and sorts a column; `basic` opens"
        " the Dropdown and moves the Slider one step. Apps: benchmarks/bench_app.py `full_app`, `basic_app`.",
        "",
        "| app | ours (bytes) | Plotly Dash 4.4.1 (bytes) | ratio |",
        "|---|---:|---:|---:|",
    ]
    for app in APPS:
        for k, label in (("used", "after use"), ("first", "before use"), ("gzip", "after use, gzip -6")):
            a, b = med[(app, "ours")][k], med[(app, "plotly")][k]
            lines.append(f"| {app}, {label} | {a:,.0f} | {b:,.0f} | {a / b:.3f} |")
    basic = med[("basic", "ours")]
    lines += [
        "",
        f"Budget (html + basic dcc inputs <= {run.RENDERER_BUDGET:,} bytes): our `basic` app loads"
        f" {basic['first']:,.0f} bytes before use and {basic['used']:,.0f} after use"
        f" ({'within' if basic['used'] <= run.RENDERER_BUDGET else 'over'} budget after use).",
    ]
    lines += ["", "Apps:", ""]
    lines += [f"- `{app}`: {DESCRIPTIONS[app]}" for app in APPS]
    lines += ["", "Files loaded by the last load, after use (path, bytes):", ""]
    for (app, framework), s in samples.items():
        files = ", ".join(f"`{Path(urlsplit(p).path).name}` {n:,}" for p, n in s["files"])
        lines.append(f"- {app} on {framework}: {files}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--loads", type=int, default=2, help="page loads per app and framework (median)")
    parser.add_argument("--output", type=Path, default=HERE / "PAGE_WEIGHT.md")
    args = parser.parse_args(argv)
    ours_py, plotly_py, ours_v, _plotly_v = run.setup_venvs()
    servers = {}
    try:
        for app in APPS:
            for framework, python in (("ours", ours_py), ("plotly", plotly_py)):
                servers[(app, framework)] = run.Server(f"{framework}-{app}", python, app, 4, None)
        samples = measure(servers, args.loads)
    finally:
        for server in servers.values():
            server.stop()
    text = report(samples, args, ours_v)
    print(text)
    args.output.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
