"""A small reader for the requirement strings in our own metadata (Requires-Dist), so that doctor needs
no dependency beyond the standard library: versions, specifiers, and `and`-joined markers on
`python_version`, `extra`, `platform_system` and `sys_platform`, which is all our metadata uses."""

from __future__ import annotations

import platform
import re
import sys
from typing import NamedTuple

_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*?)\s*(?:;\s*(.*))?$")
_CLAUSE = re.compile(r"""^\s*(\w+)\s*(==|!=|<=|>=|<|>)\s*["']([^"']*)["']\s*$""")
_PRE_RELEASE = re.compile(r"(a|b|rc|dev)(\d*)$")


def canonical_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def version_key(version: str) -> tuple:
    """Order versions like PEP 440 for the forms we meet: 3.1.3, 2.2.0rc1, 3.2.0.dev0, 1.0.post1."""
    match = re.match(r"^v?(\d+(?:\.\d+)*)(.*)$", version.strip().lower().split("+", 1)[0])
    if not match:
        return ((0,), -5, 0)
    numbers = tuple(int(part) for part in match.group(1).split("."))
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers = numbers[:-1]
    rest = match.group(2).lstrip(".-_")
    if rest.startswith("post"):
        return (numbers, 1, int(rest[4:] or 0) if rest[4:].isdigit() else 0)
    pre = _PRE_RELEASE.search(rest)
    if pre:
        rank = {"dev": -4, "a": -3, "b": -2, "rc": -1}[pre.group(1)]
        return (numbers, rank, int(pre.group(2) or 0))
    return (numbers, 0, 0)


def _compare(version: str, operator: str, target: str) -> bool:
    left, right = version_key(version), version_key(target)
    if operator == "~=":
        prefix = version_key(".".join(target.split(".")[:-1]))[0]
        return left >= right and left[0][: len(prefix)] == prefix
    return {
        "==": left == right,
        "!=": left != right,
        ">=": left >= right,
        "<=": left <= right,
        ">": left > right,
        "<": left < right,
    }[operator]


class Requirement(NamedTuple):
    name: str
    specifiers: tuple[tuple[str, str], ...]
    marker: str

    @classmethod
    def parse(cls, text: str) -> Requirement:
        match = _REQUIREMENT.match(text)
        if not match:
            raise ValueError(f"Cannot read the requirement {text!r}; reinstall dash to repair its metadata.")
        name, spec, marker = match.groups()
        specifiers = tuple(
            (m.group(1), m.group(2).strip())
            for m in (
                re.match(r"\s*(~=|==|!=|<=|>=|<|>)\s*(\S+)", part)
                for part in spec.strip("() ").split(",")
                if part.strip()
            )
            if m
        )
        return cls(canonical_name(name), specifiers, (marker or "").strip())

    def contains(self, version: str) -> bool:
        return all(_compare(version, operator, target) for operator, target in self.specifiers)

    def pinned_version(self) -> str | None:
        return self.specifiers[0][1] if len(self.specifiers) == 1 and self.specifiers[0][0] == "==" else None

    def applies(self, extra: str | None = None) -> bool:
        """Evaluate the marker for this interpreter and `extra` (None: the core requirements)."""
        if not self.marker:
            return extra is None
        environment = {
            "python_version": "{}.{}".format(*sys.version_info[:2]),
            "python_full_version": platform.python_version(),
            "platform_system": platform.system(),
            "sys_platform": sys.platform,
            "extra": extra or "",
        }
        clauses = [clause.strip("() ") for clause in self.marker.split(" and ")]
        mentions_extra = False
        for clause in clauses:
            match = _CLAUSE.match(clause)
            if not match:
                raise ValueError(
                    f"Cannot evaluate the marker {self.marker!r}; reinstall dash to repair its metadata."
                )
            variable, operator, value = match.groups()
            mentions_extra = mentions_extra or variable == "extra"
            actual = environment.get(variable)
            if actual is None:
                raise ValueError(
                    f"Cannot evaluate the marker {self.marker!r}; reinstall dash to repair its metadata."
                )
            if variable.endswith("_version"):
                if not _compare(actual, operator, value):
                    return False
            elif (actual == value) != (operator == "=="):
                return False
        return mentions_extra == (extra is not None)
