"""app.run() inside a notebook kernel (simulated): served from a thread, shown by jupyter_mode, replaced on
re-run; dash.jupyter_dash.default_mode and infer_jupyter_proxy_config (Plotly Dash's names)."""

from __future__ import annotations

import socket
import types
import urllib.request

import pytest

import dash
from dash import Dash
from dash import _jupyter
from dash import html


@pytest.fixture
def kernel(monkeypatch):
    shown = []
    fake = types.SimpleNamespace(
        display=lambda obj: shown.append(obj),
        IFrame=lambda url, width, height: ("IFrame", url, width, height),
        Javascript=lambda code: ("Javascript", code),
    )
    monkeypatch.setattr(_jupyter.JupyterDash, "in_ipython", property(lambda self: True))
    monkeypatch.setattr(_jupyter, "_ipython", lambda: fake)
    monkeypatch.setattr(_jupyter.jupyter_dash, "default_mode", "inline")
    monkeypatch.delenv("DATABRICKS_RUNTIME_VERSION", raising=False)
    yield shown
    _jupyter.jupyter_dash.shutdown_all()
    _jupyter.jupyter_dash._proxy_prefix = None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def app_saying(text):
    app = Dash(__name__, title=text)
    app.layout = html.Div(text)
    return app


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def test_run_in_a_kernel_serves_from_a_thread_and_shows_an_iframe(kernel):
    port = free_port()
    app_saying("first").run(port=port, jupyter_height=400)  # returns at once: the kernel is not blocked
    url = f"http://127.0.0.1:{port}/"
    assert kernel == [("IFrame", url, "100%", 400)]
    assert "<title>first</title>" in fetch(url)


def test_running_the_cell_again_replaces_the_server_on_that_port(kernel):
    port = free_port()
    app_saying("first").run(port=port)
    app_saying("second").run(port=port)
    assert "<title>second</title>" in fetch(f"http://127.0.0.1:{port}/")


def test_external_tab_and_none_modes(kernel, capsys):
    port = free_port()
    app = app_saying("x")
    app.run(port=port, jupyter_mode="external")
    assert f"Dash app running on http://127.0.0.1:{port}/" in capsys.readouterr().out
    app.run(port=port, jupyter_mode="tab")
    assert kernel[-1] == ("Javascript", f"window.open('http://127.0.0.1:{port}/')")
    before = len(kernel)
    app.run(port=port, jupyter_mode="_none")
    assert len(kernel) == before
    with pytest.raises(ValueError, match="jupyter_mode must be one of inline, external"):
        app.run(port=port, jupyter_mode="sideways")


def test_default_mode_server_url_and_prefix(kernel, capsys, monkeypatch):
    monkeypatch.setattr(dash.jupyter_dash, "default_mode", "external")
    port = free_port()
    app = Dash(__name__, requests_pathname_prefix="/nb/", routes_pathname_prefix="/nb/")
    app.layout = html.Div("x")
    app.run(port=port, jupyter_server_url="https://hub.example.com/")
    assert "Dash app running on https://hub.example.com/nb/" in capsys.readouterr().out


def test_infer_jupyter_proxy_config_uses_the_jupyterhub_prefix(kernel, capsys, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_SERVICE_PREFIX", raising=False)
    with pytest.raises(RuntimeError, match="JUPYTERHUB_SERVICE_PREFIX, which is not set"):
        dash.jupyter_dash.infer_jupyter_proxy_config()
    monkeypatch.setenv("JUPYTERHUB_SERVICE_PREFIX", "/user/ada/")
    dash.jupyter_dash.infer_jupyter_proxy_config()
    port = free_port()
    app_saying("x").run(port=port, jupyter_mode="external")
    assert f"Dash app running on /user/ada/proxy/{port}/" in capsys.readouterr().out


def test_outside_a_kernel_run_serves_as_usual(monkeypatch):
    app = app_saying("x")
    seen = {}
    monkeypatch.setattr(app.server, "run", lambda **kwargs: seen.update(kwargs))
    app.run(jupyter_mode="inline")  # ignored outside a notebook, as in Plotly Dash
    assert seen["port"] == 8050
    with pytest.raises(TypeError, match="jupyter_colour"):
        app.run(jupyter_colour="red")
