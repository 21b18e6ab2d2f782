"""tools/lock.py beyond the merge: every .in pair is locked and checked, --upgrade-package reaches every
file, the constraints files are per-Python, pylock.toml agrees with the lock, the audit covers every file."""

from __future__ import annotations

import os
import re
import runpy
import shutil
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging
SOURCE_TREE = Path(os.environ.get("DASH_SOURCE_TREE") or Path(__file__).resolve().parents[2])
REQUIREMENTS = SOURCE_TREE / "requirements"
# The tool venvs are shared with `tox -e lock` / `lockcheck` (same place, same stamp), so they are made once.
CACHE = str(SOURCE_TREE / ".tox" / "lock-venvs")


@pytest.fixture
def lock():
    return runpy.run_path(str(SOURCE_TREE / "tools" / "lock.py"), run_name="dash_lock")


def test_every_compiled_in_file_is_a_checked_dev_lock(lock):
    pairs = dict(lock["dev_locks"]())
    compiled = {
        p.name for p in REQUIREMENTS.glob("*.in") if not p.name.startswith(lock["NOT_DEV_PREFIXES"])
    } - set(lock["NOT_DEV_LOCKS"])
    assert set(pairs) == compiled and {"tests.in", "e2e.in", "packaging.in", "ci.in", "build.in"} <= compiled
    for source in compiled:
        assert (REQUIREMENTS / source.replace(".in", ".txt")).exists(), source
    assert pairs["tests.in"] == "3.9" and pairs["e2e.in"] == "3.11"  # from each .txt's pip-compile header
    order = [source for source, _ in lock["dev_locks"]()]
    assert order.index("tests.in") < order.index("e2e.in")  # e2e.in is constrained by tests.txt


def test_compile_writes_the_tool_locks_before_the_locks_they_constrain(lock, tmp_path, capsys):
    """lockflask.in and constraints.in say `-c tests.txt`: one `tox -e lock` must compile tests.txt first, or
    a package leaving tests.in stays in the lock (and its `# via -c tests.txt`) until a second run."""
    steps = []
    names = lock["compile_all"].__globals__
    fakes = {
        "compile_dev_lock": lambda source, *a: steps.append(source) or str(tmp_path / source),
        "compile_lock": lambda python, *a: steps.append(f"lockflask@{python}") or str(tmp_path / "l.txt"),
        "compile_constraints": lambda python, *a: steps.append(f"constraints@{python}") or str(tmp_path),
        "platform_pins_for": lambda *a: {},
        "write_platform_pins": lambda pins: None,
        "merged_text_from_committed": lambda: "",
        "compile_ecosystem": lambda *a: steps.append("ecosystem.in") or str(tmp_path / "e.txt"),
        "write_pylock": lambda workdir: str(tmp_path / "pylock.toml"),
        "check_pylock": lambda path: [],
        "uv_executable": lambda: "true",
        "REQUIREMENTS": str(tmp_path),
    }
    saved = {name: names[name] for name in fakes}
    shutil.copytree(REQUIREMENTS, tmp_path, dirs_exist_ok=True)
    names.update(fakes)
    try:
        names["compile_all"]([], str(tmp_path))
    finally:
        names.update(saved)
    first_lock = steps.index("lockflask@3.9")
    assert steps.index("tests.in") < first_lock and steps.index("constraints@3.9") > first_lock
    assert steps[-1] == "ecosystem.in"  # compiled against lockflask-py3.11.txt and e2e.txt, so last


def test_dev_locks_follow_includes(lock, tmp_path):
    (tmp_path / "b.in").write_text("-c a.txt\nflask\n")
    (tmp_path / "a.in").write_text("-c c.txt\nclick\n")
    (tmp_path / "c.in").write_text("jinja2\n")
    (tmp_path / "install.in").write_text("flask>=2\n")
    assert [s for s, _ in lock["dev_locks"](str(tmp_path))] == ["c.in", "a.in", "b.in"]


def test_lockcheck_finds_a_stale_dev_lock(lock, tmp_path):
    # A package added to tests.in without `tox -e lock` must fail lockcheck.
    requirements = tmp_path / "requirements"
    shutil.copytree(REQUIREMENTS, requirements)
    with open(requirements / "tests.in", "a", encoding="utf-8") as handle:
        handle.write("six\n")
    lock["REQUIREMENTS"] = str(requirements)
    with tempfile.TemporaryDirectory() as workdir:
        for name in os.listdir(requirements):
            shutil.copy(requirements / name, workdir)
        problems = lock["check_dev_locks"](workdir, CACHE, ("tests.in",))
    assert len(problems) == 1 and "requirements/tests.txt" in problems[0] and "+six==" in problems[0]


def test_upgrade_package_reaches_dev_locks_and_platform_pins(lock):
    names = lock["all_pinned_names"]()
    assert {"flask", "hypothesis", "colorama", "plotly", "tox"} <= names
    assert lock["upgrade_targets"](["--upgrade-package", "Hypothesis", "-P", "colorama==0.4.6"]) == (
        False,
        {"hypothesis", "colorama"},
    )


def test_upgrade_package_of_an_unpinned_name_fails_and_says_why(lock, capsys):
    assert lock["main"](["compile", "--upgrade-package", "surely-not-a-pinned-package"]) == 1
    err = capsys.readouterr().err
    assert "surely-not-a-pinned-package" in err and "nothing to upgrade" in err


@pytest.mark.parametrize("python", ["3.9", "3.10", "3.11", "3.12", "3.13"])
def test_constraints_files_are_for_one_python_and_pin_dash(lock, python):
    text = (REQUIREMENTS / f"constraints-py{python}.txt").read_text()
    assert f"Constraints for Python {python} ONLY" in text
    requirement_lines = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    guard = f'dash===refused-this-file-is-for-python-{python} ; python_version != "{python}"'
    assert guard in requirement_lines
    others = [line for line in requirement_lines if line != guard]
    assert all(line.endswith(f'; python_version == "{python}"') for line in others), others
    assert f'dash=={lock["dash_version"]()} ; python_version == "{python}"' in others


def test_the_lock_files_carry_hashes_and_the_extra_does_not(lock):
    for python in lock["SUPPORTED_PYTHONS"]:
        text = (REQUIREMENTS / f"lockflask-py{python}.txt").read_text()
        pins = lock["read_pins"](str(REQUIREMENTS / f"lockflask-py{python}.txt"))
        # every pin is followed by at least one sha256
        for name in pins:
            assert re.search(
                rf"^{re.escape(name)}==\S+ \\\n\s+--hash=sha256:[0-9a-f]{{64}}", text, re.M | re.I
            ), name
    assert "--hash" not in (REQUIREMENTS / "lockflask.txt").read_text()


def test_pylock_agrees_with_the_lock_on_every_python_and_platform(lock):
    assert lock["check_pylock"](str(REQUIREMENTS / "pylock.toml")) == []
    text = (REQUIREMENTS / "pylock.toml").read_text()
    assert 'created-by = "uv"' in text and 'requires-python = ">=3.9"' in text


def test_pylock_check_catches_a_difference(lock, tmp_path):
    changed = (REQUIREMENTS / "pylock.toml").read_text().replace('version = "3.1.3"', 'version = "3.1.2"', 1)
    (tmp_path / "pylock.toml").write_text(changed)
    problems = lock["check_pylock"](str(tmp_path / "pylock.toml"))
    assert problems and "flask" in problems[0]


def test_the_audit_covers_every_lock_and_constraints_file(lock, capsys):
    assert lock["main"](["audit", "--list"]) == 0
    listed = set(capsys.readouterr().out.split())
    expected = {f"requirements/lockflask-py{p}.txt" for p in lock["SUPPORTED_PYTHONS"]} | {
        f"requirements/constraints-py{p}.txt" for p in lock["SUPPORTED_PYTHONS"]
    }
    assert listed == expected and len(listed) == 10
