"""`python -m dash doctor`: the installed Flask stack against what we test; read-only.

Everything is read from installed metadata (importlib.metadata, parsed with `packaging`, the library pip
itself vendors), never from a source tree, so the report describes what this interpreter will really run.

Verdicts, from best to worst:

- ``tested``: every ``[lockflask]`` pin is installed, on a Python the lock was compiled for and tested on.
- ``tested-pair``: the installed Flask and Werkzeug on this Python minor passed the full suite in the
  compatibility matrix (docs/compatibility.md), although the rest of the stack is not the pinned one.
- ``untested``: inside dash's ranges and consistent, but not a stack we ran.
- ``outside`` (exit 2): a package dash requires is missing or outside dash's range.
- ``broken`` (exit 2): an installed package's own requirement is not met (what ``pip check`` reports) in
  dash's dependency closure, e.g. Flask 3.1.3 with Werkzeug 3.0.6.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import shlex
import sys
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote
from urllib.parse import urlparse

from packaging.markers import default_environment
from packaging.requirements import InvalidRequirement
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion
from packaging.version import Version

TESTED = "tested"
TESTED_PAIR = "tested-pair"
UNTESTED = "untested"
OUTSIDE = "outside"
BROKEN = "broken"
VERDICT_TEXT = {
    TESTED: "You are on the tested set: every package matches the [lockflask] pins tested on this Python.",
    TESTED_PAIR: "Tested pair: this Flask and Werkzeug passed the full suite on this Python in the compatibility"
    " matrix (docs/compatibility.md); the other packages are not the pinned ones.",
    UNTESTED: "Inside the floating range but untested: dash should work, but this exact stack was not tested.",
    OUTSIDE: "Outside the supported range: dash is not expected to work with these versions.",
    BROKEN: "Broken: installed packages do not meet each other's requirements (what `pip check` reports);"
    " dash is not expected to work until they do.",
}
FAILING = (OUTSIDE, BROKEN)
#: What the test runs recorded (written by `python tools/compat_matrix.py render`, shipped in the wheel).
TESTED_FILE = Path(__file__).with_name("_tested.json")
EXTRA = "lockflask"


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
    notes: list[str]
    command: str


class _Installed(NamedTuple):
    version: str
    requires: list[str]


def _metadata(name: str) -> _Installed | None:
    """The installed version and Requires-Dist of `name`, or None when it is not installed."""
    try:
        distribution = importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return None
    return _Installed(distribution.version, list(distribution.requires or []))


def _installed(name: str) -> str | None:
    found = _metadata(name)
    return None if found is None else found.version


def _tested_record() -> dict:
    """{"lock_pythons": [...], "locked_passed": [...], "matrix": [{"python", "flask", "werkzeug"}, ...]}."""
    try:
        with open(TESTED_FILE, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return {"lock_pythons": [], "locked_passed": [], "matrix": []}


def _environment(extra: str = "") -> dict[str, str]:
    return dict(default_environment(), extra=extra)


def _applies(requirement: Requirement, extra: str = "") -> bool:
    return requirement.marker is None or requirement.marker.evaluate(_environment(extra))


def _contains(requirement: Requirement, version: str) -> bool:
    # pip check accepts any installed version, pre-releases included, that the specifier admits.
    try:
        return requirement.specifier.contains(Version(version), prereleases=True)
    except InvalidVersion:
        return False


def _parse(text: str, owner: str) -> Requirement:
    try:
        return Requirement(text)
    except InvalidRequirement as error:
        raise RuntimeError(
            f"The installed metadata of {owner} has an unreadable requirement {text!r} ({error});"
            f" reinstall {owner} to repair it."
        ) from None


def closure_problems(root: str = "dash") -> list[str]:
    """What `pip check` would say about `root`'s installed dependency closure (core requirements only)."""
    problems: list[str] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    queue: list[tuple[str, frozenset[str]]] = [(canonicalize_name(root), frozenset())]
    while queue:
        name, extras = queue.pop(0)
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        found = _metadata(name)
        if found is None:
            continue  # reported by whoever required it
        for text in found.requires:
            requirement = _parse(text, name)
            if not any(_applies(requirement, extra) for extra in ("", *sorted(extras))):
                continue
            dependency = canonicalize_name(requirement.name)
            installed = _installed(dependency)
            if installed is None:
                problems.append(
                    f"{name} {found.version} requires {requirement.name}, which is not installed."
                )
            elif not _contains(requirement, installed):
                problems.append(
                    f"{name} {found.version} requires {requirement.name}{requirement.specifier},"
                    f" but {requirement.name} {installed} is installed."
                )
            else:
                queue.append((dependency, frozenset(requirement.extras)))
    return problems


def install_command(distribution: str = "dash") -> str:
    """The command that installs `distribution` with the [lockflask] extra the way it was installed.

    Read from PEP 610 ``direct_url.json``: a wheel or sdist file, a local directory (editable or not) or a
    VCS URL. Without that file dash came from an index (a private one or --find-links): the command pins
    our exact version, whose local label no public index release can carry, so it never fetches another
    project's `dash`. Uses uv when uv installed dash (its INSTALLER file), else this interpreter's pip.
    """
    dist = importlib.metadata.distribution(distribution)
    installer = (dist.read_text("INSTALLER") or "").strip()
    python = shlex.quote(sys.executable)
    pip = f"uv pip install --python {python}" if installer == "uv" else f"{python} -m pip install"
    target = f"{distribution}[{EXTRA}]=={dist.version}"
    try:
        direct = json.loads(dist.read_text("direct_url.json") or "null")
    except ValueError:
        direct = None
    if isinstance(direct, dict) and direct.get("url"):
        url = direct["url"]
        if "vcs_info" in direct:
            vcs = direct["vcs_info"]
            revision = vcs.get("commit_id") or vcs.get("requested_revision")
            url = f"{vcs.get('vcs', 'git')}+{url}" + (f"@{revision}" if revision else "")
        subdirectory = direct.get("subdirectory")
        if subdirectory:
            url += f"#subdirectory={subdirectory}"
        if direct.get("dir_info", {}).get("editable") and url.startswith("file:"):
            path = unquote(urlparse(url).path)
            return f"{pip} -e {shlex.quote(f'{path}[{EXTRA}]')}"
        target = f"{distribution}[{EXTRA}] @ {url}"
    return f"{pip} {shlex.quote(target)}"


def examine(distribution: str = "dash") -> Report:
    """Compare what is installed with dash's ranges, its dependency closure and the stacks we tested."""
    dash = _metadata(distribution)
    if dash is None:
        raise RuntimeError(
            f"The distribution {distribution!r} is not installed, so there is no metadata to compare with."
            " Install dash (see README, Versioning) and run the doctor again."
        )
    requirements = [_parse(text, distribution) for text in dash.requires]
    core = {canonicalize_name(r.name): r for r in requirements if _applies(r)}
    pins: dict[str, str] = {}
    for requirement in requirements:
        if not _applies(requirement) and _applies(requirement, EXTRA):
            specifiers = list(requirement.specifier)
            if len(specifiers) == 1 and specifiers[0].operator == "==":
                pins[canonicalize_name(requirement.name)] = specifiers[0].version

    packages, problems = [], []
    for name in dict.fromkeys([*core, *sorted(pins)]):
        installed = _installed(name)
        allowed = core.get(name)
        allowed_text = str(allowed.specifier) if allowed is not None else None
        packages.append(Package(name, installed, pins.get(name), allowed_text))
        if allowed is not None and installed is None:
            problems.append(f"{name} is not installed, but dash requires {name}{allowed_text}.")
        elif allowed is not None and not _contains(allowed, installed):
            problems.append(f"{name} {installed} is outside dash's supported range {allowed_text}.")
    broken = closure_problems(distribution) if not problems else []

    python = "{}.{}.{}".format(*sys.version_info[:3])
    minor = "{}.{}".format(*sys.version_info[:2])
    record = _tested_record()
    notes = []
    if minor not in record.get("lock_pythons", []):
        compiled = ", ".join(record.get("lock_pythons", [])) or "none recorded"
        notes.append(
            f"Python {minor} is not one the lock was compiled for ({compiled}): the [lockflask] pins that"
            f" apply here were resolved for another Python and never tested on {minor}."
        )
    installed_versions = {p.name: p.installed for p in packages}
    on_pins = bool(pins) and all(installed_versions.get(name) == version for name, version in pins.items())
    pair = {
        "python": minor,
        "flask": installed_versions.get("flask"),
        "werkzeug": installed_versions.get("werkzeug"),
    }

    if problems:
        verdict = OUTSIDE
    elif broken:
        verdict, problems = BROKEN, broken
    elif on_pins and minor in record.get("lock_pythons", []) and minor in record.get("locked_passed", []):
        verdict = TESTED
    elif pair in record.get("matrix", []):
        verdict = TESTED_PAIR
    else:
        verdict = UNTESTED
    return Report(dash.version, python, packages, verdict, problems, notes, install_command(distribution))


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
    lines += [f"Note: {note}" for note in report.notes]
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
            "notes": report.notes,
            "command": report.command,
            "packages": [package._asdict() for package in report.packages],
        },
        indent=2,
    )


#: Set to any non-empty value to silence the note `app.run(debug=True)` prints off the tested stack.
SILENCE_VARIABLE = "DASH_SILENCE_STACK_NOTE"


def stack_note() -> str | None:
    """One line for `app.run(debug=True)` when the running Flask/Werkzeug is not a tested pair, else None."""
    if os.environ.get(SILENCE_VARIABLE):
        return None
    try:
        report = examine()
    except RuntimeError:
        return None  # no installed metadata (e.g. run from a source checkout): nothing to compare with
    if report.verdict in FAILING:
        where = "outside dash's supported range" if report.verdict == OUTSIDE else "a broken stack"
        return (
            f"dash: running {where} ({report.problems[0]}) For the tested set: {report.command}"
            f" (details: python -m dash doctor; silence with {SILENCE_VARIABLE}=1)."
        )
    if report.verdict in (TESTED, TESTED_PAIR):
        return None
    differing = [
        f"{p.name} {p.installed} (tested: {p.tested})"
        for p in report.packages
        if p.name in ("flask", "werkzeug") and p.tested and p.installed != p.tested
    ]
    if not differing:
        return None
    return (
        f"dash: running {', '.join(differing)}, not a tested pair. For the tested set: {report.command}"
        f" (details: python -m dash doctor; silence with {SILENCE_VARIABLE}=1)."
    )


def main(as_json: bool = False) -> int:
    """Print the report; exit status 2 when the stack is outside the supported range or broken."""
    try:
        report = examine()
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        print(format_json(report) if as_json else format_text(report), flush=True)
    except BrokenPipeError:
        # The reader stopped early (`python -m dash doctor | head`): that is not an error of ours. Point
        # stdout at devnull so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 2 if report.verdict in FAILING else 0
