"""``/assets/``: only the folder's own files, never a dotfile or a dot folder, never a link out of it."""

from __future__ import annotations

import os

import pytest

from dash import _assets

#: The content of every file that must not be served.
MARK = "not-for-the-browser"


@pytest.fixture
def folders(tmp_path):
    """An assets folder with dotfiles, a dot folder and symlinks in and out, plus a secret outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(MARK)
    (outside / "linked.css").write_text(MARK)
    folder = tmp_path / "assets"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "style.css").write_text("p{}")
    (folder / "sub" / "app.js").write_text("1")
    (folder / ".env").write_text(MARK)
    (folder / ".git" / "config").write_text(MARK)
    (folder / "sub" / ".hidden.js").write_text(MARK)
    os.symlink(outside / "secret.txt", folder / "secret.txt")
    os.symlink(outside / "linked.css", folder / "linked.css")
    os.symlink(outside, folder / "outside-dir")
    os.symlink(folder / ".env", folder / "env.txt")
    os.symlink(folder / "style.css", folder / "alias.css")
    return folder


def status(client, path):
    response = client.get(path)
    try:
        data = response.get_data()
        assert MARK.encode() not in data
        return response.status_code, data if response.status_code == 200 else response.get_json()
    finally:
        response.close()


@pytest.mark.parametrize(
    "path",
    [
        "/assets/.env",
        "/assets/%2eenv",
        "/assets/%2Eenv",
        "/assets/.git/config",
        "/assets/%2egit/config",
        "/assets/sub/.hidden.js",
        "/assets/sub/../.env",
        "/assets/secret.txt",
        "/assets/linked.css",
        "/assets/outside-dir/secret.txt",
        "/assets/env.txt",
        "/assets/sub",
        "/assets/../outside/secret.txt",
        "/assets/style.css%00.js",
        "/assets/sub//app.js",
    ],
)
def test_dotfiles_and_links_out_of_the_folder_are_not_found(make_app, folders, path):
    client = make_app(assets_folder=str(folders)).server.test_client()
    code, body = status(client, path)
    assert code == 404, (path, body)
    assert body["error"]["status"] == 404 and "never served" in body["error"]["message"]


def test_the_folders_own_files_and_links_inside_it_are_served(make_app, folders):
    client = make_app(assets_folder=str(folders)).server.test_client()
    assert status(client, "/assets/style.css") == (200, b"p{}")
    assert status(client, "/assets/sub/app.js") == (200, b"1")
    assert status(client, "/assets/alias.css") == (200, b"p{}")


def test_the_index_links_only_files_it_serves(make_app, folders):
    app = make_app(assets_folder=str(folders))
    files = _assets.scan(str(folders))
    assert [asset.path for asset in files.css] == ["alias.css", "style.css"]
    assert [asset.path for asset in files.js] == ["sub/app.js"]
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert "linked.css" not in page


def test_a_folder_reached_through_a_link_is_its_real_path(make_app, folders, tmp_path):
    """The assets folder itself may be a link (a deployment's 'current' release): its files are served."""
    link = tmp_path / "current"
    os.symlink(folders, link)
    client = make_app(assets_folder=str(link)).server.test_client()
    assert status(client, "/assets/style.css") == (200, b"p{}")
    assert status(client, "/assets/secret.txt")[0] == 404
