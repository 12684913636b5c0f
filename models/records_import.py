"""Importing and exporting visits: the canonical file format, and old logbooks on the way in.

An import is one unit of work, one write transaction: rows are read, validated and written a
chunk at a time inside it, and by default it is rolled back unless every row is valid. Visits
already held (same natural key, see :attr:`CleanVisit.dedup_key`) are counted and skipped, so
importing a file twice adds nothing. Files are read by :mod:`models.legacy_stream` (row by row,
as :func:`models.legacy_import.read_legacy_table` reads them whole for the wizard), which takes
the canonical file as it is and an old logbook (title rows, other column names, TCVN3 or VNI
text, XLS) as well. A dry run goes through the very same steps, writes included, and rolls
them back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.bulk_visits import CHUNK, insert_visits, name_index_after, positional_mark
from models.day_lock import DayLocked, locks_in
from models.db import Database
from models.entities import Visit
from models.import_answers import Answers
from models.import_mapping import ImportMapping
from models.import_memory import load_memory, remember
from models.import_report import ImportCancelled, ImportOptions, ImportReport
from models.legacy_import import LegacyTable
from models.legacy_stream import StreamedTables, streamed_tables
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

__all__ = ["ImportCancelled", "ImportOptions", "ImportReport", "export_records", "import_records"]

# SQLite allows at most 999 bound parameters in old builds; stay well below.
_KEY_CHUNK = 500


def _live_keys(session: Session, keys: Iterable[str]) -> set[str]:
    wanted = sorted(set(keys))
    found: set[str] = set()
    connection = session.connection()
    # Straight to the driver (two hundred queries of 500 keys in a large import): SQLAlchemy
    # spends longer expanding 500 parameters than SQLite spends finding them.
    mark = positional_mark(connection.dialect)
    for start in range(0, len(wanted), _KEY_CHUNK):
        chunk = wanted[start : start + _KEY_CHUNK]
        if mark is None:
            query = select(Visit.dedup_key).where(Visit.dedup_key.in_(chunk))
            found.update(session.scalars(query.where(Visit.deleted_at.is_(None))))
            continue
        marks = ", ".join([mark] * len(chunk))
        sql = f"SELECT dedup_key FROM visit WHERE deleted_at IS NULL AND dedup_key IN ({marks})"
        found.update(connection.exec_driver_sql(sql, tuple(chunk)).scalars())
    return found


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

    A CSV is read, checked and written :data:`models.bulk_visits.CHUNK` rows at a time inside
    the one write transaction, so memory does not grow with the file; a row found invalid stops
    the writing (the rest is still checked, to list every invalid row) and the end rolls back.
    """
    options = options or ImportOptions(sheet=sheet, legacy_encoding=legacy_encoding)
    with streamed_tables(
        path,
        sheet=options.sheet,
        legacy_encoding=options.legacy_encoding,
        mapping=options.mapping,
        all_sheets=options.all_sheets,
    ) as read:
        run = _Run(db, read, path, now, options, skip_invalid=skip_invalid)
        report = run.report
        report.dry_run = dry_run
        try:
            with db.transaction() as session:
                run.go(session, actor=actor, dry_run=dry_run)
        except ImportCancelled:
            return ImportReport(file_name=path.name, dry_run=dry_run, cancelled=True)
        except _NothingWritten:
            report.added = 0  # rolled back
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
    """Rolls the import back: a row turned out invalid, or its day is locked."""


class _DryRunDone(Exception):
    """Rolls a dry run back once it has done and counted everything a real run does."""


class _Run:
    """One import, chunk after chunk: rows read and checked, then their visits written.

    The report comes out as the whole-file import made it: the rows' own problems first (in row
    order), then the rows of locked days; with a row invalid and ``skip_invalid`` off, only the
    rows' own problems and no duplicates (nothing was compared with the database).
    """

    def __init__(
        self,
        db: Database,
        read: StreamedTables,
        path: Path,
        now: datetime | None,
        options: ImportOptions,
        *,
        skip_invalid: bool,
    ) -> None:
        self.db, self.read, self.options, self.skip_invalid = db, read, options, skip_invalid
        self.ref = load_reference(db)
        self.answers = Answers(
            self.ref, options.mapping, load_memory(db).aliases,
            accept_near=options.accept_near_matches,
        )  # fmt: skip
        self.now = now or db.local_now()
        first = read.tables[0].table
        self.memory = _Memory(first, options.mapping, self.answers)
        self.report = ImportReport(
            file_name=path.name,
            ignored_columns=first.ignored_columns,
            header_row=first.header_row,
            sheet=first.sheet,
            encodings={c: e for t in read.tables for c, e in t.table.encodings.items()},
            sheets=[t.table.sheet for t in read.tables if t.table.sheet is not None],
            skipped_sheets=read.skipped,
            all_sheets=options.all_sheets,
        )
        self.seen: set[str] = set()  # natural keys of visits checked but not written
        self.locked_rows: list[RowError] = []

    @property
    def writing(self) -> bool:
        """Whether the visits checked are still to be written (nothing invalid, or skipped)."""
        return self.skip_invalid or not (self.report.invalid or self.locked_rows)

    def go(self, session: Session, *, actor: str, dry_run: bool) -> None:
        report, rows = self.report, self.read.rows()
        with name_index_after(self.db, session):
            while chunk := list(islice(rows, CHUNK)):
                read = report.total + len(chunk)
                total = 2 * (read if len(chunk) < CHUNK else self.read.expected_rows(read))
                visits = self._check(chunk, 2 * report.total, total)
                if self.skip_invalid or not report.invalid:
                    self._write(session, visits, 2 * report.total + len(chunk), total, actor)
                report.total += len(chunk)
            report.footer_rows = sum(t.table.footer_rows for t in self.read.tables)
            report.questions = self.answers.open_questions()
            report.accepted_near = self.answers.accepted_near()
            if report.invalid and not self.skip_invalid:
                report.duplicates = 0  # as though never compared: the file is to be fixed first
                raise _NothingWritten
            report.invalid.extend(self.locked_rows)
            if report.invalid and not self.skip_invalid:
                raise _NothingWritten
        self.memory.write(session, actor)
        audit.record(
            session, actor=actor, action="import", entity="visit",
            after=report.audit_summary(self.skip_invalid),
        )  # fmt: skip
        if dry_run:
            raise _DryRunDone

    def _check(
        self, chunk: list[SourceRow], done: int, total: int
    ) -> list[tuple[SourceRow, CleanVisit]]:
        report, ref, now, answers, tick = self.report, self.ref, self.now, self.answers, None
        tick = self.options.tick
        visits: list[tuple[SourceRow, CleanVisit]] = []
        for step, row in enumerate(chunk, done):
            tick(step, total)
            visit, errors = convert_row(row, ref, now, answers)
            if visit is None:
                report.invalid.extend(errors)
                continue
            visits.append((row, visit))
            if visit.warnings:
                report.warnings.extend(
                    RowError(row.number, ID_NUMBER, text, row.sheet) for text in visit.warnings
                )
        return visits

    def _write(
        self,
        session: Session,
        visits: list[tuple[SourceRow, CleanVisit]],
        done: int,
        total: int,
        actor: str,
    ) -> None:
        # Inside the write transaction (BEGIN IMMEDIATE on SQLite): no other desk adds or locks
        # a day between these checks and the inserts.
        seen, report = self.seen, self.report
        # The visits written by earlier chunks are in the database: only those checked but not
        # written (the writing stopped) are remembered here.
        held = _live_keys(session, {v.dedup_key for _r, v in visits} - seen)
        locked = locks_in(session, {visit.occurred_at.date() for _row, visit in visits})
        new: dict[str, CleanVisit] = {}
        for step, (row, visit) in enumerate(visits, done):
            self.options.tick(step, total)
            key = visit.dedup_key
            if key in new or key in seen or key in held:
                report.duplicates += 1
                continue
            lock = locked.get(visit.occurred_at.date())
            if lock is not None:
                message = DayLocked(lock, self.db.tz).message
                self.locked_rows.append(RowError(row.number, DATE, message, row.sheet))
                continue
            new[key] = visit
        if not self.writing:
            seen.update(new)
        else:
            # Each visit with its own audit entry, as add_visit writes them, in a few statements.
            report.added += len(insert_visits(session, self.db, list(new.values()), actor=actor))


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
