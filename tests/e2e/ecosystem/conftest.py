"""Browser tests of third-party component suites on our dash (tox -e ecosystem installs them pinned).

Skipped when the suites are not installed, except under tox's ecosystem env (DASH_ECOSYSTEM=1), where a
missing suite is an error.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

SUITES = (
    "dash_bootstrap_components",
    "dash_ag_grid",
    "dash_mantine_components",
    "dash_daq",
    "dash_cytoscape",
    "dash_iconify",
    "dash_extensions",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    missing = [name for name in SUITES if importlib.util.find_spec(name) is None]
    if not missing:
        return
    reason = f"the component suites {', '.join(missing)} are not installed: tox -e ecosystem installs them"
    if os.environ.get("DASH_ECOSYSTEM"):
        raise pytest.UsageError(f"The ecosystem tests cannot run: {reason}.")
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.skip(reason=reason))
