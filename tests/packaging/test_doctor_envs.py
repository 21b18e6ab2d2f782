"""`python -m dash doctor` in real environments of each kind: tested set, untested, outside the range."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging.requirements import Requirement

pytestmark = pytest.mark.packaging
SOURCE_TREE = Path(os.environ.get("DASH_SOURCE_TREE") or Path(__file__).resolve().parents[2])


def fix_and_recheck(env, command: str) -> str:
    """Run the doctor's fix command in a shell, as a user would paste it; return the new verdict."""
    ran = subprocess.run(["bash", "-c", command], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    code, out, err = doctor(env, "--json")
    assert code == 0, out + err
    return json.loads(out)["verdict"]


def doctor(env, *args):
    result = env.run("-m", "dash", "doctor", *args)
    return result.returncode, result.stdout, result.stderr


def test_doctor_reports_the_tested_set(dists, make_venv):
    env = make_venv()
    env.pip("install", f"{dists['wheel']}[lockflask]")
    code, out, err = doctor(env, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["verdict"] == "tested"
    flask = next(p for p in report["packages"] if p["name"] == "flask")
    assert flask["installed"] == flask["tested"]
    code, text, _ = doctor(env)
    assert "You are on the tested set" in text and code == 0


def test_doctor_reports_inside_the_range_but_untested(dists, make_venv):
    env = make_venv()
    # Flask 3.0.2 is inside the range but in no matrix cell (the grid runs each minor's last patch).
    env.pip("install", str(dists["wheel"]), "Flask==3.0.2", "Werkzeug==3.0.6")
    code, out, err = doctor(env, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["verdict"] == "untested"
    code, text, _ = doctor(env)
    assert "untested" in text and "To get the tested set: " in text and "<- differs" in text
    # The fix command installs from the very wheel file this dash came from (PEP 610 direct_url.json).
    assert report["command"].startswith(f"{env.python} -m pip install 'dash[lockflask] @ file://")
    assert fix_and_recheck(env, report["command"]) == "tested"


def test_doctor_reports_outside_the_range_and_fails(dists, make_venv):
    env = make_venv()
    env.pip("install", str(dists["wheel"]))
    # pip lets a later install break an earlier package's requirement (with a warning): the case doctor is for.
    env.pip("install", "Flask==2.2.4", "Werkzeug==2.2.3")
    code, out, _ = doctor(env, "--json")
    assert code == 2
    report = json.loads(out)
    assert report["verdict"] == "outside"
    assert any("flask 2.2.4 is outside" in problem for problem in report["problems"])


def test_doctor_reports_a_broken_stack_and_fails(dists, make_venv):
    # Flask 3.1.3 requires Werkzeug>=3.1.0: pip check fails, though 3.0.6 is inside dash's own range.
    env = make_venv()
    env.pip("install", str(dists["wheel"]), "Flask==3.1.3")
    env.pip("install", "Werkzeug==3.0.6")
    assert env.pip("check", check=False).returncode != 0
    code, out, _ = doctor(env, "--json")
    assert code == 2
    report = json.loads(out)
    assert report["verdict"] == "broken"
    assert report["problems"] == ["flask 3.1.3 requires werkzeug>=3.1.0, but werkzeug 3.0.6 is installed."]


def test_doctor_calls_a_matrix_tested_pair_tested(dists, make_venv):
    # `pip install dash Flask==2.2.5` gives Werkzeug 3.1.9: the pair flask22w31 runs (docs/compatibility.md).
    env = make_venv()
    env.pip("install", str(dists["wheel"]), "Flask==2.2.5")
    code, out, _ = doctor(env, "--json")
    report = json.loads(out)
    assert code == 0 and report["verdict"] == "tested-pair", report
    assert {p["name"]: p["installed"] for p in report["packages"]}["werkzeug"] == "3.1.9"


def test_doctor_runs_on_the_packaging_floor(dists, make_venv):
    floor = next(
        Requirement(line.split("#")[0])
        for line in (SOURCE_TREE / "requirements" / "install.in").read_text().splitlines()
        if line.startswith("packaging")
    )
    (spec,) = floor.specifier
    env = make_venv()
    env.pip("install", f"{dists['wheel']}[lockflask]")
    assert spec.operator == ">="
    env.pip("install", f"packaging=={spec.version}")  # the floor release itself
    assert env.run("-c", "import packaging; print(packaging.__version__)").stdout.strip() in (
        spec.version,
        f"{spec.version}.0",
    )
    code, out, err = doctor(env, "--json")
    assert code == 0, err
    report = json.loads(out)
    # packaging now differs from its pin; Flask 3.1.3 + Werkzeug 3.1.9 is a matrix pair on every Python.
    assert report["verdict"] == "tested-pair" and report["problems"] == []
    env.pip("install", "Werkzeug==3.0.6")
    code, out, _ = doctor(env, "--json")
    assert code == 2 and json.loads(out)["verdict"] == "broken"


def test_fix_command_for_a_directory_install(dists, make_venv):
    env = make_venv()
    env.pip("install", str(dists["source"]), "Flask==3.0.2", "Werkzeug==3.0.6")
    code, out, _ = doctor(env, "--json")
    report = json.loads(out)
    assert report["verdict"] == "untested"
    assert report["command"] == f"{env.python} -m pip install 'dash[lockflask] @ {dists['source'].as_uri()}'"
    assert fix_and_recheck(env, report["command"]) == "tested"


def test_fix_command_for_a_git_install(dists, make_venv, tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(dists["source"], repo)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "snapshot"]):
        subprocess.run([*git, *args], check=True, capture_output=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    env = make_venv()
    # pip < 24 (vendored packaging 21.3) rejects `name @ git+file:///...` (a VCS URL without a host); hosted
    # URLs (git+https://host/...) work with any pip. The test repository is local, so use a current pip.
    env.pip("install", "pip==26.3")
    env.pip("install", f"git+{repo.as_uri()}", "Flask==3.0.2", "Werkzeug==3.0.6")
    code, out, _ = doctor(env, "--json")
    report = json.loads(out)
    assert (
        report["command"] == f"{env.python} -m pip install 'dash[lockflask] @ git+{repo.as_uri()}@{commit}'"
    )
    assert fix_and_recheck(env, report["command"]) == "tested"
