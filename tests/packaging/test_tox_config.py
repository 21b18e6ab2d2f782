"""tox's own view of our envs (`tox config`): the locked factors keep the extra, the Flask grid is generated
from tools/flask_grid.json, and the default list runs what CI must run (and nothing that cannot pass here)."""

from __future__ import annotations

import configparser
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging
SOURCE_TREE = Path(os.environ.get("DASH_SOURCE_TREE") or Path(__file__).resolve().parents[2])
GRID = json.loads((SOURCE_TREE / "tools" / "flask_grid.json").read_text())


def tox_config(envs: list[str], *keys: str) -> configparser.ConfigParser:
    result = subprocess.run(
        [sys.executable, "-m", "tox", "config", "-e", ",".join(envs), "-k", *keys],
        cwd=SOURCE_TREE,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(result.stdout)
    return parser


def test_every_python_factor_of_locked_keeps_the_extra():
    envs = [f"py{p.replace('.', '')}-locked" for p in GRID["pythons"]] + ["locked"]
    config = tox_config(envs, "extras", "base_python")
    for env in envs:
        assert config[f"testenv:{env}"]["extras"].strip() == "lockflask", env
    assert config["testenv:py39-locked"]["base_python"].strip() == "py39"


def test_the_default_list_runs_locked_on_the_oldest_and_newest_python_and_no_audit():
    result = subprocess.run(
        [sys.executable, "-m", "tox", "-l"], cwd=SOURCE_TREE, capture_output=True, text=True
    )
    envs = result.stdout.split()
    oldest, newest = GRID["pythons"][0], GRID["pythons"][-1]
    assert f"py{oldest.replace('.', '')}-locked" in envs and f"py{newest.replace('.', '')}-locked" in envs
    # pip-audit cannot reach a vulnerability service here; --strict makes that a failure, so it is not
    # in the default list pretending to pass.
    assert "audit" not in envs and "lockcheck" in envs


def flask_pins(deps: str) -> tuple[str, str]:
    flask = re.search(r"^\s*Flask==(\S+)", deps, re.MULTILINE).group(1)
    werkzeug = re.search(r"^\s*Werkzeug==(\S+)", deps, re.MULTILINE).group(1)
    return flask, werkzeug


def test_the_grid_has_each_minor_with_its_own_and_with_the_newest_werkzeug():
    newest = GRID["newest_werkzeug"]
    expected = {}
    for minor, (flask, werkzeug) in GRID["minors"].items():
        short = minor.replace(".", "")
        expected[f"flask{short}"] = (flask, werkzeug)
        if werkzeug.split(".")[:2] != newest.split(".")[:2]:
            expected[f"flask{short}w{''.join(newest.split('.')[:2])}"] = (flask, newest)
    assert expected["flask30w31"] == ("3.0.3", "3.1.9")  # what `pip install dash Flask==3.0.3` gives
    names = [f"py{GRID['pythons'][0].replace('.', '')}-{factor}" for factor in expected] + list(expected)
    config = tox_config(names, "deps")
    for name in names:
        assert flask_pins(config[f"testenv:{name}"]["deps"]) == expected[name.split("-")[-1]], name


def test_compat_matrix_runs_the_same_grid():
    tools = str(SOURCE_TREE / "tools")
    result = subprocess.run(
        [sys.executable, "-c", "import compat_matrix, json; print(json.dumps(compat_matrix.STACKS))"],
        cwd=tools,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=tools),
    )
    assert result.returncode == 0, result.stderr
    stacks = json.loads(result.stdout)
    assert set(stacks) == {
        "flask22",
        "flask22w31",
        "flask23",
        "flask23w31",
        "flask30",
        "flask30w31",
        "flask31",
    }
    config = tox_config(list(stacks), "deps")
    for name, pair in stacks.items():
        assert flask_pins(config[f"testenv:{name}"]["deps"]) == tuple(pair)
