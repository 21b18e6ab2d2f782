"""``async def`` callbacks and layout functions (``Dash(use_async=...)``, Plotly Dash 3.1's rule).

They run to completion inside the request on ``asgiref.sync.async_to_sync``, the library Flask's own
``ensure_sync`` uses for ``async def`` views (``pip install "flask[async]"`` installs it). Context
variables cross into the coroutine and back, so ``ctx``, ``callback_context`` and ``set_props`` work
inside it as in a plain function.
"""

from __future__ import annotations

import importlib.util
import inspect
import typing as t

from . import exceptions

_INSTALL = 'pip install "flask[async]"'


def asgiref_installed() -> bool:
    return importlib.util.find_spec("asgiref") is not None


def check_async(use_async: bool | None) -> bool:
    """``Dash(use_async=...)`` resolved: None -> whether asgiref is installed; True needs asgiref.

    :raises exceptions.InvalidConfig: ``use_async=True`` without asgiref installed.
    """
    if use_async is None:
        return asgiref_installed()
    if use_async and not asgiref_installed():
        raise exceptions.InvalidConfig(
            "Dash(use_async=True) runs async def callbacks with asgiref, which is not installed. Install it"
            f" ({_INSTALL}) or leave use_async unset."
        )
    return bool(use_async)


def resolve(value: t.Any, what: str, use_async: bool = True) -> t.Any:
    """``value``, or the result of awaiting it when it is a coroutine (what an ``async def`` returns).

    ``what`` names the function for errors, like ``"the callback for 'out.children'"``.

    :raises exceptions.InvalidConfig: a coroutine while async is off (``use_async=False``, or asgiref
        missing); the coroutine is closed, never left unawaited.
    """
    if not inspect.iscoroutine(value):
        return value
    if not use_async or not asgiref_installed():
        value.close()
        if not asgiref_installed():
            reason = f"asgiref is not installed: {_INSTALL}"
        else:
            reason = "the app was created with Dash(use_async=False): remove that argument"
        raise exceptions.InvalidConfig(
            f"{what[:1].upper()}{what[1:]} is an async def function, and async functions need asgiref;"
            f" {reason}. Or make it a plain def."
        )
    from asgiref.sync import async_to_sync

    async def _await() -> t.Any:
        return await value

    return async_to_sync(_await)()
