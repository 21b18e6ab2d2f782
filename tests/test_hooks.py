"""dash.hooks, Dash.add_startup_route, assets_path_ignore and .mjs assets (issue 17.10)."""

from __future__ import annotations

import pytest

import dash
from dash import Dash
from dash import Input
from dash import Output
from dash import _hooks
from dash import exceptions
from dash import html


@pytest.fixture(autouse=True)
def fresh_hooks(monkeypatch):
    """dash.hooks emptied for one test (it is process-wide), restored afterwards."""
    registry = dash.hooks
    saved = dict(vars(registry))
    vars(registry).update(vars(_hooks.Hooks()))
    registry._plugins_loaded = True
    monkeypatch.setattr(Dash, "STARTUP_ROUTES", [])
    yield registry
    vars(registry).clear()
    vars(registry).update(saved)


def make(layout=None, **kwargs):
    app = Dash(__name__, **kwargs)
    app.layout = layout if layout is not None else html.Div([html.Button(id="btn"), html.Div(id="out")])
    return app


def test_layout_hooks_wrap_the_layout_in_priority_order(fresh_hooks):
    @fresh_hooks.layout()
    def banner(layout):
        return [html.Div("banner", id="banner"), layout]

    @fresh_hooks.layout(priority=5)
    def first(layout):
        return html.Main(layout, id="main")

    layout = make().server.test_client().get("/_dash-layout").get_json()
    # first (priority 5) wraps the app layout, then banner adds its Div in front.
    assert [kid["props"].get("id") for kid in layout["props"]["children"]] == ["banner", "main"]


def test_final_hook_runs_last_and_only_one_is_allowed(fresh_hooks):
    order = []
    fresh_hooks.layout(final=True)(lambda layout: order.append("final") or layout)
    fresh_hooks.layout(priority=-100)(lambda layout: order.append("low") or layout)
    make().server.test_client().get("/_dash-layout")
    assert order == ["low", "final"]
    with pytest.raises(exceptions.HookError, match="only one hook of each kind can be final"):
        fresh_hooks.layout(final=True)(lambda layout: layout)


def test_callback_and_clientside_hooks_join_every_app(fresh_hooks, h):
    fresh_hooks.callback(Output("out", "children"), Input("btn", "n_clicks"))(lambda n: f"hook {n}")
    fresh_hooks.clientside_callback(
        "function (n) { return n }", Output("out", "title"), Input("btn", "n_clicks")
    )
    for app in (make(), make()):
        client = app.server.test_client()
        outputs = [entry["output"] for entry in client.get("/_dash-dependencies").get_json()]
        assert outputs == ["out.children", "out.title"]
        answer = h.post(
            client,
            h.body("out.children", {"id": "out", "property": "children"}, [h.item("btn", "n_clicks", 4)]),
        )
        assert answer.get_json()["response"] == {"out": {"children": "hook 4"}}


def test_setup_route_index_script_and_stylesheet_hooks(fresh_hooks):
    seen = []
    fresh_hooks.setup()(seen.append)
    fresh_hooks.route("plugin/status", methods=("GET", "POST"))(lambda: {"ok": True})

    @fresh_hooks.route()
    def health():
        return "fine"

    fresh_hooks.index()(lambda page: page.replace("</body>", "<!-- plugin --></body>"))
    fresh_hooks.script(
        [{"external_url": "https://cdn.example/p.js", "crossorigin": "anonymous"}, "/static/x.js"]
    )
    fresh_hooks.stylesheet([{"external_url": "https://cdn.example/p.css"}])
    app = make(url_base_pathname="/app/")
    assert seen == [app]
    client = app.server.test_client()
    assert client.post("/app/plugin/status").get_json() == {"ok": True}
    assert client.get("/app/health").get_data(as_text=True) == "fine"
    page = client.get("/app/").get_data(as_text=True)
    assert page.rstrip().endswith("<!-- plugin --></body>\n</html>") or "<!-- plugin --></body>" in page
    assert '<script crossorigin="anonymous" src="https://cdn.example/p.js"></script>' in page
    assert '<script src="/static/x.js"></script>' in page
    assert '<link href="https://cdn.example/p.css" rel="stylesheet">' in page


def test_error_hooks_after_the_app_handler(fresh_hooks, h):
    calls = []
    fresh_hooks.error()(lambda error: calls.append(("hook", str(error))) or "from hook")
    app = make()

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"))
    def boom(n):
        raise RuntimeError("boom")

    client = app.server.test_client()
    answer = h.post(
        client, h.body("out.children", {"id": "out", "property": "children"}, [h.item("btn", "n_clicks", 1)])
    )
    assert answer.get_json()["response"] == {"out": {"children": "from hook"}}
    app.on_error = lambda error: calls.append(("app", str(error))) or "from app"
    answer = h.post(
        client, h.body("out.children", {"id": "out", "property": "children"}, [h.item("btn", "n_clicks", 1)])
    )
    assert answer.get_json()["response"] == {"out": {"children": "from app"}}
    assert calls == [("hook", "boom"), ("app", "boom"), ("hook", "boom")]


def test_plugins_are_loaded_from_entry_points(monkeypatch):
    from importlib import metadata

    loaded = []

    class Entry:
        def load(self):
            loaded.append("plugin")

    def entry_points(**kwargs):
        assert kwargs == {"group": "dash_hooks"}
        return [Entry()]

    monkeypatch.setattr(metadata, "entry_points", entry_points)
    registry = _hooks.Hooks()
    registry.load_plugins()
    registry.load_plugins()
    assert loaded == ["plugin"]


def test_startup_routes():
    Dash.add_startup_route("status", lambda: {"up": True}, ["GET"])
    with pytest.raises(ValueError, match="already registered"):
        Dash.add_startup_route("status", lambda: None, ["GET"])
    with pytest.raises(ValueError, match="does not start with '/'"):
        Dash.add_startup_route("/bad", lambda: None, ["GET"])
    with pytest.raises(ValueError, match="'GET' and/or 'POST'"):
        Dash.add_startup_route("put", lambda: None, ["PUT"])
    client = make(routes_pathname_prefix="/r/").server.test_client()
    assert client.get("/r/_dash_startup_route/status").get_json() == {"up": True}


def test_assets_path_ignore_and_module_assets(tmp_path):
    assets = tmp_path / "assets"
    (assets / "vendor" / "deep").mkdir(parents=True)
    (assets / "app.js").write_text("window.a = 1")
    (assets / "widget.mjs").write_text("export const b = 2")
    (assets / "vendor" / "lib.js").write_text("window.c = 3")
    (assets / "vendor" / "deep" / "lib.css").write_text("p {}")
    app = make(assets_folder=str(assets), assets_path_ignore=["^vendor"])
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    assert '<script src="/assets/app.js?m=' in page
    assert '<script type="module" src="/assets/widget.mjs?m=' in page
    assert "vendor" not in page
    served = client.get("/assets/vendor/lib.js")
    assert served.status_code == 200  # not linked, still served
    served.close()
    module = client.get("/assets/widget.mjs")
    assert module.mimetype == "text/javascript"
    module.close()
