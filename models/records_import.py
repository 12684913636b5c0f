"""Importing and exporting visits: the canonical file format, and old logbooks on the way in.

An import is one unit of work: every row is read and validated first, and by default nothing is
written unless every row is valid. Visits already held (same natural key, see
:attr:`CleanVisit.dedup_key`) are counted and skipped, so importing a file twice adds nothing.
Files are read by :func:`models.legacy_import.read_legacy_table`, which takes the canonical file
as it is and an old logbook (title rows, other column names, TCVN3 or VNI text, XLS) as well.
A dry run goes through the very same steps, writes included, and rolls them back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.bulk_visits import insert_visits, name_index_after
from models.day_lock import DayLocked, locks_in
from models.db import Database
from models.entities import Visit
from models.import_answers import Answers, Question
from models.import_mapping import ImportMapping
from models.import_memory import load_memory, remember
from models.legacy_import import LegacyTable, read_all_sheets, read_legacy_table
from models.legacy_text import Override
from models.records_format import (
    DATE,
    ID_NUMBER,
    RecordsError,
    RowError,
    SourceRow,
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
    footer_rows: int = 0
    questions: list[Question] = field(default_factory=list)
    accepted_near: list[Question] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)
    all_sheets: bool = False
    cancelled: bool = False

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
            "sheets": self.sheets if self.all_sheets else None,
            "header_row": self.header_row,
            "footer_rows": self.footer_rows,
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


def _read_tables(
    path: Path,
    *,
    sheet: str | None,
    legacy_encoding: Override,
    mapping: ImportMapping | None,
    all_sheets: bool,
) -> tuple[list[LegacyTable], list[tuple[str, str]]]:
    if all_sheets:
        if path.suffix.lower() == ".csv":
            return [read_legacy_table(path, legacy_encoding=legacy_encoding, mapping=mapping)], []
        read = read_all_sheets(path, legacy_encoding=legacy_encoding, mapping=mapping)
        return read.tables, read.skipped
    table = read_legacy_table(path, sheet=sheet, legacy_encoding=legacy_encoding, mapping=mapping)
    return [table], []


def _read_visits(
    db: Database,
    path: Path,
    now: datetime | None,
    options: ImportOptions,
) -> tuple[ImportReport, list[tuple[SourceRow, CleanVisit]], Answers, list[LegacyTable]]:
    tables, skipped = _read_tables(
        path,
        sheet=options.sheet,
        legacy_encoding=options.legacy_encoding,
        mapping=options.mapping,
        all_sheets=options.all_sheets,
    )
    ref = load_reference(db)
    answers = Answers(
        ref, options.mapping, load_memory(db).aliases, accept_near=options.accept_near_matches
    )
    now = now or db.local_now()
    first = tables[0]
    report = ImportReport(
        file_name=path.name,
        total=sum(len(table.rows) for table in tables),
        ignored_columns=first.ignored_columns,
        header_row=first.header_row,
        sheet=first.sheet,
        encodings={column: e for table in tables for column, e in table.encodings.items()},
        footer_rows=sum(table.footer_rows for table in tables),
        sheets=[table.sheet for table in tables if table.sheet is not None],
        skipped_sheets=skipped,
        all_sheets=options.all_sheets,
    )
    visits: list[tuple[SourceRow, CleanVisit]] = []
    rows = [row for table in tables for row in table.rows]
    for done, row in enumerate(rows):
        options.tick(done, 2 * len(rows))
        visit, errors = convert_row(row, ref, now, answers)
        if visit is None:
            report.invalid.extend(errors)
            continue
        visits.append((row, visit))
        report.warnings.extend(
            RowError(row.number, ID_NUMBER, text, row.sheet) for text in visit.warnings
        )
    report.questions = answers.open_questions()
    report.accepted_near = answers.accepted_near()
    return report, visits, answers, tables


@dataclass
class ImportOptions:
    """How to read the file and what to do with near matches; progress and cancel hooks.

    ``progress(done, total)`` is called as rows are checked and written; ``cancelled()`` is
    asked as often: when it answers True, the import stops and writes nothing.
    """

    sheet: str | None = None
    legacy_encoding: Override = "auto"
    mapping: ImportMapping | None = None
    all_sheets: bool = False
    accept_near_matches: bool = False
    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def tick(self, done: int, total: int) -> None:
        """Report progress, and stop (:class:`ImportCancelled`) when asked to."""
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        if self.progress is not None:
            self.progress(done, total)


class ImportCancelled(Exception):
    """The person cancelled the import: everything done so far is rolled back."""


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
    options: ImportOptions | None = None,
) -> ImportReport:
    """Import the visits of a CSV, XLSX or XLS file (canonical or an old logbook).

    All or nothing: when a row is invalid nothing is written (``report.written`` is False) unless
    ``skip_invalid``, which imports the valid rows. A row whose visit is already in the database
    (a live one) or earlier in the file counts as a duplicate and is not added. ``now`` is the
    commune's local time, for refusing visits dated in the future. ``sheet`` names the sheet of a
    workbook (default the first); ``legacy_encoding`` is ``"auto"`` or the encoding of every text
    column (``"tcvn3"``, ``"vni"``, ``"none"``); ``options`` adds a column mapping, every sheet
    of one layout, near matches accepted, progress and cancel (then ``sheet`` and
    ``legacy_encoding`` are taken from it). ``dry_run`` does everything, reports the same counts
    and rows, and rolls back: no visit, no audit entry and nothing remembered is written. A
    real import that goes through remembers the clerk's column mapping for the header layout and
    the answers given (:mod:`models.import_memory`). Cancelled, it writes nothing and says so in
    ``report.cancelled``. Raises :class:`RecordsError` when the file cannot be read or has no
    header row.
    """
    options = options or ImportOptions(sheet=sheet, legacy_encoding=legacy_encoding)
    try:
        report, visits, answers, tables = _read_visits(db, path, now, options)
    except ImportCancelled:
        return ImportReport(file_name=path.name, dry_run=dry_run, cancelled=True)
    report.dry_run = dry_run
    if report.invalid and not skip_invalid:
        return report
    memory = _Memory(tables[0], options.mapping, answers)
    try:
        _write_visits(
            db, report, visits, skip_invalid=skip_invalid, actor=actor, dry_run=dry_run,
            options=options, memory=memory,
        )  # fmt: skip
    except _NothingWritten:
        report.added = 0  # rolled back
        return report
    except ImportCancelled:
        report.added = report.duplicates = 0  # rolled back
        report.cancelled = True
        return report
    except _DryRunDone:
        report.accepted = True  # rolled back, as asked; the counts are those of a real run
        return report
    report.accepted = report.written = True
    return report


@dataclass
class _Memory:
    """What a real import teaches :mod:`models.import_memory`."""

    table: LegacyTable
    mapping: ImportMapping | None
    answers: Answers

    def write(self, session: Session, actor: str) -> None:
        explicit = self.mapping is not None and bool(self.mapping.columns)
        remember(
            session,
            actor=actor,
            layout=self.table.layout if explicit else None,
            columns=self.table.column_mapping() if explicit else None,
            answers=self.answers.to_remember(),
        )


class _NothingWritten(Exception):
    """Rolls the import back: a row turned out invalid once the database was consulted."""


class _DryRunDone(Exception):
    """Rolls a dry run back once it has done and counted everything a real run does."""


def _write_visits(
    db: Database,
    report: ImportReport,
    visits: list[tuple[SourceRow, CleanVisit]],
    *,
    skip_invalid: bool,
    actor: str,
    dry_run: bool = False,
    options: ImportOptions | None = None,
    memory: _Memory | None = None,
) -> None:
    options = options or ImportOptions()
    with db.transaction() as session:
        # Inside the write transaction (BEGIN IMMEDIATE on SQLite): no other desk adds or locks
        # a day between these checks and the inserts.
        held = _live_keys(session, (visit.dedup_key for _row, visit in visits))
        locked = locks_in(session, {visit.occurred_at.date() for _row, visit in visits})
        new: list[CleanVisit] = []
        for done, (row, visit) in enumerate(visits):
            options.tick(len(visits) + done, 2 * len(visits))
            if visit.dedup_key in held:
                report.duplicates += 1
                continue
            lock = locked.get(visit.occurred_at.date())
            if lock is not None:
                message = DayLocked(lock, db.tz).message
                report.invalid.append(RowError(row.number, DATE, message, row.sheet))
                continue
            new.append(visit)
            held.add(visit.dedup_key)
        if report.invalid and not skip_invalid:
            raise _NothingWritten
        if memory is not None:
            memory.write(session, actor)
        # Each visit with its own audit entry, as add_visit writes them, in a few statements.
        with name_index_after(db, session):
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
