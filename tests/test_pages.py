"""Multi-page apps: the registry, path inference, path templates, redirects, 404, titles and meta tags,
routing through the test client, and validation across pages."""

from __future__ import annotations

import textwrap

import pytest

import dash
from dash import Dash
from dash import _pages
from dash import html

ROUTE = f"..{_pages.CONTENT_ID}.children...{_pages.STORE_ID}.data.."

PAGES = {
    "home.py": """
        import dash
        from dash import html
        dash.register_page(__name__, path="/", title="Home page", description="The start")
        layout = html.Div("home", id="home-text")
    """,
    "analytics_report.py": """
        import dash
        from dash import Input, Output, callback, html
        dash.register_page(__name__, redirect_from=["/old-report", "/older/report"])
        layout = html.Div([html.Button(id="report-btn"), html.Div(id="report-out")])

        @callback(Output("report-out", "children"), Input("report-btn", "n_clicks"))
        def clicked(n):
            return f"report {n}"
    """,
    "asset.py": """
        import dash
        from dash import html
        dash.register_page(
            __name__, path_template="/asset/<asset_id>", title=lambda asset_id=None: f"Asset {asset_id}", order=5
        )

        def layout(asset_id=None, **query):
            return html.Div(f"asset {asset_id} {sorted(query.items())}", id="asset-text")
    """,
    "not_found_404.py": """
        import dash
        from dash import html
        dash.register_page(__name__, path="/404")
        layout = html.Div("custom not found")
    """,
    "_helpers.py": "raise RuntimeError('files starting with _ are not pages')\n",
    "sub/deep_page.py": """
        import dash
        from dash import html
        dash.register_page(__name__, name="Deep", image="deep.png")
        layout = html.Div("deep")
    """,
}


pytestmark = pytest.mark.usefixtures("fresh_pages")


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "pages"
    for name, source in PAGES.items():
        path = pages / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "app.png").write_bytes(b"png")
    return tmp_path


@pytest.fixture
def app(folder):
    return Dash(
        __name__, use_pages=True, pages_folder=str(folder / "pages"), assets_folder=str(folder / "assets")
    )


def route(client, pathname, search=""):
    body = {
        "output": ROUTE,
        "outputs": [
            {"id": _pages.CONTENT_ID, "property": "children"},
            {"id": _pages.STORE_ID, "property": "data"},
        ],
        "inputs": [
            {"id": _pages.LOCATION_ID, "property": "pathname", "value": pathname},
            {"id": _pages.LOCATION_ID, "property": "search", "value": search},
        ],
        "changedPropIds": [f"{_pages.LOCATION_ID}.pathname"],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)
    answer = response.get_json()["response"]
    return answer[_pages.CONTENT_ID]["children"], answer[_pages.STORE_ID]["data"]


def test_registry_order_and_inferred_fields(app):
    assert list(dash.page_registry) == [
        "pages.home",
        "pages.asset",
        "pages.analytics_report",
        "pages.not_found_404",
        "pages.sub.deep_page",
    ]
    report = dash.page_registry["pages.analytics_report"]
    assert report["path"] == "/analytics-report"
    assert report["name"] == report["title"] == "Analytics report"
    assert report["relative_path"] == "/analytics-report"
    assert report["supplied_path"] is None and report["order"] is None
    assert report["image"] == "app.png" and report["image_url"] == "/assets/app.png"
    home = dash.page_registry["pages.home"]
    assert home["order"] == 0 and home["supplied_order"] is None
    assert dash.page_registry["pages.asset"]["path"] == "/asset/none"
    deep = dash.page_registry["pages.sub.deep_page"]
    assert (deep["path"], deep["name"], deep["image_url"]) == ("/sub/deep-page", "Deep", "/assets/deep.png")


def test_default_layout_is_the_page_container(app):
    layout = app.server.test_client().get("/_dash-layout").get_json()
    ids = [child["props"]["id"] for child in layout["props"]["children"]]
    assert ids == [_pages.LOCATION_ID, _pages.CONTENT_ID, _pages.STORE_ID, _pages.DUMMY_ID]
    assert layout["props"]["children"][0]["props"]["refresh"] == "callback-nav"


def test_routing_renders_each_page_and_its_title(app):
    client = app.server.test_client()
    content, meta = route(client, "/")
    assert content["props"]["children"] == "home"
    assert meta == {"title": "Home page", "description": "The start"}
    content, meta = route(client, "/analytics-report/")
    assert meta["title"] == "Analytics report"
    content, _ = route(client, "/sub/deep-page")
    assert content["props"]["children"] == "deep"


def test_path_template_variables_and_query_arguments(app):
    content, meta = route(app.server.test_client(), "/asset/a-42", "?view=chart&x=1")
    assert content["props"]["children"] == "asset a-42 [('view', 'chart'), ('x', '1')]"
    assert meta["title"] == "Asset a-42"


def test_unknown_paths_get_the_404_page(app):
    content, _ = route(app.server.test_client(), "/nope")
    assert content["props"]["children"] == "custom not found"
    content, _ = route(app.server.test_client(), "/asset/1/extra")
    assert content["props"]["children"] == "custom not found"


def test_default_404_without_a_404_module(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "only.py").write_text(
        "import dash\nfrom dash import html\ndash.register_page(__name__, path='/')\nlayout = html.P('only')\n"
    )
    app = Dash(__name__, pages_folder=str(tmp_path / "pages"))
    assert app.use_pages  # a non-default pages_folder turns pages on
    content, meta = route(app.server.test_client(), "/missing")
    assert content["props"]["children"] == "404 - Page not found"


def test_redirect_from_answers_308_to_the_page(app):
    client = app.server.test_client()
    for old in ("/old-report", "/older/report/"):
        response = client.get(old)
        assert response.status_code == 308
        assert response.headers["Location"].endswith("/analytics-report")
    assert client.get("/analytics-report").status_code == 200


def test_index_carries_the_page_title_and_meta_tags(app):
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    assert "<title>Home page</title>" in page
    assert '<meta name="description" content="The start">' in page
    assert '<meta property="og:title" content="Home page">' in page
    page = client.get("/asset/<b>x").get_data(as_text=True)
    assert "<title>Asset &lt;b&gt;x</title>" in page
    assert "<b>" not in page
    page = client.get("/analytics-report").get_data(as_text=True)
    assert '<meta property="og:image" content="/assets/app.png">' in page
    assert "<title>Dash</title>" in client.get("/nowhere").get_data(as_text=True)


def test_callbacks_in_page_modules_are_served_and_validated_against_all_pages(app, caplog):
    client = app.server.test_client()
    client.get("/")
    assert app.validation_warnings == []
    body = {
        "output": "report-out.children",
        "outputs": {"id": "report-out", "property": "children"},
        "inputs": [{"id": "report-btn", "property": "n_clicks", "value": 2}],
        "changedPropIds": ["report-btn.n_clicks"],
    }
    answer = client.post("/_dash-update-component", json=body).get_json()
    assert answer["response"]["report-out"]["children"] == "report 2"


def test_url_prefix_applies_to_pages(folder):
    app = Dash(__name__, use_pages=True, pages_folder=str(folder / "pages"), url_base_pathname="/app/")
    assert dash.page_registry["pages.analytics_report"]["relative_path"] == "/app/analytics-report"
    client = app.server.test_client()
    content, _ = route_prefixed(client, "/app/analytics-report")
    assert content["props"]["children"][1]["props"]["id"] == "report-out"
    response = client.get("/app/old-report")
    assert response.status_code == 308 and response.headers["Location"].endswith("/app/analytics-report")


def route_prefixed(client, pathname):
    body = {
        "output": ROUTE,
        "outputs": [
            {"id": _pages.CONTENT_ID, "property": "children"},
            {"id": _pages.STORE_ID, "property": "data"},
        ],
        "inputs": [
            {"id": _pages.LOCATION_ID, "property": "pathname", "value": pathname},
            {"id": _pages.LOCATION_ID, "property": "search", "value": ""},
        ],
        "changedPropIds": [],
    }
    answer = client.post("/app/_dash-update-component", json=body).get_json()["response"]
    return answer[_pages.CONTENT_ID]["children"], answer[_pages.STORE_ID]["data"]


def test_register_page_in_the_app_file_with_an_empty_pages_folder():
    app = Dash(__name__, use_pages=True, pages_folder="")
    dash.register_page("inline", path="/", layout=html.Div("inline home"))
    dash.register_page("about_us", layout=lambda: html.Div("about"))
    assert dash.page_registry["about_us"]["path"] == "/about-us"
    content, _ = route(app.server.test_client(), "/about-us")
    assert content["props"]["children"] == "about"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"path": "no-slash"}, "must start with '/'"),
        ({"path_template": "/a/<bad-name>"}, "whole segment"),
        ({"path_template": "/a/x<y>"}, "whole segment"),
    ],
)
def test_bad_pages_are_explained(kwargs, message):
    Dash(__name__, use_pages=True, pages_folder="")
    with pytest.raises(_pages.PageError, match=message):
        dash.register_page("bad", **kwargs)


def test_two_pages_with_one_path_are_rejected():
    Dash(__name__, use_pages=True, pages_folder="")
    dash.register_page("first", path="/same", layout=html.Div())
    with pytest.raises(_pages.PageError, match="both have the path '/same'"):
        dash.register_page("second", path="/same", layout=html.Div())


def test_register_page_needs_the_app_first():
    with pytest.raises(_pages.PageError, match="before the app was created"):
        dash.register_page("early", path="/")


def test_missing_pages_folder_is_explained(tmp_path):
    with pytest.raises(_pages.PageError, match="does not exist"):
        Dash(__name__, use_pages=True, pages_folder=str(tmp_path / "nope"))


def test_page_module_without_layout_is_explained(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "empty.py").write_text("import dash\ndash.register_page(__name__)\n")
    with pytest.raises(_pages.PageError, match="has no 'layout'"):
        Dash(__name__, use_pages=True, pages_folder=str(tmp_path / "pages"))


def test_module_level_path_helpers_use_the_latest_app():
    Dash(__name__, url_base_pathname="/app/")
    assert dash.get_relative_path("/page") == "/app/page"
    assert dash.strip_relative_path("/app/page/") == "page"
    assert dash.get_asset_url("logo.png") == "/app/assets/logo.png"
