"""Small pure functions of the renderer, run in the browser through dash_renderer.internal."""

from __future__ import annotations

import pytest

from dash import Dash
from dash import dcc
from dash import html


@pytest.fixture
def internal(dash_page):
    app = Dash(__name__)
    # dcc.Markdown makes the renderer load components/dcc/Markdown.js, which holds markdownInto.
    app.layout = html.Div(["units", dcc.Markdown("loaded")], id="root")
    dash_page.start(app)
    return dash_page.page


@pytest.mark.parametrize(
    "url, safe",
    [
        ("https://example.com", True),
        ("/relative/path?q=1#x", True),
        ("mailto:a@b.c", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        (" \tjava\nscript:alert(1)", False),
        ("\x01javascript:alert(1)", False),
        ("vbscript:msgbox", False),
        ("data:text/html,<b>", False),
    ],
)
def test_is_safe_url(internal, url, safe):
    assert internal.evaluate("(u) => dash_renderer.kit.isSafeUrl(u)", url) is safe


MARKDOWN_CASES = [
    ("# H1\n## H2", "<h1>H1</h1><h2>H2</h2>"),
    ("a *b* **c** `d`", "<p>a <em>b</em> <strong>c</strong> <code>d</code></p>"),
    ("snake_case_name stays", "<p>snake_case_name stays</p>"),
    ("- a\n- b\n  - c", "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>"),
    ("3. x\n4. y", '<ol start="3"><li>x</li><li>y</li></ol>'),
    ("> q\n> r", "<blockquote><p>q\nr</p></blockquote>"),
    ("---", "<hr>"),
    ("```py\n<b>x</b>\n```", '<pre><code class="language-py">&lt;b&gt;x&lt;/b&gt;</code></pre>'),
    ('[t](https://e.com "T")', '<p><a href="https://e.com" title="T">t</a></p>'),
    ("[bad](javascript:alert(1))", "<p><a>bad</a></p>"),
    ("![i](javascript:x)", "<p>i</p>"),
    ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
    ("\\*not em\\*", "<p>*not em*</p>"),
    ("line  \nbreak", "<p>line<br>break</p>"),
]


@pytest.mark.parametrize("source, html_out", MARKDOWN_CASES)
def test_markdown(internal, source, html_out):
    result = internal.evaluate(
        "(src) => dash_renderer.internal.markdownInto(document.createElement('div'), src, false).innerHTML",
        source,
    )
    assert result == html_out


def test_markdown_raw_html_only_when_allowed(internal):
    js = "(allow) => dash_renderer.internal.markdownInto(document.createElement('div'), 'a <b>b</b>', allow).innerHTML"
    assert internal.evaluate(js, False) == "<p>a &lt;b&gt;b&lt;/b&gt;</p>"
    assert internal.evaluate(js, True) == "<p>a <b>b</b></p>"
