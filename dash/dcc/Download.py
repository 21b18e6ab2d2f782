from __future__ import annotations

import typing as t

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import dict_of

DATA_KEYS = ("filename", "content", "base64", "type")
_data_keys = dict_of("data", DATA_KEYS, ("filename", "content"))


def _check_data(type_name: str, value: t.Any) -> None:
    _data_keys(type_name, value)
    if value is None:
        return
    if not isinstance(value["content"], str) or not isinstance(value["filename"], str):
        raise TypeError(
            f"{type_name}() got data with content {type(value['content']).__name__} and filename"
            f" {type(value['filename']).__name__}; both must be strings. Build data with dcc.send_file,"
            " dcc.send_bytes, dcc.send_string or dcc.send_data_frame."
        )


class Download(Component):
    """Makes the browser save a file when a callback sets ``data``: ``Download(id, data, base64, type)``.

    ``data`` is ``{'content': str, 'filename': str, 'base64': bool, 'type': str}``, as returned by
    ``dcc.send_file``/``send_bytes``/``send_string``/``send_data_frame``; ``content`` is base64 text when
    ``base64`` is true. ``base64`` and ``type`` (default 'text/plain') are used when ``data`` lacks them.
    """

    _type = "Download"
    _namespace = NAMESPACE
    _base_nodes = ()
    _prop_names = ("id", "data", "base64", "type")
    _positional = _prop_names
    _validators = {"data": _check_data}
