"""Copying a whole database (here SQLite to SQLite; tests/integration does PostgreSQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from models.access import Role
from models.day_lock import lock_day
from models.db import Database, create_db_engine
from models.db_copy import (
    CopyMismatch,
    TargetNotEmpty,
    copy_database,
    database_sums,
    table_sum,
    tables_in_order,
)
from models.demo import generate_demo
from models.handout_log import record_print
from models.reference import add_village
from models.users import add_user
from tests.actors import admin, chair


def fill(db: Database) -> None:
    """A little of everything: visits (with villages and assistance), a lock, a user, a print."""
    generate_demo(db, days=5, seed=7)
    lock_day(db, date(2020, 1, 2), actor=chair())
    add_user(db, admin("setup"), username="hoa", role=Role.ADMIN, password="mat-khau-dai-1")
    record_print(db, "1.001193", actor="hoa", copies=2)


def test_every_table_arrives_verified(db: Database, tmp_path: Path) -> None:
    fill(db)
    target = create_db_engine(f"sqlite:///{(tmp_path / 'copy.sqlite3').as_posix()}")
    report = copy_database(db.engine, target, batch_rows=7)
    assert database_sums(target) == database_sums(db.engine)
    assert report.tables["visit"].rows > 10
    assert set(report.tables) == {t.name for t in tables_in_order()}
    target.dispose()


def test_a_non_empty_target_is_refused_unless_forced(db: Database, other_db: Database) -> None:
    fill(db)
    add_village(other_db, "Thôn Có Sẵn", actor="test")
    before = database_sums(other_db.engine)
    with pytest.raises(TargetNotEmpty) as refused:
        copy_database(db.engine, other_db.engine)
    assert "--force" in refused.value.message and "village: 1" in refused.value.message
    assert database_sums(other_db.engine) == before  # nothing written
    copy_database(db.engine, other_db.engine, force=True)
    assert database_sums(other_db.engine) == database_sums(db.engine)


def test_the_checksum_sees_a_changed_value(db: Database) -> None:
    fill(db)
    with db.engine.connect() as connection:
        visit = next(t for t in tables_in_order() if t.name == "visit")
        before = table_sum(connection, visit)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE visit SET note = 'khác' WHERE rowid = 1"))
    with db.engine.connect() as connection:
        after = table_sum(connection, visit)
    assert before.rows == after.rows and before.checksum != after.checksum


def test_a_copy_that_does_not_match_is_rolled_back(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(db)
    target = create_db_engine(f"sqlite:///{(tmp_path / 'copy.sqlite3').as_posix()}")
    import models.db_copy as db_copy

    real = db_copy.table_sum
    calls: list[str] = []

    def lying(connection: object, table: object) -> object:
        result = real(connection, table)  # type: ignore[arg-type]
        calls.append(table.name)  # type: ignore[attr-defined]
        if table.name == "village" and calls.count("village") == 2:  # type: ignore[attr-defined]
            return db_copy.TableSum(result.rows, "0" * 64)
        return result

    monkeypatch.setattr(db_copy, "table_sum", lying)
    with pytest.raises(CopyMismatch) as failed:
        copy_database(db.engine, target)
    assert failed.value.tables == ["village"]
    monkeypatch.setattr(db_copy, "table_sum", real)
    assert all(s.rows == 0 for s in database_sums(target).values())
    target.dispose()


def test_a_target_that_only_holds_the_seeded_catalog_counts_as_empty(
    db: Database, other_db: Database
) -> None:
    """Another desk opened the new server first: its catalog is replaced, nothing is refused."""
    fill(db)
    copy_database(db.engine, other_db.engine)
    assert database_sums(other_db.engine) == database_sums(db.engine)
