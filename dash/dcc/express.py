"""Helpers that build ``dcc.Download.data``: ``{'content', 'filename', 'type', 'base64'}``.

Return one of them from a callback with ``Output('download-id', 'data')``; the browser then saves the
file. Text goes as it is (``base64=False``); bytes go base64-encoded (``base64=True``).
"""

from __future__ import annotations

import base64
import io
import ntpath
import os
import typing as t

#: pandas writer names and whether they write bytes (True) or text (False).
DATA_FRAME_WRITERS = {
    "to_csv": False,
    "to_json": False,
    "to_html": False,
    "to_latex": False,
    "to_markdown": False,
    "to_string": False,
    "to_xml": False,
    "to_excel": True,
    "to_feather": True,
    "to_parquet": True,
    "to_stata": True,
    "to_pickle": True,
    "to_orc": True,
}


def _download(content: str, filename: str, type: str | None, is_base64: bool) -> dict[str, t.Any]:
    return {"content": content, "filename": filename, "type": type, "base64": is_base64}


def _write(buffer: io.IOBase, writer: t.Callable[..., t.Any], **kwargs: t.Any) -> t.Any:
    """Call ``writer(buffer, **kwargs)`` and return what it wrote, even if the writer closes the buffer."""
    close = buffer.close
    buffer.close = lambda: None  # type: ignore[method-assign]
    try:
        writer(buffer, **kwargs)
        return buffer.getvalue()  # type: ignore[attr-defined]
    finally:
        buffer.close = close  # type: ignore[method-assign]
        close()


def send_bytes(
    src: bytes | bytearray | memoryview | t.Callable[..., t.Any],
    filename: str,
    type: str | None = None,
    **kwargs: t.Any,
) -> dict[str, t.Any]:
    """Download data for binary content.

    ``src`` is the bytes, or a writer called as ``src(io.BytesIO(), **kwargs)`` (e.g.
    ``df.to_parquet``). ``type`` is the MIME type given to the browser (optional). Returns
    ``{'content': base64 text, 'filename': filename, 'type': type, 'base64': True}``.
    """
    if isinstance(src, (bytes, bytearray, memoryview)):
        content = bytes(src)
    elif callable(src):
        content = _write(io.BytesIO(), src, **kwargs)
    else:
        raise TypeError(
            f"send_bytes() got {_describe(src)} as src. Pass bytes, or a function that writes bytes to"
            " a file object, such as df.to_parquet; for text use send_string."
        )
    return _download(base64.b64encode(content).decode("ascii"), filename, type, True)


def send_string(
    src: str | t.Callable[..., t.Any], filename: str, type: str | None = None, **kwargs: t.Any
) -> dict[str, t.Any]:
    """Download data for text content.

    ``src`` is the text, or a writer called as ``src(io.StringIO(), **kwargs)`` (e.g. ``df.to_csv``).
    Returns ``{'content': text, 'filename': filename, 'type': type, 'base64': False}``.
    """
    if isinstance(src, str):
        content = src
    elif callable(src):
        content = _write(io.StringIO(), src, **kwargs)
    else:
        raise TypeError(
            f"send_string() got {_describe(src)} as src. Pass a str, or a function that writes text to"
            " a file object, such as df.to_csv; for bytes use send_bytes."
        )
    return _download(content, filename, type, False)


def send_file(
    path: str | os.PathLike[str], filename: str | None = None, type: str | None = None
) -> dict[str, t.Any]:
    """Download data for a file on the server: its bytes, base64-encoded.

    ``filename`` defaults to the file's own name (the last part of ``path``). Raises OSError (e.g.
    FileNotFoundError) when the file cannot be read.
    """
    path = os.fspath(path)
    if filename is None:
        filename = ntpath.basename(path)
    with open(path, "rb") as file:
        return send_bytes(file.read(), filename, type)


def send_data_frame(
    writer: t.Callable[..., t.Any], filename: str, type: str | None = None, **kwargs: t.Any
) -> dict[str, t.Any]:
    """Download data for a pandas DataFrame written by one of its writers.

    ``writer`` is a bound method such as ``df.to_csv`` or ``df.to_excel``; ``kwargs`` go to it (e.g.
    ``index=False``). Text formats are sent as text, binary ones base64-encoded. Raises ValueError for
    a writer not in ``DATA_FRAME_WRITERS``.
    """
    name = getattr(writer, "__name__", None)
    if name not in DATA_FRAME_WRITERS:
        known = ", ".join(DATA_FRAME_WRITERS)
        raise ValueError(
            f"send_data_frame() does not know the writer {name!r}. Pass one of the DataFrame methods {known}"
            " (for example df.to_csv), or call send_string / send_bytes with your own writer."
        )
    send = send_bytes if DATA_FRAME_WRITERS[name] else send_string
    return send(writer, filename, type, **kwargs)


def _describe(value: t.Any) -> str:
    return f"a {type(value).__name__} ({value!r:.40})"
