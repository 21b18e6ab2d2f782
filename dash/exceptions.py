from __future__ import annotations


class DashException(Exception):
    """Base class of the errors raised by dash itself."""


class PreventUpdate(Exception):
    """Raise inside a callback to leave every output unchanged (the server answers 204)."""


class InvalidConfig(DashException, ValueError):
    """A ``Dash(...)`` argument or config value cannot work."""


class ObsoleteKwargException(DashException, TypeError):
    """A keyword argument that Plotly Dash removed was passed."""


class NoLayoutException(DashException):
    """The app has no layout when it is run or asked for one."""


class InvalidLayoutError(DashException, TypeError):
    """``app.layout`` was given something that is not a component, a list or a function."""


class DuplicateIdError(DashException):
    """Two components in the layout share one id."""


class CallbackException(DashException):
    """Base class of the errors about a callback's definition or its use."""


class IncorrectTypeException(CallbackException, TypeError):
    """A callback was declared with arguments of the wrong type or in the wrong order."""


class IDsCantContainPeriods(CallbackException, ValueError):
    """A string id used in a callback contains a '.'."""


class WildcardError(CallbackException, ValueError):
    """A pattern-matching (MATCH / ALL / ALLSMALLER) id is used in a way that cannot work."""


class DuplicateCallback(CallbackException):
    """An output is set by more than one callback without ``allow_duplicate=True``."""


class NonExistentIdException(CallbackException):
    """A callback refers to a component id that the layout does not contain."""


class IDNotFound(NonExistentIdException):
    """A callback refers to a component id that the layout does not contain."""


class InvalidCallbackReturnValue(CallbackException):
    """A callback returned a value that does not fit its outputs or cannot be sent as JSON."""


class MissingCallbackContextException(CallbackException):
    """``callback_context`` / ``ctx`` was read outside of a running callback."""


class InvalidIndexException(DashException):
    """A custom ``index_string`` lacks a required placeholder."""


class UnsupportedRelativePath(DashException, ValueError):
    """``app.get_relative_path`` was given a path that does not start with '/'."""


class HookError(DashException):
    """A ``dash.hooks`` registration is wrong (for example two final hooks of one kind)."""


class ImportedInsideCallbackError(DashException):
    """A callback imported a component suite while it ran, and the page loaded before knows nothing of it.

    Import suites at the top of the app file, or register the callback with
    ``_allow_dynamic_callbacks=True`` to send the suite's files with its answer.
    """


# Plotly Dash's other exception names, so `from dash.exceptions import X` and `except X` in apps and
# component packages keep working; each says where this dash raises it.


class ObsoleteAttributeException(DashException, AttributeError):
    """An attribute Plotly Dash removed (this dash keeps ``app.run_server`` working, with a warning)."""


class NonExistentEventException(CallbackException):
    """Dash's pre-1.0 ``Event`` dependency, which no longer exists."""


class WildcardInLongCallback(CallbackException):
    """A wildcard where a background callback cannot take one."""


class InvalidComponentIdError(IDsCantContainPeriods):
    """A component id that cannot be used (Plotly's name)."""


class InvalidResourceError(DashException):
    """A resource entry (``_js_dist``, ``append_script``) without a usable path or URL."""


class DependencyException(DashException):
    """A callback dependency that cannot be resolved."""


class ResourceException(DashException):
    """A resource file that cannot be served."""


class ProxyError(DashException):
    """``app.run(proxy=...)`` given a value that does not name two URLs."""


class BackgroundCallbackError(CallbackException):
    """The function of a background callback raised inside its job."""


class MissingLongCallbackManagerError(DashException):
    """``background=True`` without ``manager=`` or ``Dash(background_callback_manager=...)``."""


class PageError(DashException):
    """A page cannot be registered or found (``dash.register_page``, ``use_pages``)."""


class AppNotFoundError(DashException):
    """``dash.get_app()`` before any ``Dash()`` was created."""


class WebSocketCallbackError(CallbackException):
    """Plotly Dash 4's WebSocket callbacks, which this dash does not have (callbacks travel over HTTP)."""


class WebsocketDisconnected(CallbackException):
    """Plotly Dash 4's WebSocket callbacks, which this dash does not have (callbacks travel over HTTP)."""
