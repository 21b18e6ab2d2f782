from __future__ import annotations

import pytest

import dash
from dash import exceptions
from dash._callback_context import CallbackContext
from dash._callback_context import _current


def run_in(body, func):
    token = _current.set(CallbackContext(body))
    try:
        return func()
    finally:
        _current.reset(token)


BODY = {
    "output": "o.children",
    "outputs": {"id": "o", "property": "children"},
    "inputs": [
        [
            {"id": {"type": "i", "index": 0}, "property": "value", "value": "a"},
            {"id": {"index": 1, "type": "i"}, "property": "value", "value": "b"},
        ],
        {"id": "btn", "property": "n_clicks"},
    ],
    "state": [{"id": "s", "property": "value", "value": 3}],
    "changedPropIds": ['{"index":1,"type":"i"}.value', "btn.n_clicks"],
}


def test_pattern_ids_in_the_context():
    ctx = dash.ctx
    assert run_in(BODY, lambda: ctx.triggered_id) == {"index": 1, "type": "i"}
    assert run_in(BODY, lambda: ctx.triggered_id.type) == "i"
    assert run_in(BODY, lambda: ctx.triggered) == [
        {"prop_id": '{"index":1,"type":"i"}.value', "value": "b"},
        {"prop_id": "btn.n_clicks", "value": None},
    ]
    assert run_in(BODY, lambda: ctx.inputs) == {
        '{"index":0,"type":"i"}.value': "a",
        '{"index":1,"type":"i"}.value': "b",
        "btn.n_clicks": None,
    }
    assert run_in(BODY, lambda: list(ctx.triggered_prop_ids)) == [
        '{"index":1,"type":"i"}.value',
        "btn.n_clicks",
    ]


def test_args_grouping_and_timing():
    grouping = run_in(BODY, lambda: dash.ctx.args_grouping)
    assert [part.value for part in grouping[0]] == ["a", "b"]
    assert [part.triggered for part in grouping[0]] == [False, True]
    assert grouping[1].triggered is True and grouping[2].value == 3
    assert run_in(BODY, lambda: dash.ctx.record_timing("x", 0.1)) is None


def test_set_props():
    def body():
        dash.set_props("a", {"children": 1})
        dash.set_props({"type": "t", "index": 2}, {"value": 2})
        dash.set_props("a", {"title": "t"})
        return _current.get().updated_props

    assert run_in(BODY, body) == {"a": {"children": 1, "title": "t"}, '{"index":2,"type":"t"}': {"value": 2}}
    with pytest.raises(exceptions.MissingCallbackContextException):
        dash.set_props("a", {"children": 1})
    with pytest.raises(TypeError, match="dict of props"):
        run_in(BODY, lambda: dash.set_props("a", "children"))


def test_repr():
    assert repr(dash.callback_context) == "<dash.callback_context>"
