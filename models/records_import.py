"""Importing and exporting visits in the canonical file format (CSV or XLSX).

An import is one unit of work: every row is read and validated first, and by default nothing is
written unless every row is valid. Visits already held (same natural key, see
:attr:`CleanVisit.dedup_key`) are counted and skipped, so importing a file twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.day_lock import DayLocked, locks_in
from models.db import Database
from models.entities import Visit
from models.records_format import (
    DATE,
    ID_NUMBER,
    RecordsError,
    RowError,
    check_suffix,
    read_table,
    write_table,
)
from models.records_rows import convert_row, input_to_cells
from models.reference import load_reference
from models.validation import format_date
from models.visit_input import CleanVisit
from models.visit_queries import visit_as_input, visits_between
from models.visits import add_visit

# SQLite allows at most 999 bound parameters in old builds; stay well below.
_KEY_CHUNK = 500


@dataclass
class ImportReport:
    """What an import did: counts, the invalid rows, and warnings about imported rows."""

    file_name: str
    total: int = 0
    added: int = 0
    duplicates: int = 0
    invalid: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def invalid_rows(self) -> int:
        """How many rows have at least one problem."""
        return len({error.row for error in self.invalid})

    def audit_summary(self, skip_invalid: bool) -> dict[str, Any]:
        """The audit entry's content: the file name and counts, never personal data."""
        return {
            "file": self.file_name,
            "rows": self.total,
            "added": self.added,
            "duplicates": self.duplicates,
            "invalid_rows": self.invalid_rows,
            "skip_invalid": skip_invalid,
        }


def _live_keys(session: Session, keys: Iterable[str]) -> set[str]:
    wanted = sorted(set(keys))
    found: set[str] = set()
    for start in range(0, len(wanted), _KEY_CHUNK):
        chunk = wanted[start : start + _KEY_CHUNK]
        found.update(
            session.scalars(
                select(Visit.dedup_key)
                .where(Visit.dedup_key.in_(chunk))
                .where(Visit.deleted_at.is_(None))
            )
        )
    return found


def _read_visits(
    db: Database, path: Path, now: datetime | None
) -> tuple[ImportReport, list[tuple[int, CleanVisit]]]:
    table = read_table(path)
    ref = load_reference(db)
    now = now or db.local_now()
    report = ImportReport(
        file_name=path.name, total=len(table.rows), ignored_columns=table.ignored_columns
    )
    visits: list[tuple[int, CleanVisit]] = []
    for row in table.rows:
        visit, errors = convert_row(row, ref, now)
        if visit is None:
            report.invalid.extend(errors)
            continue
        visits.append((row.number, visit))
        report.warnings.extend(RowError(row.number, ID_NUMBER, text) for text in visit.warnings)
    return report, visits


def import_records(
    db: Database,
    path: Path,
    *,
    skip_invalid: bool = False,
    actor: str,
    now: datetime | None = None,
) -> ImportReport:
    """Import the visits of a canonical CSV or XLSX file; return what was done.

    All or nothing: when a row is invalid nothing is written (``report.written`` is False) unless
    ``skip_invalid``, which imports the valid rows. A row whose visit is already in the database
    (a live one) or earlier in the file counts as a duplicate and is not added. ``now`` is the
    commune's local time, for refusing visits dated in the future. Raises :class:`RecordsError`
    when the file cannot be read or lacks a required column.
    """
    report, visits = _read_visits(db, path, now)
    if report.invalid and not skip_invalid:
        return report
    try:
        _write_visits(db, report, visits, skip_invalid=skip_invalid, actor=actor)
    except _NothingWritten:
        report.added = 0  # rolled back
        return report
    report.written = True
    return report


class _NothingWritten(Exception):
    """Rolls the import back: a row turned out invalid once the database was consulted."""


def _write_visits(
    db: Database,
    report: ImportReport,
    visits: list[tuple[int, CleanVisit]],
    *,
    skip_invalid: bool,
    actor: str,
) -> None:
    with db.transaction() as session:
        # Inside the write transaction (BEGIN IMMEDIATE on SQLite): no other desk adds or locks
        # a day between these checks and the inserts.
        held = _live_keys(session, (visit.dedup_key for _row, visit in visits))
        locked = locks_in(session, {visit.occurred_at.date() for _row, visit in visits})
        for number, visit in visits:
            if visit.dedup_key in held:
                report.duplicates += 1
                continue
            lock = locked.get(visit.occurred_at.date())
            if lock is not None:
                report.invalid.append(RowError(number, DATE, DayLocked(lock, db.tz).message))
                continue
            add_visit(session, db, visit, actor=actor)
            held.add(visit.dedup_key)
            report.added += 1
        if report.invalid and not skip_invalid:
            raise _NothingWritten
        audit.record(
            session,
            actor=actor,
            action="import",
            entity="visit",
            after=report.audit_summary(skip_invalid),
        )


def export_records(
    db: Database,
    first: date,
    last: date,
    path: Path,
    with_personal_data: bool,
    *,
    actor: str,
) -> int:
    """Write the live visits of the local days ``first`` to ``last`` to ``path``; return the count.

    The format follows the suffix (.csv or .xlsx; anything else is refused with
    :class:`RecordsError`) and can be imported back. Personal fields are written only when
    ``with_personal_data``; an ID number is always written masked.
    """
    check_suffix(path)
    if first > last:
        raise RecordsError(
            f"Ngày bắt đầu {format_date(first)} sau ngày kết thúc {format_date(last)}: hãy đổi lại."
        )
    ref = load_reference(db)
    visits = visits_between(db, first, last)
    rows = [
        input_to_cells(
            visit_as_input(db, visit),
            ref,
            with_personal_data=with_personal_data,
            procedure_name=visit.procedure.name if visit.procedure else "",
        )
        for visit in visits
    ]
    write_table(path, rows)
    with db.transaction() as session:
        audit.record(
            session,
            actor=actor,
            action="export",
            entity="visit",
            after={
                "file": path.name,
                "from": first.isoformat(),
                "to": last.isoformat(),
                "rows": len(rows),
                "with_personal_data": with_personal_data,
            },
        )
    return len(rows)
