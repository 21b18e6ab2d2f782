"""dcc.Markdown code blocks coloured by highlight.js (highlight_config), and mathjax=True on dcc.Markdown and
dcc.Graph typeset by MathJax; each third-party file is fetched only by a page that needs it."""

from __future__ import annotations

from dash import Dash
from dash import Input
from dash import Output
from dash import dcc
from dash import html

from .conftest import TIMEOUT
from .conftest import expect
from .conftest import send_csp

#: MathJax typesets a first formula in about a second on this machine; the vendored file is 2 MB.
MATH_TIMEOUT = 15000

PYTHON_BLOCK = """
```python
def square(x):
    return x * x
```
"""


def _record_requests(dash_page) -> list[str]:
    urls: list[str] = []
    dash_page.page.on("request", lambda request: urls.append(request.url))
    return urls


def _fetched(urls: list[str], part: str) -> list[str]:
    return [url for url in urls if part in url]


def test_a_fenced_python_block_is_coloured_and_coloured_again_after_an_update(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Markdown(PYTHON_BLOCK, id="md"),
            html.Button("js", id="js"),
            dcc.Markdown("`inline` only", id="plain"),
        ]
    )

    @app.callback(Output("md", "children"), Input("js", "n_clicks"), prevent_initial_call=True)
    def to_js(_):
        return "```javascript\nconst answer = 42\n```\n\n```\nimport os\n```"

    urls = _record_requests(dash_page)
    dash_page.start(app)
    md = dash_page.by_id("md")
    code = md.locator("pre code")
    expect(code).to_have_class("language-python hljs", timeout=TIMEOUT)
    expect(code.locator(".hljs-keyword").first).to_have_text("def")
    expect(code.locator(".hljs-title.function_")).to_have_text("square")
    expect(code).to_have_text("def square(x):\n    return x * x")  # the text is unchanged
    # the light theme (github) applies by default
    assert code.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 255, 255)"
    assert "hljs-dark" not in (md.get_attribute("class") or "")
    assert len(_fetched(urls, "/highlight/highlight.min.js?v=")) == 1
    assert _fetched(urls, "/highlight/github-dark") == []
    # inline code is not a code block
    assert dash_page.by_id("plain").locator("code.hljs").count() == 0

    dash_page.by_id("js").click()
    expect(md.locator("pre code").first).to_have_class("language-javascript hljs", timeout=TIMEOUT)
    expect(md.locator("pre code").first.locator(".hljs-keyword")).to_have_text("const")
    # no language named: detected (Python's `import`)
    expect(md.locator("pre code").nth(1).locator(".hljs-keyword")).to_have_text("import")
    assert len(_fetched(urls, "/highlight/highlight.min.js")) == 1  # loaded once
    assert dash_page.errors() == []


def test_highlight_config_dark_theme(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Markdown(PYTHON_BLOCK, id="dark", highlight_config={"theme": "dark"}, className="mine"),
            dcc.Markdown(PYTHON_BLOCK, id="light"),
        ]
    )
    urls = _record_requests(dash_page)
    dash_page.start(app)
    dark = dash_page.by_id("dark")
    expect(dark).to_have_class("dash-markdown hljs-dark mine")
    code = dark.locator("pre code.hljs")
    expect(code.locator(".hljs-keyword").first).to_have_text("def", timeout=TIMEOUT)
    dash_page.page.wait_for_function(
        "() => getComputedStyle(document.querySelector('#dark pre code')).backgroundColor === 'rgb(13, 17, 23)'",
        timeout=TIMEOUT,
    )
    # github-dark's keyword colour, and the light Markdown next to it keeps the light theme
    assert (
        code.locator(".hljs-keyword").first.evaluate("e => getComputedStyle(e).color") == "rgb(255, 123, 114)"
    )
    light = dash_page.by_id("light").locator("pre code.hljs")
    assert light.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 255, 255)"
    assert len(_fetched(urls, "/highlight/github-dark.min.css?v=")) == 1
    assert dash_page.errors() == []


def test_the_apps_own_highlight_js_is_used_instead_of_ours(dash_page, tmp_path):
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "my_hljs.js").write_text(
        """window.hljs = {
  highlightElement (code) {
    const span = document.createElement('span')
    span.className = 'app-token'
    span.textContent = code.textContent
    code.replaceChildren(span)
    code.classList.add('app-hljs')
  }
}
"""
    )
    app = Dash(__name__, assets_folder=str(assets))
    app.layout = html.Div([dcc.Markdown(PYTHON_BLOCK, id="md")])
    urls = _record_requests(dash_page)
    dash_page.start(app)
    code = dash_page.by_id("md").locator("pre code")
    expect(code).to_have_class("language-python app-hljs", timeout=TIMEOUT)
    expect(code.locator(".app-token")).to_have_text("def square(x):\n    return x * x")
    assert _fetched(urls, "my_hljs.js")
    assert _fetched(urls, "/highlight/") == []  # neither our highlight.js nor its theme
    assert dash_page.errors() == []


def test_pages_without_code_blocks_or_math_fetch_neither(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Markdown("# Title\n\nSome `code` and $x$ (mathjax off).", id="md"),
            dcc.Markdown("Costs $5 and $6, nothing to typeset.", id="money", mathjax=True),
            dcc.Input(id="in"),
        ]
    )
    urls = _record_requests(dash_page)
    dash_page.start(app)
    dash_page.expect_text("md", "TitleSome code and $x$ (mathjax off).")
    dash_page.expect_text("money", "Costs $5 and $6, nothing to typeset.")
    dash_page.page.wait_for_timeout(300)
    assert _fetched(urls, "/highlight/") == []
    assert _fetched(urls, "mathjax") == []
    assert dash_page.errors() == []


def _mathjax_app(**markdown_props):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Markdown(
                "Inline $x^2$ here; `code $y$` stays; \\$ alone.\n\n"
                "$$\\int_0^1 f$$\n\n"
                "$$\n\\frac{a}{b}\n$$\n\n"
                "```\nprice = $z$\n```",
                id="md",
                **markdown_props,
            ),
            dcc.Markdown("Off: $x$", id="off"),
            dcc.Markdown(
                '<div class="raw">raw $a+b$ and <code>$c$</code></div>',
                id="raw",
                mathjax=True,
                dangerously_allow_html=True,
            ),
            html.Button("change", id="change"),
        ]
    )

    @app.callback(Output("md", "children"), Input("change", "n_clicks"), prevent_initial_call=True)
    def change(_):
        return "Now $\\beta$"

    return app


def test_markdown_mathjax_typesets_inline_and_display_math(dash_page):
    urls = _record_requests(dash_page)
    dash_page.start(_mathjax_app(mathjax=True))
    md = dash_page.by_id("md")
    containers = md.locator("mjx-container")
    expect(containers).to_have_count(3, timeout=MATH_TIMEOUT)
    inline, one_line_double, block_display = (containers.nth(i) for i in range(3))
    assert inline.get_attribute("jax") == "SVG" and inline.get_attribute("display") is None
    assert inline.locator("svg").count() == 1
    assert inline.evaluate("e => e.closest('p') !== null")
    # remark-math, as Plotly Dash uses it: $$...$$ within a line is inline math; only $$ fences on lines of
    # their own make display math
    assert one_line_double.get_attribute("display") is None
    assert one_line_double.evaluate("e => e.closest('p') !== null")
    assert block_display.get_attribute("display") == "true"
    assert block_display.evaluate("e => getComputedStyle(e).display") == "block"
    # the TeX is in the SVG's accessible form (MathJax's assistive MathML)
    expect(inline.locator("mjx-assistive-mml")).to_contain_text("x2")
    # dollar signs in code spans and code blocks, and an escaped one, are text
    expect(md.locator("p code")).to_have_text("code $y$")
    expect(md.locator("pre code")).to_contain_text("price = $z$")
    expect(md.locator("p").first).to_contain_text("\u0024 alone.")
    # mathjax=False (the default) leaves $x$ as text
    dash_page.expect_text("off", "Off: $x$")
    assert dash_page.by_id("off").locator("mjx-container").count() == 0
    # raw HTML gets the same treatment, except inside <code>
    raw = dash_page.by_id("raw")
    expect(raw.locator(".raw mjx-container svg")).to_have_count(1, timeout=MATH_TIMEOUT)
    expect(raw.locator("code")).to_have_text("$c$")
    # an update typesets the new text
    dash_page.by_id("change").click()
    expect(md.locator("mjx-container")).to_have_count(1, timeout=MATH_TIMEOUT)
    expect(md.locator("mjx-assistive-mml")).to_contain_text("β")
    # tex-svg.js is all MathJax needs: it fetches nothing else (no TeX extension, font or menu file)
    mathjax = sorted("/".join(url.split("?")[0].split("/")[-2:]) for url in urls if "mathjax" in url.lower())
    assert mathjax == ["ext/mathjax.js", "mathjax/tex-svg.js"], mathjax
    assert dash_page.errors() == []


def test_links_in_typeset_math_lose_script_urls(dash_page):
    """TeX's \\href (with an app's own MathJax that has it) makes links: script URLs are dropped."""
    dash_page.start(_mathjax_app(mathjax=True))
    expect(dash_page.by_id("md").locator("mjx-container").first).to_be_attached(timeout=MATH_TIMEOUT)
    hrefs = dash_page.page.evaluate(
        """async () => {
            const root = document.createElement('span')
            root.textContent = '\\\\(y\\\\)'
            for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(2)', 'https://example.com/']) {
                const a = root.appendChild(document.createElement('a'))
                a.setAttribute('href', url)
            }
            document.body.appendChild(root)
            await dash_renderer.ext.mathjax.typeset([root])
            return [root.querySelector('mjx-container') !== null, [...root.querySelectorAll('a')].map(a => a.getAttribute('href'))]
        }"""
    )
    assert hrefs == [True, [None, None, "https://example.com/"]]


def test_markdown_math_and_dark_code_under_a_strict_csp(dash_page):
    app = _mathjax_app(mathjax=True)
    app.layout.children.append(dcc.Markdown(PYTHON_BLOCK, id="dark", highlight_config={"theme": "dark"}))

    send_csp(app)

    dash_page.start(app)
    md = dash_page.by_id("md")
    expect(md.locator("mjx-container svg")).to_have_count(3, timeout=MATH_TIMEOUT)
    # MathJax's own <style> element is refused by the CSP; its rules reach the page through the CSSOM
    display = md.locator("mjx-container[display='true']").first
    assert display.evaluate("e => getComputedStyle(e).display") == "block"
    assert display.evaluate("e => getComputedStyle(e).textAlign") == "center"
    assert dash_page.page.evaluate("() => document.getElementById('MJX-SVG-styles').sheet") is None  # refused
    # the dark theme is a constructed stylesheet too
    dash_page.page.wait_for_function(
        "() => getComputedStyle(document.querySelector('#dark pre code')).backgroundColor === 'rgb(13, 17, 23)'",
        timeout=TIMEOUT,
    )
    assert [line for line in dash_page.logs if "pageerror" in line] == []


def test_graph_mathjax_typesets_latex_titles(dash_page):
    figure = {
        "data": [{"y": [1, 4, 9]}],
        "layout": {"title": {"text": "$\\alpha^2$"}, "xaxis": {"title": {"text": "$x_1$"}}},
    }
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Graph(id="math", figure=figure, mathjax=True), dcc.Graph(id="plain", figure=figure)]
    )
    urls = _record_requests(dash_page)
    dash_page.start_plotly(app)
    graph = dash_page.by_id("math")
    # plotly.js replaces a $...$ text with MathJax's SVG in a g.<class>-math-group
    expect(graph.locator("g.g-gtitle .gtitle-math-group svg").first).to_be_attached(timeout=MATH_TIMEOUT)
    expect(graph.locator("g.g-xtitle .xtitle-math-group svg").first).to_be_attached(timeout=MATH_TIMEOUT)
    assert graph.locator("text.gtitle").evaluate("e => e.style.display") == "none"
    # mathjax=False (the default) draws the same title as written, even with MathJax on the page
    plain = dash_page.by_id("plain")
    expect(plain.locator("text.gtitle")).to_have_text("$\\alpha^2$")
    assert plain.locator(".gtitle-math-group").count() == 0
    assert len(_fetched(urls, "/mathjax/tex-svg.js?v=")) == 1
    assert [e for e in dash_page.errors() if "WebGL" not in e] == []


def test_a_graph_without_mathjax_fetches_no_mathjax(dash_page):
    figure = {"data": [{"y": [1, 2]}], "layout": {"title": {"text": "$\\alpha$"}}}
    app = Dash(__name__)
    app.layout = html.Div([dcc.Graph(id="g", figure=figure), dcc.Markdown("text only", id="md")])
    urls = _record_requests(dash_page)
    dash_page.start_plotly(app)
    expect(dash_page.by_id("g").locator("text.gtitle")).to_have_text("$\\alpha$")
    assert [url for url in urls if "mathjax" in url.lower()] == []
    assert _fetched(urls, "/highlight/") == []


#: A stand-in for plotly 5.0's plotly.js 2.1: no typesetMath in its config, and MathJax 2's Hub is what it
#: would call when MathJax is on the page.
OLD_PLOTLY = b"""window.Plotly = {
  version: '2.1.0',
  PlotSchema: { get: () => ({ config: { responsive: {} } }) },
  react (gd, fig) {
    if (typeof MathJax !== 'undefined') MathJax.Hub.Queue()
    gd.textContent = 'drawn: ' + fig.layout.title.text
    return Promise.resolve(gd)
  },
  purge () {}
}
"""


def test_graph_mathjax_with_a_plotly_js_before_mathjax_3_draws_the_text_as_written(dash_page, monkeypatch):
    from dash import _resources

    monkeypatch.setattr(_resources, "plotly_js", lambda: _resources.from_bytes(OLD_PLOTLY))
    app = Dash(__name__)
    figure = {"data": [], "layout": {"title": {"text": "$\\alpha$"}}}
    app.layout = html.Div([dcc.Graph(id="g", figure=figure, mathjax=True)])
    urls = _record_requests(dash_page)
    dash_page.start(app)
    dash_page.expect_text("g", "drawn: $\\alpha$")
    assert [url for url in urls if "mathjax" in url.lower()] == []
    errors = dash_page.errors()
    assert len(errors) == 1, errors
    assert "needs a plotly.js that works with MathJax 3" in errors[0]
    assert "plotly.js 2.1.0" in errors[0] and "pip install -U plotly" in errors[0]


def test_the_apps_own_mathjax_is_used_instead_of_ours(dash_page, tmp_path):
    from dash import _resources

    assets = tmp_path / "assets"
    assets.mkdir()
    # assets load in name order: the app's configuration, then its MathJax (here a copy of the same build)
    (assets / "a_mathjax_config.js").write_text("window.MathJax = { startup: { typeset: false } }\n")
    vendored = _resources.package_file("renderer/components/mathjax/tex-svg.js").data
    (assets / "b_tex-svg.js").write_bytes(vendored)
    app = Dash(__name__, assets_folder=str(assets))
    app.layout = html.Div([dcc.Markdown("Own $x^3$", id="md", mathjax=True)])
    urls = _record_requests(dash_page)
    dash_page.start(app)
    expect(dash_page.by_id("md").locator("mjx-container svg")).to_have_count(1, timeout=MATH_TIMEOUT)
    assert _fetched(urls, "/assets/b_tex-svg.js")
    assert _fetched(urls, "/mathjax/tex-svg.js") == []  # ours is not fetched
    assert dash_page.errors() == []
