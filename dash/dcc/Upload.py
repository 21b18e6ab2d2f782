from __future__ import annotations

from ..development.base_component import Component
from ._base import NAMESPACE
from ._base import number


class Upload(Component):
    """A drop zone and file picker: ``Upload(children, id, ...)``.

    After the user picks or drops files, ``contents`` holds each file as a data URL
    (``'data:<type>;base64,<bytes>'``), ``filename`` its name and ``last_modified`` its modification
    time in seconds since the epoch; each is a list when ``multiple=True``. ``accept`` is the file
    input's accept string (``'image/*,.csv'``). Files larger than ``max_size`` bytes (-1: no limit) or
    smaller than ``min_size`` are rejected. ``style_active``/``style_reject``/``style_disabled`` (and
    the ``className_*`` props) style the zone while a file is dragged over it, when the dragged file is
    refused, and when ``disabled``.
    """

    _type = "Upload"
    _namespace = NAMESPACE
    _base_nodes = ("children",)
    _prop_names = (
        "children",
        "id",
        "contents",
        "filename",
        "last_modified",
        "accept",
        "disabled",
        "disable_click",
        "max_size",
        "min_size",
        "multiple",
        "enable_folder_selection",
        "className",
        "className_active",
        "className_reject",
        "className_disabled",
        "style",
        "style_active",
        "style_reject",
        "style_disabled",
        "loading_state",
    )
    _positional = _prop_names[:-1]
    _validators = {"max_size": number("max_size", -1), "min_size": number("min_size", 0)}
