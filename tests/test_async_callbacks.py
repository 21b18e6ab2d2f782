"""async def callbacks and layout functions (Dash(use_async=...), the [async] extra: asgiref)."""

from __future__ import annotations

import asyncio

import pytest

import dash
from dash import Dash
from dash import Input
from dash import Output
from dash import _async
from dash import _pages
from dash import ctx
from dash import html
from dash import set_props
from dash.exceptions import PreventUpdate


def test_an_async_callback_is_awaited_and_sees_ctx_and_set_props(app, client, h):
    @app.callback(Output("out", "children"), Input("in", "value"))
    async def echo(value):
        await asyncio.sleep(0.01)
        set_props("other", {"value": "side"})
        return f"async:{value}:{ctx.triggered_id}"

    body = h.body(
        "out.children", h.item("out", "children"), [h.item("in", "value", "hi")], changed=["in.value"]
    )
    response = h.post(client, body)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json() == {
        "multi": True,
        "response": {"out": {"children": "async:hi:in"}},
        "sideUpdate": {"other": {"value": "side"}},
    }


def test_prevent_update_from_an_async_callback_is_a_204(app, client, h):
    @app.callback(Output("out", "children"), Input("in", "value"))
    async def never(value):
        raise PreventUpdate

    body = h.body(
        "out.children", h.item("out", "children"), [h.item("in", "value", "hi")], changed=["in.value"]
    )
    assert h.post(client, body).status_code == 204


def test_an_async_on_error_handler_is_awaited(make_app, h):
    async def handler(error):
        return f"handled {type(error).__name__}"

    app = make_app(on_error=handler)

    @app.callback(Output("out", "children"), Input("in", "value"))
    def broken(value):
        raise KeyError(value)

    body = h.body(
        "out.children", h.item("out", "children"), [h.item("in", "value", "hi")], changed=["in.value"]
    )
    assert h.post(app.server.test_client(), body).get_json()["response"] == {
        "out": {"children": "handled KeyError"}
    }


def test_an_async_layout_function_is_awaited():
    app = Dash(__name__)

    async def layout():
        await asyncio.sleep(0)
        return html.Div("from async", id="root")

    app.layout = layout
    answer = app.server.test_client().get("/_dash-layout").get_json()
    assert answer["props"]["children"] == "from async"


def test_an_async_page_layout_is_awaited(fresh_pages):
    app = Dash(__name__, use_pages=True, pages_folder="")

    async def page(item_id=None):
        return html.P(f"item {item_id}")

    dash.register_page("item", path_template="/item/<item_id>", layout=page)
    layout, _ = _pages.render("/item/3", "")
    assert layout.children == "item 3"
    assert app._use_async


def test_use_async_false_rejects_an_async_callback_with_the_fix(make_app, h):
    app = make_app(use_async=False)

    @app.callback(Output("out", "children"), Input("in", "value"))
    async def echo(value):
        return value

    app.enable_dev_tools(debug=True)
    body = h.body(
        "out.children", h.item("out", "children"), [h.item("in", "value", "hi")], changed=["in.value"]
    )
    with _no_unawaited_warning():
        response = h.post(app.server.test_client(), body)
    assert response.status_code == 500
    assert "is an async def function" in response.get_data(as_text=True)
    assert "Dash(use_async=False)" in response.get_data(as_text=True)


class _no_unawaited_warning:
    """The rejected coroutine is closed: no 'coroutine was never awaited' RuntimeWarning."""

    def __enter__(self):
        import warnings

        self._catch = warnings.catch_warnings(record=True)
        self.records = self._catch.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, *exc):
        self._catch.__exit__(*exc)
        assert not [r for r in self.records if "never awaited" in str(r.message)]


def test_use_async_defaults_to_whether_asgiref_is_installed(monkeypatch):
    assert Dash(__name__)._use_async is True  # the test envs install dash[async]
    monkeypatch.setattr(_async, "asgiref_installed", lambda: False)
    assert Dash(__name__)._use_async is False
    with pytest.raises(dash.exceptions.InvalidConfig, match='pip install "flask\\[async\\]"'):
        Dash(__name__, use_async=True)


def test_without_asgiref_an_async_callback_says_what_to_install(monkeypatch):
    monkeypatch.setattr(_async, "asgiref_installed", lambda: False)

    async def work():
        return 1

    with pytest.raises(
        dash.exceptions.InvalidConfig, match='asgiref is not installed: pip install "flask\\[async\\]"'
    ):
        _async.resolve(work(), "the callback for 'out.children'")


def test_plain_values_pass_through_untouched():
    marker = object()
    assert _async.resolve(marker, "x", use_async=False) is marker
