"""tools/lock.py's merge: per-Python pip-compile outputs -> one file with python_version markers."""

from __future__ import annotations

import os
import runpy
from pathlib import Path

import pytest
from packaging.requirements import Requirement

pytestmark = pytest.mark.packaging
SOURCE_TREE = Path(os.environ.get("DASH_SOURCE_TREE") or Path(__file__).resolve().parents[2])
lock = runpy.run_path(str(SOURCE_TREE / "tools" / "lock.py"), run_name="dash_lock")
PYTHONS = lock["SUPPORTED_PYTHONS"]


def same_everywhere(**pins):
    return {python: dict(pins) for python in PYTHONS}


def requirements(text):
    return [Requirement(line) for line in text.splitlines() if line and not line.startswith("#")]


def active(text, python, **environment):
    env = {"python_version": python, **environment}
    return {
        r.name: str(r.specifier) for r in requirements(text) if r.marker is None or r.marker.evaluate(env)
    }


@pytest.mark.parametrize(
    ("pythons", "marker"),
    [
        (["3.9"], 'python_version < "3.10"'),
        (["3.10", "3.11", "3.12", "3.13"], 'python_version >= "3.10"'),
        (["3.10", "3.11"], 'python_version >= "3.10" and python_version < "3.12"'),
        (list(PYTHONS), ""),
    ],
)
def test_marker_for_a_run_of_pythons(pythons, marker):
    assert lock["marker_for"](pythons) == marker


def test_identical_pins_stay_unmarked_and_differences_get_markers():
    pins = same_everywhere(flask="3.1.3", click="8.5.1")
    pins["3.9"] = {"flask": "3.1.3", "click": "8.1.8", "zipp": "3.23.1"}
    text = lock["merge"](pins)
    assert "flask==3.1.3\n" in text
    assert (
        'click==8.1.8; python_version < "3.10"' in text and 'click==8.5.1; python_version >= "3.10"' in text
    )
    for python in PYTHONS:
        expected = {"flask": "==3.1.3", "click": "==8.1.8" if python == "3.9" else "==8.5.1"}
        if python == "3.9":
            expected["zipp"] = "==3.23.1"
        assert active(text, python) == expected


def test_platform_only_dependencies_get_a_platform_marker():
    platform = {"3.9": {"colorama": {"version": "0.4.6", "platform_system": "Windows"}}}
    text = lock["merge"](same_everywhere(click="8.1.8"), platform)
    assert 'colorama==0.4.6; python_version < "3.10" and platform_system == "Windows"' in text
    assert "colorama" in active(text, "3.9", platform_system="Windows")
    assert "colorama" not in active(text, "3.9", platform_system="Linux")
    assert "colorama" not in active(text, "3.11", platform_system="Windows")


def test_a_missing_python_is_an_error():
    pins = same_everywhere(flask="3.1.3")
    del pins["3.13"]
    with pytest.raises(lock["LockError"], match="No pins for Python 3.13"):
        lock["merge"](pins)


def test_the_committed_lock_is_the_merge_of_the_committed_inputs():
    assert (SOURCE_TREE / "requirements" / "lockflask.txt").read_text() == lock[
        "merged_text_from_committed"
    ]()
