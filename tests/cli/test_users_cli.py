"""``users`` and signing in: setup before the first user, then every command says who runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from main import main

ADMIN_PASSWORD = "quan-tri-123"


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("MOTCUA_USER", raising=False)
    monkeypatch.delenv("MOTCUA_PASSWORD", raising=False)
    monkeypatch.delenv("MOTCUA_NEW_PASSWORD", raising=False)
    return f"sqlite:///{(tmp_path / 'xa.sqlite3').as_posix()}"


def first_admin(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOTCUA_PASSWORD", ADMIN_PASSWORD)
    assert main(["--db", url, "users", "add", "--username", "admin", "--role", "admin"]) == 0
    monkeypatch.delenv("MOTCUA_PASSWORD")


def test_before_the_first_user_commands_run_as_setup(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", url, "configure", "--commune-name", "Xã A"]) == 0
    first_admin(url, monkeypatch)
    assert "Đã tạo tài khoản admin (Quản trị)" in capsys.readouterr().out


def test_once_a_user_exists_a_command_without_credentials_is_refused(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first_admin(url, monkeypatch)
    capsys.readouterr()
    assert main(["--db", url, "configure", "--commune-name", "Xã A"]) == 4
    assert "MOTCUA_USER" in capsys.readouterr().err
    monkeypatch.setenv("MOTCUA_USER", "admin")
    monkeypatch.setenv("MOTCUA_PASSWORD", "sai-mat-khau")
    assert main(["--db", url, "configure", "--commune-name", "Xã A"]) == 4
    assert "Sai tên đăng nhập hoặc mật khẩu" in capsys.readouterr().err
    monkeypatch.setenv("MOTCUA_PASSWORD", ADMIN_PASSWORD)
    assert main(["--db", url, "configure", "--commune-name", "Xã A"]) == 0


def test_a_clerk_added_by_the_admin_cannot_lock_a_day(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first_admin(url, monkeypatch)
    monkeypatch.setenv("MOTCUA_USER", "admin")
    monkeypatch.setenv("MOTCUA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", "can-bo-thu-1")
    args = ["users", "add", "--username", "thu", "--role", "clerk", "--full-name", "Phạm Thị Thư"]
    assert main(["--db", url, *args]) == 0
    assert main(["--db", url, "users", "list"]) == 0
    assert "thu\tclerk\tPhạm Thị Thư" in capsys.readouterr().out
    monkeypatch.setenv("MOTCUA_USER", "thu")
    monkeypatch.setenv("MOTCUA_PASSWORD", "can-bo-thu-1")
    assert main(["--db", url, "lock-day", "--date", "20/11/2026"]) == 4
    assert "Chỉ Chủ tịch" in capsys.readouterr().err
    assert main(["--db", url, "users", "add", "--username", "x", "--role", "admin"]) == 4


def test_without_a_terminal_the_new_password_must_come_from_the_environment(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", url, "users", "add", "--username", "admin", "--role", "admin"]) == 1
    assert "MOTCUA_PASSWORD" in capsys.readouterr().err


def test_only_the_admin_backs_up_and_restores(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first_admin(url, monkeypatch)
    monkeypatch.setenv("MOTCUA_USER", "admin")
    monkeypatch.setenv("MOTCUA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", "chu-tich-123")
    assert main(["--db", url, "users", "add", "--username", "chu", "--role", "chair"]) == 0
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", url, "backup", "--out", str(copy)]) == 0
    monkeypatch.setenv("MOTCUA_USER", "chu")
    monkeypatch.setenv("MOTCUA_PASSWORD", "chu-tich-123")
    capsys.readouterr()
    assert main(["--db", url, "backup", "--out", str(tmp_path / "other.sqlite3")]) == 1
    assert "Chỉ người quản trị được sao lưu" in capsys.readouterr().err
    assert main(["--db", url, "restore", str(copy)]) == 1
    assert "Chỉ người quản trị được khôi phục" in capsys.readouterr().err


def test_retention_is_the_admins_and_a_dry_run_counts(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", url, "demo", "--days", "3"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "retention", "--months", "1", "--dry-run"]) == 0
    assert "Sẽ xóa thông tin cá nhân của 0 lượt" in capsys.readouterr().out
    first_admin(url, monkeypatch)
    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", "can-bo-thu-1")
    monkeypatch.setenv("MOTCUA_USER", "admin")
    monkeypatch.setenv("MOTCUA_PASSWORD", ADMIN_PASSWORD)
    assert main(["--db", url, "users", "add", "--username", "thu", "--role", "clerk"]) == 0
    monkeypatch.setenv("MOTCUA_USER", "thu")
    monkeypatch.setenv("MOTCUA_PASSWORD", "can-bo-thu-1")
    assert main(["--db", url, "retention"]) == 4
    assert "quản trị" in capsys.readouterr().err
