"""Each branch of dash/_compat.py, with the version that lets it go."""

from __future__ import annotations

import pytest

from dash import _compat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.1.3", (3, 1, 3)),
        ("2.2.5", (2, 2, 5)),
        ("3.0.0rc1", (3, 0, 0)),
        ("3", (3, 0, 0)),
        ("2.3.0.dev0", (2, 3, 0)),
    ],
)
def test_parse(text, expected):
    assert _compat._parse(text) == expected


def test_installed_versions_are_read_without_importing_flask():
    assert _compat.FLASK_VERSION >= (2, 2, 5)
    assert _compat.WERKZEUG_VERSION >= (2, 2, 3)
    assert _compat._installed("surely-not-a-package-name") == (0, 0, 0)


# Goes when the Flask floor reaches 2.3.
def test_flask_before_224_with_werkzeug_3_is_refused_with_the_fix():
    message = _compat.incompatible_stack_message((2, 2, 2), (3, 0, 0))
    assert "Flask 2.2.2 cannot run with Werkzeug 3.0.0" in message
    assert "pip install 'flask>=2.2.5'" in message
    # Never a bare `pip install "dash[...]"`: that name on the index is Plotly's dash (README "Versioning").
    assert "dash[" not in message and "python -m dash doctor" in message
    assert _compat.incompatible_stack_message((2, 2, 5), (3, 1, 9)) is None
    assert _compat.incompatible_stack_message((2, 2, 3), (2, 3, 8)) is None
    assert _compat.incompatible_stack_message((3, 1, 3), (3, 1, 9)) is None
    assert _compat.incompatible_stack_message() is None


# Goes when the Flask floor reaches 2.3.3.
def test_werkzeug_version_shim_only_for_old_flask_with_werkzeug_31():
    assert _compat.needs_werkzeug_version_attribute((2, 2, 5), (3, 1, 9))
    assert _compat.needs_werkzeug_version_attribute((2, 3, 2), (3, 1, 0))
    assert not _compat.needs_werkzeug_version_attribute((2, 3, 3), (3, 1, 9))
    assert not _compat.needs_werkzeug_version_attribute((2, 2, 5), (3, 0, 6))


def test_flask_test_client_works_on_the_installed_pair():
    import flask

    import dash  # noqa: F401  (importing dash applies the shims)

    app = flask.Flask(__name__)
    app.add_url_rule("/", "index", lambda: "ok")
    assert app.test_client().get("/").data == b"ok"


def test_missing_flask_or_werkzeug_is_named_with_the_install_command(monkeypatch):
    monkeypatch.setattr(_compat.metadata, "requires", lambda name: ["Flask<4,>=2.2.5", "Werkzeug<4,>=2.2.3"])
    flask_missing = _compat.incompatible_stack_message(_compat.NOT_INSTALLED, (3, 1, 9))
    # Not "Flask 0.0.0 cannot run with Werkzeug 3.1.9": a missing package is named as missing.
    assert "0.0.0" not in flask_missing
    assert "dash needs Flask, which is not installed" in flask_missing
    assert "-m pip install 'Flask<4,>=2.2.5'" in flask_missing
    assert "dash[" not in flask_missing and "python -m dash doctor" in flask_missing
    both = _compat.incompatible_stack_message(_compat.NOT_INSTALLED, _compat.NOT_INSTALLED)
    assert "dash needs Flask and Werkzeug, which are not installed" in both
    assert "install 'Flask<4,>=2.2.5' 'Werkzeug<4,>=2.2.3'," in both
    werkzeug_missing = _compat.missing_stack_message((3, 1, 3), _compat.NOT_INSTALLED)
    assert "dash needs Werkzeug, which is not installed" in werkzeug_missing
    assert _compat.missing_stack_message((3, 1, 3), (3, 1, 9)) is None


def test_check_stack_raises_import_error(monkeypatch):
    monkeypatch.setattr(_compat, "incompatible_stack_message", lambda: "broken")
    with pytest.raises(ImportError, match="broken"):
        _compat.check_stack()


def test_no_version_branching_outside_compat():
    import pathlib

    import dash

    root = pathlib.Path(dash.__file__).parent
    for path in root.rglob("*.py"):
        if path.name == "_compat.py":
            continue
        text = path.read_text()
        assert "FLASK_VERSION" not in text and "WERKZEUG_VERSION" not in text, path
        assert "flask.__version__" not in text and "werkzeug.__version__" not in text, path
