"""Untrusted text stays text: no HTML injection, no javascript: URLs, sanitised markdown."""

from __future__ import annotations

from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import html

PAYLOAD = '<img src=x onerror="window.__pwned=1">'


def test_text_with_html_is_rendered_as_text(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Input(id="in", value=PAYLOAD), html.Div(PAYLOAD, id="static"), html.Div(id="out")]
    )

    @app.callback(Output("out", "children"), Input("in", "value"))
    def echo(value):
        return value

    dash_page.start(app)
    dash_page.expect_text("static", PAYLOAD)
    dash_page.expect_text("out", PAYLOAD)
    expect(dash_page.find("img")).to_have_count(0)
    assert dash_page.page.evaluate("() => window.__pwned") is None


def test_javascript_urls_are_neutralised(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.A("plain", id="a1", href="javascript:window.__pwned=1"),
            html.A("mixed", id="a2", href="  JaVa\tScRiPt:window.__pwned=1"),
            html.A("data", id="a3", href="data:text/html,<script>window.__pwned=1</script>"),
            html.A("fine", id="a4", href="/somewhere?x=1"),
            html.Iframe(id="frame", src="vbscript:msgbox(1)"),
            html.Img(id="img", src="data:image/png;base64,iVBORw0KGgo="),
            html.Form(id="form", action="javascript:window.__pwned=1"),
            dcc.Link("link", id="link", href="javascript:window.__pwned=1"),
            html.Button("set", id="set"),
        ]
    )

    @app.callback(Output("a4", "href"), Input("set", "n_clicks"), prevent_initial_call=True)
    def set_href(n):
        return "javascript:window.__pwned=2"

    dash_page.start(app)
    for name in ("a1", "a2", "a3", "link"):
        assert dash_page.by_id(name).get_attribute("href") == "#", name
    assert dash_page.by_id("a4").get_attribute("href") == "/somewhere?x=1"
    assert dash_page.by_id("frame").get_attribute("src") is None
    assert dash_page.by_id("form").get_attribute("action") is None
    assert dash_page.by_id("img").get_attribute("src").startswith("data:image/png")
    dash_page.by_id("a1").click()
    dash_page.by_id("link").click()
    dash_page.by_id("set").click()
    expect(dash_page.by_id("a4")).to_have_attribute("href", "#")
    dash_page.by_id("a4").click()
    assert dash_page.page.evaluate("() => window.__pwned") is None


def test_markdown_is_sanitised(dash_page):
    text = """
    # Title

    Some *emphasis*, **strong** and `code <b>`.

    <img src=x onerror="window.__pwned=1">

    - [good](https://example.com/a)
    - [bad](javascript:window.__pwned=1)

    > quoted

    ```
    <script>window.__pwned=1</script>
    ```
    """
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Markdown(text, id="md"),
            dcc.Markdown("Raw <b id='raw'>bold</b> allowed", id="md-html", dangerously_allow_html=True),
        ]
    )
    dash_page.start(app)
    md = dash_page.by_id("md")
    expect(md.locator("h1")).to_have_text("Title")
    expect(md.locator("em")).to_have_text("emphasis")
    expect(md.locator("strong")).to_have_text("strong")
    expect(md.locator("p code")).to_have_text("code <b>")
    expect(md.locator("blockquote")).to_have_text("quoted")
    expect(md.locator("pre code")).to_have_text("<script>window.__pwned=1</script>")
    expect(md.locator("img")).to_have_count(0)
    expect(md.locator("script")).to_have_count(0)
    expect(md).to_contain_text('<img src=x onerror="window.__pwned=1">')
    expect(md.locator("li a").first).to_have_attribute("href", "https://example.com/a")
    bad = md.locator("li a").nth(1)
    expect(bad).to_have_text("bad")
    assert bad.get_attribute("href") in (None, "#")
    expect(dash_page.find("#raw")).to_have_text("bold")
    assert dash_page.page.evaluate("() => window.__pwned") is None
