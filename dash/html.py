"""One component class per HTML element (``html.Div``, ``html.A``, ...), built from
``dash._html_elements.ELEMENTS`` when this module is imported."""

from __future__ import annotations

import difflib
import typing as t

from ._html_elements import ELEMENTS
from ._html_elements import LEADING_PROPS
from ._html_elements import TRAILING_PROPS
from ._version import __version__ as __version__
from .development.base_component import Component

_NAMESPACE = "dash_html_components"
_WILDCARDS = ("data-", "aria-")


def _make_element_class(name: str, tag: str, attributes: tuple[str, ...]) -> type[Component]:
    namespace: dict[str, t.Any] = {
        "__module__": __name__,
        "__qualname__": name,
        "__doc__": (
            f"The HTML <{tag}> element. The first positional argument is ``children``, the second ``id``;"
            " pass other props as keywords, and ``data-*``/``aria-*`` attributes as ``**{'data-x': 1}``."
        ),
        "_type": name,
        "_namespace": _NAMESPACE,
        "_tag": tag,
        "_prop_names": LEADING_PROPS + attributes + TRAILING_PROPS,
        "_positional": ("children", "id"),
        "_valid_wildcard_attributes": _WILDCARDS,
    }
    return type(name, (Component,), namespace)


__all__ = list(ELEMENTS)

for _name, (_tag, _attributes) in ELEMENTS.items():
    globals()[_name] = _make_element_class(_name, _tag, _attributes)
del _name, _tag, _attributes


def __getattr__(name: str) -> t.Any:
    # Only called for names this module does not define.
    if name.startswith("__"):
        raise AttributeError(name)
    message = f"The module 'dash.html' has no element {name!r}."
    close = difflib.get_close_matches(name, __all__, n=1)
    if close:
        message += f" Did you mean {close[0]!r}?"
    if name.lower() in {"input", "dropdown", "checkbox", "slider", "radio"}:
        message += " Interactive inputs live in 'dash.dcc', for example dcc.Input and dcc.Dropdown."
    raise AttributeError(message)
