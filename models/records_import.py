"""Importing and exporting visits: the canonical file format, and old logbooks on the way in.

An import is one unit of work: every row is read and validated first, and by default nothing is
written unless every row is valid. Visits already held (same natural key, see
:attr:`CleanVisit.dedup_key`) are counted and skipped, so importing a file twice adds nothing.
Files are read by :func:`models.legacy_import.read_legacy_table`, which takes the canonical file
as it is and an old logbook (title rows, other column names, TCVN3 or VNI text, XLS) as well.
A dry run goes through the very same steps, writes included, and rolls them back.
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
from models.bulk_visits import insert_visits
from models.day_lock import DayLocked, locks_in
from models.db import Database
from models.entities import Visit
from models.legacy_import import read_legacy_table
from models.legacy_text import Override
from models.records_format import (
    DATE,
    ID_NUMBER,
    RecordsError,
    RowError,
    check_suffix,
    write_table,
)
from models.records_rows import convert_row, input_to_cells
from models.reference import load_reference
from models.validation import format_date
from models.visit_input import CleanVisit
from models.visit_queries import visit_as_input, visits_between

# SQLite allows at most 999 bound parameters in old builds; stay well below.
_KEY_CHUNK = 500


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do): counts, invalid rows, warnings.

    ``written`` says the visits were committed; ``accepted`` that the import went through (in a
    dry run: would have), so a dry run reports ``accepted`` and never ``written``. ``header_row``
    is the spreadsheet row of the header, ``sheet`` the sheet read (workbooks only), and
    ``encodings`` the legacy encoding each converted column was read in (TCVN3 or VNI; columns
    already in Unicode are not listed).
    """

    file_name: str
    total: int = 0
    added: int = 0
    duplicates: int = 0
    invalid: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    written: bool = False
    accepted: bool = False
    dry_run: bool = False
    header_row: int = 1
    sheet: str | None = None
    encodings: dict[str, str] = field(default_factory=dict)

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
            "sheet": self.sheet,
            "header_row": self.header_row,
            "encodings": self.encodings,
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
    db: Database,
    path: Path,
    now: datetime | None,
    *,
    sheet: str | None,
    legacy_encoding: Override,
) -> tuple[ImportReport, list[tuple[int, CleanVisit]]]:
    table = read_legacy_table(path, sheet=sheet, legacy_encoding=legacy_encoding)
    ref = load_reference(db)
    now = now or db.local_now()
    report = ImportReport(
        file_name=path.name,
        total=len(table.rows),
        ignored_columns=table.ignored_columns,
        header_row=table.header_row,
        sheet=table.sheet,
        encodings=dict(table.encodings),
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
    sheet: str | None = None,
    legacy_encoding: Override = "auto",
    dry_run: bool = False,
) -> ImportReport:
    """Import the visits of a CSV, XLSX or XLS file (canonical or an old logbook).

    All or nothing: when a row is invalid nothing is written (``report.written`` is False) unless
    ``skip_invalid``, which imports the valid rows. A row whose visit is already in the database
    (a live one) or earlier in the file counts as a duplicate and is not added. ``now`` is the
    commune's local time, for refusing visits dated in the future. ``sheet`` names the sheet of a
    workbook (default the first); ``legacy_encoding`` is ``"auto"`` or the encoding of every text
    column (``"tcvn3"``, ``"vni"``, ``"none"``). ``dry_run`` does everything, reports the same
    counts and rows, and rolls back: no visit and no audit entry is written. Raises
    :class:`RecordsError` when the file cannot be read or has no header row.
    """
    report, visits = _read_visits(db, path, now, sheet=sheet, legacy_encoding=legacy_encoding)
    report.dry_run = dry_run
    if report.invalid and not skip_invalid:
        return report
    try:
        _write_visits(db, report, visits, skip_invalid=skip_invalid, actor=actor, dry_run=dry_run)
    except _NothingWritten:
        report.added = 0  # rolled back
        return report
    except _DryRunDone:
        report.accepted = True  # rolled back, as asked; the counts are those of a real run
        return report
    report.accepted = report.written = True
    return report


class _NothingWritten(Exception):
    """Rolls the import back: a row turned out invalid once the database was consulted."""


class _DryRunDone(Exception):
    """Rolls a dry run back once it has done and counted everything a real run does."""


def _write_visits(
    db: Database,
    report: ImportReport,
    visits: list[tuple[int, CleanVisit]],
    *,
    skip_invalid: bool,
    actor: str,
    dry_run: bool = False,
) -> None:
    with db.transaction() as session:
        # Inside the write transaction (BEGIN IMMEDIATE on SQLite): no other desk adds or locks
        # a day between these checks and the inserts.
        held = _live_keys(session, (visit.dedup_key for _row, visit in visits))
        locked = locks_in(session, {visit.occurred_at.date() for _row, visit in visits})
        new: list[CleanVisit] = []
        for number, visit in visits:
            if visit.dedup_key in held:
                report.duplicates += 1
                continue
            lock = locked.get(visit.occurred_at.date())
            if lock is not None:
                report.invalid.append(RowError(number, DATE, DayLocked(lock, db.tz).message))
                continue
            new.append(visit)
            held.add(visit.dedup_key)
        if report.invalid and not skip_invalid:
            raise _NothingWritten
        # Each visit with its own audit entry, as add_visit writes them, in a few statements.
        report.added = len(insert_visits(session, db, new, actor=actor))
        audit.record(
            session,
            actor=actor,
            action="import",
            entity="visit",
            after=report.audit_summary(skip_invalid),
        )
        if dry_run:
            raise _DryRunDone


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
