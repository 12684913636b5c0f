"""``database``: choosing this machine's database from a script, before any is opened."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import main
from models import db_password
from models.local_settings import FILE_NAME, load_settings
from models.paths import AppPaths


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_password, "_keyring", lambda: None)


def test_a_scripted_install_sets_the_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MOTCUA_DB_PASSWORD", "mat-khau-may-chu")
    # Port 1: nothing listens there, so the choice is saved and the test says what failed.
    status = main.main(["database", "--server", "127.0.0.1", "--port", "1", "--user", "ban1"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "Đã chọn máy chủ 127.0.0.1:1/motcua" in out
    assert "Không kết nối được tới máy chủ 127.0.0.1:1" in err
    paths = AppPaths.default()
    assert load_settings(paths.config_dir).database_url == (
        "postgresql+psycopg://ban1@127.0.0.1:1/motcua"
    )
    assert "mat-khau" not in (paths.config_dir / FILE_NAME).read_text(encoding="utf-8")
    assert main.main(["database", "--show"]) == 0
    assert "máy chủ PostgreSQL 127.0.0.1:1" in capsys.readouterr().out


def test_a_desk_whose_server_is_down_can_go_back_to_its_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = AppPaths.default()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    (paths.config_dir / FILE_NAME).write_text(
        '{"database_url": "postgresql+psycopg://ban1@127.0.0.1:1/motcua"}', encoding="utf-8"
    )
    assert main.main(["database", "--embedded"]) == 0
    assert "tệp nhúng" in capsys.readouterr().out
    assert main.main(["database", "--test"]) == 0
    assert load_settings(paths.config_dir).database_url == ""


def test_no_password_no_prompt_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("MOTCUA_DB_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())  # not a terminal
    assert main.main(["database", "--server", "10.0.0.2"]) == 2
    assert "MOTCUA_DB_PASSWORD" in capsys.readouterr().err


def test_the_kept_password_reaches_the_connection(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """main.py fills the kept password into the saved URL before opening it."""
    monkeypatch.setenv("MOTCUA_DB_PASSWORD", "pw-123")
    main.main(["database", "--server", "127.0.0.1", "--port", "1"])
    opened: list[str] = []

    def fake_open(url: str, *_args: object, **_kw: object) -> object:
        opened.append(url)
        raise main.DatabaseError("stop here")

    monkeypatch.setattr(main, "open_database", fake_open)
    assert main.main(["users", "list"]) == 2
    assert opened == ["postgresql+psycopg://motcua:pw-123@127.0.0.1:1/motcua"]
