"""Every dash module imports on its own, without warnings, in a fresh interpreter."""

from __future__ import annotations

import os
import pkgutil
import subprocess

import pytest

import dash

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(dash.__file__)))


def all_modules():
    names = ["dash"]
    for info in pkgutil.walk_packages(dash.__path__, "dash."):
        if info.name.endswith("__main__"):
            continue  # importing it runs the command line
        names.append(info.name)
    return sorted(names)


def deprecated_name_allowance(module):
    # Pre-2.0 import paths warn on purpose (tests/test_legacy_imports.py checks the warning).
    return ["-W", "ignore::DeprecationWarning"] if module == "dash.dependencies" else []


@pytest.mark.parametrize("module", all_modules())
def test_module_imports_alone(module, python_with_warnings_as_errors):
    env = dict(os.environ)
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run(
        [*python_with_warnings_as_errors, *deprecated_name_allowance(module), "-c", f"import {module}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr


def test_removed_flask_and_werkzeug_apis_are_not_used():
    removed = (
        "before_first_request",
        "_app_ctx_stack",
        "_request_ctx_stack",
        "flask.json.JSONEncoder",
        "from flask.json import JSONEncoder",
        "url_quote",
        "flask.Markup",
        "from flask import Markup",
        "flask.escape",
        "safe_join",
        "json_encoder",
    )
    import pathlib

    for path in sorted(pathlib.Path(ROOT, "dash").rglob("*.py")):
        if path.name == "_compat.py":
            continue  # it names them to explain its gates
        text = path.read_text(encoding="utf-8")
        for name in removed:
            assert name not in text, f"{path} uses {name}"


def test_component_modules_have_a_version():
    # Issue 11: apps print dash.dcc.__version__ and dash.html.__version__.
    import dash

    assert dash.dcc.__version__ == dash.html.__version__ == dash.__version__
    from dash.dcc import __version__ as dcc_version

    assert dcc_version == dash.__version__
