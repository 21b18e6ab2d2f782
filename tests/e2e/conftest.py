"""Browser tests: a live werkzeug server in a thread and Debian's chromium driven by playwright.

The whole folder is skipped when chromium or the playwright package is missing.
"""

from __future__ import annotations

import os
import shutil
import threading
import typing as t

import pytest

CHROMIUM = os.environ.get("DASH_E2E_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: Upper bound for every wait, in milliseconds.
TIMEOUT = 5000
#: A Content-Security-Policy with no inline script or style and nothing from other origins.
STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'"


def send_csp(app: t.Any, policy: str = STRICT_CSP) -> None:
    """Makes the app's server send ``policy`` as the Content-Security-Policy header of every answer."""

    @app.server.after_request
    def add_csp(response: t.Any) -> t.Any:
        response.headers["Content-Security-Policy"] = policy
        return response


try:
    from playwright.sync_api import expect
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None
    expect = None


def _skip_reason() -> str | None:
    if sync_playwright is None:
        return "the 'playwright' package is not installed: pip install -r requirements/e2e.txt"
    if not os.path.exists(CHROMIUM):
        return (
            f"chromium is not installed at {CHROMIUM!r}: apt-get install chromium (or set DASH_E2E_CHROMIUM)"
        )
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = _skip_reason()
    if reason is None:
        return
    if os.environ.get("CI"):  # CI must run the browser tests, never skip them
        raise pytest.UsageError(f"The browser tests cannot run on CI: {reason}.")
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> t.Any:
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser() -> t.Iterator[t.Any]:
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    try:
        yield browser
    finally:
        browser.close()
        playwright.stop()


class Server:
    """A WSGI app served by werkzeug on 127.0.0.1 and a free port, in a daemon thread."""

    def __init__(self, wsgi_app: t.Any) -> None:
        from werkzeug.serving import make_server

        self.httpd = make_server("127.0.0.1", 0, wsgi_app, threaded=True)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def serve() -> t.Iterator[t.Callable[[t.Any], str]]:
    """``serve(app)`` starts a Dash app (or any Flask/WSGI app) and returns its base URL."""
    servers: list[Server] = []

    def start(app: t.Any) -> str:
        wsgi = getattr(app, "server", app)
        server = Server(wsgi)
        servers.append(server)
        return server.url

    yield start
    for server in servers:
        server.stop()


class DashPage:
    """A playwright page plus the few helpers every test needs."""

    def __init__(self, page: t.Any, serve: t.Callable[[t.Any], str]) -> None:
        self.page = page
        self.serve = serve
        self.url = ""
        self.logs: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda msg: self.logs.append(f"console.{msg.type}: {msg.text}"))
        page.on("pageerror", lambda err: self.logs.append(f"pageerror: {err}"))

        def on_dialog(dialog: t.Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

    def start(self, app: t.Any, path: str = "/") -> DashPage:
        self.url = self.serve(app)
        self.open(path)
        return self

    def start_plotly(self, app: t.Any) -> DashPage:
        """start(app), skipping the test when plotly is not installed, then waits for the first plot."""
        self.start(app)
        if self.page.evaluate("() => dash_renderer.config.plotlyjs_url") is None:
            pytest.skip("plotly is not installed")
        expect(self.page.locator(".main-svg").first).to_be_visible(timeout=15000)
        return self

    def open(self, path: str = "/") -> None:
        self.page.goto(self.url + path)
        self.wait_idle()

    def wait_idle(self) -> None:
        """Wait until the renderer has loaded and no callback is queued or running."""
        self.page.wait_for_function(
            "() => window.dash_renderer && window.dash_renderer.whenIdle", timeout=TIMEOUT
        )
        self.page.evaluate(
            """(ms) => Promise.race([
                window.dash_renderer.whenIdle(),
                new Promise((_, reject) => setTimeout(() => reject(new Error('renderer not idle')), ms))])""",
            TIMEOUT,
        )

    def find(self, selector: str) -> t.Any:
        return self.page.locator(selector)

    def by_id(self, component_id: t.Any) -> t.Any:
        """Locator for a component id; dict ids are written as compact sorted-key JSON."""
        if isinstance(component_id, dict):
            import json

            text = json.dumps(component_id, sort_keys=True, separators=(",", ":"))
            return self.page.locator(f"[id='{text}']")
        return self.page.locator(f"[id='{component_id}']")

    def choose(self, component_id: t.Any, *labels: str) -> None:
        """Pick options of a dcc.Dropdown by their labels, as a user does (open, click each option)."""
        dropdown = self.by_id(component_id)
        for label in labels:
            if dropdown.locator("[role=listbox]").is_hidden():
                dropdown.locator(".dash-dropdown-control").click()
            dropdown.get_by_role("option", name=label, exact=True).click()
        if dropdown.locator("[role=listbox]").is_visible():  # multi stays open: close it as Escape does
            dropdown.get_by_role("combobox").press("Escape")

    def expect_text(self, component_id: t.Any, text: str) -> None:
        expect(self.by_id(component_id)).to_have_text(text, timeout=TIMEOUT)

    def exercise_demo(self) -> None:
        """Drive every part of the `python -m dash demo` app (already started) and check each answer."""
        self.expect_text("echo-output", "You typed: hello")
        self.by_id("echo-input").fill("demo")
        self.expect_text("echo-output", "You typed: demo")

        self.expect_text("city-summary", "Paris (France): 2.1 million people")
        self.choose("country", "Japan")
        self.expect_text("city-summary", "Tokyo (Japan): 14.0 million people")
        self.by_id("city").get_by_label("Kyoto").check()
        self.expect_text("city-summary", "Kyoto (Japan): 1.5 million people")

        self.by_id("clicker").click()
        self.expect_text("click-count", "Clicked 1 times")

        self.by_id("item-text").fill("write tests")
        self.by_id("add-item").click()
        self.expect_text("item-summary", "0 of 1 items done")
        self.by_id({"type": "item-done", "index": 0}).locator("input").check()
        self.expect_text("item-summary", "1 of 1 items done")
        self.expect_text({"type": "item-state", "index": 0}, " (done)")

    def errors(self) -> list[str]:
        return [line for line in self.logs if line.startswith(("console.error", "pageerror"))]


@pytest.fixture
def dash_page(
    browser: t.Any, serve: t.Callable[[t.Any], str], request: pytest.FixtureRequest, tmp_path: t.Any
) -> t.Iterator[DashPage]:
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    helper = DashPage(page, serve)
    try:
        yield helper
    finally:
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            shot = tmp_path / "failure.png"
            try:
                page.screenshot(path=str(shot), full_page=True)
                print(f"\nscreenshot of the failing page: {shot}")
            except Exception as error:  # the page may be gone
                print(f"\nno screenshot: {error}")
            print("browser log:\n" + "\n".join(helper.logs))
        context.close()
