"""app.css.append_css, app.scripts.append_script and their config.serve_locally."""

from __future__ import annotations

import pathlib
import re

import pytest

import dash
from dash import Dash
from dash import html


def page(app):
    return app.server.test_client().get("/").get_data(as_text=True)


def make_app(**kwargs):
    app = Dash(__name__, **kwargs)
    app.layout = html.Div("x")
    return app


def test_defaults_follow_serve_locally():
    assert make_app().css.config.serve_locally is True
    assert make_app().scripts.config.serve_locally is True
    app = make_app(serve_locally=False)
    assert app.css.config.serve_locally is False and app.scripts.config.serve_locally is False


def test_external_resources_are_tagged_when_not_serving_locally():
    app = make_app(
        external_stylesheets=["https://first.example/a.css"], external_scripts=["https://first.example/a.js"]
    )
    app.css.config.serve_locally = False
    app.scripts.config.serve_locally = False
    app.css.append_css({"external_url": "https://codepen.io/chriddyp/pen/bWLwgP.css"})
    app.css.append_css({"external_url": ["https://cdn.example/1.css", "https://cdn.example/2.css"]})
    app.scripts.append_script(
        {"external_url": "https://cdn.example/x.js", "attributes": {"crossorigin": "anonymous"}}
    )
    html_text = page(app)
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html_text)
    # external_stylesheets first, then the appended ones in order (the renderer's own css is first of all)
    assert links[1:] == [
        "https://first.example/a.css",
        "https://codepen.io/chriddyp/pen/bWLwgP.css",
        "https://cdn.example/1.css",
        "https://cdn.example/2.css",
    ]
    scripts = re.findall(r"<script ([^>]*)></script>", html_text)
    assert scripts[0] == 'src="https://first.example/a.js"'
    assert scripts[1] == 'src="https://cdn.example/x.js" crossorigin="anonymous"'


def test_external_resource_with_serve_locally_is_left_out_with_a_warning_once():
    app = make_app()
    app.css.append_css({"external_url": "https://cdn.example/skip.css"})
    with pytest.warns(UserWarning, match=r"app\.css\.config\.serve_locally = False"):
        text = page(app)
    assert "skip.css" not in text
    page(app)  # no second warning (filterwarnings=error would raise)


def test_external_only_is_tagged_even_when_serving_locally():
    app = make_app()
    app.scripts.append_script({"external_url": "https://cdn.example/always.js", "external_only": True})
    assert '<script src="https://cdn.example/always.js"></script>' in page(app)


def test_package_file_is_served_with_a_fingerprint():
    app = make_app()
    app.scripts.append_script({"relative_package_path": "dcc/express.py", "namespace": "dash"})
    app.css.append_css({"relative_package_path": "renderer/renderer.css", "namespace": "dash"})
    text = page(app)
    (script,) = re.findall(r'src="(/_dash-component-suites/dash/dcc/express\.[^"]+)"', text)
    (sheet,) = re.findall(r'href="(/_dash-component-suites/dash/renderer/renderer\.[^"]+)"', text)
    assert re.search(r"express\.v[\w-]+m\d+\.py$", script)
    client = app.server.test_client()
    answer = client.get(sheet)
    assert answer.status_code == 200
    assert (
        answer.data == pathlib.Path(dash.__file__).with_name("renderer").joinpath("renderer.css").read_bytes()
    )
    assert client.get("/_dash-component-suites/dash/app.py").status_code == 404  # only appended files


@pytest.mark.parametrize(
    ("resource", "error", "message"),
    [
        ("https://x/a.css", TypeError, "append_css({'external_url': 'https://x/a.css'})"),
        (["https://x/a.css"], TypeError, "takes a dict"),
        ({"url": "https://x/a.css"}, ValueError, "unknown key 'url'"),
        ({"attributes": {}}, ValueError, "neither 'external_url' nor 'relative_package_path'"),
        ({"relative_package_path": "a.css"}, ValueError, "without 'namespace'"),
    ],
)
def test_bad_resources_are_refused_with_the_fix(resource, error, message):
    with pytest.raises(error) as raised:
        make_app().css.append_css(resource)
    assert message in str(raised.value)


def test_append_script_names_external_scripts():
    with pytest.raises(TypeError, match=r"Dash\(external_scripts=\[\.\.\.\]\)"):
        make_app().scripts.append_script("https://x/a.js")
