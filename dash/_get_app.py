"""``dash.get_app()``: the Dash app, for page modules and helpers that cannot import it (Plotly's name).

Inside a request to an app's routes (a callback, a layout function) it is that app; elsewhere, the app
created most recently in this process.
"""

from __future__ import annotations

import typing as t

from . import _get_paths
from .exceptions import AppNotFoundError

_G_KEY = "_dash_app"


def bind_request(app: t.Any) -> None:
    """Remember ``app`` as the one serving the current request (its blueprint's before_request)."""
    import flask

    setattr(flask.g, _G_KEY, app)


def get_app() -> t.Any:
    """The current ``dash.Dash`` app.

    :raises AppNotFoundError: no Dash app has been created yet in this process.
    """
    import flask

    if flask.has_app_context():
        app = getattr(flask.g, _G_KEY, None)
        if app is not None:
            return app
    if _get_paths._app is None:
        raise AppNotFoundError(
            "dash.get_app() found no app: create it with app = Dash(__name__) before calling get_app(). Page"
            " modules in the pages folder are imported by Dash() itself, so get_app() works there."
        )
    return _get_paths._app
