"""Debug-mode dev tools: hot reload (`_reload-hash`), dev_tools_ui, prune_errors, silence_routes_logging,
extra_hot_reload_paths (Plotly Dash's names, defaults and DASH_* variables)."""

from __future__ import annotations

import logging
import os

import pytest

from dash import Dash
from dash import Input
from dash import Output
from dash import _hot_reload
from dash import html


def make(assets, **dev_tools):
    app = Dash(__name__, assets_folder=str(assets))
    app.layout = html.Div("x", id="root")
    app.enable_dev_tools(**dev_tools)
    return app


def test_hot_reload_follows_debug_with_plotlys_defaults(assets):
    assert make(assets, debug=True)._hot_reload == _hot_reload.Settings(True, 3.0, 0.5, 8)
    assert make(assets, debug=False)._hot_reload.enabled is False
    assert make(assets, debug=True, dev_tools_hot_reload=False)._hot_reload.enabled is False
    custom = make(
        assets,
        debug=True,
        dev_tools_hot_reload_interval=0.5,
        dev_tools_hot_reload_watch_interval=0,
        dev_tools_hot_reload_max_retry=3,
    )
    assert custom._hot_reload == _hot_reload.Settings(True, 0.5, 0.0, 3)


def test_hot_reload_settings_from_the_environment(assets, monkeypatch):
    monkeypatch.setenv("DASH_HOT_RELOAD", "true")
    monkeypatch.setenv("DASH_HOT_RELOAD_INTERVAL", "1.5")
    monkeypatch.setenv("DASH_HOT_RELOAD_MAX_RETRY", "2")
    assert make(assets, debug=False)._hot_reload == _hot_reload.Settings(True, 1.5, 0.5, 2)


@pytest.mark.parametrize(
    ("key", "value"), [("dev_tools_hot_reload_interval", 0), ("dev_tools_hot_reload_max_retry", "x")]
)
def test_bad_hot_reload_numbers_are_explained(assets, key, value):
    with pytest.raises(ValueError, match=f"{key} must be a number of at least"):
        make(assets, debug=True, **{key: value})


def test_reload_hash_is_404_when_hot_reload_is_off(assets):
    response = make(assets, debug=False).server.test_client().get("/_reload-hash")
    assert response.status_code == 404
    assert "Hot reload is off" in response.get_json()["error"]["message"]


def test_reload_hash_lists_assets_and_changes_with_them(assets):
    app = make(assets, debug=True, dev_tools_hot_reload_watch_interval=0)
    client = app.server.test_client()
    first = client.get("/_reload-hash").get_json()
    assert first["token"] == _hot_reload.PROCESS_TOKEN
    assert [(f["path"], f["is_css"]) for f in first["files"]] == [("style.css", True), ("app.js", False)]
    assert first["files"][0]["url"].startswith("/assets/style.css?m=")
    assert client.get("/_reload-hash").get_json()["reloadHash"] == first["reloadHash"]
    stamp = os.path.getmtime(assets / "style.css") + 10
    os.utime(assets / "style.css", (stamp, stamp))
    second = client.get("/_reload-hash").get_json()
    assert second["reloadHash"] != first["reloadHash"]
    assert second["files"][0]["modified"] == stamp


def test_watch_interval_reuses_one_scan(assets):
    app = make(assets, debug=True, dev_tools_hot_reload_watch_interval=60)
    client = app.server.test_client()
    first = client.get("/_reload-hash").get_json()
    (assets / "more.css").write_text("p {}")
    assert client.get("/_reload-hash").get_json() == first


def test_index_links_the_hot_reload_script_and_config_only_when_on(assets):
    on = make(assets, debug=True, dev_tools_hot_reload_interval=0.25)
    page = on.server.test_client().get("/").get_data(as_text=True)
    assert '<script src="/_dash-renderer/components/ext/hot-reload.js?v=' in page
    assert on._config()["hot_reload"] == {"interval": 250, "max_retry": 8}
    off = make(assets, debug=True, dev_tools_hot_reload=False)
    assert '<script src="/_dash-renderer/components/ext/hot-reload.js' not in off.server.test_client().get(
        "/"
    ).get_data(as_text=True)
    assert "hot_reload" not in off._config()


def test_dev_tools_ui_false_hides_the_overlay_but_keeps_debug_answers(assets):
    app = make(assets, debug=True, dev_tools_ui=False)
    assert app._debug is True
    assert app._config()["debug"] is False
    assert make(assets, debug=True)._config()["debug"] is True


def _failing(app):
    @app.callback(Output("root", "title"), Input("root", "n_clicks"))
    def broken(n):
        raise ValueError("boom")

    body = {
        "output": "root.title",
        "outputs": {"id": "root", "property": "title"},
        "inputs": [{"id": "root", "property": "n_clicks", "value": 1}],
        "changedPropIds": ["root.n_clicks"],
    }
    return (
        app.server.test_client().post("/_dash-update-component", json=body).get_json()["error"]["traceback"]
    )


def test_prune_errors_false_keeps_dash_frames(assets):
    pruned = _failing(make(assets, debug=True))
    assert "dispatch.py" not in pruned and "broken" in pruned
    full = _failing(make(assets, debug=True, dev_tools_prune_errors=False))
    assert "dispatch.py" in full and "broken" in full


def test_run_silences_werkzeug_and_watches_extra_paths(assets, tmp_path, monkeypatch):
    extra = tmp_path / "data"
    extra.mkdir()
    (extra / "table.csv").write_text("a,b")
    app = Dash(__name__, assets_folder=str(assets), extra_hot_reload_paths=[str(extra)])
    app.layout = html.Div("x")
    seen = {}
    monkeypatch.setattr(app.server, "run", lambda **kwargs: seen.update(kwargs))
    logger = logging.getLogger("werkzeug")
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    app.run(debug=True, dev_tools_hot_reload_interval=1)
    assert seen["extra_files"] == [str(extra / "table.csv")]
    assert logger.level == logging.ERROR
    logger.setLevel(logging.NOTSET)
    app.run(debug=True, dev_tools_silence_routes_logging=False, use_reloader=False)
    assert logger.level == logging.NOTSET
