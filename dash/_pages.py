"""Multi-page apps: ``Dash(use_pages=True)``, ``register_page``, ``page_registry``, ``page_container``.

Every ``.py`` file in the pages folder is imported when the app is created; each calls
``dash.register_page(__name__, ...)``. One server callback (``_pages_location`` -> ``_pages_content``)
renders the page for the URL, so links navigate without a page reload; a clientside callback sets the
document title. The index page carries each page's title and meta tags for crawlers and link previews.
"""

from __future__ import annotations

import collections
import importlib.util
import os
import re
import sys
import typing as t
from urllib.parse import parse_qs

from . import _async
from . import exceptions

#: Every registered page, keyed by module name, in ``order`` (see ``register_page``).
page_registry: collections.OrderedDict[str, dict[str, t.Any]] = collections.OrderedDict()

#: Module name of the page shown for unknown paths, when a pages folder holds it.
NOT_FOUND_MODULE = "not_found_404"

# ids of the page container (Plotly Dash's).
LOCATION_ID = "_pages_location"
CONTENT_ID = "_pages_content"
STORE_ID = "_pages_store"
DUMMY_ID = "_pages_dummy"

_IMAGE_TYPES = (".gif", ".jpg", ".jpeg", ".png", ".svg")
_RESERVED_ROUTING_KEYS = ("pathname_", "search_")
_VARIABLE = re.compile(r"^<([A-Za-z_][A-Za-z0-9_]*)>$")

TITLE_SCRIPT = """function (data) {
    if (data && typeof data.title === 'string') { document.title = data.title }
    return window.dash_clientside.no_update
}"""


PageError = exceptions.PageError


class _Config:
    """What register_page needs from the app that uses pages (set by ``Dash(use_pages=True)``)."""

    app: t.Any = None
    pages_folder: str | None = None
    #: ``Dash(description=...)``: the meta description of pages that do not give their own.
    description: str | None = None
    #: ``Dash(routing_callback_inputs=...)``: {keyword: Input/State} passed on to page layout functions.
    routing_inputs: dict[str, t.Any] = {}  # noqa: RUF012 (replaced per app, never mutated)


CONFIG = _Config()


def _page_container() -> t.Any:
    from . import dcc
    from . import html

    return html.Div(
        [
            dcc.Location(id=LOCATION_ID, refresh="callback-nav"),
            html.Div(id=CONTENT_ID, disable_n_clicks=True),
            dcc.Store(id=STORE_ID),
            html.Div(id=DUMMY_ID, disable_n_clicks=True),
        ]
    )


def __getattr__(name: str) -> t.Any:
    if name == "page_container":  # built on use: html/dcc import this module's siblings
        return _page_container()
    raise AttributeError(name)


# -- registering -------------------------------------------------------------------------------------


def _infer_path(module: str, path_template: str | None) -> str:
    if path_template:
        return re.sub(r"<[^>]+>", "none", path_template)
    name = module.split(".", 1)[1] if module.startswith("pages.") else module
    return "/" + name.replace("_", "-").replace(".", "/").lower()


def _infer_image(module: str) -> str | None:
    app = CONFIG.app
    if app is None:
        return None
    folder = app.config.assets_folder
    try:
        files = sorted(os.listdir(folder))
    except OSError:
        return None
    last = module.split(".")[-1]
    for stem in (last, "app", "logo"):
        for name in files:
            base, ext = os.path.splitext(name)
            if base == stem and ext.lower() in _IMAGE_TYPES:
                return name
    return None


def _check_template(path_template: str) -> list[str]:
    variables = []
    for segment in path_template.strip("/").split("/"):
        if segment.startswith("<") or segment.endswith(">"):
            match = _VARIABLE.match(segment)
            if match is None:
                raise PageError(
                    f"The path_template {path_template!r} has the segment {segment!r}. A variable must be a"
                    " whole segment written like <asset_id>."
                )
            variables.append(match.group(1))
    return variables


def register_page(
    module: str,
    path: str | None = None,
    path_template: str | None = None,
    name: str | None = None,
    order: int | float | None = None,
    title: str | t.Callable[..., str] | None = None,
    description: str | t.Callable[..., str] | None = None,
    image: str | None = None,
    image_url: str | None = None,
    redirect_from: list[str] | None = None,
    layout: t.Any = None,
    **kwargs: t.Any,
) -> None:
    """Add a page to ``dash.page_registry`` (call it from a page module as ``register_page(__name__)``).

    :param path: the URL path, like ``/`` or ``/weekly-analytics``; inferred from ``path_template``
        (variables become ``none``) or from the module name (``pages.weekly_analytics`` ->
        ``/weekly-analytics``).
    :param path_template: a path with variables as whole segments, like ``/asset/<asset_id>``; the layout
        function receives them as keyword arguments, as strings.
    :param name: the page's name for menus (default: from the file name, ``Weekly analytics``).
    :param order: sort key in the registry; ``/`` gets 0 when not given, pages without one come last by
        module name.
    :param title: the document title (a string, or a function of the path variables); default ``name``.
    :param description, image, image_url: the meta tags of link previews (image: a file in assets).
    :param redirect_from: paths that answer a 308 redirect to this page.
    :param layout: a component or a function (path variables and query-string arguments as keywords);
        default: the module's ``layout`` attribute.
    :raises PageError: before ``Dash(use_pages=True)``, or with a malformed ``path_template``.
    """
    if CONFIG.app is None:
        raise PageError(
            "dash.register_page() was called before the app was created with Dash(use_pages=True). Create"
            " the app first; page modules in the pages folder are imported by Dash() itself."
        )
    if not isinstance(module, str) or not module:
        raise PageError(
            "register_page() needs the module name as its first argument: register_page(__name__)."
        )
    if path is not None and not path.startswith("/"):
        raise PageError(f"The path of page {module!r} must start with '/', not {path!r}.")
    if path_template is not None:
        if not path_template.startswith("/"):
            raise PageError(
                f"The path_template of page {module!r} must start with '/', not {path_template!r}."
            )
        _check_template(path_template)
    inferred_path = path or _infer_path(module, path_template)
    inferred_name = name or module.split(".")[-1].replace("_", " ").capitalize()
    for other in page_registry.values():
        if other["module"] != module and other["path"] == inferred_path:
            raise PageError(
                f"The pages {other['module']!r} and {module!r} both have the path {inferred_path!r}. Give one of"
                " them another path= in register_page()."
            )
    page = {
        "module": module,
        "supplied_path": path,
        "path_template": path_template,
        "path": inferred_path,
        "supplied_name": name,
        "name": inferred_name,
        "supplied_title": title,
        "title": title if title is not None else inferred_name,
        "supplied_description": description,
        "description": description if description is not None else (CONFIG.description or ""),
        "supplied_order": order,
        "order": 0 if order is None and inferred_path == "/" else order,
        "supplied_image": image,
        "image": image if image is not None else _infer_image(module),
        "image_url": image_url,
        "redirect_from": list(redirect_from or ()),
        "supplied_layout": layout,
        "layout": layout,
        "relative_path": CONFIG.app.get_relative_path(inferred_path),
        **kwargs,
    }
    if page["image"] and not page["image_url"]:
        page["image_url"] = CONFIG.app.get_asset_url(page["image"])
    page_registry[module] = page
    _sort()


def _sort() -> None:
    pages = sorted(
        page_registry.values(),
        key=lambda page: (
            page["order"] is None,
            page["order"] if page["order"] is not None else 0,
            page["module"],
        ),
    )
    page_registry.clear()
    for page in pages:
        page_registry[page["module"]] = page


# -- importing the pages folder ------------------------------------------------------------------------


def _module_name(folder: str, path: str) -> str:
    relative = os.path.splitext(os.path.relpath(path, folder))[0]
    parts = [part for part in relative.split(os.sep) if part]
    return ".".join(["pages", *parts])


def import_pages(folder: str) -> None:
    """Import every page module below ``folder`` (files and folders starting with '_' or '.' are skipped)."""
    if not os.path.isdir(folder):
        raise PageError(
            f"The pages folder {folder!r} does not exist. Create it with one module per page, or pass"
            " pages_folder='' to Dash() to register pages only with dash.register_page()."
        )
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for filename in sorted(files):
            if not filename.endswith(".py") or filename.startswith((".", "_")):
                continue
            path = os.path.join(root, filename)
            name = _module_name(folder, path)
            if name in sys.modules and getattr(sys.modules[name], "__file__", None) == path:
                module = sys.modules[name]
            else:
                spec = importlib.util.spec_from_file_location(name, path)
                module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
                sys.modules[name] = module
                spec.loader.exec_module(module)  # type: ignore[union-attr]
            page = page_registry.get(name)
            if page is not None and page["layout"] is None:
                if not hasattr(module, "layout"):
                    raise PageError(
                        f"The page module {path!r} registers a page but has no 'layout'. Define layout = ... (a"
                        " component or a function) in it, or pass layout= to register_page()."
                    )
                page["layout"] = module.layout


# -- routing --------------------------------------------------------------------------------------------


def _match_template(template: str, path: str) -> dict[str, str] | None:
    wanted = template.strip("/").split("/")
    given = path.strip("/").split("/")
    if len(wanted) != len(given):
        return None
    variables = {}
    for pattern, segment in zip(wanted, given):
        match = _VARIABLE.match(pattern)
        if match is not None:
            if not segment:
                return None
            variables[match.group(1)] = segment
        elif pattern != segment:
            return None
    return variables


def find_page(pathname: str | None) -> tuple[dict[str, t.Any] | None, dict[str, str]]:
    """The page for a browser path (with the app's prefix) and its path variables; (None, {}) if none."""
    app = CONFIG.app
    stripped = (app.strip_relative_path(pathname) if app is not None else (pathname or "").strip("/")) or ""
    for page in page_registry.values():
        if page["module"] == NOT_FOUND_MODULE or page["module"].endswith("." + NOT_FOUND_MODULE):
            continue
        if page["path_template"]:
            variables = _match_template(page["path_template"], stripped)
            if variables is not None:
                return page, variables
        if page["path"].strip("/") == stripped:
            return page, {}
    return None, {}


def not_found_page() -> dict[str, t.Any] | None:
    for page in page_registry.values():
        if page["module"] == NOT_FOUND_MODULE or page["module"].endswith("." + NOT_FOUND_MODULE):
            return page
    return None


def _query_args(search: str | None) -> dict[str, str]:
    args = parse_qs((search or "").lstrip("?"), keep_blank_values=True)
    return {key: values[-1] for key, values in args.items()}


def _call(value: t.Any, **kwargs: t.Any) -> t.Any:
    """``value(**kwargs)`` for a function (awaited when it is ``async def``), else ``value``."""
    if not callable(value):
        return value
    use_async = getattr(CONFIG.app, "_use_async", True)
    return _async.resolve(
        value(**kwargs), f"the page function {getattr(value, '__name__', value)!r}", use_async
    )


def render(
    pathname: str | None, search: str | None, routing_values: dict[str, t.Any] | None = None
) -> tuple[t.Any, dict[str, t.Any]]:
    """(layout, {"title", "description"}) for a URL: the matching page, or the 404 page.

    A layout function receives the query-string arguments, then the path variables, then
    ``routing_values`` (the values of ``Dash(routing_callback_inputs=...)``) as keyword arguments.
    """
    from . import html

    page, variables = find_page(pathname)
    if page is None:
        page = not_found_page()
        if page is None:
            return html.H1("404 - Page not found"), {"title": CONFIG.app.title if CONFIG.app else "Dash"}
        variables = {}
    arguments = {**_query_args(search), **variables, **(routing_values or {})}
    layout = _call(page["layout"], **arguments)
    meta = {
        "title": _call(page["title"], **variables),
        "description": _call(page["description"], **variables),
    }
    return layout, meta


def page_meta_tags(pathname: str) -> tuple[str | None, list[dict[str, str]]]:
    """(title, meta tags) for the index page of ``pathname``; (None, []) when no page matches."""
    page, variables = find_page(pathname)
    if page is None:
        return None, []
    title = str(_call(page["title"], **variables))
    description = str(_call(page["description"], **variables) or "")
    tags = [
        {"name": "description", "content": description},
        {"property": "og:type", "content": "website"},
        {"property": "og:title", "content": title},
        {"property": "og:description", "content": description},
        {"name": "twitter:card", "content": "summary_large_image"},
        {"name": "twitter:title", "content": title},
        {"name": "twitter:description", "content": description},
    ]
    if page["image_url"]:
        tags += [
            {"property": "og:image", "content": page["image_url"]},
            {"name": "twitter:image", "content": page["image_url"]},
        ]
    return title, tags


def validation_layouts() -> list[t.Any]:
    """Every page's layout that can be built without arguments (for callback validation)."""
    layouts = []
    for page in page_registry.values():
        layout = page["layout"]
        if callable(layout):
            try:
                layout = _call(layout)
            except TypeError:  # needs path variables: its ids are checked when it is shown
                continue
        if layout is not None:
            layouts.append(layout)
    return layouts


# -- wiring into an app ------------------------------------------------------------------------------


def check_routing_inputs(routing_callback_inputs: t.Any) -> dict[str, t.Any]:
    """``Dash(routing_callback_inputs=...)`` checked: a dict of identifier -> Input/State; raises PageError."""
    from ._dependencies import Input
    from ._dependencies import State

    if routing_callback_inputs is None:
        return {}
    if not isinstance(routing_callback_inputs, dict):
        raise PageError(
            "Dash(routing_callback_inputs=...) must be a dict of keyword -> Input or State, like"
            f" {{'language': Input('language', 'value')}}, not {type(routing_callback_inputs).__name__}."
        )
    for key, dependency in routing_callback_inputs.items():
        if key in _RESERVED_ROUTING_KEYS:
            raise PageError(
                f"routing_callback_inputs cannot use the keyword {key!r}: 'pathname_' and 'search_' are"
                " the routing callback's own arguments. Choose another name."
            )
        if not isinstance(key, str) or not key.isidentifier():
            raise PageError(
                f"routing_callback_inputs keys are the layout functions' keyword names; {key!r} is not a"
                " valid Python identifier."
            )
        if type(dependency) not in (Input, State):
            raise PageError(
                f"routing_callback_inputs[{key!r}] must be an Input or a State, like Input('language',"
                f" 'value'), not {dependency!r}."
            )
    return dict(routing_callback_inputs)


def setup(
    app: t.Any,
    pages_folder: str | None,
    routing_callback_inputs: dict[str, t.Any] | None = None,
    description: str | None = None,
) -> None:
    """Enable pages on ``app``: import the folder, add the redirects and the routing callbacks.

    ``routing_callback_inputs`` ({keyword: Input/State}) join the routing callback; their values reach
    page layout functions as keyword arguments (an Input re-renders the page when it changes).
    ``description`` is the default meta description of pages. Raises PageError for a malformed dict.
    """
    from ._dependencies import Input
    from ._dependencies import Output

    if CONFIG.app is not None and CONFIG.app is not app:
        raise PageError(
            "Another Dash app in this process already uses pages. dash.page_registry is shared by the process:"
            " create one Dash(use_pages=True) app per process."
        )
    routing_inputs = check_routing_inputs(routing_callback_inputs)
    CONFIG.app = app
    CONFIG.pages_folder = pages_folder
    CONFIG.description = description
    CONFIG.routing_inputs = routing_inputs
    if pages_folder:
        import_pages(pages_folder)

    @app.callback(
        Output(CONTENT_ID, "children"),
        Output(STORE_ID, "data"),
        inputs={
            "pathname_": Input(LOCATION_ID, "pathname"),
            "search_": Input(LOCATION_ID, "search"),
            **routing_inputs,
        },
    )
    def route(
        pathname_: str | None, search_: str | None, **routing_values: t.Any
    ) -> tuple[t.Any, dict[str, t.Any]]:
        return render(pathname_, search_, routing_values)

    app.clientside_callback(TITLE_SCRIPT, Output(DUMMY_ID, "title"), Input(STORE_ID, "data"))


def redirect_target(request_path: str, routes_prefix: str) -> str | None:
    """The page a ``redirect_from`` path sends the browser to, or None."""
    path = "/" + request_path[len(routes_prefix.rstrip("/")) :].strip("/")
    for page in page_registry.values():
        for source in page["redirect_from"]:
            if "/" + source.strip("/") == path:
                return page["relative_path"]  # type: ignore[no-any-return]
    return None


def reset() -> None:
    """Forget every page and the app using them (for tests)."""
    page_registry.clear()
    CONFIG.app = None
    CONFIG.pages_folder = None
    CONFIG.description = None
    CONFIG.routing_inputs = {}
