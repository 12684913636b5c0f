"""The offline outbox on the embedded engine: kept, sent once, never an ID number in clear."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from models.day_lock import lock_day, reopen_day
from models.db import Database, create_db_engine
from models.entities import Visit
from models.outbox import Outbox
from models.reference import ReferenceData
from models.visit_input import CleanVisit, VisitInput, validate_visit
from models.visit_queries import visits_on
from models.visits import save_visit_once
from tests.actors import chair
from tests.conftest import TEST_KEY

ID_NUMBER = "019055001234"


def typed(ref: ReferenceData, name: str = "Hà Văn Sơn", minute: int = 30) -> CleanVisit:
    raw = VisitInput(
        occurred_at=datetime(2026, 11, 23, 9, minute),
        citizen_name=name,
        birth_year=1955,
        id_number=ID_NUMBER,
        phone="0912345678",
        phone_consent=True,
        village="Thôn Bản Mới",
        procedure_code="1.004222",
        assistance=["file_on_behalf", "portal_login"],
        channel="online_full",
        outcome="submitted",
        dossier_code="h1 - 0001",
        note="ghi chú",
    )
    clean, errors = validate_visit(raw, ref)
    assert clean is not None, errors
    return clean


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "home" / "outbox.sqlite3")


def test_a_queued_visit_comes_back_whole_without_its_id_number(
    outbox: Outbox, ref: ReferenceData
) -> None:
    clean = typed(ref)
    visit_id = outbox.put(clean, TEST_KEY, actor="hoa")
    (item,) = outbox.pending()
    assert item.id == visit_id and item.actor == "hoa"
    assert item.id_hash == TEST_KEY.hash(ID_NUMBER)
    assert item.clean.id_digits is None and item.clean.id_last4 == "1234"
    assert item.clean.assistance == clean.assistance
    assert item.clean.occurred_at == clean.occurred_at
    assert item.clean.dedup_key == clean.dedup_key
    raw = outbox.path.read_bytes()
    wal = outbox.path.with_name(outbox.path.name + "-wal")
    assert ID_NUMBER.encode() not in raw + (wal.read_bytes() if wal.exists() else b"")


def test_sending_stores_each_visit_once_and_empties_the_outbox(
    outbox: Outbox, db: Database, ref: ReferenceData
) -> None:
    first = outbox.put(typed(ref), TEST_KEY, actor="hoa")
    second = outbox.put(typed(ref, "Lò Thị Mai", 40), TEST_KEY, actor="hoa")
    report = outbox.send_all(db)
    assert report.sent == [first, second] and report.left == 0 and not report.unreachable
    assert outbox.count() == 0
    rows = visits_on(db, date(2026, 11, 23))
    assert [r.id for r in rows] == [first, second]
    assert rows[0].id_masked.endswith("1234") and rows[0].village == "Thôn Bản Mới"
    with db.reading() as session:
        stored = session.get(Visit, first)
        assert stored is not None and stored.id_hash == TEST_KEY.hash(ID_NUMBER)
        assert stored.phone == "0912345678" and stored.dossier_code == "H1-0001"


def test_a_resend_after_a_lost_reply_adds_nothing(
    outbox: Outbox, db: Database, ref: ReferenceData
) -> None:
    visit_id = outbox.put(typed(ref), TEST_KEY, actor="hoa")
    (item,) = outbox.pending()
    # The server stored it but the reply never came back: the row is still in the outbox.
    assert save_visit_once(db, item.clean, visit_id=visit_id, id_hash=item.id_hash, actor="hoa")
    report = outbox.send_all(db)
    assert report.already_there == [visit_id] and report.sent == [] and outbox.count() == 0
    with db.reading() as session:
        assert len(session.scalars(select(Visit.id)).all()) == 1


def test_a_visit_of_a_day_locked_meanwhile_waits_with_the_reason(
    outbox: Outbox, db: Database, ref: ReferenceData
) -> None:
    visit_id = outbox.put(typed(ref), TEST_KEY, actor="hoa")
    lock_day(db, date(2026, 11, 23), actor=chair())
    report = outbox.send_all(db)
    assert list(report.refused) == [visit_id] and "đã chốt số liệu" in report.refused[visit_id]
    (item,) = outbox.pending()
    assert item.attempts == 1 and "đã chốt" in item.last_error
    reopen_day(db, date(2026, 11, 23), actor=chair(), reason="nhận lượt lưu tạm")
    assert outbox.send_all(db).sent == [visit_id]


def test_an_unreachable_database_keeps_everything(
    outbox: Outbox, ref: ReferenceData, tmp_path: Path
) -> None:
    outbox.put(typed(ref), TEST_KEY, actor="hoa")
    gone = Database(
        engine=create_db_engine(f"sqlite:///{(tmp_path / 'no' / 'x.sqlite3').as_posix()}"),
        hasher=TEST_KEY,
    )
    (tmp_path / "no").rmdir()  # the folder the engine would create is gone: connecting fails
    report = outbox.send_all(gone)
    assert report.unreachable and report.left == 1
    (item,) = outbox.pending()
    assert item.attempts == 0
    gone.dispose()


def test_the_outbox_has_its_own_small_schema(outbox: Outbox) -> None:
    with closing(sqlite3.connect(outbox.path)) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master")]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    assert "pending_visit" in tables and "visit" not in tables and version == 1
