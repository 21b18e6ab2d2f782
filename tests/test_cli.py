"""`python -m dash demo`: what it prints and how it runs the app (the doctor's CLI is in test_doctor.py)."""

from __future__ import annotations

import pytest

from dash import __main__ as cli
from dash import demo


class FakeApp:
    def __init__(self):
        self.runs = []

    def run(self, **kwargs):
        self.runs.append(kwargs)


@pytest.mark.parametrize(
    ("argv", "run_main", "banner"),
    [
        (["demo"], None, True),
        (["demo", "--debug", "--port", "8123"], None, True),  # the reloader's parent process
        (["demo", "--debug", "--port", "8123"], "true", False),  # the reloader's child: said once already
    ],
)
def test_demo_prints_its_address_once(monkeypatch, capsys, argv, run_main, banner):
    app = FakeApp()
    monkeypatch.setattr(demo, "create_app", lambda: app)
    if run_main is None:
        monkeypatch.delenv("WERKZEUG_RUN_MAIN", raising=False)
    else:
        monkeypatch.setenv("WERKZEUG_RUN_MAIN", run_main)
    assert cli.main(argv) == 0
    port = 8123 if "--port" in argv else 8050
    assert app.runs == [{"host": "127.0.0.1", "port": port, "debug": "--debug" in argv}]
    out = capsys.readouterr().out
    assert (f"dash demo: serving on http://127.0.0.1:{port}/ (Ctrl+C to stop)" in out) is banner
