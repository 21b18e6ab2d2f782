"""dcc.Markdown's block rules (tables, lists, task lists, quotes, fenced and indented code, setext headings)
as Plotly Dash 4.4.1 renders them.

Plotly Dash 4.4.1 renders markdown with react-markdown 4 on remark-parse (GFM on). Every expected string below is
the innerHTML of that Markdown in Chromium (highlight.js classes aside), so these are its rules, not GFM 0.29's:
a table does not interrupt a paragraph, rows keep the cells they have (none padded or dropped), a header and
delimiter row of different widths still make a table, a | inside a code span does not split a cell, and a line
that is not a row ends the table. Lists are loose or tight per item: an item with a blank line inside it (a code
block's too) or before the next item keeps its <p>, and so does the item after it; the others do not. The
groups below each say the remark-parse rule they pin (a quote takes every line up to a blank one; two blank
lines end a list; an ordered list does not interrupt a paragraph; ...).
"""

from __future__ import annotations

import pytest

from dash import Dash
from dash import dcc
from dash import html

TABLES = [
    (
        "| L | C | R | N |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |",
        '<table><thead><tr><th style="text-align: left;">L</th><th style="text-align: center;">C</th><th style="text-align: right;">R</th><th>N</th></tr></thead><tbody><tr><td style="text-align: left;">1</td><td style="text-align: center;">2</td><td style="text-align: right;">3</td><td>4</td></tr></tbody></table>',
    ),
    (
        "a | b\n--|--\nc | d",
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>c</td><td>d</td></tr></tbody></table>",
    ),
    (
        "| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |",
        "<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td></tr><tr><td>bar</td><td>baz</td><td>boo</td></tr></tbody></table>",
    ),
    (
        "| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |",
        "<table><thead><tr><th>f|oo</th></tr></thead><tbody><tr><td>b <code>\\|</code> az</td></tr><tr><td>b <strong>|</strong> im</td></tr></tbody></table>",
    ),
    (
        "| a | b |\n|---|---|\n| `x|y` | c\\\\| d |",
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><code>x|y</code></td><td>c\\</td><td>d</td></tr></tbody></table>",
    ),
    (
        "| a | b |\n|---|---|\n| *em* **st** | [l](https://e.com) |",
        '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><em>em</em> <strong>st</strong></td><td><a href="https://e.com">l</a></td></tr></tbody></table>',
    ),
    (
        "| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar",
        "<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td><td>baz</td></tr></tbody></table><p>bar</p><p>bar</p>",
    ),
    (
        "| abc | def |\n| --- | --- |\n| bar | baz |\n> bar",
        "<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td><td>baz</td></tr></tbody></table><blockquote><p>bar</p></blockquote>",
    ),
    ("| abc | def |\n| --- | --- |", "<table><thead><tr><th>abc</th><th>def</th></tr></thead></table>"),
    (
        "| abc | def |\n| --- |\n| bar |",
        "<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td></tr></tbody></table>",
    ),
    (
        "| a | b |\n|---|---|\n|   | d |",
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td></td><td>d</td></tr></tbody></table>",
    ),
    ("para line\n| a | b |\n|---|---|\n| c | d |", "<p>para line\n| a | b |\n|---|---|\n| c | d |</p>"),
    (
        "para line\n\n| a | b |\n|---|---|\n| c | d |",
        "<p>para line</p><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>c</td><td>d</td></tr></tbody></table>",
    ),
    ("| a | b |\n| x | y |", "<p>| a | b |\n| x | y |</p>"),
    ("| a | b |\n|---||---|", "<p>| a | b |\n|---||---|</p>"),
    (
        "|a|b|\n|-|-|\n|<b>x</b>|y|",
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>&lt;b&gt;x&lt;/b&gt;</td><td>y</td></tr></tbody></table>",
    ),
    (
        "> | a |\n> |--:|\n> | b |",
        '<blockquote><table><thead><tr><th style="text-align: right;">a</th></tr></thead><tbody><tr><td style="text-align: right;">b</td></tr></tbody></table></blockquote>',
    ),
]

LISTS = [
    (
        "- a\n\n  | x | y |\n  |:--|--:|\n  | 1 | 2 |\n- b\n- c",
        '<ul><li><p>a</p><table><thead><tr><th style="text-align: left;">x</th><th style="text-align: right;">y</th></tr></thead><tbody><tr><td style="text-align: left;">1</td><td style="text-align: right;">2</td></tr></tbody></table></li><li><p>b</p></li><li>c</li></ul>',
    ),
    ("```\ncode\n```\n- a\n- b", "<pre><code>code</code></pre><ul><li>a</li><li>b</li></ul>"),
    ("# h\n- a\n- b", "<h1>h</h1><ul><li>a</li><li>b</li></ul>"),
    ("> q\n\n- a\n- b", "<blockquote><p>q</p></blockquote><ul><li>a</li><li>b</li></ul>"),
    (
        "| a |\n|---|\n| b |\n- x\n- y",
        "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table><ul><li>x</li><li>y</li></ul>",
    ),
    (
        "Steps:\n\n1. Write\n   ```python\n   import dash\n\n   app = dash.Dash()\n   ```\n2. Run\n3. Open",
        '<p>Steps:</p><ol><li><p>Write</p><pre><code class="language-python">import dash\n\napp = dash.Dash()</code></pre></li><li><p>Run</p></li><li>Open</li></ol>',
    ),
    ("- a\n- b\n\n- c\n- d", "<ul><li>a</li><li><p>b</p></li><li><p>c</p></li><li>d</li></ul>"),
    ("- a\n\n  more\n- b\n- c", "<ul><li><p>a</p><p>more</p></li><li><p>b</p></li><li>c</li></ul>"),
    (
        "> - a\n>\n> - b\n> - c",
        "<blockquote><ul><li><p>a</p></li><li><p>b</p></li><li>c</li></ul></blockquote>",
    ),
    (
        "- a\n  - b\n\n  - c\n- d",
        "<ul><li><p>a</p><ul><li><p>b</p></li><li><p>c</p></li></ul></li><li><p>d</p></li></ul>",
    ),
    (
        "- top\n  ```\n  x\n\n  y\n  ```\n  - a\n  - b",
        "<ul><li><p>top</p><pre><code>x\n\ny</code></pre><ul><li>a</li><li>b</li></ul></li></ul>",
    ),
]

FENCES = [
    ("~~~\nx\n\n~~~\n- a\n- b", "<pre><code>x</code></pre><ul><li>a</li><li>b</li></ul>"),
    ("  ```\n  code\n   more\n  ```", "<pre><code>code\n more</code></pre>"),
    ("```\nx\n```python\n    ```\n```", "<pre><code>x\n```python\n    ```</code></pre>"),
]


# Indented code: four spaces or a tab; it does not interrupt a paragraph (the line keeps its spaces there).
INDENTED = [
    ("    a\n\n    b\n\n\nPara", "<pre><code>a\n\nb</code></pre><p>Para</p>"),
    ("Para\n    code", "<p>Para\n    code</p>"),
    ("- a\n\n      code", "<ul><li><p>a</p><pre><code>code</code></pre></li></ul>"),
    ("x\n\n    code\n    ```\n    y", "<p>x</p><pre><code>code\n```\ny</code></pre>"),
    ("1. a\n2. b\n\n    code", "<ol><li>a</li><li><p>b</p><p>code</p></li></ol>"),
    ("    indented code\n- a\n- b", "<pre><code>indented code</code></pre><ul><li>a</li><li>b</li></ul>"),
    (
        "- top\n      indented code\n  - a\n  - b",
        "<ul><li>top\n    indented code<ul><li>a</li><li>b</li></ul></li></ul>",
    ),
]

# GFM task items: a checkbox, readonly (not disabled), checked for [x] or [X]; no class names.
TASKS = [
    (
        "- [ ] x\n- [x] y",
        '<ul><li><input type="checkbox" readonly="">x</li><li><input type="checkbox" readonly="" checked="">y</li></ul>',
    ),
    ("- [X] y", '<ul><li><input type="checkbox" readonly="" checked="">y</li></ul>'),
    (
        "- [ ] x\n\n- [x] y",
        '<ul><li><input type="checkbox" readonly=""><p>x</p></li><li><input type="checkbox" readonly="" checked=""><p>y</p></li></ul>',
    ),
    ("1. [x] y", '<ol><li><input type="checkbox" readonly="" checked="">y</li></ol>'),
    ("* [x] **b**", '<ul><li><input type="checkbox" readonly="" checked=""><strong>b</strong></li></ul>'),
    (
        "- [x] a\n  - [ ] b",
        '<ul><li><input type="checkbox" readonly="" checked="">a<ul><li><input type="checkbox" readonly="">b</li></ul></li></ul>',
    ),
]

# An ordered list does not interrupt a paragraph, except inside a list; a bullet list does.
PARAGRAPHS = [
    ("x  \n\ny", "<p>x  </p><p>y</p>"),  # a paragraph keeps its spaces, at the end too
    ("- a  \n- b", "<ul><li>a  </li><li>b</li></ul>"),
    ("Para\n1. a", "<p>Para\n1. a</p>"),
    ("Para\n- a", "<p>Para</p><ul><li>a</li></ul>"),
    ("Para\n2. a", "<p>Para\n2. a</p>"),
    ("- a\n  Para\n  1. b", "<ul><li>a\nPara<ol><li>b</li></ol></li></ul>"),
    ("> Para\n1. a", "<blockquote><p>Para\n1. a</p></blockquote>"),
]

# Two blank lines end a list (a nested one ends the outer list too).
BLANKS = [
    ("- a\n\n\n- b", "<ul><li>a</li></ul><ul><li>b</li></ul>"),
    ("- a\n\n\n  b", "<ul><li>a</li></ul><p>  b</p>"),
    ("- a\n\n  b\n\n\nc", "<ul><li><p>a</p><p>b</p></li></ul><p>c</p>"),
    ("1. a\n\n\n2. b", '<ol><li>a</li></ol><ol start="2"><li>b</li></ol>'),
    ("- top\n  Para\n\n\n  - a\n  - b", "<ul><li>top\nPara</li></ul><ul><li>a</li><li>b</li></ul>"),
]

# A quote runs to the first blank line: any line after it joins it; adjacent quotes merge.
QUOTES = [
    ("> q\n- a", "<blockquote><p>q</p><ul><li>a</li></ul></blockquote>"),
    ("> quote\n- a\n\n- b", "<blockquote><p>quote</p><ul><li>a</li></ul></blockquote><ul><li>b</li></ul>"),
    ("> q\n# H", "<blockquote><p>q</p><h1>H</h1></blockquote>"),
    ("> q\n```\nz\n```", "<blockquote><p>q</p><pre><code>z</code></pre></blockquote>"),
    ("> q\nlazy", "<blockquote><p>q\nlazy</p></blockquote>"),
    ("> a\n\n> b", "<blockquote><p>a</p><p>b</p></blockquote>"),
    ("> q\n    code", "<blockquote><p>q\n    code</p></blockquote>"),
    ("- a\n> q", "<ul><li>a<blockquote><p>q</p></blockquote></li></ul>"),
]

# Another bullet starts another list; `1)` is not a list marker; a marker left of the item's text ends it.
BULLETS = [
    ("- a\n* b", "<ul><li>a</li></ul><ul><li>b</li></ul>"),
    ("- a\n+ b", "<ul><li>a</li></ul><ul><li>b</li></ul>"),
    ("- a\n\n* b", "<ul><li>a</li></ul><ul><li>b</li></ul>"),
    ("* a\n- b\n+ c", "<ul><li>a</li></ul><ul><li>b</li></ul><ul><li>c</li></ul>"),
    ("- a\n1. b", "<ul><li>a</li></ul><ol><li>b</li></ol>"),
    ("1. a\n1) b", "<ol><li>a\n1) b</li></ol>"),
    ("1) a", "<p>1) a</p>"),
    ("1. a\n  - b", "<ol><li>a</li></ol><ul><li>b</li></ul>"),
    ("- a\n - b", "<ul><li>a</li><li>b</li></ul>"),
    ("- a\n# H", "<ul><li>a</li></ul><h1>H</h1>"),
]


# Setext headings: one line, then a line of only = (h1) or only - (h2) from its first column.
SETEXT = [
    ("Title\n=====", "<h1>Title</h1>"),
    ("a\nb\n---", "<p>a</p><h2>b</h2>"),
    ("- a\n  ---", "<ul><li><h2>a</h2></li></ul>"),
    ("a\n--- ", "<p>a</p><hr>"),
    ("> q\n===", "<blockquote><h1>q</h1></blockquote>"),
    ("   T  \n-", "<h2>T</h2>"),
    ("Para\n\nText\n==\nmore", "<p>Para</p><h1>Text</h1><p>more</p>"),
]

# An item's text: 1-4 spaces after the marker (five: one, and the rest is indented code); "1. " counts as 4.
ITEM_INDENT = [
    ("-     code\n- b", "<ul><li><pre><code>code</code></pre></li><li>b</li></ul>"),
    ("1.  a\n    b", "<ol><li>a\nb</li></ol>"),
    ("10. a\n    b", '<ol start="10"><li>a\nb</li></ol>'),
    ("- a\n\n  > q\n  lazy", "<ul><li><p>a</p><blockquote><p>q\nlazy</p></blockquote></li></ul>"),
]


@pytest.fixture
def render(dash_page):
    app = Dash(__name__)
    # dcc.Markdown makes the renderer load components/dcc/Markdown.js, which holds markdownInto.
    app.layout = html.Div(["units", dcc.Markdown("loaded")], id="root")
    dash_page.start(app)

    def run(sources, allow_html=False):
        return dash_page.page.evaluate(
            """([sources, allow]) => sources.map(src =>
                dash_renderer.internal.markdownInto(document.createElement('div'), src, allow).innerHTML)""",
            [sources, allow_html],
        )

    return run


@pytest.mark.parametrize(
    "cases",
    [TABLES, LISTS, FENCES, INDENTED, TASKS, PARAGRAPHS, BLANKS, QUOTES, BULLETS, SETEXT, ITEM_INDENT],
    ids=[
        "tables",
        "lists",
        "fences",
        "indented",
        "tasks",
        "paragraphs",
        "blanks",
        "quotes",
        "bullets",
        "setext",
        "item-indent",
    ],
)
def test_markdown_renders_as_plotly_dash(render, cases):
    sources = [source for source, _ in cases]
    assert render(sources) == [html_out for _, html_out in cases]


def test_table_cells_stay_text_unless_html_is_allowed(render):
    source = "| a | b |\n|---|---|\n| <b>x</b> | [js](javascript:alert(1)) |"
    text, allowed = render([source])[0], render([source], allow_html=True)[0]
    assert "<td>&lt;b&gt;x&lt;/b&gt;</td>" in text
    assert "<td><a>js</a></td>" in text  # a script URL loses its href, as in every Markdown link
    assert "<td><b>x</b></td>" in allowed


def test_table_and_tight_list_in_the_page(dash_page):
    """A Markdown written as in a Python file (indented, dedent=True): the table's DOM, alignment and text, and
    the tight list after a code block (no <p> in its items, so no paragraph margins)."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Markdown(
                """
                | Name | Qty | Note |
                |:-----|----:|:----:|
                | a    | 1   | `x|y` |
                | b \\| c | 22 |

                ```python
                x = 1

                y = 2
                ```
                - first
                - second
                """,
                id="md",
            )
        ]
    )
    dash_page.start(app)
    md = dash_page.by_id("md")
    md.locator("table").wait_for()
    structure = md.evaluate(
        """root => Array.from(root.children, c => c.tagName).concat(
            Array.from(root.querySelectorAll('table > *'), c => c.tagName))"""
    )
    assert structure == ["TABLE", "PRE", "UL", "THEAD", "TBODY"]
    cells = md.evaluate(
        """root => Array.from(root.querySelectorAll('tr'), tr => Array.from(tr.children, c =>
            [c.tagName, c.textContent, getComputedStyle(c).textAlign]))"""
    )
    assert cells == [
        [["TH", "Name", "left"], ["TH", "Qty", "right"], ["TH", "Note", "center"]],
        [["TD", "a", "left"], ["TD", "1", "right"], ["TD", "x|y", "center"]],
        [["TD", "b | c", "left"], ["TD", "22", "right"]],
    ]
    assert md.locator("td code").text_content() == "x|y"
    assert md.locator("pre code").text_content() == "x = 1\n\ny = 2"
    assert md.locator("li").all_text_contents() == ["first", "second"]
    assert md.locator("li p").count() == 0
    assert dash_page.errors() == []


def test_indented_code_and_task_list_in_the_page(dash_page):
    """dedent=True first, as Plotly's (the whitespace common to all lines, so a tab and four spaces share
    none), then indented code; task items show a readonly checkbox that a click does not change."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Markdown(
                """
                Text

                    x = 1

                - [ ] todo
                - [x] done
                """,
                id="md",
            ),
            dcc.Markdown("\tcode\n\n\tmore\n    code", id="tabs"),
        ]
    )
    dash_page.start(app)
    md = dash_page.by_id("md")
    md.locator("pre code").wait_for()
    assert md.evaluate("root => Array.from(root.children, c => c.tagName)") == ["P", "PRE", "UL"]
    assert md.locator("pre code").text_content() == "x = 1"
    boxes = md.locator("li input[type=checkbox]")
    assert boxes.evaluate_all("bs => bs.map(b => [b.checked, b.readOnly, b.disabled])") == [
        [False, True, False],
        [True, True, False],
    ]
    boxes.first.click()
    boxes.last.click()
    assert boxes.evaluate_all("bs => bs.map(b => b.checked)") == [False, True]
    assert md.locator("li").all_text_contents() == ["todo", "done"]
    assert dash_page.by_id("tabs").locator("pre code").text_content() == "code\n\nmore\ncode"
    assert dash_page.errors() == []
