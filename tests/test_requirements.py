"""dash/_requirements.py: what error messages tell users to install, read from dash's own metadata."""

from __future__ import annotations

import sys

import pytest

from dash import _requirements

LINES = [
    "Flask<4,>=2.2.5",
    "Werkzeug<4,>=2.2.3",
    "typing_extensions<5,>=4.1.1",
    "plotly<8,>=5.0.0",
    'Flask==3.1.3; extra == "lockflask"',
    'diskcache<6,>=5.2.1; extra == "diskcache"',
    'celery<6,>=5.3.0; extra == "celery"',
    'redis<9,>=4.5.2; extra == "celery"',
]


@pytest.fixture
def metadata(monkeypatch):
    monkeypatch.setattr(_requirements.metadata, "requires", lambda name: LINES)


def test_core_and_extra_requirements(metadata):
    assert _requirements.requirement("Flask") == "Flask<4,>=2.2.5"
    assert _requirements.requirement("flask", extra="lockflask") == "Flask==3.1.3"
    assert _requirements.requirement("Werkzeug") == "Werkzeug<4,>=2.2.3"
    assert _requirements.requirement("flask-caching") == "flask-caching"  # not a prefix match of Flask


def test_extra_install_command_lists_every_package_of_the_extra(metadata):
    assert (
        _requirements.extra_install_command("diskcache")
        == f"{sys.executable} -m pip install 'diskcache<6,>=5.2.1'"
    )
    command = _requirements.extra_install_command("celery")
    assert command == f"{sys.executable} -m pip install 'celery<6,>=5.3.0' 'redis<9,>=4.5.2'"
    with pytest.raises(LookupError, match="no extra named 'nope'"):
        _requirements.extra_install_command("nope")


@pytest.mark.parametrize(
    ("name", "needed_by", "command"),
    [
        ("plotly", "dcc.Graph", "pip install 'plotly<8,>=5.0.0'"),
        ("typing_extensions", "A component suite", "pip install 'typing_extensions<5,>=4.1.1'"),
    ],
)
def test_a_missing_core_dependency_names_dash_and_its_range(metadata, name, needed_by, command):
    message = _requirements.missing_dependency_message(name, needed_by)
    assert message.startswith(f"{needed_by} needs '{name}', a dependency of dash that is not installed")
    assert command in message and "python -m dash doctor" in message
    assert sys.executable not in message  # it may go to a browser: no server path


def test_from_a_source_tree_the_bare_names(monkeypatch):
    def not_installed(name):
        raise _requirements.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(_requirements.metadata, "requires", not_installed)
    assert _requirements.requirement("Flask") == "Flask"
    assert _requirements.extra_install_command("diskcache") == f"{sys.executable} -m pip install diskcache"


@pytest.mark.parametrize(
    ("module", "manager", "extra"),
    [("diskcache", "DiskcacheManager", "diskcache"), ("celery", "CeleryManager", "celery")],
)
def test_a_manager_without_its_extra_says_what_to_install(monkeypatch, metadata, module, manager, extra):
    import dash

    monkeypatch.setitem(sys.modules, module, None)  # the import inside the manager now fails
    with pytest.raises(ImportError) as error:
        getattr(dash, manager)(*([] if manager == "DiskcacheManager" else [object()]))
    message = str(error.value)
    assert f"{manager} needs dash's '{extra}' extra, which is not installed." in message
    assert _requirements.extra_install_command(extra) in message
    # Never `pip install "dash[...]"`: that name on the index is Plotly's dash (README "Versioning").
    assert "dash[" not in message
