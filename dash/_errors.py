"""JSON error answers: ``{"error": {"status", "type", "message", ...}}``."""

from __future__ import annotations

import os
import traceback
import typing as t

from flask import Response

from ._json import dumps

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def error_response(status: int, kind: str, message: str, **extra: t.Any) -> Response:
    error = {"status": status, "type": kind, "message": message}
    error.update(extra)
    return Response(dumps({"error": error}), status=status, content_type="application/json")


def user_traceback(error: BaseException, prune: bool = True) -> str:
    """The traceback of ``error``; ``prune`` (``dev_tools_prune_errors``) drops the leading frames inside
    dash itself, so it starts at the user's code."""
    tb = error.__traceback__
    while (
        prune
        and tb is not None
        and os.path.abspath(tb.tb_frame.f_code.co_filename).startswith(_PACKAGE_DIR + os.sep)
    ):
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(error), error, tb))


def exception_summary(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
