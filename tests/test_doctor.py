"""doctor's verdicts from the installed metadata, and the one-line note of `app.run(debug=True)`.

(tests/packaging/test_doctor_envs.py checks the same verdicts in real venvs of each kind.)"""

from __future__ import annotations

import importlib.metadata
import json

import pytest

from dash import doctor

try:
    importlib.metadata.version("dash")
    INSTALLED = True
except importlib.metadata.PackageNotFoundError:
    INSTALLED = False

pytestmark = pytest.mark.skipif(not INSTALLED, reason="needs dash's installed metadata (run through tox)")


def lock_pins() -> dict[str, str]:
    report = doctor.examine()
    return {p.name: p.tested for p in report.packages if p.tested}


@pytest.fixture
def installed_versions(monkeypatch):
    """Pretend the tested set is installed; tests then change single packages."""
    versions = dict(lock_pins())
    monkeypatch.setattr(doctor, "_installed", lambda name: versions.get(name.lower()))
    monkeypatch.delenv(doctor.SILENCE_VARIABLE, raising=False)
    return versions


def test_tested_set(installed_versions, capsys):
    report = doctor.examine()
    assert report.verdict == doctor.TESTED and not report.problems
    assert {"flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click", "blinker"} <= {
        p.name for p in report.packages
    }
    assert doctor.main() == 0
    assert "You are on the tested set" in capsys.readouterr().out
    assert doctor.stack_note() is None


def test_inside_the_range_but_untested(installed_versions, capsys):
    installed_versions["flask"] = "3.0.3"
    report = doctor.examine()
    assert report.verdict == doctor.UNTESTED
    assert doctor.main(as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert (
        data["verdict"] == "untested"
        and data["command"] == f'pip install "dash[lockflask]=={report.dash_version}"'
    )
    note = doctor.stack_note()
    assert (
        note.startswith("dash: running flask 3.0.3 (tested: ")
        and "not the tested set" in note
        and data["command"] in note
    )


def test_outside_the_range(installed_versions, capsys):
    installed_versions["werkzeug"] = "2.0.3"
    report = doctor.examine()
    assert report.verdict == doctor.OUTSIDE
    assert report.problems == ["werkzeug 2.0.3 is outside dash's supported range <4,>=2.2.3."]
    assert doctor.main() == 2
    out = capsys.readouterr().out
    assert "Outside the supported range" in out and "To get the tested set: pip install" in out
    assert "outside dash's supported range" in doctor.stack_note()


def test_missing_flask_is_outside(installed_versions):
    del installed_versions["flask"]
    report = doctor.examine()
    assert report.verdict == doctor.OUTSIDE
    assert any("flask is not installed" in problem for problem in report.problems)


def test_the_note_can_be_silenced(installed_versions, monkeypatch):
    installed_versions["flask"] = "3.0.3"
    monkeypatch.setenv(doctor.SILENCE_VARIABLE, "1")
    assert doctor.stack_note() is None


def test_only_flask_and_werkzeug_trigger_the_note(installed_versions):
    installed_versions["blinker"] = "1.6.2"
    assert doctor.examine().verdict == doctor.UNTESTED
    assert doctor.stack_note() is None


@pytest.mark.parametrize(("debug", "expect_note"), [(True, True), (False, False)])
def test_app_run_debug_prints_the_note_once(installed_versions, monkeypatch, capsys, debug, expect_note):
    import dash

    installed_versions["flask"] = "3.0.3"
    monkeypatch.delenv("WERKZEUG_RUN_MAIN", raising=False)
    app = dash.Dash(__name__)
    app.layout = dash.html.Div("x")
    monkeypatch.setattr(app.server, "run", lambda **kwargs: None)
    app.run(debug=debug)
    err = capsys.readouterr().err
    assert ("dash: running flask 3.0.3" in err) is expect_note
    if expect_note:
        assert len([line for line in err.splitlines() if line.startswith("dash: running")]) == 1


def test_no_note_at_import_time():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", "import dash, dash.doctor"],
        capture_output=True,
        text=True,
        env={"DASH_SILENCE_STACK_NOTE": ""},
    )
    assert result.stdout == "" and result.stderr == ""
