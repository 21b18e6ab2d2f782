"""Every example in examples/ runs unchanged: each is imported from its file and driven through the
Flask test client with the request bodies our renderer (and Plotly Dash's) sends."""

from __future__ import annotations

import json

import pytest


class Driver:
    """Calls callbacks the way the renderer does: by their `output` key, with the inputs as sent."""

    def __init__(self, flask_app, prefix: str = "/", client=None):
        self.client = client or flask_app.test_client()
        self.prefix = prefix
        response = self.client.get(prefix + "_dash-dependencies")
        assert response.status_code == 200, response.data
        self.dependencies = response.get_json()

    def spec(self, output: str) -> dict:
        for dependency in self.dependencies:
            if dependency["output"] == output:
                return dependency
        raise AssertionError(f"no callback for {output!r}; have {[d['output'] for d in self.dependencies]}")

    def call(self, output, inputs, state=(), changed=(), outputs=None):
        spec = self.spec(output)
        if outputs is None:
            parsed = [{"id": o["id"], "property": o["property"]} for o in spec["outputs"]]
            outputs = parsed if spec["multi"] else parsed[0]
        body = {"output": output, "outputs": outputs, "inputs": list(inputs), "changedPropIds": list(changed)}
        if state:
            body["state"] = list(state)
        response = self.client.post(
            self.prefix + "_dash-update-component", data=json.dumps(body), content_type="application/json"
        )
        if response.status_code == 204:
            return None
        assert response.status_code == 200, response.data
        payload = response.get_json()
        assert payload["multi"] is True
        return payload["response"]


def prop(id_, property_, value):
    return {"id": id_, "property": property_, "value": value}


def text_of(node) -> str:
    """Concatenated text of a serialised component tree."""
    if node is None:
        return ""
    if isinstance(node, (str, int, float)):
        return str(node)
    if isinstance(node, list):
        return "".join(text_of(child) for child in node)
    return text_of(node["props"].get("children"))


def test_text_echo(load_example):
    app = load_example("text_echo").app
    driver = Driver(app.server)
    assert driver.call("echo.children", [prop("text", "value", "hi there")]) == {
        "echo": {"children": "You said: hi there"}
    }
    assert "text" in app.server.test_client().get("/_dash-layout").get_data(as_text=True)


def test_dropdown_filters_the_table(load_example):
    driver = Driver(load_example("dropdown_table").app.server)
    everything = driver.call("table.children", [prop("kind", "value", "all")])["table"]["children"]
    giants = driver.call("table.children", [prop("kind", "value", "gas giant")], changed=["kind.value"])[
        "table"
    ]["children"]
    assert "Mercury" in text_of(everything) and "Neptune" in text_of(everything)
    assert "Jupiter" in text_of(giants) and "Saturn" in text_of(giants) and "Earth" not in text_of(giants)


def test_chained_callbacks(load_example):
    driver = Driver(load_example("chained").app.server)
    options = driver.call("city.options", [prop("country", "value", "Japan")])["city"]["options"]
    assert [o["value"] for o in options] == ["Tokyo", "Osaka", "Kyoto"]
    first = driver.call("city.value", [prop("city", "options", options)])["city"]["value"]
    assert first == "Tokyo"
    summary = driver.call(
        "selection.children", [prop("country", "value", "Japan"), prop("city", "value", first)]
    )
    assert summary == {"selection": {"children": "Tokyo is a city in Japan."}}


def test_multi_output(load_example):
    driver = Driver(load_example("multi_output").app.server)
    output = "..square.children...cube.children...twos.children.."
    assert driver.call(output, [prop("number", "value", 3)]) == {
        "square": {"children": 9},
        "cube": {"children": 27},
        "twos": {"children": 8},
    }


def test_pattern_matching_todo_list(load_example):
    driver = Driver(load_example("todo").app.server)
    add = "..items.children...new-item.value.."
    # The add callback refuses empty text (PreventUpdate -> 204).
    assert (
        driver.call(
            add,
            [prop("add", "n_clicks", 1)],
            state=[prop("new-item", "value", ""), prop("items", "children", [])],
        )
        is None
    )
    first = driver.call(
        add,
        [prop("add", "n_clicks", 1)],
        state=[prop("new-item", "value", "milk"), prop("items", "children", [])],
    )
    items = first["items"]["children"]
    assert first["new-item"] == {"value": ""} and len(items) == 1 and "milk" in text_of(items)
    second = driver.call(
        add,
        [prop("add", "n_clicks", 2)],
        state=[prop("new-item", "value", "eggs"), prop("items", "children", items)],
    )
    assert len(second["items"]["children"]) == 2

    match_output = (
        json.dumps({"index": ["MATCH"], "type": "label"}, sort_keys=True, separators=(",", ":")) + ".style"
    )
    struck = driver.call(
        match_output,
        [prop({"index": 1, "type": "done"}, "value", ["done"])],
        outputs={"id": {"index": 1, "type": "label"}, "property": "style"},
    )
    assert struck == {'{"index":1,"type":"label"}': {"style": {"textDecoration": "line-through"}}}

    summary = driver.call(
        "summary.children",
        [
            [
                prop({"index": 0, "type": "done"}, "value", []),
                prop({"index": 1, "type": "done"}, "value", ["done"]),
            ]
        ],
        changed=['{"index":1,"type":"done"}.value'],
    )
    assert summary == {"summary": {"children": "1 of 2 done (last change: item 1)"}}


def test_click_counter_uses_triggered_id(load_example):
    driver = Driver(load_example("click_counter").app.server)
    inputs = [prop("red", "n_clicks", 0), prop("green", "n_clicks", 2), prop("blue", "n_clicks", 0)]
    assert driver.call("last.children", inputs) == {"last": {"children": "No button clicked yet."}}
    assert driver.call("last.children", inputs, changed=["green.n_clicks"]) == {
        "last": {"children": "green was clicked; it has 2 clicks."}
    }


def test_embedded_app_is_guarded_and_prefixed(load_example):
    module = load_example("embedded")
    client = module.server.test_client()
    assert client.get("/").status_code == 200
    guarded = client.get("/dash/")
    assert guarded.status_code == 302 and "/login" in guarded.headers["Location"]
    assert client.get("/login?user=ann").status_code == 302
    page = client.get("/dash/")
    assert page.status_code == 200 and b"_dash-config" in page.data
    driver = Driver(module.server, prefix="/dash/", client=client)  # the logged-in session
    assert driver.call("out.children", [prop("text", "value", "hey")]) == {"out": {"children": "HEY"}}


@pytest.mark.parametrize(
    "name",
    ["text_echo", "dropdown_table", "chained", "multi_output", "todo", "click_counter", "datatable", "tabs"],
)
def test_example_index_page_serves(name, load_example):
    client = load_example(name).app.server.test_client()
    page = client.get("/")
    assert page.status_code == 200 and b'id="_dash-config"' in page.data
    assert client.get("/_dash-layout").status_code == 200


def test_datatable_callbacks_read_what_the_user_sees(load_example):
    module = load_example("datatable")
    driver = Driver(module.app.server)
    asia = [row for row in module.COUNTRIES if row["continent"] == "Asia"]
    answer = driver.call(
        "summary.children",
        [prop("table", "derived_virtual_data", asia), prop("table", "derived_virtual_selected_rows", [0, 2])],
    )
    assert answer == {"summary": {"children": "6 countries, 3,668.6 million people, 2 selected."}}
    cell = {"row": 1, "column": 2, "row_id": 2, "column_id": "population"}
    answer = driver.call(
        "cell.children",
        [prop("table", "active_cell", cell)],
        state=[prop("table", "derived_viewport_data", asia)],
    )
    assert answer == {"cell": {"children": "China: population = 1425.7"}}
    answer = driver.call(
        "cell.children",
        [prop("table", "active_cell", None)],
        state=[prop("table", "derived_viewport_data", asia)],
    )
    assert answer == {"cell": {"children": "Click a cell."}}
