"""The version scheme (README "Versioning"): component suites' `dash` floors are met, the index cannot match."""

from __future__ import annotations

import re

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import dash
from dash import _version

VERSION = Version(dash.__version__)


@pytest.mark.parametrize(
    "requirement",
    [
        "dash>=1.6.1",  # dash-daq 0.6.0
        "dash>=2",  # dash-ag-grid 35.3.0, dash-mantine-components 2.8.1
        "dash>=3.0.4",  # dash-bootstrap-components 2.0.4
        "dash>=2.0.0,<5",
    ],
)
def test_component_suite_floors_accept_our_dash(requirement):
    assert Requirement(requirement).specifier.contains(VERSION, prereleases=False)


def test_the_version_is_the_api_level_plus_a_local_label():
    assert re.fullmatch(r"\d+\.\d+\.\d+\+lockflask\.\d+", dash.__version__), dash.__version__
    assert VERSION.public == _version.API_LEVEL and VERSION.local == f"lockflask.{_version.BUILD}"
    assert not VERSION.is_prerelease and not VERSION.is_devrelease


def test_an_exact_pin_of_ours_never_matches_an_index_release():
    # PyPI refuses local labels, so every index release of `dash` has none: the pin matches our build only.
    ours = Requirement(f"dash=={dash.__version__}").specifier
    assert ours.contains(VERSION)
    assert not ours.contains(Version(_version.API_LEVEL))
    assert not ours.contains(Version(f"{_version.API_LEVEL}.post1"))


def test_our_build_sorts_above_the_same_public_release():
    # `pip install --upgrade dash` keeps ours until the index has a newer public API level (README).
    assert VERSION > Version(_version.API_LEVEL)
