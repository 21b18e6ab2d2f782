"""The built wheel declares floating core ranges and an exact `[lockflask]` extra."""

from __future__ import annotations

import email
import os
import re
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name as normalise

pytestmark = pytest.mark.packaging
SOURCE_TREE = Path(os.environ.get("DASH_SOURCE_TREE") or Path(__file__).resolve().parents[2])


def wheel_metadata(wheel) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(archive.read(name))


def requires(wheel) -> list[Requirement]:
    return [Requirement(text) for text in wheel_metadata(wheel).get_all("Requires-Dist")]


def split_requirements(wheel):
    core, locked = [], []
    for requirement in requires(wheel):
        marker = str(requirement.marker or "")
        if 'extra == "lockflask"' in marker:
            locked.append(requirement)
        elif "extra ==" not in marker:
            core.append(requirement)
    return core, locked


def test_core_requirements_float_with_a_floor_and_no_exact_pin(dists):
    core, _ = split_requirements(dists["wheel"])
    by_name = {normalise(r.name): r for r in core}
    assert set(by_name) == {"flask", "werkzeug", "packaging", "typing-extensions", "plotly"}
    # Plotly Dash's own floors: suites import typing_extensions, tutorials and dcc.Graph expect plotly.
    plotly, typing_extensions = by_name["plotly"].specifier, by_name["typing-extensions"].specifier
    assert plotly.contains("5.0.0") and not plotly.contains("4.14.3")
    assert typing_extensions.contains("4.1.1") and not typing_extensions.contains("4.1.0")
    # doctor reads metadata with packaging; its floor is the release test_doctor_envs.py runs it with.
    assert by_name["packaging"].specifier.contains("22.0") and not by_name["packaging"].specifier.contains(
        "21.3"
    )
    for requirement in core:
        operators = {spec.operator for spec in requirement.specifier}
        assert "==" not in operators and "===" not in operators, requirement
        assert ">=" in operators, f"{requirement} has no floor"
    assert by_name["flask"].specifier.contains("2.2.5") and not by_name["flask"].specifier.contains("2.2.4")
    assert by_name["werkzeug"].specifier.contains("2.2.3") and not by_name["werkzeug"].specifier.contains(
        "2.2.2"
    )
    # No minor cap: every future 3.x release is admitted.
    assert by_name["flask"].specifier.contains("3.9.0") and by_name["werkzeug"].specifier.contains("3.9.0")
    assert plotly.contains("7.99.0") and typing_extensions.contains("4.99.0")


def test_lockflask_extra_is_exact_pins_of_the_whole_closure(dists):
    metadata = wheel_metadata(dists["wheel"])
    assert "lockflask" in metadata.get_all("Provides-Extra")
    assert metadata["Requires-Python"] == ">=3.9"
    _, locked = split_requirements(dists["wheel"])
    names = {normalise(r.name) for r in locked}
    assert {"flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click", "blinker"} <= names
    # plotly's own dependencies (narwhals since plotly 6) are pinned too: the lock is the whole closure.
    assert {"plotly", "narwhals", "typing-extensions", "packaging"} <= names
    for requirement in locked:
        (spec,) = requirement.specifier
        assert spec.operator == "==", requirement


@pytest.mark.parametrize("python_version", ["3.9", "3.10", "3.11", "3.12", "3.13"])
@pytest.mark.parametrize("platform_system", ["Linux", "Windows", "Darwin"])
def test_lockflask_extra_matches_the_committed_lock_file(dists, python_version, platform_system):
    """The same pins are active in every environment, whether read from the wheel or from lockflask.txt."""
    environment = {"python_version": python_version, "platform_system": platform_system}
    _, locked = split_requirements(dists["wheel"])
    from_wheel = {
        (normalise(r.name), str(r.specifier))
        for r in locked
        if r.marker.evaluate(dict(environment, extra="lockflask"))
    }
    committed = set()
    for line in (SOURCE_TREE / "requirements" / "lockflask.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(environment):
                committed.add((normalise(requirement.name), str(requirement.specifier)))
    assert from_wheel == committed and any(name == "flask" for name, _ in committed)


@pytest.mark.parametrize("python_version", ["3.9", "3.10", "3.11", "3.12", "3.13"])
def test_every_lock_pin_satisfies_the_core_ranges(dists, python_version):
    core, locked = split_requirements(dists["wheel"])
    environment = {"python_version": python_version, "extra": "lockflask"}
    active = {
        normalise(r.name): next(iter(r.specifier)).version for r in locked if r.marker.evaluate(environment)
    }
    assert "importlib-metadata" in active if python_version == "3.9" else "importlib-metadata" not in active
    for requirement in core:
        assert requirement.specifier.contains(active[normalise(requirement.name)]), (requirement, active)


def test_wheel_ships_the_renderer_assets_and_typing_marker(dists):
    with zipfile.ZipFile(dists["wheel"]) as archive:
        names = set(archive.namelist())
    for needed in (
        "dash/renderer/renderer.js",
        "dash/renderer/renderer.css",
        "dash/py.typed",
        "dash/favicon.ico",
        "dash/__init__.py",
        "dash_core_components.py",
        "dash_html_components.py",
        "dash_table.py",
    ):
        assert needed in names, f"{needed} is missing from the wheel"
    assert not any(re.match(r"(tests|tools|requirements)/", name) for name in names)
    # Every file under dash/renderer in the source tree is in the wheel (not only the ones named today).
    renderer = SOURCE_TREE / "dash" / "renderer"
    shipped = {
        p.relative_to(SOURCE_TREE).as_posix()
        for p in renderer.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert shipped and shipped <= names, sorted(shipped - names)


def test_the_build_declares_every_data_folder(dists):
    # setuptools warns "Package 'dash.renderer' is absent from the `packages` configuration" and that its
    # files "would be ignored" by a future setuptools when a data folder is not declared as a package.
    log = dists["log"]
    assert "would be ignored" not in log and "is absent from the `packages` configuration" not in log, log


def test_the_long_description_has_only_absolute_links(dists):
    # An index page cannot follow `docs/...` or `./...` links: every markdown link and image is absolute.
    description = wheel_metadata(dists["wheel"]).get_payload()
    targets = re.findall(r"\]\(([^)\s]+)\)", description) + re.findall(r'(?:href|src)="([^"]+)"', description)
    assert targets, "the long description has no link at all"
    relative = [t for t in targets if not re.match(r"(https?://|mailto:)", t)]
    assert not relative, relative


def test_sdist_ships_the_requirements_files(dists):
    with tarfile.open(dists["sdist"]) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "requirements/install.in",
        "requirements/lockflask.in",
        "requirements/lockflask.txt",
        "requirements/build.txt",
        "dash/_tested.json",
        "setup.py",
        "setup.cfg",
        "dash/renderer/renderer.js",
    ):
        assert needed in names, f"{needed} is missing from the sdist"


def test_lockflask_pins_what_only_windows_needs(dists):
    _, locked = split_requirements(dists["wheel"])
    windows_py39 = {
        "python_version": "3.9",
        "platform_system": "Windows",
        "sys_platform": "win32",
        "os_name": "nt",
        "extra": "lockflask",
    }
    linux_py39 = dict(windows_py39, platform_system="Linux", sys_platform="linux", os_name="posix")
    on_windows = {normalise(r.name) for r in locked if r.marker.evaluate(windows_py39)}
    on_linux = {normalise(r.name) for r in locked if r.marker.evaluate(linux_py39)}
    # click 8.1.8 (the pin on 3.9) requires colorama on Windows; pip-compile on Linux would leave it out.
    assert on_windows - on_linux == {"colorama"}


def _floors(path):
    pins = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].split(";", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==")
            pins[normalise(name)] = version.strip()
    return pins


def test_background_extras_declare_the_floors_the_envs_install(dists):
    """[diskcache], [async] and [celery] have ranges whose floors are exactly what `lowest` and
    `celery-lowest` test."""
    declared = {"diskcache": {}, "async": {}, "compress": {}, "celery": {}}
    for requirement in requires(dists["wheel"]):
        for extra, names in declared.items():
            if f'extra == "{extra}"' in str(requirement.marker or ""):
                names[normalise(requirement.name)] = requirement.specifier
    tested = {
        "diskcache": _floors(SOURCE_TREE / "requirements" / "tests-min.txt"),
        "async": _floors(SOURCE_TREE / "requirements" / "tests-min.txt"),
        "compress": _floors(SOURCE_TREE / "requirements" / "tests-min.txt"),
        "celery": _floors(SOURCE_TREE / "requirements" / "celery-min.txt"),
    }
    assert set(declared["diskcache"]) == {"diskcache"}
    assert set(declared["async"]) == {"asgiref"}
    assert set(declared["compress"]) == {"flask-compress"}
    assert set(declared["celery"]) == {"celery", "redis"}
    for extra, names in declared.items():
        for name, specifier in names.items():
            floors = [spec.version for spec in specifier if spec.operator == ">="]
            assert floors == [tested[extra][name]], (
                f"{name}: declared {specifier}, tested {tested[extra][name]}"
            )
            assert any(spec.operator == "<" for spec in specifier), f"{name} needs a next-major cap"


def test_no_documented_command_installs_dash_by_its_bare_index_name():
    # The name `dash` on the index is Plotly's (README "Versioning"): a documented `pip install` must name
    # ours by path, wheel file or URL, or by our exact version (whose local label no index release has).
    bare = re.compile(r"""^["']?dash(\[[^\]]*\])?((==|>=|<=|~=|!=|<|>)[^+\s"']*)?["']?$""")
    history = ("Dash 2.10 declared", "nothing here says", "--upgrade dash")
    found = []
    for path in [
        SOURCE_TREE / "README.md",
        *(SOURCE_TREE / "docs").glob("*.md"),
        *(SOURCE_TREE / "dash").rglob("*.py"),
    ]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if any(marker in line for marker in history):
                continue
            for command in re.findall(r"(?:pip|uv pip) install([^`\n]*)", line):
                tokens = re.split(r"&&|;|\|", command)[0].split()
                for index, token in enumerate(tokens):
                    direct = index + 1 < len(tokens) and tokens[index + 1] == "@"  # `dash[x] @ URL`
                    if bare.match(token) and not direct:
                        found.append(f"{path.relative_to(SOURCE_TREE)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
