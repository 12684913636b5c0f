"""An import reports its progress, and a cancel at any point rolls everything back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.db import Database
from models.entities import AuditEntry, Setting, Visit
from models.import_mapping import ImportMapping
from models.records_import import ImportOptions, import_records
from tests.models.legacy_books import ODD_NAMES, logbook, odd_logbook, same

NOW = datetime(2026, 1, 1, 12, 0)
ANSWERED = ImportMapping(
    {"Người đến làm việc": "Họ và tên", "Việc cần làm": None},
    procedures={"Dang ky khai sinh cho tre": "1.001193"},
    labels={"assistance": {"Cài app trên điện thoại": "vneid"}},
)


def counts(db: Database) -> tuple[int, int, int]:
    with db.reading() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Visit, AuditEntry, Setting)
        )


def test_progress_counts_the_checks_then_the_writes(db: Database, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    options = ImportOptions(progress=lambda done, total: steps.append((done, total)))
    report = import_records(db, logbook(tmp_path / "so.xlsx", same), actor="nhap", now=NOW,
                            options=options)  # fmt: skip
    assert report.added == 3
    assert steps == [(0, 6), (1, 6), (2, 6), (3, 6), (4, 6), (5, 6)]


@pytest.mark.parametrize("after", [0, 2, 4, 5])
def test_a_cancel_while_checking_or_writing_writes_nothing(
    db: Database, tmp_path: Path, after: int
) -> None:
    """Cancelled after ``after`` steps: 0–2 while rows are checked, 3–5 while they are written
    (visits added, the alias and the mapping remembered: all rolled back)."""
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > after

    before = counts(db)
    options = ImportOptions(mapping=ANSWERED, cancelled=cancelled)
    book = odd_logbook(tmp_path / "so.xlsx")
    report = import_records(db, book, actor="nhap", now=NOW, options=options)
    assert report.cancelled and not report.written and report.added == 0
    assert counts(db) == before
    again = import_records(db, book, actor="nhap", now=NOW, options=ImportOptions(mapping=ANSWERED))
    assert again.added == len(ODD_NAMES)  # nothing of the cancelled run is left in the way
