"""The component-suite examples in examples/, driven in Chromium as a user would."""

from __future__ import annotations

import re

from playwright.sync_api import expect

TIMEOUT = 10000


def page_errors(dash_page):
    # The examples link Bootstrap's CDN stylesheet, as public examples do; the test machine may be offline.
    return [line for line in dash_page.errors() if "Failed to load resource" not in line]


def test_bootstrap_form(dash_page, load_example):
    dash_page.start(load_example("bootstrap_form").app)
    dash_page.by_id("submit").click()
    expect(dash_page.by_id("alert")).to_have_text("Please enter an email address.", timeout=TIMEOUT)
    dash_page.by_id("email").fill("ann@example.com")
    dash_page.by_id("plan").select_option("pro")
    dash_page.by_id("submit").click()
    expect(dash_page.by_id("alert")).to_have_text("Please accept the terms.", timeout=TIMEOUT)
    dash_page.page.get_by_label("I accept the terms").check()
    dash_page.by_id("submit").click()
    expect(dash_page.by_id("alert")).to_have_text(
        "Signed up ann@example.com for the pro plan.", timeout=TIMEOUT
    )
    expect(dash_page.by_id("alert")).to_have_class(re.compile(r"\balert-success\b"))
    assert page_errors(dash_page) == []


def test_ag_grid_table(dash_page, load_example):
    dash_page.start(load_example("ag_grid_table").app)
    expect(dash_page.find(".ag-center-cols-container .ag-row")).to_have_count(4, timeout=TIMEOUT)
    expect(dash_page.by_id("selected")).to_have_text("Select a car.")
    price = dash_page.find(".ag-center-cols-container .ag-row[row-index='1'] .ag-cell[col-id=price]")
    expect(price).to_have_text("$33,850")  # valueFormatter: a function string run by dash-ag-grid
    price.dblclick()
    dash_page.page.keyboard.press("Control+A")
    dash_page.page.keyboard.type("30000")
    dash_page.page.keyboard.press("Enter")
    expect(dash_page.by_id("edited")).to_have_text("Ford price: 33850 -> 30000", timeout=TIMEOUT)
    dash_page.find(".ag-row[row-index='2'] .ag-cell[col-id=model]").first.click()
    expect(dash_page.by_id("selected")).to_have_text("Selected Toyota Corolla.", timeout=TIMEOUT)
    assert page_errors(dash_page) == []
