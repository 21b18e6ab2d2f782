"""A small component suite written the way generated suites are, whose browser bundle is an ES module
(``"attributes": {"type": "module"}``), for host features no installed suite exercises: module scripts,
``persistenceTransforms`` and ``ExternalWrapper``'s ``temp``."""

from __future__ import annotations

import importlib
import os
import sys
import textwrap

NAME = "probe_module_suite"

INIT = '''
from dash.development.base_component import Component, _explicitize_args

__version__ = "0.1.0"

_js_dist = [{"relative_package_path": "probe.mjs", "namespace": __name__, "attributes": {"type": "module"}}]


class _Probe(Component):
    _children_props = []
    _base_nodes = ["children"]
    _namespace = __name__
    _explicitize_dash_init = True

    def __init__(self, **kwargs):
        self._prop_names = list(self._props)
        self._valid_wildcard_attributes = []
        self.available_properties = list(self._props)
        self.available_wildcard_properties = []
        explicit = kwargs.pop("_explicit_args")
        super().__init__(**{k: kwargs[k] for k in explicit if k in kwargs})


class Labels(_Probe):
    """Buttons for ``items`` ({label, value}); a click renames one. Persists ``items.label`` only."""

    _type = "Labels"
    _props = ("id", "items", "persistence", "persisted_props", "persistence_type")


class Holder(_Probe):
    """Renders ``inner`` (a layout dict) through ``dash_component_api.ExternalWrapper`` while ``show``."""

    _type = "Holder"
    _props = ("id", "inner", "show", "temp")
'''

MODULE = r"""
// import.meta only parses in a module script: loaded as a classic script this file is a SyntaxError.
const where = import.meta.url
const React = window.React
const h = React.createElement

function Labels ({ id, items, setProps }) {
  return h('div', { id, 'data-module': String(where.includes('/probe.')) }, (items || []).map((item, i) =>
    h('button', {
      key: i,
      className: 'label',
      onClick: () => setProps({ items: items.map((it, j) => j === i ? { ...it, label: it.label + '!' } : it) })
    }, item.label + '=' + item.value)))
}
Labels.dashPersistence = { persisted_props: ['items.label'], persistence_type: 'local' }
Labels.persistenceTransforms = {
  items: {
    label: {
      extract: items => items.map(it => it.label),
      apply: (labels, items) => items.map((it, i) => i < labels.length ? { ...it, label: labels[i] } : it)
    }
  }
}

function Holder ({ id, inner, show, temp }) {
  const api = window.dash_component_api
  const ctx = api.useDashContext()
  return h('div', { id }, show && inner
    ? h(api.ExternalWrapper, { component: inner, componentPath: [...ctx.componentPath, 'props', 'inner'], temp: !!temp })
    : 'hidden')
}

window.probe_module_suite = { Labels, Holder }
"""


def make(directory: str):
    """Write the package under ``directory``, import it (registering the suite) and return it."""
    package = os.path.join(directory, NAME)
    os.makedirs(package, exist_ok=True)
    for filename, text in (("__init__.py", INIT), ("probe.mjs", MODULE)):
        with open(os.path.join(package, filename), "w", encoding="utf-8") as handle:
            handle.write(textwrap.dedent(text))
    sys.path.insert(0, directory)
    try:
        return importlib.import_module(NAME)
    finally:
        sys.path.remove(directory)


def forget() -> None:
    """Unregister the suite and drop its modules (other tests must not see it)."""
    from dash.development.base_component import ComponentRegistry

    ComponentRegistry.registry.discard(NAME)
    ComponentRegistry.namespace_to_package.pop(NAME, None)
    ComponentRegistry.children_props.pop(NAME, None)
    for key in [key for key in sys.modules if key == NAME or key.startswith(NAME + ".")]:
        del sys.modules[key]
