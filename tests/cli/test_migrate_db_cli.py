"""``migrate-db`` on the embedded engine (tests/integration does the PostgreSQL round trip)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models.access import PermissionDenied
from models.db import Database
from models.db_copy import database_sums
from models.entities import AuditEntry
from models.opening import open_database
from models.reference import add_village
from tests.actors import admin, chair
from tests.cli.runner import Runner
from tests.conftest import TEST_KEY
from tests.models.test_db_copy import fill


def url_of(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def test_a_copy_to_a_new_file_is_verified_and_audited(db: Database, tmp_path: Path) -> None:
    fill(db)
    run = Runner(db, tmp_path / "home", user=admin("hoa"))
    target = tmp_path / "usb" / "copy.sqlite3"
    assert run("migrate-db", "--to", url_of(target)) == 0, run.err.getvalue()
    out = run.out.getvalue()
    assert "visit:" in out and "khớp" in out and "Đã chép và kiểm tra" in out
    copy = open_database(url_of(target), hasher=TEST_KEY)
    sums, original = database_sums(copy.engine), database_sums(db.engine)
    assert {k: v for k, v in sums.items() if k != "audit_entry"} == {
        k: v for k, v in original.items() if k != "audit_entry"
    }
    with copy.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "migrate_db")).one()
    assert entry.actor == "hoa"
    assert json.loads(entry.after or "{}")["tables"]["visit"] == original["visit"].rows
    copy.dispose()


def test_a_target_with_data_is_refused_then_forced(
    db: Database, other_db: Database, tmp_path: Path
) -> None:
    fill(db)
    add_village(other_db, "Thôn Cũ", actor="test")
    target = other_db.engine.url.render_as_string(hide_password=False)
    run = Runner(db, tmp_path / "home", user=admin())
    assert run("migrate-db", "--to", target) == 1
    assert "Cơ sở dữ liệu đích đã có dữ liệu" in run.err.getvalue()
    assert "--force" in run.err.getvalue()
    assert run("migrate-db", "--to", target, "--force") == 0
    assert database_sums(other_db.engine)["village"] == database_sums(db.engine)["village"]


def test_the_same_database_is_not_copied_onto_itself(db: Database, tmp_path: Path) -> None:
    run = Runner(db, tmp_path / "home", user=admin())
    url = db.engine.url.render_as_string(hide_password=False)
    assert run("migrate-db", "--to", url) == 2
    assert "cùng một cơ sở dữ liệu" in run.err.getvalue()


def test_a_source_of_another_schema_is_refused(db: Database, tmp_path: Path) -> None:
    import shutil
    import sqlite3

    old = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "schema_0001.sqlite3", old)
    run = Runner(db, tmp_path / "home", user=admin())
    assert run("migrate-db", "--from", url_of(old), "--to", url_of(tmp_path / "n.sqlite3")) == 2
    assert "lược đồ 0001" in run.err.getvalue()
    with sqlite3.connect(old) as connection:  # the source was only read
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_only_an_admin_may_copy_the_database(db: Database, tmp_path: Path) -> None:
    run = Runner(db, tmp_path / "home", user=chair())
    with pytest.raises(PermissionDenied):
        run("migrate-db", "--to", url_of(tmp_path / "n.sqlite3"))
