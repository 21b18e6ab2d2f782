from __future__ import annotations

import os
import sys
import types
import typing as t

import pytest

from dash import Dash
from dash import dcc
from dash import html
from dash.callbacks import registry as registry_module

# Warnings that old Flask/Werkzeug releases raise on new Pythons and that are not ours to fix; tox sets
# them for the flask22 envs only ("|"-separated -W filters). They apply to pytest and to the Python
# subprocesses tests start (see `python_with_warnings_as_errors`).
IGNORED_WARNINGS = [f for f in os.environ.get("DASH_IGNORED_WARNINGS", "").split("|") if f]


def pytest_configure(config: pytest.Config) -> None:
    for spec in IGNORED_WARNINGS:
        config.addinivalue_line("filterwarnings", spec)


@pytest.fixture
def python_with_warnings_as_errors() -> list[str]:
    """argv prefix for a fresh interpreter that turns warnings into errors (minus IGNORED_WARNINGS)."""
    argv = [sys.executable, "-W", "error"]
    for spec in IGNORED_WARNINGS:
        argv += ["-W", spec]
    return argv


EXAMPLES = os.path.join(
    os.environ.get("DASH_TESTS_REQUIRE_INSTALLED") or os.path.dirname(os.path.dirname(__file__)), "examples"
)


@pytest.fixture
def load_example() -> t.Callable[[str], types.ModuleType]:
    """``load_example("todo")`` runs examples/todo.py as a fresh module, exactly as `python todo.py` would
    import it (minus the ``__main__`` block), and returns it."""
    import importlib.util

    def load(name: str) -> types.ModuleType:
        spec = importlib.util.spec_from_file_location(f"example_{name}", os.path.join(EXAMPLES, f"{name}.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        try:
            spec.loader.exec_module(module)
        finally:
            sys.modules.pop(spec.name, None)
        return module

    return load


@pytest.fixture(autouse=True)
def _isolate_global_callbacks() -> t.Iterator[None]:
    """Module-level @callback registrations of one test must not leak into the next."""
    registry = registry_module.GLOBAL_REGISTRY
    specs, plain, version = registry.specs, registry._plain_outputs, registry.version
    registry.specs, registry._plain_outputs = dict(specs), dict(plain)
    yield
    registry.specs, registry._plain_outputs, registry.version = specs, plain, version + 1


@pytest.fixture
def fresh_pages() -> t.Iterator[None]:
    """An empty dash.page_registry, and no imported `pages` package, before and after the test."""
    from dash import _pages

    _pages.reset()
    yield
    _pages.reset()
    for name in [name for name in sys.modules if name == "pages" or name.startswith("pages.")]:
        del sys.modules[name]


@pytest.fixture
def assets(tmp_path: t.Any) -> t.Any:
    """An assets folder with one stylesheet (style.css) and one script (app.js)."""
    folder = tmp_path / "assets"
    folder.mkdir()
    (folder / "style.css").write_text("body { color: red }")
    (folder / "app.js").write_text("window.x = 1")
    return folder


@pytest.fixture(autouse=True)
def _no_dash_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "DASH_DEBUG",
        "DASH_SUPPRESS_CALLBACK_EXCEPTIONS",
        "DASH_ASSETS_EXTERNAL_PATH",
        "DASH_COMPRESS",
        "DASH_HOT_RELOAD",
        "DASH_UI",
        "DASH_PRUNE_ERRORS",
        "DASH_SILENCE_ROUTES_LOGGING",
        "HOST",
        "PORT",
    ):
        monkeypatch.delenv(name, raising=False)


def simple_layout() -> t.Any:
    return html.Div(
        [
            dcc.Input(id="in", value="hello"),
            dcc.Input(id="other", value="x"),
            html.Button("go", id="btn"),
            html.Div(id="out"),
            html.Div(id="out2"),
        ]
    )


@pytest.fixture
def make_app() -> t.Callable[..., Dash]:
    """``make_app(layout=..., **Dash kwargs)``: a Dash app on its own Flask server."""

    def factory(layout: t.Any = None, **kwargs: t.Any) -> Dash:
        app = Dash(__name__, **kwargs)
        app.layout = simple_layout() if layout is None else layout
        return app

    return factory


@pytest.fixture
def app(make_app: t.Callable[..., Dash]) -> Dash:
    return make_app()


@pytest.fixture
def client(app: Dash) -> t.Any:
    return app.server.test_client()


def item(component_id: t.Any, prop: str, *value: t.Any) -> dict[str, t.Any]:
    """One ``{"id", "property", "value"}`` entry of a request (no value key when none is given)."""
    entry = {"id": component_id, "property": prop}
    if value:
        entry["value"] = value[0]
    return entry


def update_body(
    output: str,
    outputs: t.Any,
    inputs: list[t.Any],
    state: list[t.Any] | None = None,
    changed: list[str] | None = None,
) -> dict[str, t.Any]:
    body: dict[str, t.Any] = {"output": output, "inputs": inputs, "changedPropIds": changed or []}
    if outputs is not None:
        body["outputs"] = outputs
    if state is not None:
        body["state"] = state
    return body


def post(client: t.Any, body: t.Any, prefix: str = "/", **kwargs: t.Any) -> t.Any:
    return client.post(f"{prefix}_dash-update-component", json=body, **kwargs)


@pytest.fixture
def h() -> types.SimpleNamespace:
    """Request helpers: ``h.item``, ``h.body``, ``h.post`` (test modules can't import conftest)."""
    return types.SimpleNamespace(item=item, body=update_body, post=post)
