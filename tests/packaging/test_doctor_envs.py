"""`python -m dash doctor` in real environments of each kind: tested set, untested, outside the range."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.packaging


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
    env.pip("install", str(dists["wheel"]), "Flask==3.0.3", "Werkzeug==3.0.6")
    code, out, err = doctor(env, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["verdict"] == "untested"
    assert report["command"].startswith('pip install "dash[lockflask]==')
    code, text, _ = doctor(env)
    assert "untested" in text and "To get the tested set: pip install" in text and "<- differs" in text


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
