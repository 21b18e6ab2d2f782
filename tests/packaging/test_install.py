"""Install the built package into fresh venvs the way users do, and check what pip really gives them."""

from __future__ import annotations

import os
import re
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


def lock_file_pins(name: str) -> dict[str, str]:
    pins = {}
    for line in (SOURCE_TREE / "requirements" / name).read_text().splitlines():
        line = line.split("#", 1)[0].strip().rstrip("\\").strip()
        if line and not line.startswith("--hash") and "===" not in line:
            requirement = Requirement(line)
            pins[normalise(requirement.name)] = next(iter(requirement.specifier)).version
    return pins


def python_minor(env) -> str:
    return env.run("-c", "import sys; print('%d.%d' % sys.version_info[:2])").stdout.strip()


def test_the_hashed_lock_deploys_with_require_hashes(dists, make_venv):
    # README "Deploying with hashes": the per-Python lock, then our wheel without dependencies.
    env = make_venv()
    lock_file = SOURCE_TREE / "requirements" / f"lockflask-py{python_minor(env)}.txt"
    assert "--hash=sha256:" in lock_file.read_text()
    env.pip("install", "--require-hashes", "--no-deps", "-r", str(lock_file))
    env.pip("install", "--no-deps", str(dists["wheel"]))
    assert env.pip("check").returncode == 0
    assert env.freeze() == lock_pins(python_minor(env))


def test_a_tampered_hash_is_refused(dists, make_venv, tmp_path):
    # Every file hash in the lock changed by one digit: pip's hash-checking mode must refuse to install.
    env = make_venv()
    text = (SOURCE_TREE / "requirements" / f"lockflask-py{python_minor(env)}.txt").read_text()
    tampered = tmp_path / "tampered.txt"
    tampered.write_text(
        re.sub(
            r"(--hash=sha256:)([0-9a-f])",
            lambda m: m.group(1) + "0123456789abcdef"[(int(m.group(2), 16) + 1) % 16],
            text,
        )
    )
    result = env.pip("install", "--require-hashes", "--no-deps", "-r", str(tampered), check=False)
    assert (
        result.returncode != 0 and "THESE PACKAGES DO NOT MATCH THE HASHES" in result.stdout + result.stderr
    )
    assert env.freeze() == {}


def test_constraints_pin_dash_and_install_the_tested_set(dists, make_venv):
    env = make_venv()
    name = f"constraints-py{python_minor(env)}.txt"
    pins = lock_file_pins(name)
    assert pins["dash"] == dists["wheel"].name.split("-")[1]
    env.pip("install", str(dists["wheel"]), "-c", str(SOURCE_TREE / "requirements" / name))
    installed = env.freeze()
    # Everything installed is pinned by the file, at the file's version (dash included).
    assert {name: pins.get(name) for name in installed} == installed
    assert installed["plotly"] == pins["plotly"] and installed["flask"] == pins["flask"]
    assert env.run("-c", "import dash; print(dash.__version__)").stdout.strip() == pins["dash"]


@pytest.mark.parametrize("other", ["3.9", "3.13"])
def test_constraints_for_another_python_are_refused(dists, make_venv, other):
    env = make_venv()
    assert python_minor(env) != other
    result = env.pip(
        "install",
        str(dists["wheel"]),
        "-c",
        str(SOURCE_TREE / "requirements" / f"constraints-py{other}.txt"),
        check=False,
    )
    assert result.returncode != 0
    assert f"refused-this-file-is-for-python-{other}" in result.stdout + result.stderr
    assert "flask" not in env.freeze()


def test_pylock_installs_the_locked_set_with_pip_and_uv(dists, make_venv):
    # PEP 751: written by uv (`uv pip compile --universal`); read by pip >= 26.1 and by uv.
    pylock = SOURCE_TREE / "requirements" / "pylock.toml"
    assert 'lock-version = "1.0"' in pylock.read_text()
    with_pip = make_venv()
    with_pip.pip("install", "pip==26.3")
    with_pip.pip("install", "-r", str(pylock))
    expected = lock_pins(python_minor(with_pip))
    assert with_pip.freeze() == expected
    with_uv = make_venv()
    uv = shutil.which("uv")
    assert uv, "uv is installed by requirements/packaging.txt"
    import subprocess

    result = subprocess.run(
        [uv, "pip", "install", "--python", with_uv.python, "-r", str(pylock)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert with_uv.freeze() == expected


def test_uv_installs_the_wheel_with_the_extra_exactly_like_pip(dists, make_venv):
    import subprocess

    env = make_venv()
    result = subprocess.run(
        [shutil.which("uv"), "pip", "install", "--python", env.python, f"{dists['wheel']}[lockflask]"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert env.freeze() == lock_pins(python_minor(env))
    assert env.pip("check").returncode == 0
