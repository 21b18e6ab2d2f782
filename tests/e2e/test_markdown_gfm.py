"""dcc.Markdown's GFM pipe tables, tight and loose lists, and fenced code, as Plotly Dash 4.4.1 renders them.

Plotly Dash 4.4.1 renders markdown with react-markdown 4 on remark-parse (GFM on). Every expected string below is
the innerHTML of that Markdown in Chromium (highlight.js classes aside), so these are its rules, not GFM 0.29's:
a table does not interrupt a paragraph, rows keep the cells they have (none padded or dropped), a header and
delimiter row of different widths still make a table, a | inside a code span does not split a cell, and a line
that is not a row ends the table. Lists are loose or tight per item: an item with a blank line inside it (a code
block's too) or before the next item keeps its <p>, and so does the item after it; the others do not.
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


@pytest.mark.parametrize("cases", [TABLES, LISTS, FENCES], ids=["tables", "lists", "fences"])
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
