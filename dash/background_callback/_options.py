"""The background-callback keywords of ``callback()``: checked once at registration."""

from __future__ import annotations

import typing as t

from .._dependencies import Input
from .._dependencies import Output

#: Every keyword this module takes out of ``callback(**kwargs)``.
KEYWORDS = (
    "background",
    "manager",
    "running",
    "progress",
    "progress_default",
    "cancel",
    "interval",
    "cache_by",
    "cache_args_to_ignore",
)

#: Milliseconds between two polls of a running job (Plotly Dash's default).
DEFAULT_INTERVAL = 1000


class BackgroundOptions:
    """What a background callback needs besides its Outputs/Inputs/State."""

    __slots__ = ("manager", "progress", "progress_default", "cancel", "interval", "cache_by", "ignore")

    def __init__(
        self,
        manager: t.Any,
        progress: list[Output],
        progress_default: list[t.Any] | None,
        cancel: list[Input],
        interval: int,
        cache_by: list[t.Callable[[], t.Any]] | None,
        ignore: list[t.Any],
    ) -> None:
        self.manager = manager
        self.progress = progress
        self.progress_default = progress_default
        self.cancel = cancel
        self.interval = interval
        self.cache_by = cache_by
        self.ignore = ignore

    def progress_keys(self) -> list[str]:
        return [str(output) for output in self.progress]


def _listify(value: t.Any) -> list[t.Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def parse_running(value: t.Any) -> list[tuple[Output, t.Any, t.Any]]:
    """``running=[(Output(...), value_while_running, value_after), ...]``."""
    entries = []
    for entry in _listify(value):
        if not (isinstance(entry, (list, tuple)) and len(entry) == 3 and isinstance(entry[0], Output)):
            raise TypeError(
                "running= takes a list of (Output, value while running, value afterwards) triples, for"
                f" example [(Output('button', 'disabled'), True, False)]; got {entry!r:.100}."
            )
        entries.append((entry[0], entry[1], entry[2]))
    return entries


def running_json(running: list[tuple[Output, t.Any, t.Any]]) -> dict[str, t.Any]:
    """The ``running`` entry of ``_dash-dependencies``."""
    return {
        "running": {str(output): on for output, on, _ in running},
        "runningOff": {str(output): off for output, _, off in running},
    }


def pop_options(kwargs: dict[str, t.Any]) -> tuple[BackgroundOptions | None, list[t.Any]]:
    """Take the background keywords out of ``kwargs``. Returns (options or None, running triples)."""
    given = {name: kwargs.pop(name) for name in KEYWORDS if name in kwargs}
    running = parse_running(given.pop("running", None))
    background = given.pop("background", False)
    if not background:
        if given:
            names = ", ".join(sorted(given))
            raise TypeError(
                f"callback() got {names}, which only background callbacks use. Add background=True, or"
                " remove them."
            )
        return None, running
    progress = _listify(given.get("progress"))
    for output in progress:
        if not isinstance(output, Output):
            raise TypeError(f"progress= takes Output objects, not {output!r:.100}.")
    default = given.get("progress_default")
    if default is not None:
        declared_list = isinstance(given.get("progress"), (list, tuple))
        default = _listify(default) if declared_list else [default]
        if len(default) != len(progress):
            raise ValueError(
                f"progress_default has {len(default)} value(s) but progress= has {len(progress)} Output(s)."
                " Give one default per progress Output."
            )
    cancel = _listify(given.get("cancel"))
    for item in cancel:
        if not isinstance(item, Input):
            raise TypeError(
                f"cancel= takes Input objects (the props that cancel the job when they change), not"
                f" {item!r:.100}."
            )
    interval = given.get("interval", DEFAULT_INTERVAL)
    if not isinstance(interval, int) or isinstance(interval, bool) or interval <= 0:
        raise ValueError(
            f"interval= is the polling period in milliseconds, a positive int; got {interval!r}."
        )
    cache_by = given.get("cache_by")
    if cache_by is not None:
        cache_by = _listify(cache_by)
        if not all(callable(item) for item in cache_by):
            raise TypeError(
                "cache_by= takes a list of functions without arguments whose results key the cache."
            )
    ignore = _listify(given.get("cache_args_to_ignore"))
    options = BackgroundOptions(given.get("manager"), progress, default, cancel, interval, cache_by, ignore)
    return options, running
