"""Hostile strings in props stay inert; a failing callback leaves the page usable; a strict CSP holds.

Every test plants payloads that set ``window.__xss`` (or open a dialog) if they ever run, then checks
that nothing ran and no element was created from them.
"""

from __future__ import annotations

from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import dcc
from dash import html

from .conftest import send_csp

TIMEOUT = 5000
IMG = "<img src=x onerror=window.__xss=1>"
PAYLOADS = [
    IMG,
    '"><img src=x onerror="window.__xss=1">',
    "<script>window.__xss=1</script>",
    "<svg onload=window.__xss=1>",
    '</div><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    "{{constructor.constructor('window.__xss=1')()}}",
]
#: Script URLs in the spellings browsers accept: case, leading spaces and control characters, tabs and
#: newlines inside the scheme (the URL parser drops them).
SCRIPT_URLS = [
    "javascript:window.__xss=1",
    "JaVaScRiPt:window.__xss=1",
    "  javascript:window.__xss=1",
    "\n\tjavascript:window.__xss=1",
    "\x01javascript:window.__xss=1",
    "java\tscript:window.__xss=1",
    "java\nscript:window.__xss=1",
    "javascript\r:window.__xss=1",
    "vbscript:window.__xss=1",
    "data:text/html,<script>parent.__xss=1</script>",
    "DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==",
]
#: Look like script URLs to a careless filter but are plain relative URLs: never decoded into a scheme.
ENTITY_URLS = [
    "&#106;avascript:window.__xss=1",
    "javascript&colon;window.__xss=1",
    "%6Aavascript:window.__xss=1",
]
#: Elements none of the payloads may create.
FORBIDDEN = "#react-entry-point :is(img, svg, iframe:not(#frame), script, object, embed)"


def assert_inert(dash_page, forbidden=FORBIDDEN):
    dash_page.wait_idle()
    assert dash_page.page.evaluate("() => window.__xss") is None
    assert dash_page.dialogs == []
    if forbidden:
        expect(dash_page.find(forbidden)).to_have_count(0)


def test_text_payloads_stay_text(dash_page):
    options = [{"label": text, "value": index} for index, text in enumerate(PAYLOADS)]
    app = Dash(__name__)
    app.layout = html.Div(
        [
            *[html.Div(text, id=f"div{index}", title=text) for index, text in enumerate(PAYLOADS)],
            html.Div(IMG, id='x"><img src=x onerror=alert(1)>', className='" onmouseover="window.__xss=1'),
            dcc.Input(id="in", value=IMG),
            dcc.Textarea(id="ta", value=IMG),
            dcc.Dropdown(id="dd", options=options, value=0),
            dcc.Dropdown(id="dd-plain", options=PAYLOADS, value=PAYLOADS[0]),
            dcc.Checklist(id="cl", options=options, value=[]),
            dcc.RadioItems(id="ri", options=options),
            dcc.Slider(id="sl", min=0, max=2, value=1, marks={0: IMG, 2: PAYLOADS[2]}),
            html.Div(id="echo"),
            html.Div(id="picked"),
        ]
    )

    @app.callback(Output("echo", "children"), Input("in", "value"))
    def echo(value):
        return html.Span(value, title=value)

    @app.callback(Output("picked", "children"), Input("dd", "value"), Input("cl", "value"))
    def picked(index, checked):
        return PAYLOADS[index or 0] + "|" + ",".join(PAYLOADS[i] for i in checked or [])

    dash_page.start(app)
    for index, text in enumerate(PAYLOADS):
        dash_page.expect_text(f"div{index}", text)
        expect(dash_page.by_id(f"div{index}")).to_have_attribute("title", text)
    expect(dash_page.by_id("in")).to_have_value(IMG)
    expect(dash_page.by_id("ta")).to_have_value(IMG)
    dash_page.expect_text("echo", IMG)
    for dropdown in ("#dd", "#dd-plain"):  # the menu lists every label as text
        dash_page.find(f"{dropdown} .dash-dropdown-control").click()
        expect(dash_page.find(f"{dropdown} [role=option]")).to_have_text(PAYLOADS)
        dash_page.find(f"{dropdown} [role=combobox]").press("Escape")
    expect(dash_page.find("#dd-plain .dash-dropdown-value")).to_have_text(PAYLOADS[0])
    expect(dash_page.find("#cl label")).to_have_text(PAYLOADS)
    expect(dash_page.find("#ri label")).to_have_text(PAYLOADS)
    expect(dash_page.find("#sl .dash-slider-mark")).to_have_text([IMG, PAYLOADS[2]])
    assert_inert(dash_page)

    for text in PAYLOADS:  # typed by the user, sent to the server and back
        dash_page.by_id("in").fill(text)
        dash_page.expect_text("echo", text)
    dash_page.choose("dd", PAYLOADS[3])
    dash_page.find("#cl input").nth(1).check()
    dash_page.expect_text("picked", PAYLOADS[3] + "|" + PAYLOADS[1])
    dash_page.find('[class*="onmouseover"]').hover()
    assert_inert(dash_page)


def test_script_urls_never_reach_an_href(dash_page):
    urls = SCRIPT_URLS + ENTITY_URLS
    app = Dash(__name__)
    app.layout = html.Div(
        [
            *[html.A(f"a{index}", id=f"a{index}", href=url) for index, url in enumerate(urls)],
            *[dcc.Link(f"link{index}", id=f"link{index}", href=url) for index, url in enumerate(urls)],
            html.A("set", id="late"),
            dcc.Link("set", id="late-link"),
            html.Button("go", id="go"),
            html.Button("move", id="move"),
            html.Form(html.Button("submit", id="submit", formAction=SCRIPT_URLS[1]), action=SCRIPT_URLS[0]),
            dcc.Location(id="loc"),
            html.Div(id="where"),
        ]
    )

    @app.callback(
        Output("late", "href"),
        Output("late-link", "href"),
        Input("go", "n_clicks"),
        prevent_initial_call=True,
    )
    def late(n):
        url = SCRIPT_URLS[(n or 0) % len(SCRIPT_URLS)]
        return url, url

    @app.callback(Output("loc", "href"), Input("move", "n_clicks"), prevent_initial_call=True)
    def move(n):
        return SCRIPT_URLS[(n or 0) % len(SCRIPT_URLS)]

    dash_page.start(app)
    start_url = dash_page.page.url

    def check(locator):
        # Whatever is left resolves to an ordinary URL of this page's origin.
        assert locator.evaluate("a => a.protocol") == "http:"
        return locator.get_attribute("href")

    for index, url in enumerate(urls):
        for name in (f"a{index}", f"link{index}"):
            href = check(dash_page.by_id(name))
            if url in SCRIPT_URLS:
                assert href in (None, "#"), (name, url, href)
                dash_page.by_id(name).click()  # "#" keeps the page
            else:
                assert href == url  # a literal relative URL; the browser never decodes it into a scheme
    for _ in range(len(SCRIPT_URLS)):
        dash_page.by_id("go").click()
        dash_page.wait_idle()
        for name in ("late", "late-link"):
            assert check(dash_page.by_id(name)) in (None, "#")
            dash_page.by_id(name).click()
        dash_page.by_id("move").click()
        dash_page.wait_idle()
    dash_page.by_id("submit").click()
    dash_page.wait_idle()
    assert dash_page.page.url.startswith(start_url.rstrip("/"))
    assert_inert(dash_page)


def test_markdown_is_sanitised_unless_explicitly_allowed(dash_page):
    links = "\n".join(f"- [l{index}]({url.strip()})" for index, url in enumerate(SCRIPT_URLS[:4]))
    text = "\n\n".join(
        [
            *PAYLOADS,
            links,
            "![pic](javascript:window.__xss=1) ![pic2](data:text/html,x)",
            "[t](https://example.com \"a' onmouseover='window.__xss=1\")",
            "<a href='javascript:window.__xss=1'>raw link</a> <b onclick=window.__xss=1>raw bold</b>",
        ]
    )
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Markdown(text, id="md"),
            html.Div(id="md-out"),
            dcc.Markdown('Trusted <b class="opt-in">bold</b>', id="md-raw", dangerously_allow_html=True),
            html.Button("go", id="go"),
        ]
    )

    @app.callback(Output("md-out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def from_callback(n):
        return dcc.Markdown(text, id="md2")

    dash_page.start(app)
    dash_page.by_id("go").click()
    dash_page.wait_idle()
    for name in ("md", "md2"):
        md = dash_page.by_id(name)
        expect(md).to_contain_text(IMG)
        expect(md).to_contain_text("<script>window.__xss=1</script>")
        expect(md).to_contain_text("<a href='javascript:window.__xss=1'>raw link</a>")
        expect(md.locator("img, svg, iframe, script, b")).to_have_count(0)
        for anchor in md.locator("a").all():
            href = anchor.get_attribute("href")
            assert href is None or href.startswith("https://"), href
            if href is None:
                anchor.click()
        titled = md.locator("a[title]")
        expect(titled).to_have_attribute("title", "a' onmouseover='window.__xss=1")
        titled.hover()
    # The documented opt-in renders markup.
    expect(dash_page.find("#md-raw b.opt-in")).to_have_text("bold")
    assert_inert(dash_page)


def test_style_and_attribute_injection(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Div(
                "styled",
                id="styled",
                style={
                    "color": "red; border-image: url(/smuggled)",
                    "backgroundImage": "url('javascript:window.__xss=1')",
                    "width": "expression(window.__xss=1)",
                    "behavior": "url(#default#time2)",
                },
            ),
            html.Iframe(id="frame"),
            html.Button("target", id="target"),
            html.A("anchor", id="anchor"),
            html.Button("go", id="go"),
            html.Div(id="made"),
        ]
    )

    @app.callback(
        Output("target", "onclick"),
        Output("target", "ONMOUSEOVER"),
        Output("target", "formAction"),
        Output("anchor", "HREF"),
        Output("frame", "srcDoc"),
        Output("made", "children"),
        Input("go", "n_clicks"),
    )
    def inject(n):
        component = {
            "type": "Img",
            "namespace": "dash_html_components",
            "props": {"id": "made-img", "src": "x", "onError": "window.__xss=1", "onerror": "window.__xss=1"},
        }
        return (
            "window.__xss=1",
            "window.__xss=1",
            "javascript:window.__xss=1",
            "javascript:window.__xss=1",
            "<script>parent.__xss=1</script>",
            component,
        )

    dash_page.start(app)
    styled = dash_page.by_id("styled")
    # A value is one CSSOM value: a ';' inside it cannot smuggle in a second declaration.
    assert "smuggled" not in (styled.get_attribute("style") or "")
    expect(styled).not_to_have_css("color", "rgb(255, 0, 0)")
    dash_page.by_id("go").click()
    dash_page.wait_idle()
    target = dash_page.by_id("target")
    for name in ("onclick", "onmouseover", "formaction"):
        assert target.get_attribute(name) is None, name
    assert dash_page.by_id("anchor").get_attribute("href") in (None, "#")
    assert dash_page.by_id("frame").get_attribute("srcdoc") is None
    # A component-shaped value is rendered as a component, but never with an event handler.
    expect(dash_page.by_id("made-img")).to_have_count(1)
    assert dash_page.by_id("made-img").get_attribute("onerror") is None
    target.hover()
    target.click()
    dash_page.by_id("anchor").click()
    dash_page.page.wait_for_timeout(200)  # give a broken image's onerror the chance to fire
    assert_inert(dash_page, forbidden=None)


def test_upper_case_srcdoc_is_dropped(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([html.Iframe(id="frame"), html.Button("go", id="go")])

    @app.callback(Output("frame", "SRCDOC"), Input("go", "n_clicks"), prevent_initial_call=True)
    def inject(n):
        return "<script>parent.__xss=1</script>"

    dash_page.start(app)
    dash_page.by_id("go").click()
    dash_page.wait_idle()
    dash_page.page.wait_for_timeout(300)
    assert dash_page.by_id("frame").get_attribute("srcdoc") is None
    assert dash_page.page.evaluate("() => window.__xss") is None


def failing_app(debug):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="in", value="fine"),
            html.Div(id="out"),
            html.Button("ok", id="ok"),
            html.Div(id="ok-out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("in", "value"))
    def maybe_fail(value):
        if value.startswith("boom"):
            raise KeyError(f"secret-token-{value}")
        return f"got {value}"

    @app.callback(Output("ok-out", "children"), Input("ok", "n_clicks"), State("in", "value"))
    def ok(n, value):
        return f"ok {n} {value}"

    app.enable_dev_tools(debug=debug)
    return app


def test_failing_callback_in_production_shows_nothing_and_the_page_keeps_working(dash_page):
    dash_page.start(failing_app(debug=False))
    dash_page.expect_text("out", "got fine")
    with dash_page.page.expect_response("**/_dash-update-component") as info:
        dash_page.by_id("in").fill("boom1")
    response = info.value
    assert response.status == 500
    body = response.text()
    assert "secret-token" not in body and "Traceback" not in body and "KeyError" not in body
    assert response.json()["error"]["type"] == "CallbackError"
    dash_page.wait_idle()
    expect(dash_page.find("#_dash-error-overlay")).to_have_count(0)
    expect(dash_page.find("body")).not_to_contain_text("secret-token")
    dash_page.expect_text("out", "got fine")  # the failed output keeps its last good value
    # Other callbacks, and the failing one with good input, still work; it may fail again.
    dash_page.by_id("ok").click()
    dash_page.expect_text("ok-out", "ok 1 boom1")
    dash_page.by_id("in").fill("better")
    dash_page.expect_text("out", "got better")
    dash_page.by_id("in").fill("boom2")
    dash_page.wait_idle()
    dash_page.by_id("in").fill("best")
    dash_page.expect_text("out", "got best")
    dash_page.by_id("ok").click()
    dash_page.expect_text("ok-out", "ok 2 best")
    assert len([line for line in dash_page.errors() if "Callback error updating out.children" in line]) == 2


def test_failing_callback_in_debug_shows_the_overlay_and_the_page_keeps_working(dash_page):
    dash_page.start(failing_app(debug=True))
    dash_page.by_id("in").fill("boom<img src=x onerror=window.__xss=1>")
    overlay = dash_page.find("#_dash-error-overlay")
    expect(overlay).to_be_visible(timeout=TIMEOUT)
    expect(overlay).to_contain_text("Callback error updating out.children")
    expect(overlay).to_contain_text("KeyError")
    expect(overlay).to_contain_text("secret-token-boom<img src=x onerror=window.__xss=1>")
    expect(overlay).to_contain_text("in maybe_fail")  # the traceback, from the user's frame on
    dash_page.by_id("ok").click()
    dash_page.expect_text("ok-out", "ok 1 boom<img src=x onerror=window.__xss=1>")
    dash_page.by_id("in").fill("fixed")
    dash_page.expect_text("out", "got fixed")
    assert_inert(dash_page)


STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'"
)
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(
    `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
"""


def serve_with_csp(dash_page, app):
    send_csp(app, STRICT_CSP)

    dash_page.page.add_init_script(RECORD_VIOLATIONS)
    dash_page.start(app)
    response = dash_page.page.request.get(dash_page.url + "/")
    assert response.headers["content-security-policy"] == STRICT_CSP


def csp_problems(dash_page):
    violations = dash_page.page.evaluate("() => window.__csp")
    logged = [line for line in dash_page.logs if "Content Security Policy" in line or "CSP" in line]
    return violations + logged + dash_page.errors()


def test_demo_app_under_a_strict_csp(dash_page, monkeypatch):
    from dash import demo

    monkeypatch.setattr(demo, "plotly_installed", lambda: False)  # plotly.js itself needs inline styles
    serve_with_csp(dash_page, demo.create_app())
    dash_page.exercise_demo()
    dash_page.wait_idle()
    assert csp_problems(dash_page) == []


def test_styles_and_markdown_under_a_strict_csp(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="in", value="rgb(255, 0, 0)"),
            html.Div("styled", id="out", style={"color": "blue", "marginTop": 4, "--accent": "red"}),
            dcc.Markdown("**bold** and `code`\n\n| n |\n|--:|\n| 1 |", id="md"),
            html.Img(
                id="img",
                src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
            ),
        ]
    )

    @app.callback(Output("out", "style"), Input("in", "value"))
    def color(value):
        return {"color": value, "marginTop": 8}

    serve_with_csp(dash_page, app)
    out = dash_page.by_id("out")
    expect(out).to_have_css("color", "rgb(255, 0, 0)")
    expect(out).to_have_css("margin-top", "8px")
    dash_page.by_id("in").fill("rgb(0, 128, 0)")
    expect(out).to_have_css("color", "rgb(0, 128, 0)")
    expect(dash_page.find("#md strong")).to_have_text("bold")
    # a Markdown table's column alignment is set through the CSSOM, which the CSP allows
    expect(dash_page.find("#md td")).to_have_css("text-align", "right")
    assert dash_page.by_id("img").evaluate("img => img.complete && img.naturalWidth") == 1
    assert csp_problems(dash_page) == []
