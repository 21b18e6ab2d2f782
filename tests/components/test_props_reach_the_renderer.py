"""Every prop our dcc and DataTable classes accept is read by the browser code, or is listed in README's
"Accepted but not yet drawn": a prop is never accepted and silently ignored.

The check is by name: each prop must appear as a word in the component's files (components.json, plus the
helper files they fetch), the core renderer or the renderer extensions. Behaviour is tested in tests/e2e.
"""

from __future__ import annotations

import json
import pathlib
import re

import pytest

from dash import dash_table
from dash import dcc

RENDERER = pathlib.Path(dcc.__file__).parent.parent / "renderer"
README = pathlib.Path(__file__).parent.parent.parent / "README.md"
COMPONENTS = json.loads((RENDERER / "components.json").read_text())

#: Helper types a component's files fetch on first use (not Plotly components).
HELPERS = {"Slider": ["SliderExtras"], "RangeSlider": ["SliderExtras"]}

#: Props accepted and validated but not drawn, each named in README's "Accepted but not yet drawn".
NOT_DRAWN = {
    # Plotly Dash 4.4.1 ignores these too; kept for compatibility.
    ("Input", "selectionStart"),
    ("Input", "selectionEnd"),
    ("Input", "selectionDirection"),
    ("RangeSlider", "allowCross"),
    ("RangeSlider", "count"),
}

#: Props read under a name built at run time, e.g. node.props['style_' + kind].
COMPUTED = {("DataTable", "style_data"), ("DataTable", "style_filter"), ("DataTable", "style_header")}

#: Components whose file writes every prop it is given as an HTML attribute (a loop over the props).
EVERY_PROP_AN_ATTRIBUTE = {"Button": "for (const k of keys || Object.keys(p))"}

#: Components whose file writes every prop as an attribute except those its NOT_ATTRS set names; each of
#: those must be read some other way (or be listed in NOT_DRAWN).
EVERY_PROP_BUT_NOT_ATTRS = {
    name: "for (const k in p) if (!NOT_ATTRS.has(k)) applyAttr(elt, k, p[k])"
    for name in ("Input", "Textarea")
}


def _read(prop: str, text: str) -> bool:
    if re.search(rf"(?<![\w-]){re.escape(prop)}(?![\w-])", text):
        return True
    # n_clicks_timestamp and the like: written as name + '_timestamp' next to their count
    base = prop.removesuffix("_timestamp")
    return base != prop and "_timestamp'" in text and _read(base, text)


def _code(path: pathlib.Path) -> str:
    """A script without its comments: a prop named only in a comment is not read."""
    text = re.sub(r"(^|\s)/\*\*?\s.*?\*/", r"\1", path.read_text(), flags=re.DOTALL)
    return re.sub(r"(^|\s)//[^\n]*", r"\1", text)


def _text(namespace: str, type_name: str) -> str:
    files = list(COMPONENTS[namespace][type_name])
    for helper in HELPERS.get(type_name, []):
        files += COMPONENTS[namespace][helper]
    return "\n".join(_code(RENDERER / "components" / f) for f in files if f.endswith(".js"))


SHARED = _code(RENDERER / "renderer.js") + "\n".join(
    _code(p) for p in sorted((RENDERER / "components" / "ext").glob("*.js"))
)

CASES = [
    (namespace, type_name, cls)
    for namespace, module in (("dash_core_components", dcc), ("dash_table", dash_table))
    for type_name in COMPONENTS[namespace]
    if (cls := getattr(module, type_name, None)) is not None
]


@pytest.mark.parametrize(("namespace", "type_name", "cls"), CASES, ids=[c[1] for c in CASES])
def test_every_prop_is_read_or_listed_as_not_drawn(namespace, type_name, cls):
    own = _text(namespace, type_name)
    if type_name in EVERY_PROP_AN_ATTRIBUTE:
        assert EVERY_PROP_AN_ATTRIBUTE[type_name] in own
        return
    text = own + SHARED
    written = set()
    if type_name in EVERY_PROP_BUT_NOT_ATTRS:
        assert EVERY_PROP_BUT_NOT_ATTRS[type_name] in own
        kept = re.search(r"const NOT_ATTRS = new Set\(`([^`]*)`", own)
        written = set(cls._prop_names) - set(kept.group(1).split())
        text = text.replace(kept.group(0), "")
    unread = [
        prop
        for prop in cls._prop_names
        if (type_name, prop) not in NOT_DRAWN | COMPUTED and prop not in written and not _read(prop, text)
    ]
    assert unread == [], (
        f"{type_name} accepts {unread} but no renderer file reads them. Draw them, or add them to README's"
        " 'Accepted but not yet drawn' and NOT_DRAWN here, with the reason."
    )


def test_the_not_drawn_list_is_in_the_readme():
    section = README.read_text().split("**Accepted but not yet drawn.**", 1)[1].split("\n- ", 1)[0]
    for _type_name, prop in NOT_DRAWN:
        assert f"`{prop}" in section or f"{prop}=" in section, prop


def test_computed_names_are_really_built():
    table = (RENDERER / "components" / "table" / "DataTable.js").read_text()
    assert "node.props['style_' + kind]" in table
    assert {"'data'", "'filter'", "'header'"} <= set(re.findall(r"'(?:data|filter|header)'", table))
