"""dash._requirements: the stdlib-only reader doctor uses for our own Requires-Dist lines."""

from __future__ import annotations

import sys

import pytest

from dash._requirements import Requirement
from dash._requirements import version_key

PYTHON = "{}.{}".format(*sys.version_info[:2])


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("2.2.5", "2.3.0"),
        ("3.9", "3.10"),
        ("3.2.0.dev0", "3.2.0a1"),
        ("3.2.0a1", "3.2.0rc1"),
        ("3.2.0rc1", "3.2.0"),
        ("3.2.0", "3.2.0.post1"),
        ("3.1", "3.1.1"),
    ],
)
def test_version_order(older, newer):
    assert version_key(older) < version_key(newer)


def test_trailing_zeros_are_equal():
    assert version_key("3.0") == version_key("3.0.0") == version_key("3")


def test_core_range():
    requirement = Requirement.parse("flask<4,>=2.2.5")
    assert requirement.name == "flask" and requirement.applies() and not requirement.applies("lockflask")
    assert requirement.contains("2.2.5") and requirement.contains("3.1.3") and requirement.contains("3.99")
    assert not requirement.contains("2.2.4") and not requirement.contains("4.0.0")


def test_pins_with_markers():
    requirement = Requirement.parse(f'Click==8.1.8; python_version == "{PYTHON}" and extra == "lockflask"')
    assert requirement.name == "click" and requirement.pinned_version() == "8.1.8"
    assert requirement.applies("lockflask") and not requirement.applies()
    other = Requirement.parse(f'zipp==3.23.1; python_version < "{PYTHON}" and extra == "lockflask"')
    assert not other.applies("lockflask")


def test_compatible_release_operator():
    requirement = Requirement.parse("werkzeug~=3.1.0")
    assert (
        requirement.contains("3.1.9")
        and not requirement.contains("3.2.0")
        and not requirement.contains("3.0.6")
    )


def test_unreadable_lines_say_what_to_do():
    with pytest.raises(ValueError, match="reinstall dash"):
        Requirement.parse("!!!")
    with pytest.raises(ValueError, match="reinstall dash"):
        Requirement.parse('flask==3.1.3; os_name ~= "posix"').applies()
