"""The index page: the HTML shell that loads the config, stylesheets, scripts and the renderer.

No inline script or style, so a strict Content-Security-Policy works.
"""

from __future__ import annotations

import re
import typing as t
from html import escape

from . import exceptions

DEFAULT_INDEX = """<!DOCTYPE html>
<html lang="en">
<head>
{%metas%}
<title>{%title%}</title>
{%favicon%}
{%css%}
</head>
<body>
{%app_entry%}
{%config%}
{%scripts%}
{%renderer%}
</body>
</html>
"""

#: Placeholders a custom ``index_string`` must contain.
REQUIRED_PLACEHOLDERS = ("app_entry", "config", "scripts", "renderer")

#: Plotly's page root: app stylesheets target #react-entry-point.
APP_ENTRY = '<div id="react-entry-point"><div class="_dash-loading">Loading...</div></div>'

_DEFAULT_METAS = (
    {"charset": "utf-8"},
    {"name": "viewport", "content": "width=device-width, initial-scale=1"},
)
_PLACEHOLDER = re.compile(r"\{%([a-z_]+)%\}")


def check_index_string(index_string: str) -> None:
    """Raise InvalidIndexException naming the placeholders that are missing."""
    found = set(_PLACEHOLDER.findall(index_string))
    missing = [name for name in REQUIRED_PLACEHOLDERS if name not in found]
    if missing:
        names = ", ".join("{%" + name + "%}" for name in missing)
        raise exceptions.InvalidIndexException(
            f"The index_string is missing {names}. A custom index_string must contain"
            " {%app_entry%}, {%config%}, {%scripts%} and {%renderer%} so the app can start."
        )


def attributes(attrs: dict[str, t.Any]) -> str:
    """``key="value"`` pairs, escaped; ``True`` writes a bare attribute, ``None``/``False`` omit it."""
    parts = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        if value is True:
            parts.append(escape(str(key)))
        else:
            parts.append(f'{escape(str(key))}="{escape(str(value))}"')
    return " ".join(parts)


def meta_tags(extra: t.Iterable[dict[str, t.Any]] | None) -> str:
    extra = list(extra or ())
    names = {tag.get("name") for tag in extra if tag.get("name")}
    has_charset = any("charset" in tag for tag in extra)
    tags = []
    for tag in _DEFAULT_METAS:
        if "charset" in tag and has_charset:
            continue
        if tag.get("name") in names:
            continue
        tags.append(tag)
    tags.extend(extra)
    return "\n".join(f"<meta {attributes(tag)}>" for tag in tags)


def stylesheet_tag(item: str | dict[str, t.Any]) -> str:
    if isinstance(item, str):
        return f'<link rel="stylesheet" href="{escape(item)}">'
    attrs = dict(item)
    attrs.setdefault("rel", "stylesheet")
    return f"<link {attributes(attrs)}>"


def script_tag(item: str | dict[str, t.Any]) -> str:
    if isinstance(item, str):
        return f'<script src="{escape(item)}"></script>'
    return f"<script {attributes(dict(item))}></script>"


def config_tag(config_json: str) -> str:
    # The JSON is already script-safe (<, >, & and / are escaped).
    return f'<script id="_dash-config" type="application/json">{config_json}</script>'


def render(index_string: str, parts: dict[str, str]) -> str:
    """Replace each ``{%name%}`` by ``parts[name]`` (unknown placeholders become empty)."""
    return _PLACEHOLDER.sub(lambda match: parts.get(match.group(1), ""), index_string)


_JS_TYPES = ("", "text/javascript", "application/javascript", "module")


def inline_scripts(html_text: str) -> list[str]:
    """The text of every inline ``<script>`` a browser would run in ``html_text`` (no ``src``, a
    JavaScript type), in document order; for CSP hashes."""
    from html.parser import HTMLParser

    found: list[str] = []

    class _Scripts(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=False)
            self.current: list[str] | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag != "script":
                return
            values = dict(attrs)
            kind = (values.get("type") or "").strip().lower()
            self.current = [] if "src" not in values and kind in _JS_TYPES else None

        def handle_data(self, data: str) -> None:
            if self.current is not None:
                self.current.append(data)

        def handle_endtag(self, tag: str) -> None:
            if tag == "script" and self.current is not None:
                found.append("".join(self.current))
                self.current = None

    _Scripts().feed(html_text)
    return found
