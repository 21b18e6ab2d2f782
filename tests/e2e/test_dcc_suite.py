"""dcc components in Chromium: a user action -> the prop -> a callback."""

from __future__ import annotations

import base64
import pathlib

from playwright.sync_api import expect

from dash import Dash
from dash import Input
from dash import Output
from dash import State
from dash import dcc
from dash import html

TIMEOUT = 5000


def echo_app(component, *props):
    app = Dash(__name__)
    app.layout = html.Div([component, html.Div(id="out")])

    @app.callback(Output("out", "children"), *[Input(component.id, p) for p in props])
    def show(*values):
        return "|".join(repr(v) for v in values)

    return app


def test_dropdown_keyboard_search_multi_chips_and_aria(dash_page):
    app = echo_app(
        dcc.Dropdown(
            id="dd",
            options=[
                {"label": "Apple", "value": "a"},
                {"label": "Banana", "value": "b", "disabled": True},
                "Cherry",
            ],
            multi=True,
            value=["a"],
            placeholder="Pick fruit",
        ),
        "value",
        "search_value",
    )
    dash_page.start(app)
    dash_page.expect_text("out", "['a']|None")
    box = dash_page.page.get_by_role("combobox")
    box.focus()
    box.press("ArrowDown")
    listbox = dash_page.page.get_by_role("listbox")
    expect(listbox).to_be_visible()
    expect(dash_page.page.get_by_role("option")).to_have_text(["Apple", "Banana", "Cherry"])
    box.press("ArrowDown")  # Banana is disabled: skipped
    expect(box).to_have_attribute("aria-activedescendant", listbox.get_attribute("id") + "-2")
    box.press("Enter")
    dash_page.expect_text("out", "['a', 'Cherry']|''")
    box.type("app")
    dash_page.expect_text("out", "['a', 'Cherry']|'app'")
    expect(dash_page.page.get_by_role("option")).to_have_text(["Apple"])
    box.press("Escape")
    expect(listbox).to_be_hidden()
    box.press("Backspace")  # as in Plotly Dash 4.4.1, Backspace in an empty search box removes nothing
    dash_page.page.get_by_role("button", name="Remove Cherry").click()
    dash_page.expect_text("out", "['a']|''")
    dash_page.page.get_by_role("button", name="Remove Apple").click()
    dash_page.expect_text("out", "[]|''")
    expect(box).to_have_attribute("placeholder", "Pick fruit")
    width = dash_page.by_id("dd").evaluate("e => e.getBoundingClientRect().width")
    assert width > 600  # full width, not sized to its content
    assert dash_page.errors() == []


def test_typing_then_enter_picks_the_first_match(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Dropdown(["Canada", "France", "Finland"], "Canada", id="dd"), html.Div(id="out")]
    )

    @app.callback(Output("out", "children"), Input("dd", "value"))
    def show(value):
        return f"picked {value}"

    dash_page.start(app)
    dash_page.expect_text("out", "picked Canada")
    box = dash_page.by_id("dd").get_by_role("combobox")
    box.click()
    box.type("F")
    expect(dash_page.page.get_by_role("option")).to_have_text(["France", "Finland"])
    expect(dash_page.page.locator("[role=option].is-active")).to_have_text("France")  # the first match
    box.type("in")
    box.press("Enter")
    dash_page.expect_text("out", "picked Finland")
    assert dash_page.errors() == []


def test_dropdown_value_pruned_when_options_change(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("narrow", id="narrow"),
            dcc.Dropdown(id="single", options=["1A", "1B", "2A"], value="1B"),
            dcc.Dropdown(id="multi", options=["1A", "1B", "2A"], value=["1A", "1B"], multi=True),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("single", "options"),
        Output("multi", "options"),
        Input("narrow", "n_clicks"),
        prevent_initial_call=True,
    )
    def narrow(_):
        return ["1A", "2A"], ["1A", "2A"]

    @app.callback(Output("out", "children"), Input("single", "value"), Input("multi", "value"))
    def show(single, multi):
        return f"{single}|{multi}"

    dash_page.start(app)
    dash_page.expect_text("out", "1B|['1A', '1B']")
    dash_page.by_id("narrow").click()
    dash_page.expect_text("out", "None|['1A']")


def test_dropdown_debounce_sends_the_value_when_the_menu_closes(dash_page):
    """debounce=True (with closeOnSelect=False): picks while the menu is open change the shown value only;
    closing the menu sends the value once. Without debounce each pick is sent at once."""
    app = Dash(__name__)
    options = ["Apple", "Banana", "Cherry"]
    app.layout = html.Div(
        [
            dcc.Dropdown(id="dd", options=options, value=[], multi=True, debounce=True, closeOnSelect=False),
            dcc.Dropdown(id="now", options=options, value=[], multi=True, closeOnSelect=False),
            html.Div(id="out"),
            html.Div(id="count"),
        ]
    )
    runs = []

    @app.callback(
        Output("out", "children"), Output("count", "children"), Input("dd", "value"), Input("now", "value")
    )
    def show(value, now):
        runs.append(value)
        return f"{value}|{now}", str(len(runs))

    dash_page.start(app)
    dash_page.expect_text("count", "1")
    box = dash_page.by_id("dd").get_by_role("combobox")
    box.click()
    dash_page.by_id("dd").get_by_role("option", name="Apple").click()
    dash_page.by_id("dd").get_by_role("option", name="Cherry").click()
    expect(dash_page.by_id("dd").locator(".dash-dropdown-chip")).to_have_text(["Apple×", "Cherry×"])
    dash_page.wait_idle()
    dash_page.expect_text("out", "[]|[]")  # held while the menu is open
    box.press("Escape")
    dash_page.expect_text("out", "['Apple', 'Cherry']|[]")
    dash_page.expect_text("count", "2")
    other = dash_page.by_id("now").get_by_role("combobox")
    other.click()
    dash_page.by_id("now").get_by_role("option", name="Banana").click()
    dash_page.expect_text("out", "['Apple', 'Cherry']|['Banana']")  # no debounce: sent while open


def test_multi_dropdown_select_all_and_deselect_all_act_on_the_shown_options(dash_page):
    app = echo_app(
        dcc.Dropdown(
            id="dd",
            options=[
                "Apple",
                "Apricot",
                {"label": "Avocado", "value": "Avocado", "disabled": True},
                "Banana",
            ],
            value=["Banana"],
            multi=True,
            labels={"select_all": "All", "deselect_all": "None", "clear_selection": "Empty it"},
        ),
        "value",
    )
    dash_page.start(app)
    dash_page.expect_text("out", "['Banana']")
    dd = dash_page.by_id("dd")
    dd.get_by_role("combobox").click()
    dd.get_by_role("combobox").type("ap")
    expect(dd.get_by_role("option")).to_have_text(["Apple", "Apricot"])
    dd.get_by_role("button", name="All", exact=True).click()  # the searched options, not disabled ones
    dash_page.expect_text("out", "['Banana', 'Apple', 'Apricot']")
    expect(dd.get_by_role("combobox")).to_have_value("ap")  # the search stays
    dd.get_by_role("button", name="None", exact=True).click()
    dash_page.expect_text("out", "['Banana']")
    dd.get_by_role("button", name="Empty it").click()  # labels.clear_selection names the clear button
    dash_page.expect_text("out", "[]")


def test_dropdown_search_is_typed_into_the_control(dash_page):
    """The search text is typed in the control's own box: no second border or focus ring around it; the
    control shows the focus instead."""
    app = echo_app(dcc.Dropdown(id="dd", options=["Apple", "Banana"], value="Apple"), "search_value")
    dash_page.start(app)
    box = dash_page.by_id("dd").get_by_role("combobox")
    box.click()
    box.type("ban")
    dash_page.expect_text("out", "'ban'")
    look = box.evaluate(
        """b => { const s = getComputedStyle(b), c = getComputedStyle(b.closest('.dash-dropdown-control'))
        return [s.outlineStyle, s.borderTopWidth, c.borderTopColor, b.closest('.dash-dropdown-control').contains(b)] }"""
    )
    assert look == ["none", "0px", "rgb(119, 153, 255)", True]
    expect(dash_page.page.get_by_role("option")).to_have_text(["Banana"])


def test_slider_marks_dots_step_none_and_tooltip(dash_page):
    app = echo_app(
        dcc.Slider(
            id="sl",
            min=0,
            max=100,
            step=None,
            value=25.0,
            marks={0.0: "", 25.0: "quarter", 100.0: {"label": "full", "style": {"color": "red"}}},
            tooltip={"always_visible": True, "template": "{value} %"},
        ),
        "value",
    )
    dash_page.start(app)
    dash_page.expect_text("out", "25")
    slider = dash_page.by_id("sl")
    expect(slider.locator(".dash-slider-mark")).to_have_text(["", "quarter", "full"])
    expect(slider.locator(".dash-slider-dot")).to_have_count(3)  # the empty label still has its dot
    expect(slider.locator(".dash-slider-tooltip")).to_have_text("25 %")
    expect(slider.locator(".dash-slider-tooltip")).to_be_visible()
    slider.locator("input").fill("70")  # step=None snaps to the nearest mark
    dash_page.expect_text("out", "100")
    expect(slider.locator(".dash-slider-tooltip")).to_have_text("100 %")


def test_slider_number_box_of_allow_direct_input_edits_the_value(dash_page):
    """allow_direct_input (default True): a number box beside the slider; typing sets drag_value, Enter or
    leaving the box sets value, snapped to the step and kept within min..max."""
    app = echo_app(dcc.Slider(id="sl", min=0, max=100, step=5, value=20), "value", "drag_value")
    app.layout.children.append(html.Button("set", id="set"))

    @app.callback(Output("sl", "value"), Input("set", "n_clicks"), prevent_initial_call=True)
    def set_value(_):
        return 15

    dash_page.start(app)
    dash_page.expect_text("out", "20|20")  # drag_value starts as the value
    box = dash_page.by_id("sl").get_by_role("spinbutton", name="Value")
    expect(box).to_have_value("20")
    handle = dash_page.by_id("sl").locator("input[type=range]")
    slider_box, number_box = dash_page.by_id("sl").bounding_box(), box.bounding_box()
    assert number_box["x"] >= slider_box["x"] + slider_box["width"]  # beside the track, not over it
    box.fill("45")
    dash_page.expect_text("out", "20|45")  # updatemode='mouseup': typing moves drag_value only
    expect(handle).to_have_value("45")
    box.press("Enter")
    dash_page.expect_text("out", "45|45")
    box.fill("62")  # not on a step: nothing moves until committed, then it snaps to 60
    dash_page.expect_text("out", "45|45")
    box.blur()
    dash_page.expect_text("out", "60|60")
    expect(box).to_have_value("60")
    box.fill("500")
    box.press("Enter")
    dash_page.expect_text("out", "100|100")
    dash_page.by_id("set").click()  # a callback sets value: drag_value follows
    dash_page.expect_text("out", "15|15")
    expect(box).to_have_value("15")
    handle.fill("30")  # dragging the handle shows the new value in the box
    dash_page.expect_text("out", "30|30")
    expect(box).to_have_value("30")


def test_range_slider_boxes_and_allow_direct_input_false(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.RangeSlider(id="rs", min=0, max=1, step=0.1, value=[0.2, 0.6], updatemode="drag"),
            dcc.Slider(id="plain", min=0, max=10, value=3, allow_direct_input=False),
            dcc.RangeSlider(id="pushed", min=0, max=10, step=1, value=[2, 6], pushable=2),
            html.Div(id="pushed-out"),
            dcc.Slider(id="marks", min=0, max=10, step=None, marks={0: "a", 10: "b"}, value=0),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("rs", "value"))
    def show(value):
        return repr(value)

    @app.callback(Output("pushed-out", "children"), Input("pushed", "value"))
    def show_pushed(value):
        return repr(value)

    dash_page.start(app)
    rs = dash_page.by_id("rs")
    start, end = (
        rs.get_by_role("spinbutton", name="Range start"),
        rs.get_by_role("spinbutton", name="Range end"),
    )
    expect(start).to_have_value("0.2")
    expect(end).to_have_value("0.6")
    assert start.bounding_box()["x"] < rs.bounding_box()["x"] < end.bounding_box()["x"]
    end.fill("0.9")  # updatemode='drag': a valid typed value is the value at once
    dash_page.expect_text("out", "[0.2, 0.9]")
    start.fill("0.95")  # past the end handle: clamped to it when committed
    start.press("Enter")
    dash_page.expect_text("out", "[0.9, 0.9]")
    expect(dash_page.by_id("plain").locator("input[type=number]")).to_have_count(0)
    pushed = dash_page.by_id("pushed").locator("input[type=range]")
    pushed.first.fill("5")  # pushable=2: the lower handle stops 2 below the upper one (6)
    dash_page.expect_text("pushed-out", "[4, 6]")
    pushed.nth(1).fill("1")
    dash_page.expect_text("pushed-out", "[4, 6]")
    expect(dash_page.by_id("marks").locator("input[type=number]")).to_have_count(0)  # step=None: marks only


def test_vertical_range_slider_with_step_dots(dash_page):
    app = echo_app(
        dcc.RangeSlider(id="rs", min=0, max=10, step=2, dots=True, vertical=True, value=[2, 6]), "value"
    )
    dash_page.start(app)
    rs = dash_page.by_id("rs")
    expect(rs.locator(".dash-slider-dot")).to_have_count(6)
    expect(rs.locator(".dash-slider-dot.is-active")).to_have_count(3)
    box = rs.bounding_box()
    assert box["height"] > 300 > box["width"]
    # the dots at min and max sit over the handles there: 7px (half a handle) in from the ends
    centres = [
        d["y"] + d["height"] / 2
        for d in map(lambda dot: dot.bounding_box(), rs.locator(".dash-slider-dot").all())
    ]
    assert abs(box["y"] + box["height"] - max(centres) - 7) <= 1.5
    assert abs(min(centres) - box["y"] - 7) <= 1.5
    rs.locator("input").nth(1).fill("8")
    dash_page.expect_text("out", "[2, 8]")


def test_tabs_keyboard_styles_and_content(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Tabs(
                id="tabs",
                children=[
                    dcc.Tab(html.P("first body", id="p1"), label="One", selected_className="chosen"),
                    dcc.Tab(
                        html.P("second body"),
                        label="Two",
                        value="two",
                        selected_style={"color": "rgb(255, 0, 0)"},
                    ),
                ],
                content_style={"padding": "7px"},
                parent_style={"margin": "3px"},
                colors={"border": "#000", "primary": "rgb(0, 128, 0)", "background": "#eee"},
            ),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("tabs", "value"))
    def show(value):
        return str(value)

    dash_page.start(app)
    dash_page.expect_text("out", "tab-1")  # no value: the first tab is chosen and reported
    page = dash_page.page
    expect(page.get_by_role("tabpanel")).to_have_text("first body", use_inner_text=True)
    expect(page.get_by_role("tabpanel")).to_have_css("padding", "7px")
    expect(page.get_by_role("tab", name="One")).to_have_class("tab tab--selected chosen")
    expect(page.get_by_role("tab", name="One")).to_have_css("border-top-color", "rgb(0, 128, 0)")
    page.get_by_role("tab", name="One").press("End")
    dash_page.expect_text("out", "two")
    expect(page.get_by_role("tab", name="Two")).to_be_focused()
    expect(page.get_by_role("tab", name="Two")).to_have_css("color", "rgb(255, 0, 0)")
    expect(page.get_by_role("tabpanel")).to_have_text("second body", use_inner_text=True)
    expect(page.locator("#p1")).to_be_hidden()  # built (ids and callbacks live on), not shown
    page.get_by_role("tab", name="Two").press("ArrowLeft")
    dash_page.expect_text("out", "tab-1")


def test_tabs_keep_unselected_content_alive_like_plotlys_layout_store(dash_page):
    """Components in an unselected Tab keep their values and take part in callbacks (Plotly keeps them in its
    layout store): typing in tab A, the callback fills an output in tab B, and A's value survives a switch."""
    app = Dash(__name__)
    app.layout = dcc.Tabs(
        id="tabs",
        children=[
            dcc.Tab(dcc.Input(id="inp", value="start"), label="A", value="a"),
            dcc.Tab(html.Div(id="out"), label="B", value="b"),
        ],
    )

    @app.callback(Output("out", "children"), Input("inp", "value"))
    def echo(value):
        return f"typed: {value}"

    dash_page.start(app)
    page = dash_page.page
    expect(page.locator("#out")).to_have_text("typed: start")  # the initial call ran for the hidden tab
    page.locator("#inp").fill("hello")
    expect(page.locator("#out")).to_have_text("typed: hello")
    page.get_by_role("tab", name="B").click()
    expect(page.locator("#out")).to_be_visible()
    expect(page.locator("#out")).to_have_text("typed: hello")
    page.get_by_role("tab", name="A").click()
    expect(page.locator("#inp")).to_have_value("hello")


def test_loading_spinner_while_a_callback_runs(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("go", id="go"),
            dcc.Loading(
                html.Div("idle", id="slow"),
                id="ld",
                type="dot",
                delay_show=50,
                show_initially=False,
                debug=True,
            ),
        ]
    )

    @app.callback(Output("slow", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def slow(n):
        import time

        time.sleep(0.8)
        return f"done {n}"

    dash_page.start(app)
    spinner = dash_page.by_id("ld")  # Plotly: the id is on the spinner's box, empty while nothing loads
    expect(spinner).to_be_empty()
    dash_page.by_id("go").click()
    expect(spinner).to_be_visible()
    expect(spinner.locator(".dash-spinner.dash-dot-spinner > .dash-dot-spinner-bounce1")).to_have_count(1)
    expect(dash_page.by_id("slow")).to_have_css("visibility", "hidden")
    expect(spinner.locator("h3.dash-loading-title")).to_have_text("Loading #slow's children")  # debug=True
    dash_page.expect_text("slow", "done 1")
    expect(spinner).to_be_empty()
    expect(dash_page.by_id("slow")).to_have_css("visibility", "visible")


def test_upload_a_real_file(dash_page, tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(b"a,b\n1,2\n")
    app = echo_app(
        dcc.Upload(html.A("Select a file"), id="up", accept=".csv", max_size=1000), "filename", "contents"
    )
    dash_page.start(app)
    dash_page.by_id("up").locator("input[type=file]").set_input_files(str(path))
    encoded = base64.b64encode(b"a,b\n1,2\n").decode()
    dash_page.expect_text("out", f"'data.csv'|'data:text/csv;base64,{encoded}'")
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2000)  # over max_size: refused, nothing changes
    dash_page.by_id("up").locator("input[type=file]").set_input_files(str(big))
    dash_page.page.wait_for_timeout(300)
    dash_page.expect_text("out", f"'data.csv'|'data:text/csv;base64,{encoded}'")


def test_download_bytes(dash_page):
    payload = bytes(range(256))
    app = Dash(__name__)
    app.layout = html.Div([html.Button("get", id="get"), dcc.Download(id="dl")])

    @app.callback(Output("dl", "data"), Input("get", "n_clicks"), prevent_initial_call=True)
    def get(_):
        return dcc.send_bytes(payload, "blob.bin")

    dash_page.start(app)
    with dash_page.page.expect_download() as info:
        dash_page.by_id("get").click()
    assert info.value.suggested_filename == "blob.bin"
    assert pathlib.Path(info.value.path()).read_bytes() == payload


def test_date_picker_single_keyboard(dash_page):
    app = echo_app(
        dcc.DatePickerSingle(
            id="dp",
            date="2024-05-15",
            min_date_allowed="2024-05-01",
            max_date_allowed="2024-06-30",
            disabled_days=["2024-05-17"],
            display_format="DD/MM/YYYY",
            first_day_of_week=1,
            clearable=True,
        ),
        "date",
    )
    dash_page.start(app)
    dash_page.expect_text("out", "'2024-05-15'")
    page = dash_page.page
    field = dash_page.by_id("dp")  # the id is the input's, as in Plotly Dash
    expect(field).to_have_value("15/05/2024")
    field.focus()
    expect(page.get_by_role("dialog")).to_be_visible()
    expect(page.get_by_role("grid").first.locator("th").first).to_have_attribute("title", "Monday")
    field.press("ArrowDown")  # into the calendar
    expect(page.locator("[data-date='2024-05-15']")).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(page.locator("[data-date='2024-05-17']")).to_have_attribute("aria-disabled", "true")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("PageDown")
    expect(page.locator("[data-date='2024-06-18']")).to_be_focused()
    page.keyboard.press("Enter")
    dash_page.expect_text("out", "'2024-06-18'")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(field).to_be_focused()
    expect(field).to_have_value("18/06/2024")  # the text follows the day Enter took
    field.fill("01/06/2024")
    field.press("Enter")
    dash_page.expect_text("out", "'2024-06-01'")
    expect(field).to_have_value("01/06/2024")
    field.fill("31/02/2024")  # no such day: the current date is shown again
    field.press("Enter")
    expect(field).to_have_value("01/06/2024")
    page.get_by_role("button", name="Clear dates").click()
    dash_page.expect_text("out", "None")
    expect(field).to_have_value("")


def test_date_picker_single_text_follows_the_date(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.DatePickerSingle(id="dp", date="2024-05-15", display_format="D MMM YYYY"),
            html.Button("July 4th", id="set"),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("dp", "date"))
    def show(date):
        return repr(date)

    @app.callback(Output("dp", "date"), Input("set", "n_clicks"), prevent_initial_call=True)
    def set_date(n):
        return "2024-07-04"

    dash_page.start(app)
    page = dash_page.page
    field = dash_page.by_id("dp")
    expect(field).to_have_value("15 May 2024")
    field.click()
    page.locator("[data-date='2024-05-20']").click()
    dash_page.expect_text("out", "'2024-05-20'")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(field).to_be_focused()  # the focus is back in the input, which shows the new day
    expect(field).to_have_value("20 May 2024")

    dash_page.by_id("set").click()  # a callback sets the date
    dash_page.expect_text("out", "'2024-07-04'")
    expect(field).to_have_value("4 Jul 2024")

    # while the user types, a render that leaves the date alone keeps the text; a new date replaces it
    field.focus()
    field.fill("9 Ju")
    page.evaluate("dash_renderer.setProps('dp', {placeholder: 'When?'})")
    expect(field).to_have_attribute("placeholder", "When?")
    expect(field).to_have_value("9 Ju")
    page.evaluate("dash_renderer.setProps('dp', {display_format: 'YYYY/MM/DD'})")
    expect(field).to_have_value("2024/07/04")
    field.fill("2024/0")
    page.evaluate("dash_renderer.setProps('dp', {date: '2024-08-01'})")
    expect(field).to_have_value("2024/08/01")


def range_log_app(picker):
    """An app whose `out` lists every (start_date, end_date) pair the callback saw, in order."""
    app = Dash(__name__)
    app.layout = html.Div([picker, dcc.Store(id="log", data=[]), html.Div(id="out")])

    @app.callback(
        Output("log", "data"),
        Output("out", "children"),
        Input(picker.id, "start_date"),
        Input(picker.id, "end_date"),
        State("log", "data"),
    )
    def record(start, end, log):
        log = [*log, f"{start}|{end}"]
        return log, " ; ".join(log)

    return app


def start_range(dash_page, **props):
    """Starts range_log_app with a DatePickerRange 'dr' showing March 2024 in DD/MM/YYYY; returns the page,
    the start and end inputs and day(iso), the calendar's button for that day."""
    picker = dcc.DatePickerRange(
        id="dr", initial_visible_month="2024-03-01", display_format="DD/MM/YYYY", **props
    )
    dash_page.start(range_log_app(picker))
    page = dash_page.page

    def day(iso):
        return page.locator(f"[data-date='{iso}']:not(.is-outside)")

    return page, dash_page.by_id("dr"), dash_page.by_id("dr-end-date"), day


def test_date_picker_range_clicks(dash_page):
    # The sequence Plotly Dash 4.4.1 sends for the same clicks (checked in its real page): a day with no start,
    # or with a whole range, is a new start and clears the end; the next day completes the range, a day before
    # the start swaps them; a day closer than minimum_nights to the start is disabled and does nothing.
    page, start, end, day = start_range(dash_page, minimum_nights=2)

    dash_page.expect_text("out", "None|None")
    start.click()
    expect(page.get_by_role("grid")).to_have_count(2)
    day("2024-03-10").click()
    dash_page.expect_text("out", "None|None ; 2024-03-10|None")
    expect(start).to_have_value("10/03/2024")
    expect(end).to_have_value("")
    for iso in ("2024-03-09", "2024-03-11"):
        expect(day(iso)).to_have_attribute("aria-disabled", "true")
    expect(day("2024-03-12")).to_have_attribute("aria-disabled", "false")
    expect(day("2024-03-08")).to_have_attribute("aria-disabled", "false")
    day("2024-03-11").click(force=True)  # too close (aria-disabled): nothing happens
    day("2024-03-10").click()  # the start itself is 0 nights: nothing happens
    day("2024-03-20").click()
    dash_page.expect_text("out", "None|None ; 2024-03-10|None ; 2024-03-10|2024-03-20")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(end).to_have_value("20/03/2024")

    start.click()
    day("2024-03-15").click()  # a whole range is set: a new start, the end is cleared
    dash_page.expect_text("out", "None|None ; 2024-03-10|None ; 2024-03-10|2024-03-20 ; 2024-03-15|None")
    expect(start).to_have_value("15/03/2024")
    expect(end).to_have_value("")
    expect(day("2024-03-05")).to_have_attribute("aria-disabled", "false")
    day("2024-03-05").click()  # before the start: the two are swapped
    dash_page.expect_text(
        "out",
        "None|None ; 2024-03-10|None ; 2024-03-10|2024-03-20 ; 2024-03-15|None ; 2024-03-05|2024-03-15",
    )
    expect(start).to_have_value("05/03/2024")
    expect(end).to_have_value("15/03/2024")

    end.click()  # which input opened the calendar does not matter: a new start again
    day("2024-04-02").click()
    dash_page.expect_text(
        "out",
        "None|None ; 2024-03-10|None ; 2024-03-10|2024-03-20 ; 2024-03-15|None ; 2024-03-05|2024-03-15"
        " ; 2024-04-02|None",
    )


def test_date_picker_range_by_keyboard_alone(dash_page):
    """A range picked with the keyboard only: after Enter on the start the focus stays in the calendar (as in
    Plotly Dash 4.4.1), so the arrows go on to the end day and Enter completes the range."""
    page, start, end, day = start_range(dash_page)
    start.focus()
    start.press("ArrowDown")  # into the calendar, on the first of the visible month
    expect(day("2024-03-01")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    dash_page.expect_text("out", "None|None ; 2024-03-08|None")
    expect(day("2024-03-08")).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    dash_page.expect_text("out", "None|None ; 2024-03-08|None ; 2024-03-08|2024-03-10")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(start).to_have_value("08/03/2024")
    expect(end).to_have_value("10/03/2024")


def test_date_picker_range_bothdates_sends_whole_ranges(dash_page):
    page, start, end, day = start_range(dash_page, updatemode="bothdates")

    dash_page.expect_text("out", "None|None")
    start.click()
    day("2024-03-10").click()
    expect(start).to_have_value("10/03/2024")
    expect(end).to_have_value("")
    day("2024-03-05").click()
    dash_page.expect_text("out", "None|None ; 2024-03-05|2024-03-10")
    expect(start).to_have_value("05/03/2024")
    expect(end).to_have_value("10/03/2024")
    start.click()
    day("2024-03-12").click()
    day("2024-03-12").click()  # minimum_nights=0: a one-day range
    dash_page.expect_text("out", "None|None ; 2024-03-05|2024-03-10 ; 2024-03-12|2024-03-12")


def test_date_picker_ids_are_on_the_inputs(dash_page):
    # Plotly Dash 4.4.1's DOM: DatePickerSingle's input has the id, the box around it id + '-wrapper';
    # DatePickerRange's start input has the id (or start_date_id), the end input end_date_id or id + '-end-date'.
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.DatePickerSingle(id="dp", date="2024-05-15"),
            dcc.DatePickerRange(id="dr", start_date="2024-05-01", end_date="2024-05-09"),
            dcc.DatePickerRange(id="dr2", start_date_id="from", end_date_id="to"),
            dcc.DatePickerSingle(id={"type": "when", "index": 1}),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("dp", "date"), Input("dr", "end_date"))
    def show(date, end):
        return f"{date}|{end}"

    dash_page.start(app)
    page = dash_page.page
    dash_page.expect_text("out", "2024-05-15|2024-05-09")
    tags = page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('#react-entry-point [id]:not([role=dialog])')]"
        ".map(e => [e.id, e.tagName.toLowerCase() + '.' + e.classList[0]]))"
    )
    assert tags == {
        "dp-wrapper": "div.dash-datepicker-inputs",
        "dp": "input.dash-datepicker-input",
        "dr-wrapper": "div.dash-datepicker-inputs",
        "dr": "input.dash-datepicker-input",
        "dr-end-date": "input.dash-datepicker-input",
        "dr2-wrapper": "div.dash-datepicker-inputs",
        "from": "input.dash-datepicker-input",
        "to": "input.dash-datepicker-input",
        '{"index":1,"type":"when"}-wrapper': "div.dash-datepicker-inputs",
        '{"index":1,"type":"when"}': "input.dash-datepicker-input",
        "out": "div.undefined",
    }
    ids = page.evaluate("() => [...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))
    expect(page.locator("#dp")).to_have_value("2024-05-15")
    expect(page.locator("#dr-end-date")).to_have_value("2024-05-09")
    page.locator("#dr-end-date").fill("2024-05-20")
    page.locator("#dr-end-date").press("Enter")
    dash_page.expect_text("out", "2024-05-15|2024-05-20")
    # each input is named by its placeholder, as in Plotly Dash 4.4.1
    expect(page.locator("#dp")).to_have_attribute("aria-label", "Select Date")
    expect(page.locator("#dr")).to_have_attribute("aria-label", "Start Date")
    expect(page.locator("#dr-end-date")).to_have_attribute("aria-label", "End Date")


def test_confirm_dialog_provider_and_button(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.ConfirmDialogProvider(dcc.Button("Delete", id="del"), id="ask", message="Really delete?"),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("ask", "submit_n_clicks"), Input("ask", "cancel_n_clicks"))
    def show(ok, cancel):
        return f"{ok}|{cancel}"

    dash_page.start(app)
    dash_page.by_id("del").click()  # the page fixture dismisses dialogs: Cancel
    dash_page.expect_text("out", "None|1")
    assert dash_page.dialogs == ["Really delete?"]
    expect(dash_page.by_id("del")).to_have_class("dash-button")


def test_tooltip_and_clipboard(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Input(id="src", value="copy me"),
            dcc.Clipboard(id="clip", target_id="src"),
            html.Div(
                dcc.Tooltip(
                    id="tip",
                    children="hello",
                    bbox={"x0": 10, "y0": 10, "x1": 50, "y1": 30},
                    direction="bottom",
                ),
                style={"position": "relative", "height": "100px"},
            ),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("clip", "n_clicks"))
    def show(n):
        return str(n)

    dash_page.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    dash_page.start(app)
    clip = dash_page.by_id("clip")  # Plotly: div#clip with an svg copy icon, a check icon once copied
    expect(clip.locator("svg.fa-copy")).to_have_count(1)
    assert clip.evaluate("e => e.tagName") == "DIV"
    clip.click()
    dash_page.expect_text("out", "1")
    dash_page.page.wait_for_function("() => navigator.clipboard.readText().then(t => t === 'copy me')")
    expect(clip.locator("svg.fa-check-circle")).to_have_count(1)
    expect(clip.locator("svg.fa-copy")).to_have_count(1, timeout=TIMEOUT)  # back after a second
    dash_page.page.evaluate("navigator.clipboard.writeText('')")
    clip.focus()
    dash_page.page.keyboard.press("Enter")  # ours is a keyboard-usable button (role=button, Enter/Space)
    dash_page.expect_text("out", "2")
    dash_page.page.wait_for_function("() => navigator.clipboard.readText().then(t => t === 'copy me')")
    tip = dash_page.by_id("tip")  # Plotly: the id is on span.hover-content in div.hover.hover-{direction}
    expect(tip).to_have_text("hello")
    expect(tip).to_have_class("hover-content")
    expect(
        dash_page.find(".dcc-tooltip-bounding-box.dash-tooltip > .hover.hover-bottom > span#tip")
    ).to_have_count(1)
    box = dash_page.find(".dcc-tooltip-bounding-box").bounding_box()
    assert (box["width"], box["height"]) == (40, 20)  # the bbox itself
    outer = tip.locator("xpath=../../..").bounding_box()
    rect = tip.bounding_box()
    # direction bottom: centred under the bbox's middle (x 30), 6px below its bottom edge (y 30)
    assert abs(rect["x"] + rect["width"] / 2 - (outer["x"] + 30)) < 1
    assert abs(rect["y"] - (outer["y"] + 36)) < 1


def test_dropdown_search_order_and_labels(dash_page):
    app = echo_app(
        dcc.Dropdown(
            id="dd",
            options=["Banana split", "Apple", "Nana"],
            labels={"no_options_found": "Nothing here"},
        ),
        "value",
    )
    dash_page.start(app)
    box = dash_page.page.get_by_role("combobox")
    box.type("nana")
    expect(dash_page.page.get_by_role("option")).to_have_text(["Nana", "Banana split"])  # earlier match first
    box.fill("zzz")
    expect(dash_page.by_id("dd").locator(".is-empty")).to_have_text("Nothing here")


def test_geolocation_reports_the_position(dash_page):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Geolocation(id="geo"), html.Button("again", id="again"), html.Div(id="out")])

    @app.callback(Output("geo", "update_now"), Input("again", "n_clicks"), prevent_initial_call=True)
    def again(_):
        return True

    @app.callback(Output("out", "children"), Input("geo", "position"), Input("geo", "timestamp"))
    def show(position, timestamp):
        return "none" if position is None else f"{position['lat']},{position['lon']}"

    context = dash_page.page.context
    context.grant_permissions(["geolocation"])
    context.set_geolocation({"latitude": 48.85, "longitude": 2.35})
    dash_page.start(app)
    dash_page.expect_text("out", "48.85,2.35")
    context.set_geolocation({"latitude": 35.68, "longitude": 139.69})
    dash_page.by_id("again").click()
    dash_page.expect_text("out", "35.68,139.69")


def test_upload_by_drag_and_drop_with_multiple(dash_page):
    app = echo_app(dcc.Upload("Drop files here", id="up", multiple=True), "filename", "last_modified")
    dash_page.start(app)
    zone = dash_page.find("#up > div")  # the drop zone, inside div#up as in Plotly
    data = dash_page.page.evaluate_handle(
        """() => {
            const dt = new DataTransfer()
            dt.items.add(new File(['one'], 'a.txt', {type: 'text/plain', lastModified: 1700000000000}))
            dt.items.add(new File(['two'], 'b.txt', {type: 'text/plain', lastModified: 1700000001000}))
            return dt
        }"""
    )
    zone.dispatch_event("dragover", {"dataTransfer": data})
    expect(zone).to_have_css("border-top-style", "solid")  # style_active while a file is over it
    zone.dispatch_event("drop", {"dataTransfer": data})
    dash_page.expect_text("out", "['a.txt', 'b.txt']|[1700000000, 1700000001]")


def test_vertical_tabs_use_up_and_down(dash_page):
    app = echo_app(
        dcc.Tabs(
            id="vt",
            vertical=True,
            value="b",
            children=[dcc.Tab(label="A", value="a"), dcc.Tab(label="B", value="b")],
        ),
        "value",
    )
    dash_page.start(app)
    page = dash_page.page
    expect(page.get_by_role("tablist")).to_have_attribute("aria-orientation", "vertical")
    expect(page.get_by_role("tablist")).to_have_css("flex-direction", "column")
    page.get_by_role("tab", name="B").press("ArrowUp")
    dash_page.expect_text("out", "'a'")


def test_loading_target_components_picks_the_prop(dash_page):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("title", id="go-title"),
            html.Button("body", id="go-body"),
            dcc.Loading(
                html.Div([html.H3("t", id="card-title"), html.P("b", id="card-body")]),
                id="ld",
                target_components={"card-body": "children"},
                show_initially=False,
            ),
        ]
    )

    @app.callback(Output("card-title", "children"), Input("go-title", "n_clicks"), prevent_initial_call=True)
    def title(n):
        import time

        time.sleep(0.6)
        return f"title {n}"

    @app.callback(Output("card-body", "children"), Input("go-body", "n_clicks"), prevent_initial_call=True)
    def body(n):
        import time

        time.sleep(0.6)
        return f"body {n}"

    dash_page.start(app)
    spinner = dash_page.by_id("ld")
    dash_page.by_id("go-title").click()
    dash_page.page.wait_for_timeout(300)
    expect(spinner).to_be_hidden()  # not a target
    dash_page.expect_text("card-title", "title 1")
    dash_page.by_id("go-body").click()
    expect(spinner).to_be_visible()
    expect(spinner.locator(".dash-loading-title")).to_have_count(0)  # no debug: no names
    dash_page.expect_text("card-body", "body 1")
    expect(spinner).to_be_hidden()


def test_textarea_counts_clicks_and_writes_its_html_attributes(dash_page):
    app = echo_app(
        dcc.Textarea(id="ta", value="x", dir="rtl", lang="fr", hidden=False, contentEditable=True, form="f"),
        "n_clicks",
    )
    dash_page.start(app)
    ta = dash_page.by_id("ta")
    dash_page.expect_text("out", "None")
    ta.click()
    dash_page.expect_text("out", "1")
    ta.click()
    dash_page.expect_text("out", "2")
    assert ta.evaluate(
        "t => [t.dir, t.lang, t.hidden, t.getAttribute('contenteditable'), t.getAttribute('form')]"
    ) == [
        "rtl",
        "fr",
        False,
        "true",
        "f",
    ]


def test_tabs_dom_and_look_follow_plotly(dash_page):
    """Plotly 4.4.1: the id is on div.tab-container (the tab list) inside div.tab-parent `{id}-parent`; labels
    sit in a <span>; the selected tab has a #7f4bc4 top border, a disabled one rgba(0,21,89,0.6) text."""
    app = Dash(__name__)
    app.layout = dcc.Tabs(
        id="tabs",
        className="mine",
        children=[
            dcc.Tab(html.P("one", id="p1"), label="One", id="t1"),
            dcc.Tab(html.P("two", id="p2"), label="Two", id="t2"),
            dcc.Tab(label="Three", disabled=True, id="t3"),
        ],
    )
    dash_page.start(app)
    page = dash_page.page
    tabs = dash_page.by_id("tabs")
    expect(tabs).to_have_class("tab-container mine")
    expect(tabs).to_have_attribute("role", "tablist")
    expect(page.locator("#tabs-parent")).to_have_class("tab-parent tab-parent--above-breakpoint")
    expect(page.locator("#tabs-parent > #tabs + div.tab-content")).to_have_count(1)
    expect(tabs.locator("> .tab > span")).to_have_text(["One", "Two", "Three"])
    t1 = dash_page.by_id("t1")
    expect(t1).to_have_class("tab tab--selected")
    expect(t1).to_have_css("border-top", "2px solid rgb(127, 75, 196)")
    expect(t1).to_have_css("background-color", "rgb(255, 255, 255)")
    expect(dash_page.by_id("t2")).to_have_css("border-top", "1px solid rgba(0, 24, 102, 0.1)")
    expect(dash_page.by_id("t2")).to_have_css("background-color", "rgba(0, 30, 128, 0.04)")
    t3 = dash_page.by_id("t3")
    expect(t3).to_have_class("tab tab--disabled")
    expect(t3).to_have_css("color", "rgba(0, 21, 89, 0.6)")
    expect(t3).to_have_css("opacity", "0.6")
    height = t1.bounding_box()["height"]
    assert 56 <= height <= 64, height  # padding 20px 25px around one line, as Plotly's (about 60px)
    dash_page.by_id("t2").click()
    expect(dash_page.by_id("t2")).to_have_class("tab tab--selected")
    expect(page.locator("#p2")).to_be_visible()
    expect(page.locator("#p1")).to_be_hidden()  # kept built (hidden), not unmounted
    page.set_viewport_size({"width": 600, "height": 700})  # below mobile_breakpoint (800): stacked tabs
    expect(page.locator("#tabs-parent")).to_have_class("tab-parent")
    expect(tabs).to_have_css("flex-direction", "column")


def test_loading_spinner_types_dom_follows_plotly(dash_page):
    """Plotly 4.4.1: an anonymous div (position: relative) holds the children's div and div#id, which covers
    them with the spinner while loading; each type has its dash-* classes, in #7f4bc4 by default."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Loading(html.P("a", id="pa"), id="l-default", display="show", className="spin"),
            dcc.Loading(html.P("b"), id="l-circle", type="circle", display="show"),
            dcc.Loading(html.P("c"), id="l-cube", type="cube", display="show"),
            dcc.Loading(html.P("d"), id="l-graph", type="graph", display="show"),
            dcc.Loading(html.P("e", id="pe"), id="l-off", display="hide", color="rgb(255, 0, 0)"),
        ]
    )
    dash_page.start(app)
    page = dash_page.page
    default = dash_page.by_id("l-default")
    expect(default.locator("xpath=..")).to_have_css("position", "relative")
    expect(default.locator("xpath=../div[1]/p")).to_have_attribute("id", "pa")
    expect(page.locator("#pa")).to_have_css("visibility", "hidden")
    expect(default).to_have_css("position", "absolute")
    bars = default.locator("> div.spin > div.dash-spinner.dash-default-spinner > div")
    expect(bars).to_have_count(5)
    expect(bars.first).to_have_class("dash-default-spinner-rect1")
    expect(bars.first).to_have_css("background-color", "rgb(127, 75, 196)")
    circle = dash_page.by_id("l-circle").locator(".dash-spinner.dash-sk-circle > .dash-sk-child")
    expect(circle).to_have_count(12)
    expect(circle.nth(11)).to_have_class("dash-sk-circle12 dash-sk-child")
    cube = dash_page.by_id("l-cube").locator(
        ".dash-spinner.dash-cube-container > .dash-cube > .dash-cube-side"
    )
    expect(cube).to_have_count(6)
    graph = dash_page.by_id("l-graph").locator(".dash-spinner.dash-graph-spinner")
    expect(graph.locator(".dash-bar")).to_have_count(3)
    expect(graph.locator(".dash-graph-spinner__background .dash-vert")).to_have_count(4)
    expect(dash_page.by_id("l-off")).to_be_empty()
    expect(page.locator("#pe")).to_be_visible()


def test_upload_dom_follows_plotly_and_keeps_the_keyboard(dash_page):
    """Plotly 4.4.1: div#id > div (the user's style and className) > children + a transparent file input."""
    app = echo_app(
        dcc.Upload(
            html.Span("Drop here"),
            id="up",
            className="zone",
            className_active="over",
            style={"borderWidth": "3px", "borderStyle": "dashed", "height": "60px"},
        ),
        "filename",
    )
    dash_page.start(app)
    page = dash_page.page
    zone = page.locator("#up > div")
    expect(zone).to_have_class("zone")
    assert page.locator("#up").evaluate("e => [e.className, e.getAttribute('style')]") == ["", None]
    expect(zone).to_have_css("border-top-width", "3px")
    expect(zone).to_have_css("position", "relative")
    expect(zone).to_have_attribute("role", "button")
    expect(page.locator("#up > div > span")).to_have_text("Drop here")
    file_input = page.locator("#up > div > input[type=file]")
    expect(file_input).to_have_css("position", "absolute")
    expect(file_input).to_have_css("opacity", "1e-05")
    data = page.evaluate_handle(
        "() => { const dt = new DataTransfer(); dt.items.add(new File(['x'], 'x.txt')); return dt }"
    )
    zone.dispatch_event("dragover", {"dataTransfer": data})
    expect(zone).to_have_class("zone over")
    expect(zone).to_have_css("border-top-style", "dashed")  # className_active replaces style_active
    zone.dispatch_event("dragleave", {"dataTransfer": data})
    expect(zone).to_have_class("zone")
    # Enter on the focused zone opens the file picker: it clicks the file input (recorded here, because
    # Chromium's file chooser event is not reliable to wait for)
    file_input.evaluate("i => { i.click = () => { i.dataset.clicked = 'yes' } }")
    zone.focus()
    page.keyboard.press("Enter")
    expect(file_input).to_have_attribute("data-clicked", "yes")
    file_input.set_input_files({"name": "k.txt", "mimeType": "text/plain", "buffer": b"k"})
    dash_page.expect_text("out", "'k.txt'")
