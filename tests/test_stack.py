"""Inside tox: the tests run against the installed wheel, on the Flask stack the env promises."""

from __future__ import annotations

import importlib.metadata
import os
from pathlib import Path

import pytest

import dash

SOURCE_TREE = os.environ.get("DASH_TESTS_REQUIRE_INSTALLED")
EXPECTED_STACK = os.environ.get("DASH_EXPECT_STACK")
# Mirrors requirements/tests-min.txt; the lowest env proves these exact floors.
FLOORS = {
    "flask": "2.2.5",
    "werkzeug": "2.2.3",
    "jinja2": "3.0.0",
    "markupsafe": "2.1.1",
    "itsdangerous": "2.0.0",
    "click": "8.0.0",
    "typing-extensions": "4.1.1",
    "plotly": "5.0.0",
    "tenacity": "6.2.0",
    "six": "1.9.0",
}


def installed(name: str) -> str:
    return importlib.metadata.version(name)


@pytest.mark.skipif(not SOURCE_TREE, reason="only inside tox, where the wheel is installed")
def test_dash_is_imported_from_the_installed_wheel_not_the_source_tree():
    location = Path(dash.__file__).resolve()
    assert (Path(SOURCE_TREE).resolve() / "dash") not in location.parents, location
    assert "site-packages" in location.parts


@pytest.mark.skipif(EXPECTED_STACK != "locked", reason="only in the locked env")
def test_locked_env_runs_exactly_the_lockflask_pins():
    from packaging.requirements import Requirement

    pins = {}
    for text in importlib.metadata.requires("dash"):
        requirement = Requirement(text)
        if requirement.marker is not None and requirement.marker.evaluate({"extra": "lockflask"}):
            pins[requirement.name] = next(iter(requirement.specifier)).version
    assert "flask" in {name.lower() for name in pins}
    assert {name: installed(name) for name in pins} == pins


@pytest.mark.skipif(EXPECTED_STACK != "lowest", reason="only in the lowest env")
def test_lowest_env_runs_exactly_the_floors():
    assert {name: installed(name) for name in FLOORS} == FLOORS
