"""Fixtures for the packaging tests: one sdist + wheel build per session, and fresh venvs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE_TREE = Path(os.environ.get("DASH_SOURCE_TREE") or Path(__file__).resolve().parents[2])


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


class Venv:
    """A throwaway virtual environment with helpers to install into it and read what it holds."""

    def __init__(self, path: Path, python: str = sys.executable):
        self.path = path
        subprocess.run([python, "-m", "venv", str(path)], check=True)
        self.python = str(path / "bin" / "python")

    def pip(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [self.python, "-m", "pip", "--disable-pip-version-check", *args], capture_output=True, text=True
        )
        if check and result.returncode != 0:
            raise AssertionError(f"pip {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def freeze(self) -> dict[str, str]:
        """Installed distributions as {normalised name: version}, without dash and the packaging tools."""
        lines = self.pip("list", "--format=freeze", "--exclude-editable").stdout.splitlines()
        pins = dict(line.split("==", 1) for line in lines if "==" in line)
        skipped = {"dash", "pip", "setuptools", "wheel"}
        return {normalise(name): version for name, version in pins.items() if normalise(name) not in skipped}

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([self.python, *args], capture_output=True, text=True)


@pytest.fixture(scope="session")
def dists(tmp_path_factory) -> dict[str, Path]:
    """Build the sdist and the wheel from the source tree once per session."""
    out = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("src") / "dash"
    # Build from a clean copy, so nothing left in the tree (build/, *.egg-info) leaks into the result.
    shutil.copytree(
        SOURCE_TREE,
        work,
        ignore=shutil.ignore_patterns(".git", ".tox", "build", "dist", "*.egg-info", "__pycache__"),
    )
    # The build backend's setuptools is the pinned one (requirements/build.txt), as in tox's .pkg env.
    env = dict(os.environ, PIP_CONSTRAINT=str(SOURCE_TREE / "requirements" / "build.txt"))
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(work)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = out.glob("dash-*.whl")
    (sdist,) = out.glob("dash-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist, "log": built.stdout + built.stderr, "source": work}


@pytest.fixture
def make_venv(tmp_path):
    created = []

    def factory(python: str = sys.executable) -> Venv:
        env = Venv(tmp_path / f"venv{len(created)}", python)
        created.append(env)
        return env

    return factory
