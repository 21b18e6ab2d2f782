"""`python -m dash doctor`: the installed Flask stack against the tested one; read-only.

Everything is read from installed metadata (importlib.metadata), never from a source tree, so the report
describes what this interpreter will really run.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
from typing import NamedTuple

from ._requirements import Requirement

TESTED = "tested"
UNTESTED = "untested"
OUTSIDE = "outside"
VERDICT_TEXT = {
    TESTED: "You are on the tested set: every package matches the [lockflask] pins.",
    UNTESTED: "Inside the floating range but untested: dash should work, but this exact stack was not tested.",
    OUTSIDE: "Outside the supported range: dash is not expected to work with these versions.",
}


class Package(NamedTuple):
    name: str
    installed: str | None
    tested: str | None
    allowed: str | None


class Report(NamedTuple):
    dash_version: str
    python: str
    packages: list[Package]
    verdict: str
    problems: list[str]
    command: str


def _installed(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def examine(distribution: str = "dash") -> Report:
    """Compare what is installed with the core ranges and the [lockflask] pins of `distribution`."""
    try:
        dash_version = importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        raise RuntimeError(
            f"The distribution {distribution!r} is not installed, so there is no metadata to compare with."
            " Install dash with pip (e.g. pip install dash) and run the doctor again."
        ) from None
    requirements = [Requirement.parse(text) for text in importlib.metadata.requires(distribution) or []]
    core = {r.name: r for r in requirements if r.applies()}
    pins = {r.name: r.pinned_version() for r in requirements if r.applies("lockflask")}
    pins = {name: version for name, version in pins.items() if version}

    names = list(dict.fromkeys([*core, *sorted(pins)]))
    packages, problems = [], []
    for name in names:
        installed = _installed(name)
        allowed = core.get(name)
        packages.append(
            Package(
                name,
                installed,
                pins.get(name),
                ",".join(op + v for op, v in allowed.specifiers) if allowed else None,
            )
        )
        if allowed is not None and installed is None:
            problems.append(f"{name} is not installed, but dash requires {name}{packages[-1].allowed}.")
        elif allowed is not None and not allowed.contains(installed):
            problems.append(f"{name} {installed} is outside dash's supported range {packages[-1].allowed}.")

    if problems:
        verdict = OUTSIDE
    elif pins and all(p.installed == p.tested for p in packages if p.tested):
        verdict = TESTED
    else:
        verdict = UNTESTED
    command = f'pip install "dash[lockflask]=={dash_version}"'
    python = "{}.{}.{}".format(*sys.version_info[:3])
    return Report(dash_version, python, packages, verdict, problems, command)


def format_text(report: Report) -> str:
    width = max(len(p.name) for p in report.packages) if report.packages else 8
    lines = [f"dash {report.dash_version} on Python {report.python}", ""]
    lines.append(f"{'package':<{width}}  {'installed':<12}{'tested':<12}allowed")
    for package in report.packages:
        mark = "" if package.tested in (None, package.installed) else "  <- differs"
        lines.append(
            f"{package.name:<{width}}  {package.installed or '-':<12}{package.tested or '-':<12}{package.allowed or '-'}{mark}"
        )
    lines += ["", VERDICT_TEXT[report.verdict], *(f"  - {problem}" for problem in report.problems)]
    if report.verdict != TESTED:
        lines.append(f"To get the tested set: {report.command}")
    return "\n".join(lines)


def format_json(report: Report) -> str:
    return json.dumps(
        {
            "dash": report.dash_version,
            "python": report.python,
            "verdict": report.verdict,
            "message": VERDICT_TEXT[report.verdict],
            "problems": report.problems,
            "command": report.command,
            "packages": [package._asdict() for package in report.packages],
        },
        indent=2,
    )


#: Set to any non-empty value to silence the note `app.run(debug=True)` prints off the tested stack.
SILENCE_VARIABLE = "DASH_SILENCE_STACK_NOTE"


def stack_note() -> str | None:
    """One line for `app.run(debug=True)` when the running Flask/Werkzeug is not the tested pair, else None."""
    if os.environ.get(SILENCE_VARIABLE):
        return None
    try:
        report = examine()
    except RuntimeError:
        return None  # no installed metadata (e.g. run from a source checkout): nothing to compare with
    differing = [
        f"{p.name} {p.installed or 'missing'} (tested: {p.tested})"
        for p in report.packages
        if p.name in ("flask", "werkzeug") and p.tested and p.installed != p.tested
    ]
    if not differing and report.verdict != OUTSIDE:
        return None
    where = "outside dash's supported range" if report.verdict == OUTSIDE else "not the tested set"
    return (
        f"dash: running {', '.join(differing) or 'an unsupported stack'}, {where}. For the tested set:"
        f" {report.command} (details: python -m dash doctor; silence with {SILENCE_VARIABLE}=1)."
    )


def main(as_json: bool = False) -> int:
    """Print the report; exit status 2 when the installed stack is outside the supported range."""
    try:
        report = examine()
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_json(report) if as_json else format_text(report))
    return 2 if report.verdict == OUTSIDE else 0
