from __future__ import annotations

import importlib.util
import os
import sys
import types
import typing as t

import pytest

from dash.development.base_component import ComponentRegistry

_HELPER = os.path.join(os.path.dirname(__file__), "fake_suite.py")


def _helper() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("_dash_tests_fake_suite", _HELPER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def suite(tmp_path_factory: pytest.TempPathFactory) -> t.Iterator[types.ModuleType]:
    """A generated-style component suite package ``fake_suite``, imported (so registered) for this module."""
    name = "fake_suite"
    module = _helper().make_suite(str(tmp_path_factory.mktemp("suite")), name)
    yield module
    ComponentRegistry.registry.discard(name)
    ComponentRegistry.namespace_to_package.pop(name, None)
    ComponentRegistry.children_props.pop(name, None)
    for key in [key for key in sys.modules if key == name or key.startswith(name + ".")]:
        del sys.modules[key]
