"""doctor's verdicts, closure check, install command and the one-line note of `app.run(debug=True)`.

The installed world is faked (versions and Requires-Dist per package) so every verdict is tested on any
stack; dash's own Requires-Dist comes from the installed wheel. tests/packaging/test_doctor_envs.py checks
the same verdicts in real venvs of each kind.
"""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys

import pytest

from dash import doctor

try:
    DASH_REQUIRES = list(importlib.metadata.distribution("dash").requires or [])
except importlib.metadata.PackageNotFoundError:
    DASH_REQUIRES = None

pytestmark = pytest.mark.skipif(
    DASH_REQUIRES is None, reason="needs dash's installed metadata (run through tox)"
)
MINOR = "{}.{}".format(*sys.version_info[:2])

# Requires-Dist as the real wheels declare them (Flask 3.1.3, 3.0.3 and 2.2.5; Werkzeug 3.x).
FLASK_REQUIRES = {
    "3.1.3": [
        "Werkzeug>=3.1.0",
        "Jinja2>=3.1.2",
        "itsdangerous>=2.2.0",
        "click>=8.1.3",
        "blinker>=1.9.0",
        "markupsafe>=2.1.1",
    ],
    "3.0.3": ["Werkzeug>=3.0.0", "Jinja2>=3.1.2", "itsdangerous>=2.1.2", "click>=8.1.3", "blinker>=1.6.2"],
    "2.2.5": ["Werkzeug>=2.2.2", "Jinja2>=3.0", "itsdangerous>=2.0", "click>=8.0"],
}


def lock_pins() -> dict[str, str]:
    from packaging.requirements import Requirement

    pins = {}
    for text in DASH_REQUIRES:
        requirement = Requirement(text)
        marker = requirement.marker
        if (
            marker is not None
            and marker.evaluate(doctor._environment("lockflask"))
            and not marker.evaluate(doctor._environment())
        ):
            pins[requirement.name.lower()] = next(iter(requirement.specifier)).version
    return pins


class World(dict):
    """{name: version} of the fake installed packages; Requires-Dist derived from the version."""

    def metadata(self, name):
        name = name.lower()
        if name == "dash":
            return doctor._Installed("4.4.1+lockflask.1", DASH_REQUIRES)
        if name not in self:
            return None
        version = self[name]
        requires = FLASK_REQUIRES.get(version, []) if name == "flask" else []
        if name == "werkzeug":
            requires = ["MarkupSafe>=2.1.1"]
        return doctor._Installed(version, requires)


@pytest.fixture
def world(monkeypatch):
    """The tested set is installed and recorded as passing on this Python; tests change single packages."""
    installed = World(lock_pins())
    monkeypatch.setattr(doctor, "_metadata", installed.metadata)
    record = {
        "lock_pythons": [MINOR],
        "locked_passed": [MINOR],
        "matrix": [{"python": MINOR, "flask": "2.2.5", "werkzeug": "3.1.9"}],
    }
    monkeypatch.setattr(doctor, "_tested_record", lambda: record)
    monkeypatch.setattr(doctor, "install_command", lambda distribution="dash": "INSTALL-COMMAND")
    monkeypatch.delenv(doctor.SILENCE_VARIABLE, raising=False)
    installed.record = record
    return installed


def test_tested_set(world, capsys):
    report = doctor.examine()
    assert report.verdict == doctor.TESTED and not report.problems and not report.notes
    assert {"flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click", "blinker", "packaging"} <= {
        p.name for p in report.packages
    }
    assert doctor.main() == 0
    assert "You are on the tested set" in capsys.readouterr().out
    assert doctor.stack_note() is None


def test_a_pip_check_failure_is_broken_not_fine(world, capsys):
    # Flask 3.1.3 requires Werkzeug>=3.1.0; 3.0.6 is inside dash's own range, so only the closure sees it.
    world["werkzeug"] = "3.0.6"
    report = doctor.examine()
    assert report.verdict == doctor.BROKEN
    assert report.problems == ["flask 3.1.3 requires Werkzeug>=3.1.0, but Werkzeug 3.0.6 is installed."]
    assert doctor.main() == 2
    assert "Broken" in capsys.readouterr().out
    assert "a broken stack" in doctor.stack_note()


def test_a_missing_transitive_dependency_is_broken(world):
    del world["itsdangerous"]
    report = doctor.examine()
    assert report.verdict == doctor.BROKEN
    assert report.problems == ["flask 3.1.3 requires itsdangerous, which is not installed."]


def test_a_matrix_tested_pair_is_called_tested(world):
    world["flask"] = "2.2.5"  # with the lock's Werkzeug 3.1.9: the pair flask22w31 tests
    report = doctor.examine()
    assert report.verdict == doctor.TESTED_PAIR
    assert doctor.stack_note() is None


def test_inside_the_range_but_untested(world, capsys):
    world["flask"] = "3.0.3"
    report = doctor.examine()
    assert report.verdict == doctor.UNTESTED
    assert doctor.main(as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "untested" and data["command"] == "INSTALL-COMMAND"
    note = doctor.stack_note()
    assert note.startswith("dash: running flask 3.0.3 (tested: ") and "INSTALL-COMMAND" in note


def test_a_python_outside_the_compiled_set_is_never_called_tested(world):
    world.record["lock_pythons"] = ["3.8"]  # as Python 3.14 is today: pins chosen for another Python
    report = doctor.examine()
    assert report.verdict == doctor.UNTESTED
    assert report.notes and f"Python {MINOR} is not one the lock was compiled for (3.8)" in report.notes[0]
    assert "Note: Python" in doctor.format_text(report)


def test_pins_whose_locked_env_did_not_pass_here_are_untested(world):
    world.record["locked_passed"] = []
    assert doctor.examine().verdict == doctor.UNTESTED


def test_outside_the_range(world, capsys):
    world["werkzeug"] = "2.0.3"
    report = doctor.examine()
    assert report.verdict == doctor.OUTSIDE
    assert report.problems == ["werkzeug 2.0.3 is outside dash's supported range <4,>=2.2.3."]
    assert doctor.main() == 2
    out = capsys.readouterr().out
    assert "Outside the supported range" in out and "To get the tested set: INSTALL-COMMAND" in out
    assert "outside dash's supported range" in doctor.stack_note()


@pytest.mark.parametrize("version", ["4.0.0rc1", "4.0.0a1", "4.0.0.dev0", "4.0.0"])
def test_pre_releases_of_the_next_major_are_outside(world, version):
    # PEP 440 as pip reads it: 4.0.0rc1 > 3.x and is not < 4, so `<4` excludes it.
    world["flask"] = version
    assert doctor.examine().verdict == doctor.OUTSIDE


def test_missing_flask_is_outside(world):
    del world["flask"]
    report = doctor.examine()
    assert report.verdict == doctor.OUTSIDE
    assert any("flask is not installed" in problem for problem in report.problems)


def test_markers_with_or_and_implementation_name_are_read(world, monkeypatch):
    requires = [
        *DASH_REQUIRES,
        'colorama>=0.4; (sys_platform == "win32" or os_name == "nt") and implementation_name == "cpython"',
        'pywin32>=300; platform_system == "Windows" or platform_python_implementation == "PyPy"',
    ]
    monkeypatch.setattr(
        doctor,
        "_metadata",
        lambda name: (
            doctor._Installed("4.4.1+lockflask.1", requires) if name == "dash" else world.metadata(name)
        ),
    )
    report = doctor.examine()
    names = {p.name for p in report.packages}
    if sys.platform != "win32":  # neither marker is true here: not a requirement, verdict unchanged
        assert report.verdict == doctor.TESTED and "colorama" not in names and "pywin32" not in names


def test_the_note_can_be_silenced(world, monkeypatch):
    world["flask"] = "3.0.3"
    monkeypatch.setenv(doctor.SILENCE_VARIABLE, "1")
    assert doctor.stack_note() is None


def test_only_flask_and_werkzeug_trigger_the_note(world):
    world["blinker"] = "1.9.0"
    world["itsdangerous"] = "2.2.0"
    world["jinja2"] = "3.1.5"
    assert doctor.examine().verdict == doctor.UNTESTED
    assert doctor.stack_note() is None


@pytest.mark.parametrize(("debug", "expect_note"), [(True, True), (False, False)])
def test_app_run_debug_prints_the_note_once(world, monkeypatch, capsys, debug, expect_note):
    import dash

    world["flask"] = "3.0.3"
    monkeypatch.delenv("WERKZEUG_RUN_MAIN", raising=False)
    app = dash.Dash(__name__)
    app.layout = dash.html.Div("x")
    monkeypatch.setattr(app.server, "run", lambda **kwargs: None)
    app.run(debug=debug)
    err = capsys.readouterr().err
    assert ("dash: running flask 3.0.3" in err) is expect_note
    if expect_note:
        assert len([line for line in err.splitlines() if line.startswith("dash: running")]) == 1


# -- the install command, from PEP 610 direct_url.json --------------------------------------------


class FakeDistribution:
    version = "4.4.1+lockflask.1"

    def __init__(self, direct_url=None, installer="pip"):
        self.files = {"INSTALLER": installer + "\n"}
        if direct_url is not None:
            self.files["direct_url.json"] = json.dumps(direct_url)

    def read_text(self, name):
        return self.files.get(name)


PIP = f"{sys.executable} -m pip install"


@pytest.mark.parametrize(
    ("direct_url", "installer", "expected"),
    [
        (
            {
                "url": "file:///tmp/dist/dash-4.4.1%2Blockflask.1-py3-none-any.whl",
                "archive_info": {"hashes": {}},
            },
            "pip",
            f"{PIP} 'dash[lockflask] @ file:///tmp/dist/dash-4.4.1%2Blockflask.1-py3-none-any.whl'",
        ),
        (
            {"url": "file:///home/me/dash", "dir_info": {}},
            "pip",
            f"{PIP} 'dash[lockflask] @ file:///home/me/dash'",
        ),
        (
            {"url": "file:///home/me/my%20dash", "dir_info": {"editable": True}},
            "pip",
            f"{PIP} -e '/home/me/my dash[lockflask]'",
        ),
        (
            {
                "url": "https://example.org/team/dash.git",
                "vcs_info": {"vcs": "git", "commit_id": "0123abc", "requested_revision": "main"},
                "subdirectory": "python",
            },
            "pip",
            f"{PIP} 'dash[lockflask] @ git+https://example.org/team/dash.git@0123abc#subdirectory=python'",
        ),
        (
            {"url": "file:///tmp/dash.whl", "archive_info": {}},
            "uv",
            f"uv pip install --python {sys.executable} 'dash[lockflask] @ file:///tmp/dash.whl'",
        ),
        # No direct_url.json: installed from an index. Our exact version carries a local label no public
        # index release can have, so this can find our build (a private index) or fail, never Plotly's.
        (None, "pip", f"{PIP} 'dash[lockflask]==4.4.1+lockflask.1'"),
    ],
)
def test_install_command_follows_how_dash_was_installed(monkeypatch, direct_url, installer, expected):
    monkeypatch.setattr(
        importlib.metadata, "distribution", lambda name: FakeDistribution(direct_url, installer)
    )
    command = doctor.install_command()
    assert command == expected
    assert "install dash" not in command and "'dash[lockflask]'" not in command


def test_no_note_at_import_time():
    result = subprocess.run(
        [sys.executable, "-c", "import dash, dash.doctor"],
        capture_output=True,
        text=True,
        env={"DASH_SILENCE_STACK_NOTE": ""},
    )
    assert result.stdout == "" and result.stderr == ""


def test_a_closed_pipe_ends_quietly():
    # `python -m dash doctor | head`: the reader is gone before the report is written (the read end of
    # the pipe is closed before the child starts); no BrokenPipeError traceback, the verdict's exit code.
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "dash", "doctor"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in result.stderr and "BrokenPipeError" not in result.stderr, result.stderr
    assert result.returncode in (0, 2)


@pytest.mark.parametrize("blocked", ["packaging", "packaging.requirements"])
def test_doctor_without_packaging_names_it_and_the_install_command(blocked):
    # `packaging` is one of dash's requirements; when it is missing the doctor cannot read requirements, so
    # the command says so with the fix and exits 2 (outside), instead of a ModuleNotFoundError traceback.
    code = (
        "import sys\n"
        f"sys.modules[{blocked!r}] = None\n"  # an import of it now raises ModuleNotFoundError
        "from dash.__main__ import main\n"
        "sys.exit(main(['doctor']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "dash needs 'packaging' (>=22), which is not installed" in result.stderr
    assert f"{sys.executable} -m pip install 'packaging>=22'" in result.stderr
