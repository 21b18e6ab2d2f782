"""``dash.get_asset_url``, ``dash.get_relative_path``, ``dash.strip_relative_path``: the app methods of the
most recently created Dash app, for page modules and layouts that have no ``app`` at hand."""

from __future__ import annotations

import typing as t

_app: t.Any = None


def set_app(app: t.Any) -> None:
    global _app
    _app = app


def _current() -> t.Any:
    if _app is None:
        from .exceptions import DashException

        raise DashException(
            "dash.get_relative_path() and friends need a Dash app: create the app with Dash(__name__) first,"
            " or call the method on the app (app.get_relative_path)."
        )
    return _app


def get_asset_url(path: str) -> str:
    """The URL of a file in the assets folder (see ``Dash.get_asset_url``)."""
    return _current().get_asset_url(path)  # type: ignore[no-any-return]


def get_relative_path(path: str) -> str:
    """``path`` with the app's ``requests_pathname_prefix`` in front (see ``Dash.get_relative_path``)."""
    return _current().get_relative_path(path)  # type: ignore[no-any-return]


def strip_relative_path(path: str | None) -> str | None:
    """The inverse of get_relative_path, without leading and trailing '/' (see ``Dash.strip_relative_path``)."""
    return _current().strip_relative_path(path)  # type: ignore[no-any-return]
