"""Install the built package into fresh venvs the way users do, and check what pip really gives them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name as normalise

pytestmark = pytest.mark.packaging
SOURCE_TREE = Path(os.environ.get("DASH_SOURCE_TREE") or Path(__file__).resolve().parents[2])


def lock_pins(python_version: str) -> dict[str, str]:
    pins = {}
    for line in (SOURCE_TREE / "requirements" / "lockflask.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"python_version": python_version}):
                pins[normalise(requirement.name)] = next(iter(requirement.specifier)).version
    return pins


@pytest.mark.parametrize("python", ["python3.11", "python3.9"])
def test_lockflask_installs_exactly_the_pins(dists, make_venv, python):
    executable = shutil.which(python)
    if executable is None:
        pytest.skip(f"{python} is not on PATH (set PYENV_VERSION to expose it)")
    env = make_venv(executable)
    env.pip("install", f"{dists['wheel']}[lockflask]")
    version = env.run("-c", "import sys; print('%d.%d' % sys.version_info[:2])").stdout.strip()
    assert env.freeze() == lock_pins(version)
    assert env.pip("check").returncode == 0
    imported = env.run("-c", "import dash, flask; print(dash.__version__)")
    assert imported.returncode == 0, imported.stderr


def test_plain_install_keeps_an_existing_floor_flask(dists, make_venv):
    env = make_venv()
    env.pip("install", "Flask==2.2.5", "Werkzeug==2.2.3")
    env.pip("install", str(dists["wheel"]))
    installed = env.freeze()
    assert installed["flask"] == "2.2.5" and installed["werkzeug"] == "2.2.3"
    imported = env.run("-c", "import dash; dash.Dash(__name__)")
    assert imported.returncode == 0, imported.stderr


def test_lockflask_refuses_a_different_flask(dists, make_venv):
    env = make_venv()
    result = env.pip("install", f"{dists['wheel']}[lockflask]", "Flask==3.0.3", check=False)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Cannot install" in output and "conflicting dependencies" in output, output
    assert "flask" not in env.freeze()


def test_sdist_builds_and_installs_on_its_own(dists, make_venv):
    env = make_venv()
    env.pip("install", str(dists["sdist"]))
    result = env.run("-c", "import importlib.metadata as m; print(m.requires('dash'))")
    assert result.returncode == 0, result.stderr
    assert 'extra == "lockflask"' in result.stdout and "'flask<4,>=2.2.5'" in result.stdout.lower()
    assert env.run("-c", "import dash; dash.Dash(__name__)").returncode == 0
