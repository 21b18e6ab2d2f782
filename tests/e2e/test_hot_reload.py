"""Hot reload in Chromium: an edited stylesheet is swapped in place, an edited script or a new server
process reloads the page (debug mode, dev_tools_hot_reload)."""

from __future__ import annotations

import os

from dash import Dash
from dash import _hot_reload
from dash import html

from .conftest import TIMEOUT


def _app(tmp_path):
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "style.css").write_text("#box { color: rgb(255, 0, 0) }")
    (assets / "app.js").write_text("window.assetRuns = (window.assetRuns || 0) + 1")
    app = Dash(__name__, assets_folder=str(assets))
    app.layout = html.Div("box", id="box")
    app.enable_dev_tools(debug=True, dev_tools_hot_reload_interval=0.2, dev_tools_hot_reload_watch_interval=0)
    return app, assets


def _touch(path, text):
    path.write_text(text)
    stamp = os.path.getmtime(path) + 5  # a new mtime even within the file system's clock resolution
    os.utime(path, (stamp, stamp))


def test_stylesheet_edit_is_swapped_without_reload(dash_page, tmp_path):
    app, assets = _app(tmp_path)
    page = dash_page.start(app).page
    assert page.evaluate("getComputedStyle(document.getElementById('box')).color") == "rgb(255, 0, 0)"
    page.evaluate("window.keptState = 'still here'")
    _touch(assets / "style.css", "#box { color: rgb(0, 0, 255) }")
    page.wait_for_function(
        "getComputedStyle(document.getElementById('box')).color === 'rgb(0, 0, 255)'", timeout=TIMEOUT
    )
    assert page.evaluate("window.keptState") == "still here"
    assert dash_page.errors() == []


def test_script_edit_reloads_the_page(dash_page, tmp_path):
    app, assets = _app(tmp_path)
    page = dash_page.start(app).page
    page.evaluate("window.keptState = 'gone after reload'")
    _touch(assets / "app.js", "window.assetRuns = 'edited'")
    page.wait_for_function("window.assetRuns === 'edited'", timeout=TIMEOUT)
    assert page.evaluate("window.keptState") is None


def test_a_new_server_process_reloads_the_page(dash_page, tmp_path, monkeypatch):
    app, _ = _app(tmp_path)
    page = dash_page.start(app).page
    page.evaluate("window.keptState = 'old process'")
    monkeypatch.setattr(_hot_reload, "PROCESS_TOKEN", "a-restarted-process")
    page.wait_for_function("window.keptState === undefined", timeout=TIMEOUT)
    dash_page.expect_text("box", "box")
