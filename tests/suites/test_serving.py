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


def test_fingerprint_goes_after_the_first_dot_and_parses_back(suite):
    url = _suites.fingerprint("fake_suite", "bundle.min.js")
    assert re.fullmatch(r"bundle\.v1_2_3_localm\d+\.min\.js", url)
    assert _suites.strip_fingerprint("deps/" + url) == ("deps/bundle.min.js", True)
    assert _suites.strip_fingerprint("async-x.v0_5_1m1634839366.js") == ("async-x.js", True)
    assert _suites.strip_fingerprint("bundle.min.js") == ("bundle.min.js", False)
    assert _suites.strip_fingerprint("a.V1m2.js") == ("a.V1m2.js", False)


def test_fingerprinted_url_is_cached_for_a_year(client):
    url = config(client)["suites"]["packages"]["fake_suite"]["js"][0]["src"]
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


def test_page_config_lists_tagged_files_namespaces_and_children_props(client):
    suites = config(client)["suites"]
    assert suites["namespaces"] == {"fake_suite": "fake_suite"}
    files = suites["packages"]["fake_suite"]
    assert [item["src"].rsplit("/", 1)[1].split(".")[0] for item in files["js"]] == [
        "bundle"
    ]  # async, maps: no
    assert files["css"][0]["href"].startswith(PREFIX + "style.v1_2_3_local")
    assert suites["children_props"]["fake_suite"]["Card"] == ["header", "items[].label"]


def test_external_urls_when_not_serving_locally(suite):
    app = Dash(__name__, serve_locally=False)
    app.layout = html.Div()
    packages = app._config()["suites"]["packages"]["fake_suite"]
    assert packages["js"] == [{"src": "https://cdn.example/fake_suite/bundle.min.js"}]
    assert packages["css"][0]["href"].startswith(PREFIX)  # no external_url: still served locally


def test_url_prefix_is_used(suite):
    app = Dash(__name__, url_base_pathname="/app/")
    app.layout = html.Div()
    src = app._config()["suites"]["packages"]["fake_suite"]["js"][0]["src"]
    assert src.startswith("/app/_dash-component-suites/fake_suite/bundle.v")
    assert app.server.test_client().get(src).status_code == 200
