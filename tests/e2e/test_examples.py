"""The examples in examples/ and the `python -m dash demo` app, unchanged, in a real browser."""

from __future__ import annotations

import pathlib
import re

from playwright.sync_api import expect

TIMEOUT = 5000


def test_text_echo(dash_page, load_example):
    dash_page.start(load_example("text_echo").app)
    dash_page.expect_text("echo", "You said: hello")
    dash_page.by_id("text").fill("typed in chromium")
    dash_page.expect_text("echo", "You said: typed in chromium")
    assert dash_page.errors() == []


def test_dropdown_filters_a_table(dash_page, load_example):
    dash_page.start(load_example("dropdown_table").app)
    table = dash_page.by_id("table")
    expect(table.locator("tbody tr")).to_have_count(8, timeout=TIMEOUT)
    dash_page.choose("kind", "gas giant")
    expect(table.locator("tbody tr")).to_have_count(2, timeout=TIMEOUT)
    expect(table).to_contain_text("Jupiter")
    expect(table).not_to_contain_text("Earth")
    assert dash_page.errors() == []


def test_chained_callbacks(dash_page, load_example):
    dash_page.start(load_example("chained").app)
    dash_page.expect_text("selection", "Paris is a city in France.")
    dash_page.by_id("country").get_by_label("Japan").check()
    dash_page.expect_text("selection", "Tokyo is a city in Japan.")
    dash_page.by_id("city").get_by_label("Kyoto").check()
    dash_page.expect_text("selection", "Kyoto is a city in Japan.")
    assert dash_page.errors() == []


def test_multi_output(dash_page, load_example):
    dash_page.start(load_example("multi_output").app)
    dash_page.expect_text("cube", "125")
    dash_page.by_id("number").fill("3")
    dash_page.expect_text("square", "9")
    dash_page.expect_text("cube", "27")
    dash_page.expect_text("twos", "8")


def test_pattern_matching_todo_list(dash_page, load_example):
    dash_page.start(load_example("todo").app)
    dash_page.expect_text("summary", "0 of 0 done")
    for text in ("milk", "eggs"):
        dash_page.by_id("new-item").fill(text)
        dash_page.by_id("add").click()
        expect(dash_page.by_id("new-item")).to_have_value("", timeout=TIMEOUT)
    expect(dash_page.by_id("summary")).to_have_text(re.compile(r"^0 of 2 done"), timeout=TIMEOUT)
    dash_page.by_id({"type": "done", "index": 1}).locator("input").check()
    dash_page.expect_text("summary", "1 of 2 done (last change: item 1)")
    expect(dash_page.by_id({"type": "label", "index": 1})).to_have_css(
        "text-decoration-line", "line-through", timeout=TIMEOUT
    )
    expect(dash_page.by_id({"type": "label", "index": 0})).to_have_css(
        "text-decoration-line", "none", timeout=TIMEOUT
    )
    assert dash_page.errors() == []


def test_click_counter_with_triggered_id(dash_page, load_example):
    dash_page.start(load_example("click_counter").app)
    dash_page.expect_text("last", "No button clicked yet.")
    dash_page.by_id("green").click()
    dash_page.by_id("green").click()
    dash_page.expect_text("last", "green was clicked; it has 2 clicks.")
    dash_page.by_id("red").click()
    dash_page.expect_text("last", "red was clicked; it has 1 clicks.")


def test_embedded_example_behind_the_login_guard(dash_page, load_example):
    module = load_example("embedded")
    dash_page.url = dash_page.serve(module.server)
    dash_page.page.goto(dash_page.url + "/dash/")
    # Not logged in: redirected to /login, which logs in and sends us back to the dashboard.
    dash_page.wait_idle()
    assert dash_page.page.url.endswith("/dash/")
    dash_page.expect_text("out", "HI")
    dash_page.by_id("text").fill("prefixed")
    dash_page.expect_text("out", "PREFIXED")
    assert dash_page.errors() == []


def test_demo_app(dash_page):
    from dash.demo import create_app

    dash_page.start(create_app())
    dash_page.exercise_demo()
    assert dash_page.errors() == []


def test_tabs_example(dash_page, load_example):
    dash_page.start(load_example("tabs").app)
    dash_page.expect_text("tab-content", "3 sales, 245 units from 2024-05-01 to 2024-05-15.")
    page = dash_page.page
    page.get_by_role("tab", name="Sales").click()
    expect(dash_page.by_id("tab-content").locator("li")).to_have_text(
        ["2024-05-01 Paris: 120", "2024-05-03 Tokyo: 80", "2024-05-10 Lima: 45"], timeout=TIMEOUT
    )
    page.get_by_role("tab", name="Sales").press("ArrowLeft")  # keyboard: back to Summary
    expect(page.get_by_role("tab", name="Summary")).to_have_attribute("aria-selected", "true")
    page.get_by_role("tab", name="Summary").press("ArrowRight")  # the disabled Archive tab is skipped
    page.get_by_role("tab", name="Sales").press("ArrowRight")
    expect(page.get_by_role("tab", name="Summary")).to_have_attribute("aria-selected", "true")
    # the id is on the start input, as in Plotly
    expect(dash_page.by_id("period")).to_have_value("1 May 2024")
    with page.expect_download() as info:
        dash_page.by_id("save").click()
    download = info.value
    assert download.suggested_filename == "sales.csv"
    assert (
        pathlib.Path(download.path()).read_bytes()
        == b"day,city,units\n2024-05-01,Paris,120\n2024-05-03,Tokyo,80\n2024-05-10,Lima,45\n"
    )
    assert dash_page.errors() == []
