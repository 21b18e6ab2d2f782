"""Dash apps in Jupyter and Colab: ``app.run(jupyter_mode=...)`` and ``dash.jupyter_dash`` (Plotly's names).

In a notebook kernel, ``app.run()`` does not block the kernel: the app is served by a Werkzeug server in a
daemon thread (one per host and port; running the cell again replaces it) and shown according to the mode:

- ``"inline"`` (default, ``jupyter_dash.default_mode``): an iframe in the output cell
  (``jupyter_width``, ``jupyter_height``);
- ``"external"``: the URL is printed; ``"tab"``: printed and opened in a new browser tab;
- ``"jupyterlab"``: JupyterLab's own tab needs Plotly's ``jupyterlab-dash`` front-end extension, which this
  dash does not ship, so the URL is printed with a note;
- ``"_none"``: served, nothing shown.

Behind JupyterHub with ``jupyter-server-proxy``, ``jupyter_dash.infer_jupyter_proxy_config()`` makes the
shown URL ``<JUPYTERHUB_SERVICE_PREFIX>proxy/<port>/``; ``jupyter_server_url=`` sets the host part by hand.
Outside a kernel (a script, gunicorn) none of this applies and ``app.run()`` serves as usual.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
import threading
import typing as t

MODES = ("inline", "external", "tab", "jupyterlab", "_none")


def _ipython() -> t.Any:
    """IPython's display helpers, imported only inside a kernel (tests replace this function)."""
    from IPython import display

    return display


class JupyterDash:
    """``dash.jupyter_dash``: how ``app.run()`` behaves inside a Jupyter or Colab kernel."""

    def __init__(self) -> None:
        #: The mode ``app.run()`` uses when ``jupyter_mode`` is not given.
        self.default_mode = "inline"
        self._servers: dict[tuple[str, int], t.Any] = {}
        self._proxy_prefix: str | None = None
        self._lock = threading.Lock()

    @property
    def in_ipython(self) -> bool:
        """True inside an IPython kernel (a notebook, not a terminal IPython)."""
        shell = self._shell()
        return shell is not None and getattr(shell, "kernel", None) is not None

    @property
    def in_colab(self) -> bool:
        if "google.colab" in sys.modules:
            return True
        if not self.in_ipython:
            return False
        try:
            return importlib.util.find_spec("google.colab") is not None
        except ImportError:  # no `google` package at all
            return False

    @property
    def active(self) -> bool:
        """Whether ``app.run()`` serves in a thread and displays in the notebook (not on Databricks)."""
        return "DATABRICKS_RUNTIME_VERSION" not in os.environ and self.in_ipython

    @staticmethod
    def _shell() -> t.Any:
        module = sys.modules.get("IPython")
        if module is None:
            return None
        get = getattr(module, "get_ipython", None)
        return get() if get is not None else None

    def infer_jupyter_proxy_config(self) -> None:
        """Show apps behind JupyterHub's ``jupyter-server-proxy``: ``<JUPYTERHUB_SERVICE_PREFIX>proxy/<port>/``.

        :raises RuntimeError: ``JUPYTERHUB_SERVICE_PREFIX`` is not set (not under JupyterHub); pass
            ``jupyter_server_url=`` to ``app.run`` instead.
        """
        prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX")
        if not prefix:
            raise RuntimeError(
                "jupyter_dash.infer_jupyter_proxy_config() reads JUPYTERHUB_SERVICE_PREFIX, which is not set here"
                " (this kernel does not run under JupyterHub). Pass app.run(jupyter_server_url=...) instead."
            )
        self._proxy_prefix = prefix.rstrip("/") + "/proxy/{port}/"

    def run_app(
        self,
        app: t.Any,
        mode: str | None = None,
        width: str | int = "100%",
        height: str | int = 650,
        host: str = "127.0.0.1",
        port: int = 8050,
        server_url: str | None = None,
    ) -> str:
        """Serve ``app`` in a daemon thread and show it; returns the URL shown.

        :raises ValueError: an unknown mode (the valid ones are listed in the message).
        :raises OSError: the port is taken by something else.
        """
        mode = self.default_mode if mode is None else mode
        if not isinstance(mode, str) or mode.lower() not in MODES:
            raise ValueError(f"jupyter_mode must be one of {', '.join(MODES)}; got {mode!r}.")
        mode = mode.lower()
        from werkzeug.serving import make_server

        with self._lock:
            old = self._servers.pop((host, port), None)
            if old is not None:  # the cell ran again: the new app replaces the old one on this port
                old.shutdown()
                old.server_close()
            server = make_server(host, port, app.server, threaded=True)  # binds now: OSError if taken
            self._servers[(host, port)] = server
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        threading.Thread(target=server.serve_forever, name=f"dash-jupyter-{port}", daemon=True).start()
        url = self._url(app, host, port, server_url)
        self._show(mode, url, width, height, port)
        return url

    def _url(self, app: t.Any, host: str, port: int, server_url: str | None) -> str:
        path = app.config.requests_pathname_prefix
        if self._proxy_prefix is not None and server_url is None:
            return self._proxy_prefix.format(port=port)
        base = server_url.rstrip("/") if server_url else f"http://{host}:{port}"
        return base + path

    def _show(self, mode: str, url: str, width: t.Any, height: t.Any, port: int) -> None:
        if mode == "_none":
            return
        if self.in_colab:
            from google.colab import output  # type: ignore[import-not-found]

            if mode == "inline":
                output.serve_kernel_port_as_iframe(port, width=width, height=height)
            else:
                print("Dash app running on:")
                output.serve_kernel_port_as_window(port, anchor_text=url)
            return
        display = _ipython()
        if mode == "inline":
            display.display(display.IFrame(url, width, height))
        elif mode in ("external", "tab"):
            print(f"Dash app running on {url}")
            if mode == "tab":
                display.display(display.Javascript(f"window.open({url!r})"))
        else:  # jupyterlab
            print(
                f"Dash app running on {url} (JupyterLab's Dash tab needs Plotly's jupyterlab-dash extension;"
                " open the URL, or use jupyter_mode='inline')."
            )

    def shutdown_all(self) -> None:
        """Stop every server this kernel started (each is also stopped when its port is reused)."""
        with self._lock:
            servers, self._servers = list(self._servers.values()), {}
        for server in servers:
            server.shutdown()
            server.server_close()


#: ``from dash import jupyter_dash``; ``jupyter_dash.default_mode = "external"`` changes every ``app.run()``.
jupyter_dash = JupyterDash()
