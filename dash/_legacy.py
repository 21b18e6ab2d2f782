"""The pre-2.0 import names: ``dash_core_components``, ``dash_html_components``, ``dash_table`` and
``dash.dependencies``.

Each old name is a small module of ours that warns once (DeprecationWarning, naming the modern
import) and then *is* the modern module: ``sys.modules`` maps the old name, and every submodule, to
the modern objects, so ``import dash_core_components as dcc; dcc.Dropdown is dash.dcc.Dropdown``.

Plotly's stand-alone distributions of the same names may also be installed. Their 2.x releases only
forward to ``dash.dcc`` / ``dash.html`` / ``dash.dash_table`` (with a UserWarning of their own), which
works unchanged. Their older releases ship their own component classes and React bundles, which would
shadow ours and draw nothing in our renderer; ``check_component_class`` stops those at import with an
ImportError that names the distribution and the fix (uninstall it). Python imports a package directory
before a module file of the same name, so we cannot make our one-file shims win over an installed
package; we make the outcome explicit instead.
"""

from __future__ import annotations

import importlib
import sys
import types
import warnings

#: old module name -> (modern module, modern import line, Plotly's stand-alone distribution)
OLD_NAMES = {
    "dash_core_components": ("dash.dcc", "from dash import dcc", "dash-core-components"),
    "dash_html_components": ("dash.html", "from dash import html", "dash-html-components"),
    "dash_table": ("dash.dash_table", "from dash import dash_table", "dash-table"),
}
_OLD_NAMESPACES = {"dash_core_components", "dash_html_components", "dash_table"}


def deprecation_message(old: str, modern: str) -> str:
    return (
        f"'{old}' is a pre-2.0 import name and is deprecated. Write '{modern}' instead; it is the same"
        " module, so nothing else in your code has to change."
    )


def _importer_stacklevel() -> int:
    """The ``stacklevel`` that points a warning at the line that imported the old name.

    ``warnings`` itself skips the import machinery's frames when it counts, so they are not counted.
    """
    frame = sys._getframe(2)
    level = 2
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if not name.startswith("importlib._bootstrap"):
            lazy_attribute = name == "dash" and frame.f_code.co_name == "__getattr__"
            passing = name in OLD_NAMES or name in ("dash.dependencies", "importlib") or lazy_attribute
            if not passing:
                return level
            level += 1
        frame = frame.f_back
    return 2


def _imported_by_dash() -> bool:
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        lazy_attribute = name == "dash" and frame.f_code.co_name == "__getattr__"  # dash.dependencies.X
        if not (name.startswith("importlib") or name == "dash.dependencies" or lazy_attribute):
            return name == "dash" or name.startswith("dash.")
        frame = frame.f_back
    return False


def warn_old_dependencies() -> None:
    """Called by ``dash.dependencies``: warn unless dash's own code imported it."""
    if not _imported_by_dash():
        warnings.warn(
            deprecation_message("dash.dependencies", "from dash import Input, Output, State"),
            DeprecationWarning,
            stacklevel=_importer_stacklevel(),
        )


def alias(old: str) -> types.ModuleType:
    """Make the module named ``old`` the modern module (and its submodules), after one warning."""
    modern_name, modern_import, _distribution = OLD_NAMES[old]
    warnings.warn(
        deprecation_message(old, modern_import), DeprecationWarning, stacklevel=_importer_stacklevel()
    )
    modern = importlib.import_module(modern_name)
    prefix = modern_name + "."
    for name, module in list(sys.modules.items()):
        if name.startswith(prefix):
            sys.modules[old + name[len(modern_name) :]] = module
    sys.modules[old] = modern
    return modern


def check_component_class(cls: type, package: str) -> None:
    """Refuse a component class of Plotly's old stand-alone dcc/html/dash_table packages.

    Called when a component class is created; ``package`` is the top-level package of its module.
    """
    namespace = cls.__dict__.get("_namespace") or package
    if package not in _OLD_NAMESPACES or namespace not in _OLD_NAMESPACES:
        return
    _modern, modern_import, distribution = OLD_NAMES[package]
    raise ImportError(
        f"The stand-alone package '{distribution}'{_installed_version(distribution)} is installed and was"
        f" imported as '{package}' instead of dash's built-in components. It carries its own React"
        f" components, which this dash does not run. Uninstall it ('pip uninstall {distribution}');"
        f" 'import {package}' then gives dash's built-in module (better: write '{modern_import}')."
    )


def _installed_version(distribution: str) -> str:
    from importlib import metadata

    try:
        return f" {metadata.version(distribution)}"
    except metadata.PackageNotFoundError:
        return ""
