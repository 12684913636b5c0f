"""The desk's save on the driver's cursor, on both engines: the ORM's rows, audit and errors."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError

import models.visit_save
from models.catalog import save_village
from models.db import Database, create_db_engine
from models.entities import AuditEntry, Village, Visit
from models.opening import open_database
from models.outbox import is_connection_error
from models.reference import load_reference
from models.visit_input import CleanVisit, validate_visit
from models.visits import add_visit, save_visit, snapshot
from tests.actors import admin
from tests.conftest import TEST_KEY
from tests.integration.test_postgres import visit


def clean_visit(db: Database, **changes: object) -> CleanVisit:
    clean, errors = validate_visit(visit(**changes), load_reference(db))
    assert clean is not None, errors
    return clean


@pytest.fixture
def other_desk(engine_db: Database) -> Iterator[Database]:
    """A second desk on the same database: its own engine, as another PC would have."""
    desk = open_database(
        engine_db.engine.url.render_as_string(hide_password=False), hasher=TEST_KEY
    )
    try:
        yield desk
    finally:
        desk.dispose()


def counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        visits = session.scalar(select(func.count()).select_from(Visit))
        audits = session.scalar(select(func.count()).select_from(AuditEntry))
        return int(visits or 0), int(audits or 0)


def village_of(db: Database, visit_id: str) -> tuple[int, str]:
    with db.reading() as session:
        found = session.execute(
            select(Village.id, Village.name).join(Visit).where(Visit.id == visit_id)
        ).one()
        return found.id, found.name


def audit_trail(db: Database) -> list[tuple[str, str, Any]]:
    with db.reading() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(a.entity, a.entity_id, json.loads(a.after or "null")) for a in rows]


def test_the_rows_and_audit_are_the_orms(engine_db: Database) -> None:
    clean = clean_visit(
        engine_db, village="Thôn Đông", note="ghi chú", phone="0912345678", phone_consent=True
    )
    with engine_db.transaction() as session:
        orm_id = add_visit(session, engine_db, clean, actor="desk").id
    fast_id = save_visit(engine_db, clean, actor="desk")
    with engine_db.reading() as session:
        orm, fast = (session.get(Visit, i) for i in (orm_id, fast_id))
        assert orm is not None and fast is not None
        columns = [c.key for c in Visit.__table__.columns]
        differ = {c for c in columns if getattr(orm, c) != getattr(fast, c)}
        assert differ == {"id", "created_at", "updated_at"}
        assert fast.assistance_codes == orm.assistance_codes == ["file_on_behalf"]
        after = json.loads(json.dumps(snapshot(fast), ensure_ascii=False, default=str))
    assert audit_trail(engine_db)[-1] == ("visit", fast_id, after)


def test_a_new_village_is_added_once_and_audited_before_the_visit(engine_db: Database) -> None:
    first = save_visit(engine_db, clean_visit(engine_db, village="Bản Mới Lập"), actor="desk")
    again = save_visit(engine_db, clean_visit(engine_db, village="ban moi lap"), actor="desk")
    village_id, name = village_of(engine_db, first)
    assert (village_of(engine_db, again), name) == ((village_id, name), "Bản Mới Lập")
    assert [(entity, entity_id) for entity, entity_id, _ in audit_trail(engine_db)] == [
        ("village", str(village_id)),
        ("visit", first),
        ("visit", again),
    ]


def test_a_village_renamed_or_added_at_another_desk_is_seen(
    engine_db: Database, other_desk: Database
) -> None:
    before = save_visit(engine_db, clean_visit(engine_db, village="Thôn Đông"), actor="desk")
    east, _ = village_of(engine_db, before)
    save_village(other_desk, east, "Thôn Đông Hòa", actor=admin())
    renamed = save_visit(engine_db, clean_visit(engine_db, village="thon dong hoa"), actor="d")
    old_name = save_visit(engine_db, clean_visit(engine_db, village="Thôn Đông"), actor="desk")
    assert village_of(engine_db, renamed) == (east, "Thôn Đông Hòa")
    assert village_of(engine_db, old_name)[0] != east  # the old name is a new village now
    added = save_village(other_desk, None, "Xóm Bãi", actor=admin())
    there = save_visit(engine_db, clean_visit(engine_db, village="Xóm Bãi"), actor="desk")
    assert village_of(engine_db, there) == (added.id, "Xóm Bãi")


def test_a_refused_row_raises_sqlalchemys_error_and_leaves_nothing(engine_db: Database) -> None:
    stored = counts(engine_db)
    unknown = dataclasses.replace(clean_visit(engine_db), procedure_code="9.999999")
    with pytest.raises(IntegrityError) as caught:
        save_visit(engine_db, unknown, actor="desk")
    assert not is_connection_error(caught.value)  # refused, not offline: the outbox keeps out
    assert counts(engine_db) == stored
    save_visit(engine_db, clean_visit(engine_db), actor="desk")  # the desk goes on
    assert counts(engine_db) == (stored[0] + 1, stored[1] + 1)


@pytest.mark.postgres
def test_a_connection_lost_mid_save_is_a_connection_error(
    pg_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = models.visit_save.write_visit

    def server_gone(cursor: Any, *args: Any, **kwargs: Any) -> str:
        cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")
        return real(cursor, *args, **kwargs)

    monkeypatch.setattr(models.visit_save, "write_visit", server_gone)
    with pytest.raises(Exception) as caught:
        save_visit(pg_db, clean_visit(pg_db), actor="desk")
    assert is_connection_error(caught.value)  # the desk's outbox takes the visit
    monkeypatch.setattr(models.visit_save, "write_visit", real)
    save_visit(pg_db, clean_visit(pg_db), actor="desk")  # a fresh connection from the pool
    assert counts(pg_db)[0] == 1


def test_the_write_lock_is_taken_before_the_checks(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """BEGIN IMMEDIATE, as every transaction of the app: a second desk waits, none fails late."""
    real = models.visit_save.write_visit
    refused: list[str] = []

    def other_desk_writes(*args: Any, **kwargs: Any) -> str:
        other = sqlite3.connect(db.engine.url.database or "", timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            refused.append(str(exc))
        finally:
            other.close()
        return real(*args, **kwargs)

    monkeypatch.setattr(models.visit_save, "write_visit", other_desk_writes)
    save_visit(db, clean_visit(db), actor="desk")
    assert refused == ["database is locked"]


def test_a_server_out_of_reach_is_a_connection_error(db: Database) -> None:
    pytest.importorskip("psycopg")
    nowhere = Database(create_db_engine("postgresql+psycopg://postgres@127.0.0.1:9/x"), TEST_KEY)
    try:
        with pytest.raises(OperationalError) as caught:
            save_visit(nowhere, clean_visit(db), actor="desk")
    finally:
        nowhere.dispose()
    assert is_connection_error(caught.value)  # the desk's outbox takes the visit
