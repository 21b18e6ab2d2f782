"""Writes a component suite package the way dash-generate-components does (new and old generator), for
tests that must not depend on a real suite being installed."""

from __future__ import annotations

import importlib
import os
import sys
import textwrap

NEW_STYLE = '''
import typing
from typing_extensions import TypedDict, NotRequired, Literal
from dash.development.base_component import Component, _explicitize_args
try:
    from dash.types import NumberType
except ImportError:
    NumberType = typing.Union[typing.SupportsFloat, typing.SupportsInt]


class Card(Component):
    """A card."""
    _children_props = ["header", "items[].label"]
    _base_nodes = ["header", "children"]
    _namespace = "{ns}"
    _type = "Card"

    def __init__(self, children=None, id=None, *, header=None, items=None, size: typing.Optional[NumberType] = None,
                 title=None, **kwargs):
        self._prop_names = ["children", "id", "header", "items", "size", "title"]
        self._valid_wildcard_attributes = ["data-", "aria-"]
        self.available_properties = ["children", "id", "header", "items", "size", "title", "data-*", "aria-*"]
        self.available_wildcard_properties = ["data-", "aria-"]
        _explicit_args = kwargs.pop("_explicit_args")
        _locals = locals()
        _locals.update(kwargs)
        args = {{k: _locals[k] for k in _explicit_args if k != "children"}}
        for k in ["title"]:
            if k not in args:
                raise TypeError("Required argument `" + k + "` was not specified.")
        super(Card, self).__init__(children=children, **args)


setattr(Card, "__init__", _explicitize_args(Card.__init__))


class Grid(Component):
    _children_props = []
    _base_nodes = ["children"]
    _namespace = "{ns}"
    _type = "Grid"
    _explicitize_dash_init = True

    def __init__(self, id=None, rowData=None, **kwargs):
        self._prop_names = ["id", "rowData"]
        self._valid_wildcard_attributes = []
        self.available_properties = ["id", "rowData"]
        self.available_wildcard_properties = []
        _explicit_args = kwargs.pop("_explicit_args")
        _locals = locals()
        _locals.update(kwargs)
        args = {{k: _locals[k] for k in _explicit_args}}
        super(Grid, self).__init__(**args)
'''

OLD_STYLE = """
from dash.development.base_component import Component, _explicitize_args


class Knob(Component):
    @_explicitize_args
    def __init__(self, id=Component.UNDEFINED, value=Component.UNDEFINED, **kwargs):
        self._prop_names = ["id", "value"]
        self._type = "Knob"
        self._namespace = "{ns}"
        self._valid_wildcard_attributes = []
        self.available_properties = ["id", "value"]
        self.available_wildcard_properties = []
        _explicit_args = kwargs.pop("_explicit_args")
        _locals = locals()
        _locals.update(kwargs)
        args = {{k: _locals[k] for k in _explicit_args if k != "children"}}
        super(Knob, self).__init__(**args)
"""

INIT = """
__version__ = "1.2.3+local"
from ._components import Card, Grid
from ._old import Knob

_js_dist = [
    {{"relative_package_path": "bundle.min.js", "external_url": "https://cdn.example/{ns}/bundle.min.js",
      "dev_package_path": "bundle.dev.js", "namespace": "{ns}"}},
    {{"relative_package_path": "async-chunk.js", "namespace": "{ns}", "async": True}},
    {{"relative_package_path": "async-gone.js", "namespace": "{ns}", "async": "eager"}},  # declared, not shipped
    {{"relative_package_path": "async-lazy.js", "namespace": "{ns}", "async": "lazy"}},
    {{"relative_package_path": ["bundle.min.js.map", "missing.js.map"], "namespace": "{ns}", "dynamic": True}},
    {{"relative_package_path": "widget.mjs", "namespace": "{ns}",
      "attributes": {{"type": "module", "crossorigin": True, "nomodule": False, "onload": "x()", "src": "y"}}}},
    {{"relative_package_path": "devtools.js", "namespace": "{ns}", "dev_only": True}},
]
_css_dist = [{{"relative_package_path": "style.css", "namespace": "{ns}"}}]
"""

FILES = {
    "bundle.min.js": "window.{ns} = {{}};\n",
    "async-chunk.js": "/* chunk */\n",
    "async-lazy.js": "/* lazy chunk */\n",
    "bundle.dev.js": "window.{ns} = {{}}; // dev\n",
    "widget.mjs": "window.{ns}_module = true;\n",
    "devtools.js": "/* dev only */\n",
    "bundle.min.js.map": "{{}}\n",
    "style.css": ".card {{ color: red }}\n",
    "secret.txt": "not declared\n",
}


def make_suite(directory: str, name: str):
    """Write package ``name`` under ``directory``, put it on sys.path, import and return it."""
    package = os.path.join(directory, name)
    os.makedirs(package, exist_ok=True)
    sources = {"__init__.py": INIT, "_components.py": NEW_STYLE, "_old.py": OLD_STYLE, **FILES}
    for filename, text in sources.items():
        with open(os.path.join(package, filename), "w", encoding="utf-8") as handle:
            handle.write(textwrap.dedent(text).format(ns=name))
    sys.path.insert(0, directory)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(directory)
