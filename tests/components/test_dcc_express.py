"""dcc.send_file / send_bytes / send_string / send_data_frame build Download.data."""

from __future__ import annotations

import base64
import io

import pytest

from dash import dcc


def test_send_string_text():
    assert dcc.send_string("a,b\n1,2\n", "t.csv") == {
        "content": "a,b\n1,2\n",
        "filename": "t.csv",
        "type": None,
        "base64": False,
    }
    assert dcc.send_string("x", "t.txt", type="text/plain")["type"] == "text/plain"


def test_send_string_writer_gets_kwargs_and_may_close_the_buffer():
    def to_csv(buffer, sep=","):
        buffer.write(f"a{sep}b")
        buffer.close()

    assert dcc.send_string(to_csv, "t.csv", sep=";")["content"] == "a;b"


def test_send_bytes():
    data = bytes(range(256))
    sent = dcc.send_bytes(data, "blob.bin", "application/octet-stream")
    assert sent == {
        "content": base64.b64encode(data).decode(),
        "filename": "blob.bin",
        "type": "application/octet-stream",
        "base64": True,
    }
    assert dcc.send_bytes(bytearray(b"hi"), "h")["content"] == "aGk="
    assert dcc.send_bytes(lambda buffer: buffer.write(b"\x00\xff"), "w")["content"] == "AP8="


def test_send_file(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4 \x00\x01")
    sent = dcc.send_file(str(path))
    assert sent["filename"] == "report.pdf"
    assert base64.b64decode(sent["content"]) == b"%PDF-1.4 \x00\x01"
    assert sent["base64"] is True
    assert dcc.send_file(path, filename="other.pdf", type="application/pdf")["filename"] == "other.pdf"
    with pytest.raises(FileNotFoundError):
        dcc.send_file(tmp_path / "missing.txt")


def test_send_data_frame_picks_text_or_bytes_by_writer_name():
    class Frame:
        def to_csv(self, buffer, index=True):
            buffer.write("i,a\n" if index else "a\n")

        def to_parquet(self, buffer):
            buffer.write(b"PAR1")

        def to_clipboard(self, buffer):
            raise AssertionError("not called")

    frame = Frame()
    assert dcc.send_data_frame(frame.to_csv, "f.csv", index=False) == dcc.send_string("a\n", "f.csv")
    assert dcc.send_data_frame(frame.to_parquet, "f.parquet") == dcc.send_bytes(b"PAR1", "f.parquet")
    with pytest.raises(ValueError, match="does not know the writer 'to_clipboard'.*send_string"):
        dcc.send_data_frame(frame.to_clipboard, "f")


def test_send_data_frame_with_pandas():
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    assert dcc.send_data_frame(frame.to_csv, "f.csv", index=False)["content"] == "a,b\n1,x\n2,y\n"
    pickled = dcc.send_data_frame(frame.to_pickle, "f.pkl")
    assert pickled["base64"] is True
    assert pandas.read_pickle(io.BytesIO(base64.b64decode(pickled["content"]))).equals(frame)


@pytest.mark.parametrize(
    ("send", "src"), [(dcc.send_string, b"bytes"), (dcc.send_bytes, "text"), (dcc.send_bytes, 5)]
)
def test_wrong_source_type(send, src):
    with pytest.raises(TypeError, match="Pass"):
        send(src, "f")


def test_result_is_valid_download_data():
    assert dcc.Download(id="d", data=dcc.send_string("x", "x.txt")).data["filename"] == "x.txt"
