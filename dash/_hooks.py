"""``dash.hooks``: extension points for plugins, applied to every Dash app created after they register.

Plugins register with decorators at import time (an installed package can be imported automatically
through a ``dash_hooks`` entry point). When a ``Dash`` app is created it takes the registered callbacks
and runs the setup hooks; routes join its Flask blueprint; layout, index and error hooks run each time
the layout, the index page or a failing callback is served; scripts and stylesheets join the page.

Order: higher ``priority`` first, then registration order; one ``final=True`` hook per kind runs last.
"""

from __future__ import annotations

import itertools
import typing as t

from . import exceptions

KINDS = ("setup", "layout", "routes", "error", "callback", "index")

_order = itertools.count()


class Hook(t.NamedTuple):
    func: t.Callable[..., t.Any]
    priority: int
    order: int
    data: t.Any = None

    def __call__(self, *args: t.Any, **kwargs: t.Any) -> t.Any:
        return self.func(*args, **kwargs)


class Hooks:
    """The registry behind ``dash.hooks`` (one per process)."""

    def __init__(self) -> None:
        self._hooks: dict[str, list[Hook]] = {kind: [] for kind in KINDS}
        self._finals: dict[str, Hook] = {}
        self.scripts: list[t.Any] = []
        self.stylesheets: list[t.Any] = []
        self.clientside_callbacks: list[tuple[t.Any, tuple[t.Any, ...], dict[str, t.Any]]] = []
        self._plugins_loaded = False

    # -- registration --------------------------------------------------------------------------------

    def add_hook(
        self,
        kind: str,
        func: t.Callable[..., t.Any],
        priority: int | None = None,
        final: bool = False,
        data: t.Any = None,
    ) -> None:
        if kind not in self._hooks:
            raise ValueError(f"There is no hook kind {kind!r}; the kinds are {', '.join(KINDS)}.")
        if not callable(func):
            raise TypeError(f"A {kind} hook must be a function, not {type(func).__name__}.")
        hook = Hook(func, priority or 0, next(_order), data)
        if final:
            if kind in self._finals:
                raise exceptions.HookError(
                    f"A final {kind} hook ({self._finals[kind].func.__name__}) is already registered; only one"
                    " hook of each kind can be final. Drop final=True and give it a low priority instead."
                )
            self._finals[kind] = hook
            return
        self._hooks[kind].append(hook)

    def get_hooks(self, kind: str) -> list[Hook]:
        """The hooks of one kind in the order they run."""
        hooks = sorted(self._hooks[kind], key=lambda hook: (-hook.priority, hook.order))
        final = self._finals.get(kind)
        return hooks + [final] if final is not None else hooks

    def _decorator(
        self, kind: str, priority: int | None, final: bool, data: t.Any = None
    ) -> t.Callable[..., t.Any]:
        def register(func: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
            self.add_hook(kind, func, priority, final, data)
            return func

        return register

    def layout(self, priority: int | None = None, final: bool = False) -> t.Callable[..., t.Any]:
        """``@hooks.layout()``: ``func(layout) -> layout``, run each time an app serves its layout."""
        return self._decorator("layout", priority, final)

    def setup(self, priority: int | None = None, final: bool = False) -> t.Callable[..., t.Any]:
        """``@hooks.setup()``: ``func(app)``, run once when each Dash app is created."""
        return self._decorator("setup", priority, final)

    def route(
        self,
        name: str | None = None,
        methods: t.Sequence[str] = ("GET",),
        priority: int | None = None,
        final: bool = False,
    ) -> t.Callable[..., t.Any]:
        """``@hooks.route("path")``: a Flask view served at ``<routes prefix>path`` by every app
        (default path: the function's name)."""

        def register(func: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
            path = (name or func.__name__).lstrip("/")
            self.add_hook("routes", func, priority, final, {"name": path, "methods": tuple(methods)})
            return func

        return register

    def error(self, priority: int | None = None, final: bool = False) -> t.Callable[..., t.Any]:
        """``@hooks.error()``: ``func(exception)`` for every callback that raises (after the app's and the
        callback's own ``on_error``); a non-None return value is used as the callback's outputs when the
        app's handler returned none."""
        return self._decorator("error", priority, final)

    def callback(
        self, *args: t.Any, priority: int | None = None, final: bool = False, **kwargs: t.Any
    ) -> t.Callable[..., t.Any]:
        """``@hooks.callback(Output(...), Input(...))``: a callback added to every app (arguments as
        ``app.callback``)."""
        return self._decorator("callback", priority, final, (args, kwargs))

    def clientside_callback(self, clientside_function: t.Any, *args: t.Any, **kwargs: t.Any) -> None:
        """A browser-side callback added to every app (arguments as ``app.clientside_callback``)."""
        self.clientside_callbacks.append((clientside_function, args, kwargs))

    def index(self, priority: int | None = None, final: bool = False) -> t.Callable[..., t.Any]:
        """``@hooks.index()``: ``func(html) -> html``, run on every index page an app serves."""
        return self._decorator("index", priority, final)

    def script(self, distribution: list[t.Any]) -> None:
        """Add scripts to every app's page: URLs, or dicts of ``<script>`` attributes (``external_url``
        or ``src``; ``type``, ``crossorigin``, ...)."""
        self.scripts.extend(distribution)

    def stylesheet(self, distribution: list[t.Any]) -> None:
        """Add stylesheets to every app's page: URLs, or dicts (``external_url`` or ``href``)."""
        self.stylesheets.extend(distribution)

    # -- plugins -------------------------------------------------------------------------------------

    def load_plugins(self) -> None:
        """Import every installed package's ``dash_hooks`` entry point, once per process."""
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        from importlib import metadata

        try:
            entries = metadata.entry_points(group="dash_hooks")  # type: ignore[call-arg]
        except TypeError:  # pragma: no cover - Python 3.9's entry_points() takes no arguments
            entries = metadata.entry_points().get("dash_hooks", [])  # type: ignore[attr-defined]
        for entry in entries:
            entry.load()


hooks = Hooks()


def resource_attrs(item: t.Any, url_key: str) -> t.Any:
    """A hook script/stylesheet entry as what _index.script_tag / stylesheet_tag take."""
    if isinstance(item, str):
        return item
    if not isinstance(item, dict):
        raise TypeError(f"A hooks script or stylesheet must be a URL or a dict of attributes, not {item!r}.")
    attrs = {key: value for key, value in item.items() if key not in ("external_url", "namespace")}
    if "external_url" in item:
        attrs[url_key] = item["external_url"]
    if url_key not in attrs:
        raise ValueError(
            f"The hooks resource {item!r} has no URL. Give 'external_url' (or '{url_key}'); files inside"
            " packages are served through component suites instead."
        )
    return attrs
