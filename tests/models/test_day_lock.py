"""Locking a day: what a lock refuses, reopening with a reason, and the audit trail."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from models.day_lock import DayLocked, LockError, lock_day, lock_of, locks_between, reopen_day
from models.db import Database
from models.entities import AuditEntry
from models.records_format import COLUMNS
from models.records_import import import_records
from models.reference import ReferenceData
from models.visit_input import CleanVisit, VisitInput, validate_visit
from models.visit_queries import visits_on
from models.visits import delete_visits, save_visit, update_visit
from tests.actors import chair

DAY = date(2026, 11, 20)


def clean(
    ref: ReferenceData, when: datetime = datetime(2026, 11, 20, 9, 0), **changes: object
) -> CleanVisit:
    values: dict[str, object] = {
        "occurred_at": when,
        "citizen_name": "Bùi Thị Lan",
        "assistance": ["vneid"],
        "outcome": "helped",
    }
    values.update(changes)
    visit, errors = validate_visit(VisitInput(**values), ref)  # type: ignore[arg-type]
    assert visit is not None, errors
    return visit


def test_a_locked_day_refuses_new_edited_and_deleted_visits(
    db: Database, ref: ReferenceData
) -> None:
    visit_id = save_visit(db, clean(ref), actor="desk")
    lock_day(db, DAY, actor=chair("Chủ tịch Nguyễn Văn Chủ"), note="đủ số liệu")
    with pytest.raises(DayLocked) as caught:
        save_visit(db, clean(ref, when=datetime(2026, 11, 20, 15, 0)), actor="desk")
    assert "20/11/2026" in caught.value.message and "Nguyễn Văn Chủ" in caught.value.message
    assert "mở lại" in caught.value.message
    with pytest.raises(DayLocked):
        update_visit(db, visit_id, clean(ref, note="sửa"), expected_version=1, actor="desk")
    with pytest.raises(DayLocked):  # moving a visit out of a locked day is an edit of that day
        update_visit(
            db,
            visit_id,
            clean(ref, when=datetime(2026, 11, 21, 9)),
            expected_version=1,
            actor="desk",
        )
    with pytest.raises(DayLocked):
        delete_visits(db, [visit_id], actor="desk")
    assert len(visits_on(db, DAY)) == 1
    # Other days are untouched by the lock.
    save_visit(db, clean(ref, when=datetime(2026, 11, 21, 9)), actor="desk")


def test_moving_a_visit_into_a_locked_day_is_refused(db: Database, ref: ReferenceData) -> None:
    visit_id = save_visit(db, clean(ref, when=datetime(2026, 11, 21, 9)), actor="desk")
    lock_day(db, DAY, actor=chair("chair"))
    with pytest.raises(DayLocked):
        update_visit(db, visit_id, clean(ref), expected_version=1, actor="desk")


def test_reopening_needs_a_reason_then_allows_edits(db: Database, ref: ReferenceData) -> None:
    visit_id = save_visit(db, clean(ref), actor="desk")
    lock_day(db, DAY, actor=chair("chair"))
    with pytest.raises(LockError, match="lý do"):
        reopen_day(db, DAY, actor=chair("chair"), reason="  ")
    reopen_day(db, DAY, actor=chair("chair"), reason="Sót một lượt buổi chiều")
    assert lock_of(db, DAY) is None
    update_visit(db, visit_id, clean(ref, note="sửa"), expected_version=1, actor="desk")
    with db.reading() as session:
        actions = [
            (e.action, e.entity_id)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "day"))
        ]
    assert actions == [("lock", "2026-11-20"), ("reopen", "2026-11-20")]


def test_lock_states_and_refusals(db: Database) -> None:
    lock = lock_day(db, DAY, actor=chair("chair"), note="  ghi   chú ")
    assert lock.note == "ghi chú" and lock.locked_at.tzinfo is not None
    assert lock_of(db, DAY) == lock
    assert locks_between(db, date(2026, 11, 1), date(2026, 11, 30)) == {DAY: lock}
    with pytest.raises(LockError, match="đã chốt"):
        lock_day(db, DAY, actor=chair("chair"))
    with pytest.raises(LockError, match="chưa chốt"):
        reopen_day(db, date(2026, 11, 21), actor=chair("chair"), reason="x")


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_an_import_refuses_new_rows_on_a_locked_day_and_writes_nothing(
    db: Database, ref: ReferenceData, tmp_path: Path
) -> None:
    base = {"Họ và tên": "Lý Văn Tài", "Hình thức hỗ trợ": "VNeID", "Kết quả": "Đã hỗ trợ xong"}
    path = write_rows(
        tmp_path / "a.csv",
        [
            {**base, "Ngày": "21/11/2026", "Giờ": "08:00"},
            {**base, "Ngày": "20/11/2026", "Giờ": "08:00"},
        ],
    )
    lock_day(db, DAY, actor=chair("chair"))
    report = import_records(db, path, actor="cli", now=datetime(2026, 11, 23, 9))
    assert not report.written and report.added == 0
    assert [(e.row, e.column) for e in report.invalid] == [(3, "Ngày")]
    assert visits_on(db, date(2026, 11, 21)) == []
    report = import_records(db, path, actor="cli", skip_invalid=True, now=datetime(2026, 11, 23, 9))
    assert report.written and report.added == 1
