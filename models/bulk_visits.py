"""Adding validated visits with plain inserts: an import's hundred thousand, or the desk's one.

The same rows and the same audit entries the ORM would write (tests/models/test_bulk_visits.py),
in a few statements per thousand visits instead of an ORM flush per visit: an import of 100,000
rows goes from minutes to a minute, and the desk's one save costs a fraction of the ORM's. Day
locks are the caller's business (the import reads them once, inside its transaction).
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Table
from sqlalchemy.orm import Session

from models.db import Database
from models.entities import AuditEntry, Visit, VisitAssistance, new_id
from models.reference import ensure_village
from models.visit_input import CleanVisit

CHUNK = 2_000


def _table(entity: type[Any]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def _snapshot(row: dict[str, Any], assistance: Sequence[str]) -> str:
    """The audit's "after" of a new visit: what :func:`models.visits.snapshot` records."""
    after = {
        "occurred_at": row["occurred_at"].isoformat(),
        "citizen_name": row["citizen_name"],
        "birth_year": row["birth_year"],
        "sex": row["sex"],
        "phone": row["phone"],
        "id_last4": row["id_last4"],
        "village_id": row["village_id"],
        "ethnic_minority": row["ethnic_minority"],
        "disability": row["disability"],
        "procedure_code": row["procedure_code"],
        "assistance": list(assistance),
        "channel": row["channel"],
        "outcome": row["outcome"],
        "dossier_code": row["dossier_code"],
        "reason_code": row["reason_code"],
        "reason_text": row["reason_text"],
        "clerk_name": row["clerk_name"],
        "note": row["note"],
    }
    return _JSON.encode(after)


# Made once: json.dumps with options builds an encoder per call, a fifth of an import's audit.
_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


class _Rows:
    def __init__(self, session: Session, db: Database, actor: str) -> None:
        self.session = session
        self.db = db
        self.actor = actor
        self.villages: dict[str, int] = {}
        self.now = datetime.now(UTC)

    def village_id(self, name: str) -> int | None:
        if not name:
            return None
        if name not in self.villages:
            self.villages[name] = ensure_village(self.session, name, actor=self.actor).id
        return self.villages[name]

    def visit(self, clean: CleanVisit) -> dict[str, Any]:
        local = clean.occurred_at.replace(tzinfo=self.db.tz)
        return {
            "id": new_id(),
            "version": 1,
            "occurred_at": local.astimezone(UTC),
            "local_date": local.date(),
            "citizen_name": clean.citizen_name,
            "name_folded": clean.name_folded,
            "birth_year": clean.birth_year,
            "sex": clean.sex,
            "phone": clean.phone,
            "phone_consent": clean.phone_consent,
            "id_hash": self.db.hasher.hash(clean.id_digits) if clean.id_digits else None,
            "id_last4": clean.id_last4,
            "village_id": self.village_id(clean.village),
            "ethnic_minority": clean.ethnic_minority,
            "disability": clean.disability,
            "procedure_code": clean.procedure_code,
            "channel": clean.channel,
            "outcome": clean.outcome,
            "dossier_code": clean.dossier_code,
            "reason_code": clean.reason_code,
            "reason_text": clean.reason_text,
            "clerk_name": clean.clerk_name,
            "note": clean.note,
            "service_seconds": clean.service_seconds,
            "dedup_key": clean.dedup_key,
            "created_at": self.now,
            "updated_at": self.now,
            "deleted_at": None,
        }

    def audit(self, row: dict[str, Any], assistance: Sequence[str]) -> dict[str, Any]:
        return {
            "at": self.now,
            "actor": self.actor,
            "action": "create",
            "entity": "visit",
            "entity_id": row["id"],
            "before": None,
            "after": _snapshot(row, assistance),
        }


# The name search's FTS index (migration 0005) is kept by this trigger on every insert.
NAME_INDEX_TRIGGER = "visit_name_fts_ai"
BULK_CACHE_KIB = 16 * 1024
DEFAULT_CACHE_KIB = 2_000


@contextmanager
def name_index_after(db: Database, session: Session) -> Iterator[None]:
    """Index the names of the visits inserted in the block once, at its end (SQLite's FTS).

    The trigger adds each name to the FTS index as its row goes in, seven prefix lists a word:
    three quarters of a bulk insert's time. Set aside for the block and then fed every new row
    in one statement, the index ends the same. Inside the caller's write transaction (DDL is
    transactional in SQLite, and no other connection writes meanwhile), so a rollback restores
    the trigger and no visit is ever left out of the index.
    """
    if not db.is_sqlite:
        yield
        return
    connection = session.connection()
    trigger = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (NAME_INDEX_TRIGGER,)
    ).scalar()
    if trigger is None:  # no FTS5 in this SQLite: the search has its fallback
        yield
        return
    last = connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM visit").scalar()
    connection.exec_driver_sql(f"DROP TRIGGER {NAME_INDEX_TRIGGER}")
    # Natural keys land all over their index: past SQLite's 2 MB default cache, each insert of
    # a large import reads and writes pages of the file. 16 MB holds the keys of 100,000 visits
    # (ids are time-ordered: they land at the end) and bounds what a large import adds to memory.
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{DEFAULT_CACHE_KIB}")
    session.flush()
    connection.exec_driver_sql(trigger)
    index_names_since(connection, int(last or 0))


def index_names_since(connection: Connection, last_rowid: int) -> None:
    """Feed the FTS name index every visit inserted after ``last_rowid``, its trigger set aside."""
    connection.exec_driver_sql(
        "INSERT INTO visit_name_fts (rowid, name_folded) "
        "SELECT rowid, name_folded FROM visit WHERE rowid > ?",
        (last_rowid,),
    )


def _statement(dialect: Dialect, table: str, columns: Sequence[str]) -> str:
    """An INSERT of ``columns`` in the driver's own parameter style."""
    mark = {"qmark": "?", "numeric": ":{n}", "named": ":{name}"}.get(dialect.paramstyle, "%s")
    marks = ", ".join(mark.format(n=n, name=name) for n, name in enumerate(columns, 1))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def binder(column: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column type's own conversion to what the driver takes (dates as text on SQLite)."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[no-any-return]


_UNSET = object()


class DriverInsert:
    """An INSERT run with the driver's ``executemany`` on tuples, values bound as SQLAlchemy would.

    ``session.execute(insert(table), dicts)`` spends more time building each row's parameters
    than SQLite spends storing it; here each value goes through its column type's own bind
    conversion and nothing else. The session is flushed first: the rows may refer to what it
    holds (a village just added), and its pending audit entries keep their order.
    """

    def __init__(self, dialect: Dialect, table: Table, columns: Sequence[str]) -> None:
        self.sql = _statement(dialect, table.name, columns)
        self.processors = [
            (at, process)
            for at, name in enumerate(columns)
            if (process := binder(table.c[name], dialect)) is not None
        ]

    def bound(self, row: Sequence[Any]) -> tuple[Any, ...]:
        """One row's values as the driver takes them (the desk's single save)."""
        values = list(row)
        for at, process in self.processors:
            values[at] = process(values[at])
        return tuple(values)

    def run(self, session: Session, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        processors = self.processors
        # The stamps (created, updated, audited) are one object for a whole batch: bound once.
        last_in: list[Any] = [_UNSET] * len(processors)
        last_out: list[Any] = [None] * len(processors)
        bound = []
        for row in rows:
            values = list(row)
            for n, (at, process) in enumerate(processors):
                value = values[at]
                if value is not last_in[n]:
                    last_in[n], last_out[n] = value, process(value)
                values[at] = last_out[n]
            bound.append(tuple(values))
        session.flush()
        session.connection().exec_driver_sql(self.sql, bound)


_VISIT_COLUMNS = [c.name for c in _table(Visit).columns if c.name != "deleted_at"]
_KIND_COLUMNS = ["visit_id", "assistance_code"]
_AUDIT_COLUMNS = ["at", "actor", "action", "entity", "entity_id", "before", "after"]


@lru_cache(maxsize=4)
def _inserts(dialect: Dialect) -> tuple[DriverInsert, DriverInsert, DriverInsert]:
    """The three inserts of a visit, made once per dialect: the desk's save runs them too."""
    return (
        DriverInsert(dialect, _table(Visit), _VISIT_COLUMNS),
        DriverInsert(dialect, _table(VisitAssistance), _KIND_COLUMNS),
        DriverInsert(dialect, _table(AuditEntry), _AUDIT_COLUMNS),
    )


# A row's values in the order of its insert, picked in one call.
visit_values = operator.itemgetter(*_VISIT_COLUMNS)
audit_values = operator.itemgetter(*_AUDIT_COLUMNS)


def insert_visits(
    session: Session, db: Database, visits: Sequence[CleanVisit], *, actor: str
) -> list[str]:
    """Insert ``visits`` in the caller's transaction, each with its audit entry; return the ids."""
    maker = _Rows(session, db, actor)
    visit_insert, kind_insert, audit_insert = _inserts(db.engine.dialect)
    ids: list[str] = []
    for start in range(0, len(visits), CHUNK):
        rows, kinds, audits = [], [], []
        for clean in visits[start : start + CHUNK]:
            row = maker.visit(clean)
            ids.append(row["id"])
            rows.append(visit_values(row))
            kinds += [(row["id"], code) for code in clean.assistance]
            audits.append(audit_values(maker.audit(row, clean.assistance)))
        visit_insert.run(session, rows)
        kind_insert.run(session, kinds)
        audit_insert.run(session, audits)
    return ids
