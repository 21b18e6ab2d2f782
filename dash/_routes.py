"""The Flask side: one Blueprint per Dash app, with the routes of docs/protocol.md.

Views only translate HTTP to calls on the Dash object and back.
"""

from __future__ import annotations

import typing as t

from flask import Blueprint
from flask import Response
from flask import redirect
from flask import request
from flask import send_file
from flask import send_from_directory
from werkzeug.exceptions import HTTPException

from . import _assets
from . import _get_app
from . import _pages
from . import _requirements
from . import _resources
from . import _suites
from . import exceptions
from ._errors import error_response
from ._errors import exception_summary
from ._hooks import hooks
from ._json import dumps
from .callbacks.dispatch import CallbackFailed
from .callbacks.dispatch import RequestError
from .callbacks.dispatch import dispatch

if t.TYPE_CHECKING:
    from .app import Dash

_JSON = "application/json"
#: What ``/_dash-update-component`` serves (the 405's ``Allow``; Flask answers OPTIONS itself).
_UPDATE_METHODS = ("OPTIONS", "POST")


def _json_response(text: str) -> Response:
    return Response(text, content_type=_JSON)


def _is_json(content_type: str) -> bool:
    mimetype = content_type.partition(";")[0].strip().lower()
    return mimetype == _JSON or (mimetype.startswith("application/") and mimetype.endswith("+json"))


def create_blueprint(app: Dash, name: str) -> Blueprint:
    config = app.config
    prefix = config.routes_pathname_prefix.rstrip("/")
    blueprint = Blueprint(name, __name__, url_prefix=prefix or None)

    def index(path: str = "") -> t.Any:
        if app.use_pages:
            target = _pages.redirect_target(request.path, config.routes_pathname_prefix)
            if target is not None:
                return redirect(target, code=308)
        try:
            return Response(app._index_html(), content_type="text/html; charset=utf-8")
        except exceptions.DashException as error:
            return app._setup_error(error)

    def layout() -> t.Any:
        try:
            return _json_response(app._layout_json())
        except exceptions.DashException as error:
            return app._setup_error(error)
        except Exception as error:  # the app's layout function raised, or returned what JSON cannot hold
            return app._layout_error(error)

    def dependencies() -> t.Any:
        try:
            return _json_response(app._dependencies_json())
        except exceptions.DashException as error:
            return app._setup_error(error)

    def update_component() -> t.Any:
        content_type = request.environ.get("CONTENT_TYPE", "")  # cheaper than request.headers on the hot path
        if not _is_json(content_type):
            return error_response(
                415,
                "UnsupportedMediaType",
                f"The request's Content-Type is {content_type or 'missing'!r}, but callbacks accept only"
                " 'application/json'. Send the body as JSON with 'Content-Type: application/json'.",
            )
        try:
            data = _read_body(app.config.max_request_bytes)
        except HTTPException as error:  # a broken stream, or the Flask app's own MAX_CONTENT_LENGTH
            return _http_error(error)
        except Exception as error:  # the server's input stream failed, which is not a bug of ours: the
            # client reset mid-body, or sent a malformed chunked body (gunicorn: NoMoreData, InvalidChunkSize)
            app.logger.info("A callback request body could not be read: %s", exception_summary(error))
            return error_response(
                400,
                "BadRequest",
                f"The request body could not be read to its end ({type(error).__name__}): the connection broke"
                " or the body was malformed. Send the request again.",
            )
        if isinstance(data, Response):
            return data
        try:
            specs = app._callbacks().specs
        except exceptions.DashException as error:
            return app._setup_error(error)
        suites_before = _suites.registered()
        try:
            text, context = dispatch(
                specs, data, request.args, app._background_manager, app._error_handler(), app._use_async
            )
            added = _suites.added_since(suites_before)
            if added and context is not None:  # the callback imported a component suite
                text = app._suite_answer(context._spec, added, text)
        except RequestError as error:
            return error_response(error.status, error.kind, error.message)
        except CallbackFailed as failed:
            return app._callback_error(failed)
        except Exception:  # a bug in dash itself: still a JSON answer, and no traceback in it
            app.logger.exception("dash failed to handle a callback request.")
            return error_response(
                500,
                "InternalServerError",
                "The server failed to handle this callback request. See the server log for details.",
            )
        response = Response(status=204) if text is None else Response(text, content_type=_JSON)
        if context is not None and context._response is not None:
            for key, value in context._response.headers.items():
                if key.lower() not in ("content-type", "content-length"):
                    response.headers.add(key, value)
        return response

    def update_method_not_allowed() -> t.Any:
        if request.method == "OPTIONS":
            response = Response(status=200)
            response.headers["Allow"] = ", ".join(_UPDATE_METHODS)
            return response
        response = error_response(
            405,
            "MethodNotAllowed",
            f"The method {request.method} is not allowed here. Run a callback with POST and a JSON body.",
        )
        response.headers["Allow"] = ", ".join(_UPDATE_METHODS)
        return response

    def renderer_file(filename: str) -> t.Any:
        if filename == "plotly.min.js":
            resource = _resources.plotly_js()
            if resource is None:
                return error_response(
                    404,
                    "NotFound",
                    _requirements.missing_dependency_message("plotly", "dcc.Graph (plotly.js)"),
                )
            return _resources.send(resource, "text/javascript; charset=utf-8", _resources.plotly_version())
        content_type = _resources.renderer_content_type(filename)
        resource = _resources.package_file(f"renderer/{filename}") if content_type else None
        if content_type is None or resource is None:
            return error_response(404, "NotFound", f"There is no renderer file {filename!r}.")
        return _resources.send(resource, content_type)

    def clientside_js() -> t.Any:
        resource = app._clientside_resource()
        return _resources.send(resource, "text/javascript; charset=utf-8")

    def hooks_js() -> t.Any:
        return _resources.send(app._renderer_resource(), "text/javascript; charset=utf-8")

    def reload_hash() -> t.Any:
        settings = app._hot_reload
        if not settings.enabled:
            return error_response(
                404,
                "NotFound",
                "Hot reload is off. It is on with app.run(debug=True) unless dev_tools_hot_reload=False.",
            )
        return _json_response(dumps(app._hot_reload_watcher.state(app, settings.watch_interval)))

    def health() -> t.Any:
        return Response("OK", status=200, content_type="text/plain; charset=utf-8")

    def favicon() -> t.Any:
        assets = app._assets()
        if assets.favicon is not None:
            return send_from_directory(app.config.assets_folder, assets.favicon.path, mimetype="image/x-icon")
        resource = _resources.package_file("favicon.ico")
        if resource is None:  # pragma: no cover - shipped with the package
            return error_response(404, "NotFound", "The default favicon is missing from the dash package.")
        return _resources.send(resource, "image/x-icon", app._favicon_version())

    def suite_file(namespace: str, path: str) -> t.Any:
        plain, fingerprinted = _suites.strip_fingerprint(path)
        resource = _resources.suite_file(namespace, plain)
        if resource is None:
            return error_response(
                404,
                "NotFound",
                f"There is no file {plain!r} declared by a component suite {namespace!r}. Import the suite"
                " in the app (files are served only when a registered suite lists them in _js_dist or"
                " _css_dist).",
            )
        return _resources.send_suite_file(resource, _suites.content_type(plain), fingerprinted)

    def asset(filename: str) -> t.Any:
        path = _assets.resolve(app.config.assets_folder, filename)
        if path is None:
            return error_response(
                404,
                "NotFound",
                f"There is no file {filename[:200]!r} in the assets folder. Names starting with '.' and links"
                " to files outside the folder are never served.",
            )
        # .mjs files are ES modules: browsers run them only when served as JavaScript.
        mimetype = "text/javascript" if filename.lower().endswith(".mjs") else None
        return send_file(path, mimetype=mimetype)

    def setup_once() -> None:
        _get_app.bind_request(app)
        if not app._got_first_request["setup_server"]:
            app._setup_server()

    blueprint.before_request(setup_once)
    blueprint.add_url_rule("/", "index", index, methods=["GET"])
    blueprint.add_url_rule("/<path:path>", "index_path", index, methods=["GET"])
    blueprint.add_url_rule("/_dash-layout", "layout", layout, methods=["GET"])
    blueprint.add_url_rule("/_dash-dependencies", "dependencies", dependencies, methods=["GET"])
    blueprint.add_url_rule(
        "/_dash-update-component",
        "update_component",
        update_component,
        methods=["POST"],
        provide_automatic_options=False,
    )
    # Every other method gets a JSON 405 here (without this rule GET would fall through to the index page),
    # and OPTIONS the same Allow, not Flask's union of every rule that matches the path.
    blueprint.add_url_rule(
        "/_dash-update-component",
        "update_component_other_methods",
        update_method_not_allowed,
        methods=["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"],
        provide_automatic_options=False,
    )
    blueprint.add_url_rule("/_dash-renderer/<path:filename>", "renderer", renderer_file, methods=["GET"])
    blueprint.add_url_rule(
        "/_dash-component-suites/<namespace>/<path:path>", "suite_file", suite_file, methods=["GET"]
    )
    blueprint.add_url_rule("/_dash-clientside.js", "clientside", clientside_js, methods=["GET"])
    blueprint.add_url_rule("/_dash-hooks.js", "renderer_hooks", hooks_js, methods=["GET"])
    blueprint.add_url_rule("/_reload-hash", "reload_hash", reload_hash, methods=["GET"])
    blueprint.add_url_rule("/_favicon.ico", "favicon", favicon, methods=["GET"])
    if config.health_endpoint:
        blueprint.add_url_rule(f"/{config.health_endpoint}", "health", health, methods=["GET"])
    for index, hook in enumerate(hooks.get_hooks("routes")):
        path = hook.data["name"]
        blueprint.add_url_rule(
            f"/{path}", f"hook_route_{index}", hook.func, methods=list(hook.data["methods"])
        )
    for index, (path, view_func, methods) in enumerate(app.STARTUP_ROUTES):
        blueprint.add_url_rule(
            f"/_dash_startup_route/{path}", f"startup_route_{index}", view_func, methods=list(methods)
        )
    blueprint.after_request(_no_sniffing)
    assets_path = config.assets_url_path.strip("/")
    blueprint.add_url_rule(f"/{assets_path}/<path:filename>", "assets", asset, methods=["GET"])
    return blueprint


def _read_body(limit: int) -> bytes | Response:
    """The request body, or a 413 answer when it is larger than ``limit`` bytes (even when chunked).

    The Flask app's own ``MAX_CONTENT_LENGTH`` applies too when it is smaller (Werkzeug < 2.3 does not
    enforce it on a raw body read).
    """
    setting = "Dash(..., max_request_bytes=...)"
    flask_limit = request.max_content_length
    if flask_limit is not None and flask_limit < limit:
        limit, setting = flask_limit, "the Flask app's MAX_CONTENT_LENGTH"
    length = request.content_length
    if length is not None and length > limit:
        return _too_large(length, limit, setting)
    if length is None:
        data = request.stream.read(limit + 1)
        if len(data) > limit:
            return _too_large(len(data), limit, setting)
        return data
    return request.get_data(cache=False)


def _http_error(error: HTTPException) -> Response:
    code = error.code or 400
    return error_response(code, type(error).__name__, error.description or "The request is invalid.")


def _no_sniffing(response: Response) -> Response:
    """Browsers must take the Content-Type as given: a JSON answer is never rendered as HTML."""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


def _too_large(size: int, limit: int, setting: str) -> Response:
    return error_response(
        413,
        "RequestEntityTooLarge",
        f"The request body has {size} bytes, more than the limit of {limit} bytes. Send less data, or raise"
        f" the limit with {setting}.",
    )


def clientside_script(sources: dict[str, str]) -> bytes:
    """The ``_dash-clientside.js`` file registering the inline clientside callbacks."""
    lines = [
        "(function () {",
        "var clientside = window.dash_clientside = window.dash_clientside || {};",
        "var funcs = clientside._dashprivate_clientside_funcs = clientside._dashprivate_clientside_funcs || {};",
    ]
    for name, source in sources.items():
        lines.append(f'funcs["{name}"] = {source.strip()}\n;')
    lines.append("})();")
    return ("\n".join(lines) + "\n").encode("utf-8")


def clientside_resource(sources: dict[str, str]) -> _resources.Resource:
    data = clientside_script(sources)
    return _resources.from_bytes(data)
