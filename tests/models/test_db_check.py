"""What a failed connection test says, and where the server password is kept."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from models import db_password
from models.db_check import Problem, check_database, explain_connect_error
from models.db_choice import ChoiceError, ServerSettings, choose_embedded, choose_server, server_of
from models.db_password import load_password, url_with_password
from models.local_settings import FILE_NAME, load_settings

URL = "postgresql+psycopg://motcua@192.168.1.10:5432/motcua"


class ServerSaid(Exception):
    def __init__(self, text: str, sqlstate: str | None = None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("said", "problem", "words"),
    [
        (
            ServerSaid('password authentication failed for user "motcua"', "28P01"),
            Problem.WRONG_PASSWORD,
            "từ chối mật khẩu",
        ),
        (
            ServerSaid('database "motcua" does not exist', "3D000"),
            Problem.NO_DATABASE,
            "không có cơ sở dữ liệu «motcua»",
        ),
        (ServerSaid('role "motcua" does not exist', "28000"), Problem.NO_USER, "người dùng"),
        (
            ServerSaid('no pg_hba.conf entry for host "192.168.1.23"', "28000"),
            Problem.NOT_ALLOWED,
            "pg_hba.conf",
        ),
        (
            ServerSaid("connection failed: Connection refused"),
            Problem.UNREACHABLE,
            "Không kết nối được tới máy chủ 192.168.1.10:5432",
        ),
        (ServerSaid("timeout expired"), Problem.UNREACHABLE, "tường lửa"),
    ],
)
def test_each_failure_is_named(said: ServerSaid, problem: Problem, words: str) -> None:
    result = explain_connect_error(said, URL)
    assert result.problem is problem
    assert words in result.message


def test_a_missing_driver_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    result = check_database(URL)
    assert result.problem is Problem.NO_DRIVER
    assert 'pip install ".[postgres]"' in result.message


def test_the_embedded_file_checks_out(tmp_path: Path) -> None:
    result = check_database(f"sqlite:///{(tmp_path / 'new.sqlite3').as_posix()}")
    assert result.ok and "chưa có" in result.message


def test_a_newer_schema_is_named(db: object, template_db: Path) -> None:
    import shutil
    import sqlite3

    copy = template_db.with_name("newer.sqlite3")
    shutil.copyfile(template_db, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    result = check_database(f"sqlite:///{copy.as_posix()}")
    assert result.problem is Problem.SCHEMA_TOO_NEW and "mới hơn" in result.message


# ------------------------------------------------------------------- the password's home


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


def test_without_a_keyring_the_password_goes_to_a_private_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_password, "_keyring", lambda: None)
    where = choose_server(tmp_path, ServerSettings("192.168.1.10"), "bí-mật 1")
    assert where == "file"
    settings_text = (tmp_path / FILE_NAME).read_text(encoding="utf-8")
    assert "bí-mật" not in settings_text
    assert load_settings(tmp_path).database_url == URL
    secret = tmp_path / db_password.FILE_NAME
    if sys.platform != "win32":
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert json.loads(secret.read_text(encoding="utf-8")) == {
        "motcua@192.168.1.10:5432/motcua": "bí-mật 1"
    }
    assert make_url(url_with_password(URL, tmp_path)).password == "bí-mật 1"


def test_with_a_keyring_no_file_holds_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    ring = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: ring)
    monkeypatch.setattr(db_password, "_keyring", lambda: keyring)
    monkeypatch.setattr(keyring, "set_password", ring.set_password)
    monkeypatch.setattr(keyring, "get_password", ring.get_password)
    assert choose_server(tmp_path, ServerSettings("192.168.1.10"), "s3cret!") == "keyring"
    assert not (tmp_path / db_password.FILE_NAME).exists()
    assert "s3cret" not in (tmp_path / FILE_NAME).read_text(encoding="utf-8")
    assert load_password(tmp_path, make_url(URL)) == "s3cret!"


def test_back_to_the_embedded_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_password, "_keyring", lambda: None)
    choose_server(tmp_path, ServerSettings("10.0.0.5", 5433, "xa", "ban1"), "x")
    assert server_of(load_settings(tmp_path).database_url) == ServerSettings(
        "10.0.0.5", 5433, "xa", "ban1"
    )
    choose_embedded(tmp_path)
    assert server_of(load_settings(tmp_path).database_url) is None


def test_impossible_settings_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ChoiceError, match="địa chỉ máy chủ"):
        choose_server(tmp_path, ServerSettings(" "), "x")
    with pytest.raises(ChoiceError, match="Cổng"):
        choose_server(tmp_path, ServerSettings("h", 70000), "x")
