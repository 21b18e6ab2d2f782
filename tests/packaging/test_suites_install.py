"""Installing a component suite after our wheel keeps our dash (pip and uv): the suites' `dash>=` floors
are met by our version (see README "Versioning"), so no resolver swaps in Plotly's distribution."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .conftest import SOURCE_TREE

SUITE = "dash-bootstrap-components"


def pinned(name: str) -> str:
    """``name==version`` as requirements/ecosystem.txt pins it (the version the ecosystem env tests)."""
    text = (SOURCE_TREE / "requirements" / "ecosystem.txt").read_text(encoding="utf-8")
    return re.search(rf"^{re.escape(name)}==\S+", text, re.M).group(0)


def installed_dash(venv) -> str:
    probe = "import dash, dash._suites, importlib.metadata as m; print(m.version('dash'))"
    result = venv.run("-c", probe)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def venv_with_wheel(dists, make_venv):
    venv = make_venv()
    venv.pip("install", str(dists["wheel"]))
    return venv


def test_pip_install_of_a_suite_keeps_our_dash(venv_with_wheel):
    ours = installed_dash(venv_with_wheel)
    assert "+lockflask." in ours
    result = venv_with_wheel.pip("install", pinned(SUITE), pinned("typing-extensions"))
    assert "dash-4" not in result.stdout.replace(f"dash-{ours}", "")  # nothing named dash was downloaded
    assert installed_dash(venv_with_wheel) == ours
    assert venv_with_wheel.pip("check").returncode == 0
    imported = venv_with_wheel.run(
        "-c", "import dash_bootstrap_components as dbc; print(dbc.Button('x').to_plotly_json())"
    )
    assert imported.returncode == 0, imported.stderr
    assert "'namespace': 'dash_bootstrap_components'" in imported.stdout


def test_uv_pip_install_of_a_suite_keeps_our_dash(venv_with_wheel):
    ours = installed_dash(venv_with_wheel)
    uv = [sys.executable, "-m", "uv", "pip", "install", "--python", venv_with_wheel.python]
    result = subprocess.run([*uv, pinned("dash-ag-grid")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert installed_dash(venv_with_wheel) == ours
    assert venv_with_wheel.pip("check").returncode == 0
