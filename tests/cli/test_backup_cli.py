"""``backup`` and ``restore`` through a real parser, on real files.

cli/app.py does not list the module yet, so the tests build the same kind of parser around it.
"""

from __future__ import annotations

import io
import re
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from cli import backup as backup_commands
from cli.app import build_parser
from models.backup import backup_problem
from models.db import Database, create_db_engine
from tests.cli.runner import Runner
from tests.conftest import TEST_KEY
from tests.models.test_backup_rotation import add_marks, db_file_of, marks_in, random_bytes


@pytest.fixture
def run(db: Database, tmp_path: Path) -> Runner:
    add_marks(db, "mark-1", "mark-2")
    return Runner(db, tmp_path / "home")


def url_of(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


# ---------------------------------------------------------------- backup


def test_backup_to_a_file_while_the_database_is_open(run: Runner, usb: Path) -> None:
    target = usb / "motcua-thu-cong.sqlite3"
    assert run("backup", "--out", target) == 0
    assert backup_problem(target) is None
    assert marks_in(target) == {"mark-1", "mark-2"}
    assert str(target) in run.out.getvalue() and "toàn vẹn" in run.out.getvalue()
    assert sorted(path.name for path in usb.iterdir()) == [target.name]
    add_marks(run.db, "mark-3")  # the app goes on working after the copy


def test_backup_into_a_folder_names_the_file_by_date_and_time(run: Runner, usb: Path) -> None:
    assert run("backup", "--out", usb) == 0
    [made] = usb.iterdir()
    assert re.fullmatch(r"motcua-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite3", made.name)
    assert marks_in(made) == {"mark-1", "mark-2"}


def test_backup_never_overwrites_a_file(run: Runner, usb: Path) -> None:
    target = usb / "old.sqlite3"
    target.write_bytes(b"an older copy")
    assert run("backup", "--out", target) == 1
    assert "đã có" in run.err.getvalue()
    assert target.read_bytes() == b"an older copy"


def test_backup_and_restore_refuse_postgresql(tmp_path: Path, usb: Path) -> None:
    # No connection is made: the refusal comes before any work.
    engine = create_db_engine("postgresql+psycopg://motcua:secret@127.0.0.1:1/motcua")
    run = Runner(Database(engine=engine, hasher=TEST_KEY), tmp_path / "home")
    assert run("backup", "--out", usb / "x.sqlite3") == 2
    assert "pg_dump" in run.err.getvalue()
    assert run.before_open(str(engine.url), "restore", usb / "x.sqlite3") == 2
    assert "SQLite" in run.err.getvalue() and "pg_restore" in run.err.getvalue()
    assert list(usb.iterdir()) == []


def test_the_role_check_runs_before_any_work(run: Runner, usb: Path) -> None:
    def admins_only() -> str:
        return "Chỉ quản trị viên được sao lưu."

    err = io.StringIO()
    status = backup_commands.backup_database(
        run.db, usb / "x.sqlite3", io.StringIO(), err, permit=admins_only
    )
    assert (status, err.getvalue().strip()) == (1, "Chỉ quản trị viên được sao lưu.")
    status = backup_commands.restore_database(
        url_of(db_file_of(run.db)), usb / "x.sqlite3", io.StringIO(), err, permit=admins_only
    )
    assert status == 1
    assert list(usb.iterdir()) == []


# ---------------------------------------------------------------- restore


def test_restore_through_the_handler_closes_the_open_database_first(run: Runner, usb: Path) -> None:
    assert run("backup", "--out", usb / "b.sqlite3") == 0
    add_marks(run.db, "mark-3")

    assert run("restore", usb / "b.sqlite3") == 0

    current = db_file_of(run.db)
    assert marks_in(current) == {"mark-1", "mark-2"}
    [aside] = current.parent.glob("motcua.truoc-khoi-phuc-*.sqlite3")
    assert marks_in(aside) == {"mark-1", "mark-2", "mark-3"}
    printed = run.out.getvalue()
    assert str(aside) in printed and "mở lại Một Cửa Desk" in printed
    add_marks(run.db, "mark-4")  # a later unit of work opens a fresh connection to the new file
    assert marks_in(current) == {"mark-1", "mark-2", "mark-4"}


def test_restore_before_the_database_is_opened(run: Runner, usb: Path) -> None:
    assert run("backup", "--out", usb / "b.sqlite3") == 0
    add_marks(run.db, "mark-3")
    run.db.dispose()
    current = db_file_of(run.db)
    current.write_bytes(b"damaged beyond use")  # the case a restore before opening is for

    assert run.before_open(url_of(current), "restore", usb / "b.sqlite3") == 0

    assert marks_in(current) == {"mark-1", "mark-2"}
    [aside] = current.parent.glob("motcua.truoc-khoi-phuc-*.sqlite3")
    assert aside.read_bytes() == b"damaged beyond use"


def test_restore_refuses_a_file_that_is_not_a_backup(run: Runner, usb: Path) -> None:
    noise = random_bytes(usb / "noise.sqlite3")
    run.db.dispose()
    current = db_file_of(run.db)
    before = current.read_bytes()
    assert run.before_open(url_of(current), "restore", noise) == 1
    assert "không phải bản sao lưu của Một Cửa Desk" in run.err.getvalue()
    assert current.read_bytes() == before
    assert run.out.getvalue() == ""


def test_restore_refuses_while_another_program_holds_the_database(run: Runner, usb: Path) -> None:
    assert run("backup", "--out", usb / "b.sqlite3") == 0
    add_marks(run.db, "mark-3")
    current = db_file_of(run.db)
    with closing(sqlite3.connect(current)) as other:  # the app, still open on this machine
        other.execute("SELECT count(*) FROM app_setting").fetchone()
        assert run("restore", usb / "b.sqlite3") == 1
    assert "Hãy đóng Một Cửa Desk" in run.err.getvalue()
    assert marks_in(current) == {"mark-1", "mark-2", "mark-3"}


def test_the_help_says_restore_needs_the_app_closed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["main.py"])
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    listing = " ".join(capsys.readouterr().out.split())
    assert "chỉ chạy khi Một Cửa Desk đã đóng" in listing
    with pytest.raises(SystemExit):
        build_parser().parse_args(["restore"])
    assert "FILE" in capsys.readouterr().err
