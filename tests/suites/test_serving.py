"""/_dash-component-suites/<namespace>/<path>: only declared files, fingerprints, ETag/304, page config."""

from __future__ import annotations

import json
import re

import pytest

from dash import Dash
from dash import _suites
from dash import html

PREFIX = "/_dash-component-suites/fake_suite/"


@pytest.fixture
def client(suite):
    app = Dash(__name__)
    app.layout = html.Div([suite.Grid(id="g")])
    return app.server.test_client()


def config(client) -> dict:
    page = client.get("/").get_data(as_text=True)
    return json.loads(re.search(r'id="_dash-config" type="application/json">(.*?)</script>', page).group(1))


def suite_urls(data: dict) -> list:
    """The suite's own files in the page config (between React and the host)."""
    return data["components"]["fake_suite"]["*"][3:-1]


def test_fingerprint_goes_after_the_first_dot_and_parses_back(suite):
    url = _suites.fingerprint("fake_suite", "bundle.min.js")
    assert re.fullmatch(r"bundle\.v1_2_3_localm\d+\.min\.js", url)
    assert _suites.strip_fingerprint("deps/" + url) == ("deps/bundle.min.js", True)
    assert _suites.strip_fingerprint("async-x.v0_5_1m1634839366.js") == ("async-x.js", True)
    assert _suites.strip_fingerprint("bundle.min.js") == ("bundle.min.js", False)
    assert _suites.strip_fingerprint("a.V1m2.js") == ("a.V1m2.js", False)


def test_fingerprinted_url_is_cached_for_a_year(client):
    url = suite_urls(config(client))[1]
    response = client.get(url)
    assert response.status_code == 200
    assert response.data == b"window.fake_suite = {};\n"
    assert response.headers["Content-Type"] == "text/javascript; charset=utf-8"
    assert "max-age=31536000" in response.headers["Cache-Control"]
    assert "ETag" not in response.headers


def test_plain_url_has_an_etag_and_answers_304(client):
    response = client.get(PREFIX + "async-chunk.js")
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-cache"
    again = client.get(PREFIX + "async-chunk.js", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""


def test_lazy_chunks_are_served_under_any_fingerprint(client):
    assert client.get(PREFIX + "async-chunk.v9_9_9m123.js").status_code == 200
    assert client.get(PREFIX + "bundle.min.js.map").headers["Content-Type"] == "application/json"
    assert client.get(PREFIX + "style.css").headers["Content-Type"] == "text/css; charset=utf-8"


@pytest.mark.parametrize(
    "path",
    [
        PREFIX + "secret.txt",  # on disk, not declared
        PREFIX + "__init__.py",
        PREFIX + "missing.js.map",  # declared, not on disk
        PREFIX + "../fake_suite/secret.txt",
        PREFIX + "%2e%2e/secret.txt",
        "/_dash-component-suites/os/os.py",  # an importable module that is no suite
        "/_dash-component-suites/dash/renderer/renderer.js",  # our own files have their own route
        "/_dash-component-suites/nope/bundle.min.js",
    ],
)
def test_anything_undeclared_is_a_404_json_error(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.get_json()["error"]["type"] == "NotFound"
    assert "declared by a component suite" in response.get_json()["error"]["message"]


def test_page_config_lists_react_the_tagged_files_and_the_host_in_load_order(client):
    data = config(client)
    assert data["suites"]["namespaces"] == {"fake_suite": "fake_suite"}
    assert data["suites"]["children_props"]["fake_suite"]["Card"] == ["header", "items[].label"]
    files = [url.split("?")[0].rsplit("/", 1)[1] for url in data["components"]["fake_suite"]["*"]]
    assert files[:3] == ["react.production.min.js", "react-dom.production.min.js", "prop-types.min.js"]
    assert files[-1] == "host.js"
    # css first; async files, maps and dev_only files are not loaded
    assert [name.split(".")[0] for name in files[3:-1]] == ["style", "bundle", "widget"]
    assert suite_urls(data)[0].startswith(PREFIX + "style.v1_2_3_local")
    for url in data["components"]["fake_suite"]["*"]:
        assert client.get(url.split("#")[0]).status_code == 200, url


def test_external_urls_when_not_serving_locally(suite):
    app = Dash(__name__, serve_locally=False)
    app.layout = html.Div()
    urls = suite_urls(app._config())
    assert urls[1] == "https://cdn.example/fake_suite/bundle.min.js"
    assert urls[0].startswith(PREFIX)  # the stylesheet has no external_url: still served locally


def test_url_prefix_is_used(suite):
    app = Dash(__name__, url_base_pathname="/app/")
    app.layout = html.Div()
    src = suite_urls(app._config())[1]
    assert src.startswith("/app/_dash-component-suites/fake_suite/bundle.v")
    assert app.server.test_client().get(src).status_code == 200


def names(urls: list) -> list:
    return [url.split("#")[0].rsplit("/", 1)[1].split(".")[0] for url in urls]


def test_extra_tag_attributes_ride_in_the_url_fragment(client):
    """``attributes`` reach the renderer's loader as the URL fragment (never sent to the server); True is a
    bare attribute, False is left out, and a suite cannot set the URL or an inline handler."""
    widget = suite_urls(config(client))[-1]
    assert widget.startswith(PREFIX + "widget.v1_2_3_localm")
    assert widget.endswith(".mjs#type=module&crossorigin=")
    assert client.get(widget.split("#")[0]).headers["Content-Type"] == "text/javascript; charset=utf-8"


def test_eager_loading_loads_async_files_with_the_bundle_and_skips_missing_ones(suite):
    lazy = Dash(__name__)
    assert lazy.config.eager_loading is False
    assert names(suite_urls(lazy._config())) == ["style", "bundle", "widget"]
    eager = Dash(__name__, eager_loading=True)
    # async=True and "eager" are loaded; "lazy" never is; async-gone.js is declared but not shipped
    assert names(suite_urls(eager._config())) == ["style", "bundle", "async-chunk", "widget"]
    lazy.config.eager_loading = True
    assert "async-chunk" in names(suite_urls(lazy._config()))


def test_dev_bundles_follow_debug_and_use_dev_package_path(suite, monkeypatch):
    monkeypatch.delenv("DASH_SERVE_DEV_BUNDLES", raising=False)
    app = Dash(__name__)
    app.enable_dev_tools(debug=True)
    urls = suite_urls(app._config())
    assert names(urls) == ["style", "bundle", "widget", "devtools"]
    assert urls[1].startswith(PREFIX + "bundle.v1_2_3_localm") and urls[1].endswith(".dev.js")
    client = app.server.test_client()
    assert client.get(urls[1]).get_data(as_text=True).endswith("// dev\n")
    assert client.get(urls[3]).status_code == 200
    react = app._config()["components"]["fake_suite"]["*"][:2]  # React's development builds too
    assert [url.split("?")[0].rsplit("/", 1)[1] for url in react] == [
        "react.development.js",
        "react-dom.development.js",
    ]
    assert all(client.get(url).status_code == 200 for url in react)
    app.enable_dev_tools(debug=True, dev_tools_serve_dev_bundles=False)
    assert names(suite_urls(app._config())) == ["style", "bundle", "widget"]
    assert "/react.production.min.js?v=" in app._config()["components"]["fake_suite"]["*"][0]
    assert suite_urls(app._config())[1].endswith(".min.js")
    monkeypatch.setenv("DASH_SERVE_DEV_BUNDLES", "1")
    app.enable_dev_tools(debug=False)
    assert suite_urls(app._config())[1].endswith(".dev.js")


def test_props_check_loads_the_checking_prop_types_build(suite, monkeypatch):
    monkeypatch.delenv("DASH_PROPS_CHECK", raising=False)
    app = Dash(__name__)
    listed = app._config()["components"]["fake_suite"]["*"][2]
    assert "/react/vendor/prop-types.min.js?v=" in listed
    assert "props_check" not in app._config()["suites"]
    app.enable_dev_tools(debug=True)
    data = app._config()
    assert "/react/vendor/prop-types.js?v=" in data["components"]["fake_suite"]["*"][2]
    assert data["suites"]["props_check"] is True
    assert app.server.test_client().get(data["components"]["fake_suite"]["*"][2]).status_code == 200
    app.enable_dev_tools(debug=True, dev_tools_props_check=False)
    assert "props_check" not in app._config()["suites"]
