"""The entry point: arguments, the database it opens, and the messages it gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from main import main


def test_a_command_runs_on_the_database_named_by_db(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{(tmp_path / 'xa.sqlite3').as_posix()}"
    status = main(["--db", url, "configure", "--commune-code", "10507", "--commune-name", "Xã A"])
    assert status == 0
    assert "Tên xã: Xã A" in capsys.readouterr().out
    with sqlite3.connect(tmp_path / "xa.sqlite3") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_the_environment_names_the_database_when_db_is_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("MOTCUA_DATABASE_URL", f"sqlite:///{path.as_posix()}")
    assert main(["configure", "--commune-name", "Xã B"]) == 0
    assert path.exists()


def test_the_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    # conftest points MOTCUA_HOME at this test's folder.
    assert main(["configure", "--commune-name", "Xã C"]) == 0
    assert (tmp_path / "home" / "data" / "motcua.sqlite3").exists()
    assert (tmp_path / "home" / "data" / "id-hash.key").exists()


def test_a_newer_schema_is_refused_with_a_message_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "newer.sqlite3"
    url = f"sqlite:///{path.as_posix()}"
    assert main(["--db", url, "configure"]) == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    assert main(["--db", url, "configure"]) == 2
    assert "phiên bản Một Cửa Desk mới hơn" in capsys.readouterr().err


def test_an_unexpected_error_in_a_command_is_logged_not_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cli.configure

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli.configure, "save_profile", broken)
    assert main(["configure", "--commune-name", "Xã D"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "nhật ký" in err
    log_text = (tmp_path / "home" / "logs" / "motcua-desk.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom" in log_text
