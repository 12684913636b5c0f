"""``migrate-db`` between the embedded file and the local PostgreSQL server, and back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from models.db import Database
from models.db_copy import database_sums
from models.entities import AuditEntry, Village
from models.opening import open_database
from models.reference import add_village
from tests.actors import admin, clerk
from tests.cli.runner import Runner
from tests.conftest import TEST_KEY
from tests.models.test_db_copy import fill

pytestmark = pytest.mark.postgres


def without_audit(sums: dict[str, object]) -> dict[str, object]:
    return {name: s for name, s in sums.items() if name != "audit_entry"}


def test_round_trip_sqlite_postgres_sqlite(db: Database, pg_url: str, tmp_path: Path) -> None:
    fill(db)
    original = database_sums(db.engine)
    run = Runner(db, tmp_path / "home", user=admin())
    assert run("migrate-db", "--to", pg_url) == 0, run.err.getvalue()
    assert "khớp" in run.out.getvalue()
    pg = create_engine(pg_url)
    assert without_audit(database_sums(pg)) == without_audit(original)
    back = tmp_path / "back.sqlite3"
    assert run("migrate-db", "--from", pg_url, "--to", f"sqlite:///{back.as_posix()}") == 0
    returned = open_database(f"sqlite:///{back.as_posix()}", hasher=TEST_KEY)
    assert without_audit(database_sums(returned.engine)) == without_audit(original)
    # The audit trail came along, plus one entry for each copy.
    with returned.reading() as session:
        moves = session.scalars(select(AuditEntry).where(AuditEntry.action == "migrate_db")).all()
    assert [json.loads(m.after or "{}")["from"].split(":")[0] for m in moves] == [
        "sqlite",
        "postgresql+psycopg",
    ]
    assert database_sums(returned.engine)["audit_entry"].rows == original["audit_entry"].rows + 2
    returned.dispose()
    pg.dispose()


def test_counters_continue_after_the_copy(db: Database, pg_url: str, tmp_path: Path) -> None:
    """Integer keys were copied as they were: PostgreSQL's sequences must start past them."""
    fill(db)
    run = Runner(db, tmp_path / "home", user=admin())
    assert run("migrate-db", "--to", pg_url) == 0, run.err.getvalue()
    pg_db = open_database(pg_url, hasher=TEST_KEY)
    add_village(pg_db, "Thôn Mới Lập", actor="test")
    with pg_db.reading() as session:
        assert session.scalar(select(Village.id).where(Village.name == "Thôn Mới Lập"))
    pg_db.dispose()


def test_a_non_empty_server_is_refused_without_force(
    db: Database, pg_db: Database, tmp_path: Path
) -> None:
    fill(db)
    url = pg_db.engine.url.render_as_string(hide_password=False)
    run = Runner(db, tmp_path / "home", user=admin())
    assert run("migrate-db", "--to", url) == 0, "a server holding only the catalog is empty"
    assert run("migrate-db", "--to", url) == 1
    assert (
        "--force" in run.err.getvalue() and "Cơ sở dữ liệu đích đã có dữ liệu" in run.err.getvalue()
    )
    assert run("migrate-db", "--to", url, "--force") == 0, run.err.getvalue()


def test_an_unreachable_server_is_named(db: Database, tmp_path: Path) -> None:
    run = Runner(db, tmp_path / "home", user=admin())
    url = "postgresql+psycopg://motcua:sai@127.0.0.1:1/motcua"
    assert run("migrate-db", "--to", url) == 2
    assert "Không kết nối được tới máy chủ 127.0.0.1:1" in run.err.getvalue()


def test_a_clerk_may_not_copy_the_database(db: Database, pg_url: str, tmp_path: Path) -> None:
    from models.access import PermissionDenied

    run = Runner(db, tmp_path / "home", user=clerk())
    with pytest.raises(PermissionDenied):
        run("migrate-db", "--to", pg_url)
