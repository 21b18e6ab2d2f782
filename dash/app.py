from __future__ import annotations

import hashlib
import ipaddress
import itertools
import json
import logging
import os
import sys
import threading
import typing as t
import warnings

from ._compat import check_stack
from ._compat import install_shims

check_stack()
install_shims()

import flask  # noqa: E402
from flask.helpers import get_root_path  # noqa: E402

from . import _app_resources  # noqa: E402
from . import _assets  # noqa: E402
from . import _async  # noqa: E402
from . import _get_paths  # noqa: E402
from . import _hooks  # noqa: E402
from . import _hot_reload  # noqa: E402
from . import _index  # noqa: E402
from . import _jupyter  # noqa: E402
from . import _pages  # noqa: E402
from . import _resources  # noqa: E402
from . import _routes  # noqa: E402
from . import _suites  # noqa: E402
from . import _validation  # noqa: E402
from . import exceptions  # noqa: E402
from ._attribute_dict import AttributeDict  # noqa: E402
from ._errors import error_response  # noqa: E402
from ._errors import exception_summary  # noqa: E402
from ._errors import user_traceback  # noqa: E402
from ._hooks import hooks  # noqa: E402
from ._hooks import resource_attrs  # noqa: E402
from ._json import dumps  # noqa: E402
from ._json import stringify_id  # noqa: E402
from ._version import __version__  # noqa: E402
from .callbacks.dispatch import CallbackFailed  # noqa: E402
from .callbacks.registry import GLOBAL_REGISTRY  # noqa: E402
from .callbacks.registry import CallbackRegistry  # noqa: E402
from .callbacks.registry import make_callback_decorator  # noqa: E402
from .callbacks.registry import merge_for_app  # noqa: E402
from .callbacks.registry import register_clientside  # noqa: E402
from .development.base_component import Component  # noqa: E402

#: Default limit of a callback request body (``Dash(max_request_bytes=...)``).
DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024

# Plotly Dash keyword arguments that are accepted and have no effect here.
_IGNORED_KWARGS = (
    "long_callback_manager",
    "show_undo_redo",
    # Plotly adds a stdout handler to its logger; app.logger here is Flask's, which has one already.
    "add_log_handler",
)
# Plotly Dash keyword arguments for features this dash does not have.
_UNSUPPORTED_KWARGS = (
    "websocket_callbacks",
    "websocket_allowed_origins",
    "websocket_inactivity_timeout",
    "websocket_heartbeat_interval",
    "websocket_batch_delay",
    "websocket_max_workers",
    "enable_mcp",
    "mcp_path",
)
#: Plotly's default ``app.renderer``: the renderer without hooks.
DEFAULT_RENDERER = "var renderer = new DashRenderer();"
#: The renderer hooks of ``Dash(hooks=...)`` (Plotly Dash's RendererHooks keys).
RENDERER_HOOKS = (
    "layout_pre",
    "layout_post",
    "request_pre",
    "request_post",
    "callback_resolved",
    "request_refresh_jwt",
)
_DEV_TOOLS_KWARGS = (
    "dev_tools_ui",
    "dev_tools_props_check",
    "dev_tools_serve_dev_bundles",
    "dev_tools_hot_reload",
    "dev_tools_hot_reload_interval",
    "dev_tools_hot_reload_watch_interval",
    "dev_tools_hot_reload_max_retry",
    "dev_tools_silence_routes_logging",
    "dev_tools_disable_version_check",
    "dev_tools_prune_errors",
)
_READ_ONLY = (
    "name",
    "assets_folder",
    "assets_url_path",
    "serve_locally",
    "url_base_pathname",
    "routes_pathname_prefix",
    "requests_pathname_prefix",
)
_TRUE = ("1", "true", "yes", "on")

_blueprint_ids = itertools.count(1)


def pathname_configs(
    url_base_pathname: str | None, routes_pathname_prefix: str | None, requests_pathname_prefix: str | None
) -> tuple[str | None, str, str]:
    """Resolve the three path prefixes as Plotly Dash does; raise InvalidConfig with the fix."""
    if url_base_pathname is not None and (
        routes_pathname_prefix is not None or requests_pathname_prefix is not None
    ):
        raise exceptions.InvalidConfig(
            "You passed url_base_pathname together with routes_pathname_prefix or requests_pathname_prefix."
            " url_base_pathname sets both of them; pass either url_base_pathname alone, or the other two."
        )
    if url_base_pathname is not None:
        routes = requests = url_base_pathname
    else:
        routes = "/" if routes_pathname_prefix is None else routes_pathname_prefix
        requests = routes if requests_pathname_prefix is None else requests_pathname_prefix
    for name, value in (
        ("url_base_pathname", url_base_pathname),
        ("routes_pathname_prefix", routes),
        ("requests_pathname_prefix", requests),
    ):
        if value is None:
            continue
        if not isinstance(value, str) or not value.startswith("/") or not value.endswith("/"):
            raise exceptions.InvalidConfig(
                f"{name} must start and end with '/', but it is {value!r}. Write it like '/my-app/'."
            )
    if not requests.endswith(routes):
        raise exceptions.InvalidConfig(
            f"requests_pathname_prefix {requests!r} must end with routes_pathname_prefix {routes!r}: the"
            " requests prefix is the routes prefix as the browser sees it, with any proxy or mount path in"
            " front. For example routes '/app/' and requests '/proxy/app/'."
        )
    return url_base_pathname, routes, requests


class Dash:
    """A Dash app: a layout, callbacks, and the Flask routes that serve them.

    :param name: the import name of the app (``__name__``); the assets folder is found next to it.
    :param server: ``True`` to create a Flask app, a ``flask.Flask`` to add the routes to, or ``False``
        to attach later with ``init_app``.
    :param max_request_bytes: the largest callback request body accepted (413 beyond it).
    :param on_error: ``on_error(exception)`` for callbacks that raise: its return value becomes the
        callback's outputs (``None``: no output changes; ``set_props`` works inside it).
    :param assets_external_path: an absolute URL the assets folder is also published at (a CDN):
        ``get_asset_url`` answers ``<assets_external_path>/<assets_url_path>/<path>``, and with
        ``serve_locally=False`` the index page loads the assets' CSS/JS from there. Environment variable
        ``DASH_ASSETS_EXTERNAL_PATH``.
    :param plugins: objects with a ``plug(app)`` method, each called once with this app after its Flask
        server is attached.
    :param routing_callback_inputs: with ``use_pages``, ``{keyword: Input(...) or State(...)}`` whose
        values reach page layout functions as keyword arguments (an Input re-renders the page).
    :param description: with ``use_pages``, the meta description of pages that give none.
    :param use_async: allow ``async def`` callbacks and layout functions (they run on Flask's
        ``ensure_sync``, which needs ``asgiref``: ``pip install "flask[async]"``). ``None`` (default): on
        when asgiref is installed. ``True`` without asgiref raises ``InvalidConfig``.
    :param hooks: renderer hooks, ``{name: "JavaScript function source"}`` with names ``layout_pre()``,
        ``layout_post(layout)``, ``request_pre(payload)``, ``request_post(payload, response)``,
        ``callback_resolved(callback, response)``, ``request_refresh_jwt(old_jwt)`` (see
        dash/renderer/components/ext/hooks.js). They become ``app.renderer``, served as a script file
        (never inline, so a strict CSP holds). Raises TypeError for other names or non-string values.
    :param csrf_token_name, csrf_header_name: when the page has a cookie named ``csrf_token_name``, every
        request the renderer makes carries its value in the header ``csrf_header_name`` (Plotly Dash 4's
        defaults ``_csrf_token`` and ``X-CSRFToken``; Django's are ``csrftoken`` / ``X-CSRFToken``).
    :param backend: ``None`` or ``"flask"``: this dash runs on Flask only.
    :param compress: compress answers (gzip, br, ...) with Flask-Compress, ``pip install ".[compress]"``;
        default from ``DASH_COMPRESS``, else off. Raises ImportError with the install command when
        Flask-Compress is missing.
    :param extra_hot_reload_paths: files or folders whose edits restart the debug server and reload the
        page, besides the Python modules (see dash/_hot_reload.py).
    :param health_endpoint: a path like ``"health"`` that answers ``OK`` (text/plain, 200) for load
        balancers and uptime monitors; ``None`` (default): no such route.
    :param eager_loading: ``True`` loads a component suite's ``async`` files together with its bundle
        instead of on demand (``app.config.eager_loading``). Our own renderer's files always load on
        first use.
    """

    def __init__(
        self,
        name: str | None = None,
        server: bool | flask.Flask = True,
        *,
        assets_folder: str = "assets",
        assets_url_path: str = "assets",
        assets_ignore: str = "",
        assets_path_ignore: list[str] | None = None,
        include_assets_files: bool = True,
        url_base_pathname: str | None = None,
        requests_pathname_prefix: str | None = None,
        routes_pathname_prefix: str | None = None,
        serve_locally: bool = True,
        meta_tags: list[dict[str, t.Any]] | None = None,
        index_string: str = _index.DEFAULT_INDEX,
        external_scripts: list[str | dict[str, t.Any]] | None = None,
        external_stylesheets: list[str | dict[str, t.Any]] | None = None,
        suppress_callback_exceptions: bool | None = None,
        prevent_initial_callbacks: bool | str = False,
        title: str = "Dash",
        update_title: str | None = "Updating...",
        max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
        background_callback_manager: t.Any = None,
        use_pages: bool | None = None,
        pages_folder: str = "pages",
        include_pages_meta: bool = True,
        on_error: t.Callable[[Exception], t.Any] | None = None,
        assets_external_path: str | None = None,
        plugins: list[t.Any] | None = None,
        routing_callback_inputs: dict[str, t.Any] | None = None,
        description: str | None = None,
        use_async: bool | None = None,
        health_endpoint: str | None = None,
        eager_loading: bool = False,
        hooks: dict[str, str] | None = None,
        csrf_token_name: str = "_csrf_token",
        csrf_header_name: str = "X-CSRFToken",
        backend: t.Any = None,
        extra_hot_reload_paths: list[str] | None = None,
        compress: bool | None = None,
        **kwargs: t.Any,
    ) -> None:
        for key in kwargs:
            if key in _IGNORED_KWARGS:
                continue
            if key in _UNSUPPORTED_KWARGS:
                raise TypeError(
                    f"Dash() got the keyword argument {key!r}, a Plotly Dash 4 feature (callbacks over"
                    " WebSocket, the MCP server) this dash does not have: callbacks travel over HTTP here."
                    " Remove it."
                )
            raise TypeError(f"Dash() got an unexpected keyword argument {key!r}.")
        if backend is not None and backend != "flask":
            raise exceptions.InvalidConfig(
                f"Dash(backend={backend!r}): this dash runs on Flask only. Leave backend out (or pass 'flask');"
                " for FastAPI or Quart, mount the Flask app with an ASGI-WSGI adapter."
            )
        if kwargs.get("show_undo_redo"):
            warnings.warn(
                "Dash(show_undo_redo=True): this dash draws no undo/redo buttons, so the app runs without"
                " them. Remove the argument to silence this warning.",
                UserWarning,
                stacklevel=2,
            )
        if kwargs.get("long_callback_manager") is not None:
            raise exceptions.ObsoleteKwargException(
                "Dash(long_callback_manager=...) was removed in Plotly Dash 3. Pass the same manager as"
                " background_callback_manager=... and use @callback(..., background=True)."
            )

        if compress is None:
            compress = os.environ.get("DASH_COMPRESS", "").lower() in _TRUE
        if compress:
            _check_compress()
        name = name or "__main__"
        url_base_pathname, routes, requests = pathname_configs(
            url_base_pathname, routes_pathname_prefix, requests_pathname_prefix
        )
        if not os.path.isabs(assets_folder):
            assets_folder = os.path.join(get_root_path(name), assets_folder)
        if suppress_callback_exceptions is None:
            suppress_callback_exceptions = (
                os.environ.get("DASH_SUPPRESS_CALLBACK_EXCEPTIONS", "").lower() in _TRUE
            )
        if not isinstance(max_request_bytes, int) or max_request_bytes <= 0:
            raise exceptions.InvalidConfig(
                f"max_request_bytes must be a positive number of bytes, not {max_request_bytes!r}."
            )

        self.config = AttributeDict(
            name=name,
            assets_folder=assets_folder,
            assets_url_path=assets_url_path,
            assets_ignore=assets_ignore,
            assets_path_ignore=list(assets_path_ignore or ()),
            include_assets_files=include_assets_files,
            url_base_pathname=url_base_pathname,
            routes_pathname_prefix=routes,
            requests_pathname_prefix=requests,
            serve_locally=serve_locally,
            meta_tags=list(meta_tags or ()),
            external_scripts=list(external_scripts or ()),
            external_stylesheets=list(external_stylesheets or ()),
            suppress_callback_exceptions=bool(suppress_callback_exceptions),
            prevent_initial_callbacks=prevent_initial_callbacks,
            title=title,
            update_title=update_title,
            max_request_bytes=max_request_bytes,
            compress=bool(compress),
            assets_external_path=(
                assets_external_path
                if assets_external_path is not None
                else os.environ.get("DASH_ASSETS_EXTERNAL_PATH", "")
            ),
            health_endpoint=_check_health_endpoint(health_endpoint),
            csrf_token_name=_check_name("csrf_token_name", csrf_token_name),
            csrf_header_name=_check_name("csrf_header_name", csrf_header_name),
            description=description,
            eager_loading=bool(eager_loading),
        )
        self.config.set_read_only(
            _READ_ONLY,
            "is read-only: pass it to Dash() when the app is created instead of changing it later.",
        )

        if on_error is not None and not callable(on_error):
            raise TypeError(f"Dash(on_error=...) must be a function taking the exception, not {on_error!r}.")
        #: Called with the exception when a callback raises (a callback's own on_error wins); its return
        #: value is used as the callback's, None meaning "change no output".
        self.on_error = on_error
        self.index_string = index_string
        #: ``app.css.append_css({...})`` / ``app.scripts.append_script({...})`` (see dash/_app_resources.py).
        self.css = _app_resources.Css(serve_locally)
        self.scripts = _app_resources.Scripts(serve_locally)
        self.validation_layout: t.Any = None
        self._layout: t.Any = None
        self._background_manager = background_callback_manager
        self._debug = False
        self._dev_bundles = False
        self._hot_reload = _hot_reload.OFF
        self._hot_reload_watcher = _hot_reload.Watcher()
        self._extra_hot_reload_paths = [str(path) for path in extra_hot_reload_paths or ()]
        self._dev_ui = True
        self._prune_errors = True
        self._silence_routes_logging = False
        self._props_check = False
        self._registry = CallbackRegistry()
        self._merged: CallbackRegistry = CallbackRegistry()
        self._merged_state: tuple[int, int, int, int] | None = None
        self._dependencies_cache: tuple[t.Any, str] | None = None
        self._clientside_cache: tuple[t.Any, _resources.Resource] | None = None
        self._validated_state: t.Any = None
        self._warned: set[str] = set()
        #: The missing-id warnings of the last layout check (shown in the error overlay in debug mode).
        self.validation_warnings: list[str] = []
        self._assets_cache: _assets.AssetFiles | None = None
        self._lock = threading.Lock()
        self._blueprint_name = f"dash_app_{next(_blueprint_ids)}"
        self._attached_to: flask.Flask | None = None
        #: Plotly Dash's flag for ``_setup_server`` (read by subclasses such as dash-extensions' DashProxy).
        self._got_first_request = {"setup_server": False}
        _get_paths.set_app(self)
        #: Plotly's ``app.renderer``: the script that creates the renderer, with the hooks (assignable).
        self.renderer = _renderer_script(hooks)
        self._use_async = _async.check_async(use_async)
        self.routing_callback_inputs = _pages.check_routing_inputs(routing_callback_inputs)
        if routing_callback_inputs and not _pages_wanted(use_pages, pages_folder):
            raise exceptions.InvalidConfig(
                "Dash(routing_callback_inputs=...) passes values to page layouts, so it needs pages: add"
                " use_pages=True (or a pages folder)."
            )
        self.use_pages = _pages_wanted(use_pages, pages_folder)
        self.include_pages_meta = include_pages_meta
        if self.use_pages:
            folder = pages_folder
            if folder and not os.path.isabs(folder):
                folder = os.path.join(get_root_path(name), folder)
            _pages.setup(self, folder or None, routing_callback_inputs, description)

        hooks = _hooks.hooks
        hooks.load_plugins()
        for hook in hooks.get_hooks("callback"):
            hook_args, hook_kwargs = hook.data
            self.callback(*hook_args, **hook_kwargs)(hook.func)
        for function, hook_args, hook_kwargs in hooks.clientside_callbacks:
            self.clientside_callback(function, *hook_args, **hook_kwargs)

        if isinstance(server, flask.Flask):
            self.server: flask.Flask | None = server
            self.init_app(server)
        elif server is True:
            self.server = flask.Flask(name)
            self.init_app(self.server)
        elif server is False or server is None:
            self.server = None
        else:
            raise TypeError(
                f"Dash(server=...) must be True, False or a flask.Flask app, not {type(server).__name__}."
            )
        for hook in hooks.get_hooks("setup"):
            hook(self)
        for plugin in _check_plugins(plugins):
            plugin.plug(self)

    #: ``(name, view_func, methods)`` of the routes every app serves at ``_dash_startup_route/<name>``.
    STARTUP_ROUTES: t.ClassVar[list[tuple[str, t.Callable[..., t.Any], tuple[str, ...]]]] = []

    @staticmethod
    def add_startup_route(
        name: str, view_func: t.Callable[..., t.Any], methods: t.Sequence[str] = ("GET",)
    ) -> None:
        """Serve ``view_func`` at ``<routes prefix>_dash_startup_route/<name>`` in every app created later.

        For packages that need a route without knowing when the app is created. ``name`` must not start
        with '/'; ``methods`` are "GET" and/or "POST". Raises ValueError for a bad or repeated name.
        """
        if not isinstance(name, str) or not name or name.startswith("/"):
            raise ValueError(
                f"add_startup_route() needs a name that does not start with '/', like 'status'; got {name!r}."
            )
        if not callable(view_func):
            raise ValueError(f"add_startup_route() needs a view function, not {type(view_func).__name__}.")
        methods = tuple(method.upper() for method in methods)
        if not methods or not set(methods) <= {"GET", "POST"}:
            raise ValueError(f"add_startup_route() methods must be 'GET' and/or 'POST', not {list(methods)}.")
        if any(route[0] == name for route in Dash.STARTUP_ROUTES):
            raise ValueError(f"The startup route {name!r} is already registered. Choose another name.")
        Dash.STARTUP_ROUTES.append((name, view_func, methods))

    # -- Flask -------------------------------------------------------------------------------------

    def init_app(self, app: flask.Flask | None = None, **kwargs: t.Any) -> None:
        """Add this app's routes to a Flask app (for ``Dash(server=False)``)."""
        if kwargs:
            raise TypeError(f"init_app() got unexpected keyword arguments: {', '.join(map(repr, kwargs))}.")
        if app is not None:
            self.server = app
        if self.server is None:
            raise TypeError(
                "init_app() needs a flask.Flask app when the Dash app was created with server=False."
            )
        if self._attached_to is self.server:
            return
        if self._attached_to is not None:
            raise RuntimeError(
                "This Dash app is already attached to another Flask app. Create one Dash app per Flask app."
            )
        self.server.register_blueprint(_routes.create_blueprint(self, self._blueprint_name))
        if self.config.compress:
            from flask_compress import Compress

            Compress(self.server)
        self._attached_to = self.server

    @property
    def logger(self) -> logging.Logger:
        """The Flask app's logger (callback errors are logged here)."""
        if self.server is not None:
            return self.server.logger
        return logging.getLogger(self.config.name)

    def _setup_server(self) -> None:
        """Runs once, before the first request this app's routes serve.

        Plotly Dash's hook, kept for subclasses: dash-extensions' ``DashProxy`` overrides it to register
        the callbacks its transforms rewrite, then calls this one, which marks the setup done.
        """
        self._got_first_request["setup_server"] = True

    # -- config shortcuts --------------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self.config.title  # type: ignore[no-any-return]

    @title.setter
    def title(self, value: str) -> None:
        self.config.title = value

    @property
    def index_string(self) -> str:
        return self._index_string

    @index_string.setter
    def index_string(self, value: str) -> None:
        _index.check_index_string(value)
        self._index_string = value

    # -- layout ------------------------------------------------------------------------------------

    @property
    def layout(self) -> t.Any:
        return self._layout

    @layout.setter
    def layout(self, value: t.Any) -> None:
        if not (value is None or callable(value) or isinstance(value, (Component, list, tuple))):
            raise exceptions.InvalidLayoutError(
                f"The layout must be a component, a list of components, or a function that returns one, not"
                f" {type(value).__name__}. For example: app.layout = html.Div([...])."
            )
        self._layout = value
        self._validated_state = None

    def get_layout(self) -> t.Any:
        """The layout as served: the layout function called (awaited when async), then the layout hooks."""
        return self._layout_value()

    def csp_hashes(self, hash_algorithm: str = "sha256") -> list[str]:
        """CSP source hashes (``'sha256-<base64>'``) of the page's inline scripts, for a policy such as
        ``Talisman(app.server, content_security_policy={"script-src": ["'self'", *app.csp_hashes()]})``.

        Our index page has no inline script (the renderer, clientside callbacks and hooks are files), so
        only inline ``<script>`` elements written into a custom ``index_string`` are hashed.
        :param hash_algorithm: ``"sha256"``, ``"sha384"`` or ``"sha512"``; anything else raises ValueError.
        """
        if hash_algorithm not in ("sha256", "sha384", "sha512"):
            raise ValueError(f"csp_hashes() takes 'sha256', 'sha384' or 'sha512', not {hash_algorithm!r}.")
        import base64

        return [
            f"'{hash_algorithm}-{base64.b64encode(hashlib.new(hash_algorithm, script.encode()).digest()).decode()}'"
            for script in _index.inline_scripts(self.index_string)
        ]

    def _layout_value(self) -> t.Any:
        layout = self._layout
        if layout is None and self.use_pages:
            layout = _pages.page_container
        if layout is None:
            raise exceptions.NoLayoutException(
                "The app has no layout. Set app.layout to a component, for example"
                " app.layout = html.Div('Hello'), before the app serves requests."
            )
        if callable(layout) and not isinstance(layout, Component):
            layout = _async.resolve(layout(), "the layout function", self._use_async)
        for hook in hooks.get_hooks("layout"):
            layout = hook(layout)
        return _wrap(layout)

    def _validate(self, layout: t.Any) -> None:
        """Check the layout against the callbacks once per layout and set of callbacks.

        Duplicate ids raise DuplicateIdError; ids that callbacks use but the layout lacks are logged
        as one warning each (once per app) and kept for the debug overlay, never an error: multi-page
        and tab apps add those components later.
        """
        registry = self._callbacks()
        state = (self._merged_state, self.config.suppress_callback_exceptions)
        if self._validated_state == state:
            return
        suppress = self.config.suppress_callback_exceptions
        own = self._registry.specs
        if self.validation_layout is not None or self.use_pages:
            _validation.check_duplicate_ids(_validation.layout_ids(layout))
            validation = self.validation_layout
            if callable(validation) and not isinstance(validation, Component):
                validation = validation()
            if validation is None:  # pages: the layout plus every page's layout
                from . import html

                validation = html.Div([layout, *_pages.validation_layouts()])
            known = {stringify_id(i) for i in _validation.layout_ids(_wrap(validation))}
            warnings_ = [] if suppress else _validation.missing_callback_ids(registry, known, own)
        else:
            warnings_ = _validation.layout_warnings(layout, registry, suppress, own)
        for message in warnings_:
            if message not in self._warned:
                self._warned.add(message)
                self.logger.warning(message)
        self.validation_warnings = warnings_
        self._validated_state = state

    # -- callbacks ---------------------------------------------------------------------------------

    def callback(
        self, *args: t.Any, **kwargs: t.Any
    ) -> t.Callable[[t.Callable[..., t.Any]], t.Callable[..., t.Any]]:
        """Register a callback for this app: ``@app.callback(Output(...), Input(...), State(...))``."""
        return make_callback_decorator(self._registry, args, kwargs, self.config.prevent_initial_callbacks)

    def clientside_callback(self, clientside_function: t.Any, *args: t.Any, **kwargs: t.Any) -> None:
        """Register a callback that runs in the browser: JavaScript source or a ClientsideFunction."""
        register_clientside(
            self._registry, clientside_function, args, kwargs, self.config.prevent_initial_callbacks
        )

    def _callbacks(self) -> CallbackRegistry:
        """This app's callbacks plus the module-level ones, merged once per change."""
        state = (
            id(self._registry),
            self._registry.version,
            id(GLOBAL_REGISTRY.specs),
            GLOBAL_REGISTRY.version,
        )
        if state != self._merged_state:
            with self._lock:
                if state != self._merged_state:
                    merged, skipped = merge_for_app(self._registry, GLOBAL_REGISTRY)
                    for message in skipped:
                        if message not in self._warned:
                            self._warned.add(message)
                            self.logger.warning(message)
                    default = self.config.prevent_initial_callbacks
                    for spec in merged:
                        spec.check_allow_duplicate(default)
                    self._merged = merged
                    self._merged_state = state
        return self._merged

    @property
    def callback_map(self) -> dict[str, t.Any]:
        """``{output key: spec}`` of every callback this app serves."""
        return dict(self._callbacks().specs)

    def _error_handler(self) -> t.Callable[[Exception], t.Any] | None:
        """The handler for exceptions callbacks raise: Dash(on_error=...), then the error hooks.

        The first non-None result (the app's handler first) becomes the callback's outputs.
        """
        error_hooks = hooks.get_hooks("error")
        if self.on_error is None and not error_hooks:
            return None
        on_error = self.on_error

        def handle(error: Exception) -> t.Any:
            result = on_error(error) if on_error is not None else None
            for hook in error_hooks:
                hook_result = hook(error)
                if result is None:
                    result = hook_result
            return result

        return handle

    def _setup_error(self, error: exceptions.DashException) -> flask.Response:
        """A JSON 500 for a mistake in the app's setup (layout, ids, duplicate callbacks)."""
        self.logger.error("The app cannot serve this request: %s", error)
        return error_response(500, type(error).__name__, str(error))

    def _callback_error(self, failed: CallbackFailed) -> flask.Response:
        error = failed.error
        key = failed.spec.key
        invalid = isinstance(error, exceptions.InvalidCallbackReturnValue)
        self.logger.error("The callback for %r failed.", key, exc_info=error)
        if invalid:
            kind = "InvalidCallbackReturnValue"
            message = f"The callback for {key!r} returned a value that does not fit its outputs."
        else:
            kind = "CallbackError"
            message = f"The callback for {key!r} raised an exception."
        if not self._debug:
            return error_response(500, kind, message + " See the server log for details.")
        detail = str(error) if invalid else None
        return error_response(
            500,
            kind,
            detail or message,
            exception=exception_summary(error),
            traceback=user_traceback(error, self._prune_errors),
        )

    def _layout_error(self, error: Exception) -> flask.Response:
        """A JSON 500 for a layout function that raised (or returned a value that is not JSON)."""
        self.logger.error("The app's layout could not be served.", exc_info=error)
        kind = "LayoutError"
        message = "The app's layout function raised an exception or returned a value that cannot be sent."
        if not self._debug:
            return error_response(500, kind, message + " See the server log for details.")
        return error_response(
            500,
            kind,
            message,
            exception=exception_summary(error),
            traceback=user_traceback(error, self._prune_errors),
        )

    # -- JSON documents ----------------------------------------------------------------------------

    def _layout_json(self) -> str:
        layout = self._layout_value()
        self._validate(layout)
        return dumps(layout)

    def _dependencies_json(self) -> str:
        registry = self._callbacks()
        default = self.config.prevent_initial_callbacks
        state = (self._merged_state, default)
        cached = self._dependencies_cache
        if cached is not None and cached[0] == state:
            return cached[1]
        text = dumps([spec.to_dict(default) for spec in registry])
        self._dependencies_cache = (state, text)
        return text

    def _config(self) -> dict[str, t.Any]:
        config = self.config
        plotly = _resources.plotly_version()
        prefix = config.requests_pathname_prefix
        result = {
            "url_base_pathname": config.url_base_pathname,
            "requests_pathname_prefix": prefix,
            "debug": self._debug and self._dev_ui,  # the error overlay (Plotly's dev tools UI)
            "suppress_callback_exceptions": config.suppress_callback_exceptions,
            "update_title": config.update_title,
            "plotlyjs_url": None if plotly is None else f"{prefix}_dash-renderer/plotly.min.js?v={plotly}",
            "components": _resources.component_urls(prefix),
            "dash_version": __version__,
            "csrf_token_name": config.csrf_token_name,
            "csrf_header_name": config.csrf_header_name,
        }
        mode = self._suite_mode()
        suites = _suites.page_config(prefix, mode, self._renderer_component_url)
        if suites is not None:
            result["suites"], files = suites
            result["components"] = {**result.get("components", {}), **files}
        if self._hot_reload.enabled:  # Plotly's config shape, milliseconds
            result["hot_reload"] = {
                "interval": int(self._hot_reload.interval * 1000),
                "max_retry": self._hot_reload.max_retry,
            }
        if self._debug and self.validation_warnings:
            # ids callbacks use but the layout lacks: the renderer shows them in the error overlay.
            result["validation_warnings"] = list(self.validation_warnings)
        return result

    def _suite_answer(self, spec: t.Any, added: frozenset[str], text: str | None) -> str:
        """A callback's answer after it imported the component suites ``added`` (Plotly's dynamic import).

        With ``_allow_dynamic_callbacks=True`` the answer carries ``config``: the page's ``components`` and
        ``suites`` with the new ones, which the renderer takes on and loads before it applies the outputs.
        Otherwise raises CallbackFailed with ImportedInsideCallbackError, as Plotly Dash does.
        """
        names = ", ".join(repr(name) for name in sorted(added))
        if not spec.allow_dynamic_callbacks:
            error = exceptions.ImportedInsideCallbackError(
                f"The callback for {spec.key!r} imported the component suite {names} while it ran, so the page"
                " cannot draw its components. Import it at the top of your app file, or pass"
                " _allow_dynamic_callbacks=True to this callback to send the suite's files with its answer."
            )
            raise CallbackFailed(spec, error)
        config = self.config
        mode = self._suite_mode()
        prefix = config.requests_pathname_prefix
        found = _suites.page_config(prefix, mode, self._renderer_component_url, added)
        result = {"multi": True, "response": {}} if text is None else json.loads(text)
        if found is not None:
            suites, files = found
            result["config"] = {
                "components": {**_resources.component_urls(prefix), **files},
                "suites": suites,
            }
        return dumps(result)

    def _suite_mode(self) -> _suites.Mode:
        config = self.config
        return _suites.Mode(
            config.serve_locally, bool(config.eager_loading), self._dev_bundles, self._props_check
        )

    def _renderer_component_url(self, path: str) -> str:
        resource = _resources.package_file(f"renderer/components/{path}")
        return f"{self.config.requests_pathname_prefix}_dash-renderer/components/{path}?v={_etag(resource)}"

    # -- index page --------------------------------------------------------------------------------

    def _assets(self, rescan: bool = False) -> _assets.AssetFiles:
        if rescan or self._debug or self._assets_cache is None:
            self._assets_cache = _assets.scan(
                self.config.assets_folder, self.config.assets_ignore, self.config.assets_path_ignore
            )
        return self._assets_cache

    def _favicon_version(self) -> str:
        favicon = self._assets().favicon
        return __version__ if favicon is None else f"m{favicon.mtime}"

    def _clientside_resource(self) -> _resources.Resource:
        registry = self._callbacks()
        cached = self._clientside_cache
        if cached is not None and cached[0] == self._merged_state:
            return cached[1]
        resource = _routes.clientside_resource(registry.clientside_sources())
        self._clientside_cache = (self._merged_state, resource)
        return resource

    def _renderer_resource(self) -> _resources.Resource:
        """``app.renderer`` as the ``_dash-hooks.js`` file (it runs after the hooks adapter)."""
        data = (str(self.renderer).strip() + "\n").encode("utf-8")
        return _resources.from_bytes(data)

    def _index_html(self) -> str:
        layout = self._layout
        if layout is not None and not callable(layout):
            self._validate(_wrap(layout))
        elif layout is not None and self._debug:  # a layout function: check one result for the overlay
            self._validate(self._layout_value())
        config = self.config
        prefix = config.requests_pathname_prefix
        assets = self._assets() if config.include_assets_files else _assets.AssetFiles([], [], None)

        appended_css = self.css._urls(prefix, _suites.fingerprint)
        appended_js = self.scripts._urls(prefix, _suites.fingerprint)
        css = [_index.stylesheet_tag(item) for item in [*config.external_stylesheets, *appended_css]]
        css += [_index.stylesheet_tag(resource_attrs(item, "href")) for item in hooks.stylesheets]
        css += [_index.stylesheet_tag(self._asset_url(asset)) for asset in assets.css]
        scripts = [_index.script_tag(item) for item in [*config.external_scripts, *appended_js]]
        scripts += [_index.script_tag(resource_attrs(item, "src")) for item in hooks.scripts]
        scripts += [_index.script_tag(self._asset_script(asset)) for asset in assets.js]
        if self._callbacks().clientside_sources():
            scripts.append(
                _index.script_tag(f"{prefix}_dash-clientside.js?v={self._clientside_resource().etag}")
            )

        renderer_css = _resources.package_file("renderer/renderer.css")
        renderer_js = _resources.package_file("renderer/renderer.js")
        css.insert(0, _index.stylesheet_tag(f"{prefix}_dash-renderer/renderer.css?v={_etag(renderer_css)}"))
        renderer = _index.script_tag(f"{prefix}_dash-renderer/renderer.js?v={_etag(renderer_js)}")
        if self.renderer.strip() != DEFAULT_RENDERER:  # hooks: the adapter, then app.renderer, as files
            adapter = self._renderer_component_url(_resources.component_files()["_dash_renderer"]["Hooks"][0])
            renderer = "\n".join(
                [
                    _index.script_tag(adapter),
                    _index.script_tag(f"{prefix}_dash-hooks.js?v={self._renderer_resource().etag}"),
                    renderer,
                ]
            )
        if self._hot_reload.enabled:
            files = _resources.component_files()["_dash_renderer"]["HotReload"]
            renderer += "\n" + "\n".join(
                _index.script_tag(self._renderer_component_url(path)) for path in files
            )
        favicon = f'<link rel="icon" href="{prefix}_favicon.ico?v={self._favicon_version()}">'
        title, metas = str(config.title), list(config.meta_tags)
        if self.use_pages and self.include_pages_meta:
            page_title, page_metas = _pages.page_meta_tags(flask.request.path)
            title = title if page_title is None else page_title
            metas += page_metas
        parts = {
            "metas": _index.meta_tags(metas),
            "title": _index.escape(title),
            "favicon": favicon,
            "css": "\n".join(css),
            "app_entry": _index.APP_ENTRY,
            "config": _index.config_tag(dumps(self._config())),
            "scripts": "\n".join(scripts),
            "renderer": renderer,
        }
        page = self.interpolate_index(**parts)
        for hook in hooks.get_hooks("index"):
            page = hook(page)
        return page

    def interpolate_index(self, **parts: str) -> str:
        """Fill ``index_string``; override to build the page yourself (keyword names as the placeholders)."""
        return _index.render(self.index_string, parts)

    def _asset_url(self, asset: _assets.Asset) -> str:
        if self.config.assets_external_path and not self.config.serve_locally:
            return self.get_asset_url(asset.path)
        prefix = self.config.requests_pathname_prefix
        path = f"{prefix}{self.config.assets_url_path.strip('/')}/{asset.path.lstrip('/')}"
        return f"{path}?m={asset.mtime}"

    def _asset_script(self, asset: _assets.Asset) -> t.Any:
        """A .js asset as a classic script, a .mjs asset as an ES module."""
        if asset.path.lower().endswith(".mjs"):
            return {"type": "module", "src": self._asset_url(asset)}
        return self._asset_url(asset)

    # -- URLs --------------------------------------------------------------------------------------

    def get_asset_url(self, path: str) -> str:
        """The URL of a file in the assets folder, as the browser requests it.

        ``<requests_pathname_prefix><assets_url_path>/<path>``, or with ``assets_external_path`` set,
        ``<assets_external_path>/<assets_url_path>/<path>`` (Plotly Dash's rule).
        """
        external = self.config.assets_external_path
        prefix = external.rstrip("/") + "/" if external else self.config.requests_pathname_prefix
        return f"{prefix}{self.config.assets_url_path.strip('/')}/{path.lstrip('/')}"

    def get_relative_path(self, path: str) -> str:
        """``path`` with ``requests_pathname_prefix`` in front, for links inside the app."""
        prefix = self.config.requests_pathname_prefix
        if path == "":
            return prefix
        if not path.startswith("/"):
            raise exceptions.UnsupportedRelativePath(
                f"get_relative_path() needs a path that starts with '/', not {path!r}. Write '/{path}'."
            )
        return f"{prefix.rstrip('/')}/{path.lstrip('/')}"

    def strip_relative_path(self, path: str | None) -> str | None:
        """The inverse of get_relative_path, without leading and trailing '/'."""
        if path is None:
            return None
        prefix = self.config.requests_pathname_prefix
        if prefix != "/" and path.startswith(prefix.rstrip("/")):
            path = path[len(prefix.rstrip("/")) :]
        return path.strip("/")

    # -- running -----------------------------------------------------------------------------------

    def enable_dev_tools(self, debug: bool | None = None, **kwargs: t.Any) -> bool:
        """Turn debug payloads (tracebacks in callback errors, the error overlay) on or off.

        ``dev_tools_serve_dev_bundles`` (default: ``debug``, or ``DASH_SERVE_DEV_BUNDLES``) loads component
        suites' ``dev_package_path`` bundles and their ``dev_only`` files; ``dev_tools_props_check``
        (default: ``debug``, or ``DASH_PROPS_CHECK``) checks suite components' props against their
        ``propTypes`` and shows each failure in the error overlay.
        """
        for key in kwargs:
            if key not in _DEV_TOOLS_KWARGS:
                raise TypeError(f"enable_dev_tools() got an unexpected keyword argument {key!r}.")
        if debug is None:
            debug = os.environ.get("DASH_DEBUG", "").lower() in _TRUE
        self._debug = bool(debug)
        #: Component suites' ``dev_package_path`` files (and ``dev_only`` ones) are loaded instead.
        self._dev_bundles = _dev_flag(
            kwargs, "dev_tools_serve_dev_bundles", "DASH_SERVE_DEV_BUNDLES", self._debug
        )
        #: Suite components' props are checked against their propTypes (errors in the overlay).
        self._props_check = _dev_flag(kwargs, "dev_tools_props_check", "DASH_PROPS_CHECK", self._debug)
        self._hot_reload = _hot_reload.settings(self._debug, kwargs, _env_flag)
        self._dev_ui = _dev_flag(kwargs, "dev_tools_ui", "DASH_UI", self._debug)
        self._prune_errors = _dev_flag(kwargs, "dev_tools_prune_errors", "DASH_PRUNE_ERRORS", True)
        self._silence_routes_logging = _dev_flag(
            kwargs, "dev_tools_silence_routes_logging", "DASH_SILENCE_ROUTES_LOGGING", self._debug
        )
        return self._debug

    def run(
        self,
        host: str | None = None,
        port: int | str | None = None,
        proxy: str | None = None,
        debug: bool | None = None,
        **flask_run_options: t.Any,
    ) -> None:
        """Serve the app with Flask's development server; ``debug=True`` adds the reloader and tracebacks."""
        dev_tools = {
            key: flask_run_options.pop(key) for key in list(flask_run_options) if key in _DEV_TOOLS_KWARGS
        }
        jupyter = {
            key: flask_run_options.pop(key) for key in list(flask_run_options) if key.startswith("jupyter_")
        }
        unknown = set(jupyter) - {"jupyter_mode", "jupyter_width", "jupyter_height", "jupyter_server_url"}
        if unknown:
            raise TypeError(f"run() got unexpected keyword arguments: {', '.join(sorted(unknown))}.")
        debug = self.enable_dev_tools(debug, **dev_tools)
        if self.server is None:
            raise RuntimeError("The app has no Flask server: call app.init_app(flask_app) before app.run().")
        host = host or os.environ.get("HOST", "127.0.0.1")
        port = int(port or os.environ.get("PORT", "8050"))
        layout = self._layout
        if not callable(layout) or isinstance(layout, Component):
            # A layout function is only called inside a request, where it may read flask.request; it is
            # checked when the browser first asks for the layout.
            self._validate(self._layout_value())
        if debug and not os.environ.get("WERKZEUG_RUN_MAIN"):  # once, in the reloader's parent process
            from .doctor import stack_note

            note = stack_note()
            if note:
                print(note, file=sys.stderr, flush=True)
            if not _is_loopback(host):
                print(_debug_exposed_warning(host, port), file=sys.stderr, flush=True)
        if _jupyter.jupyter_dash.active:  # a notebook kernel: serve from a thread and show, never block
            _jupyter.jupyter_dash.run_app(
                self,
                mode=jupyter.get("jupyter_mode"),
                width=jupyter.get("jupyter_width", "100%"),
                height=jupyter.get("jupyter_height", 650),
                host=host,
                port=port,
                server_url=jupyter.get("jupyter_server_url"),
            )
            return
        if proxy is not None:
            public = _check_proxy(proxy, host, port)
            if not os.environ.get("WERKZEUG_RUN_MAIN"):
                print(
                    f"Dash is running on {public}{self.config.requests_pathname_prefix}",
                    file=sys.stderr,
                    flush=True,
                )
        flask_run_options.setdefault("use_reloader", debug)
        if self._hot_reload.enabled and self._extra_hot_reload_paths:
            flask_run_options.setdefault(
                "extra_files", _hot_reload.reloader_files(self._extra_hot_reload_paths)
            )
        if self._silence_routes_logging:  # Plotly's rule: only errors from Werkzeug's request log
            logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.server.run(host=host, port=port, debug=debug, **flask_run_options)

    def run_server(self, *args: t.Any, **kwargs: t.Any) -> None:
        """Deprecated alias of ``run`` (removed in Plotly Dash 3)."""
        warnings.warn(
            "app.run_server() is deprecated and will be removed; use app.run() instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        self.run(*args, **kwargs)


def _is_loopback(host: str) -> bool:
    """Whether only this machine can reach a server bound to ``host`` ('localhost', 127.x, ::1)."""
    name = host.strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:  # a host name other than localhost may resolve to any interface
        return False


def _debug_exposed_warning(host: str, port: int) -> str:
    return (
        f"WARNING: debug mode is on and the server listens on {host}:{port}, which other machines can"
        " reach. Anyone who can connect gets tracebacks with your source code and the Werkzeug debugger,"
        " whose console runs Python on this machine once its PIN is guessed or read from this terminal. Use"
        " debug=True only with host='127.0.0.1', or turn debug off to serve on this address."
    )


def _wrap(layout: t.Any) -> t.Any:
    if isinstance(layout, (list, tuple)):
        from . import html

        return html.Div(list(layout))
    return layout


def _etag(resource: _resources.Resource | None) -> str:
    return "missing" if resource is None else resource.etag


def _renderer_script(renderer_hooks: t.Any) -> str:
    """``Dash(hooks=...)`` as Plotly's ``app.renderer`` text: ``var renderer = new DashRenderer({...});``."""
    if not renderer_hooks:
        return DEFAULT_RENDERER
    if not isinstance(renderer_hooks, dict):
        raise TypeError(
            "Dash(hooks=...) must be a dict of renderer hook name -> JavaScript function source, like"
            f" {{'request_pre': 'function (payload) {{ ... }}'}}, not {type(renderer_hooks).__name__}."
        )
    for name, source in renderer_hooks.items():
        if name not in RENDERER_HOOKS:
            raise TypeError(
                f"Dash(hooks=...) has no renderer hook {name!r}. The hooks are {', '.join(RENDERER_HOOKS)}."
                " (Server-side hooks are dash.hooks decorators.)"
            )
        if not isinstance(source, str) or not source.strip():
            raise TypeError(
                f"Dash(hooks={{{name!r}: ...}}) must be the JavaScript source of a function as a string, like"
                " 'function (payload) { console.log(payload) }'."
            )
    body = ", ".join(f"{name}: {source.strip()}" for name, source in renderer_hooks.items())
    return f"var renderer = new DashRenderer({{{body}}});"


def _check_proxy(proxy: t.Any, host: str, port: int) -> str:
    """``run(proxy="http://0.0.0.0:8050::https://example.com")``: the served URL must be this server's host
    and port; returns the public URL (Plotly Dash's rule). Raises ProxyError otherwise."""
    from urllib.parse import urlsplit

    if not isinstance(proxy, str) or proxy.count("::") != 1:
        raise exceptions.ProxyError(
            f"run(proxy=...) must be 'served_url::public_url', like 'http://0.0.0.0:8050::https://example.com';"
            f" got {proxy!r}."
        )
    served, public = proxy.split("::")
    parts = urlsplit(served)
    try:
        served_port = parts.port
    except ValueError:
        served_port = None
    if parts.scheme not in ("http", "https") or parts.hostname != host or served_port != port:
        raise exceptions.ProxyError(
            f"run(proxy=...)'s served URL {served!r} must be http(s)://{host}:{port}, the host and port this"
            f" server listens on. Change the proxy string or pass host= and port= to match it."
        )
    return public.rstrip("/")


def _check_compress() -> None:
    import importlib.util

    if importlib.util.find_spec("flask_compress") is None:
        raise ImportError(
            "Dash(compress=True) compresses answers with Flask-Compress, which is not installed. Install dash"
            ' with its compress extra (pip install ".[compress]" in a checkout, or pip install flask-compress).'
        )


def _env_flag(name: str) -> bool | None:
    """A DASH_* dev-tools variable: True/False when set, None when not."""
    value = os.environ.get(name)
    return None if value is None else value.lower() in _TRUE


def _dev_flag(options: dict[str, t.Any], key: str, env: str, default: bool) -> bool:
    """Plotly's rule for a dev tool: the argument, else its DASH_* variable, else the default."""
    value = options.get(key)
    if value is None:
        value = _env_flag(env)
    return default if value is None else bool(value)


def _check_name(argument: str, value: t.Any) -> str:
    if not isinstance(value, str) or not value.strip() or any(c in value for c in ";=, \t\r\n"):
        raise exceptions.InvalidConfig(
            f"Dash({argument}=...) must be a non-empty cookie or header name without spaces, ';', ',' or '=',"
            f" like the default; got {value!r}."
        )
    return value


def _check_health_endpoint(path: t.Any) -> str | None:
    if path is None:
        return None
    if not isinstance(path, str) or not path.strip("/") or path.startswith("/") or "<" in path:
        raise exceptions.InvalidConfig(
            f"Dash(health_endpoint=...) must be a path inside the app without a leading '/', like 'health',"
            f" or None; got {path!r}."
        )
    return path


def _check_plugins(plugins: t.Any) -> list[t.Any]:
    if plugins is None:
        return []
    if isinstance(plugins, (str, bytes, dict)) or not hasattr(plugins, "__iter__"):
        raise TypeError(
            f"Dash(plugins=...) must be a list of objects with a plug(app) method, not {type(plugins).__name__}."
        )
    plugins = list(plugins)
    for plugin in plugins:
        if not callable(getattr(plugin, "plug", None)):
            raise TypeError(
                f"The Dash plugin {plugin!r} has no plug(app) method. Plugins are objects whose plug(app) is"
                " called with the app once its server is attached."
            )
    return plugins


def _pages_wanted(use_pages: bool | None, pages_folder: str) -> bool:
    """Plotly Dash's rule: pages are on when asked for, or when a non-default pages_folder is given."""
    if use_pages is None:
        return pages_folder != "pages"
    return bool(use_pages)
