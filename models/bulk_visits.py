"""Adding validated visits with plain inserts: an import's hundred thousand, or the desk's one.

The same rows and the same audit entries the ORM would write (tests/models/test_bulk_visits.py),
in a few statements per thousand visits instead of an ORM flush per visit: an import of 100,000
rows goes from minutes to a minute, and the desk's one save costs a fraction of the ORM's. Day
locks are the caller's business (the import reads them once, inside its transaction).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Table
from sqlalchemy.orm import Session

from models.audit_json import after_json
from models.db import Database
from models.entities import AuditEntry, Visit, VisitAssistance, new_id
from models.reference import ensure_village
from models.visit_input import CleanVisit

CHUNK = 2_000


def table_of(entity: type[Any]) -> Table:
    """The Core table of a mapped class (typed as a Table, for the inserts built from it)."""
    table = entity.__table__
    assert isinstance(table, Table)
    return table


class _Flags(dict[Any, Any]):
    """A boolean column's two bound values, bound once; anything else bound as it comes."""

    def __init__(self, process: Callable[[Any], Any]) -> None:
        super().__init__({True: process(True), False: process(False)})
        self.process = process

    def __missing__(self, value: Any) -> Any:
        return self.process(value)


def _same(value: Any) -> Any:
    return value


class VisitRows:
    """Builds each new visit's row and audit entry as the driver takes them, in insert order.

    The values go straight from the :class:`CleanVisit` into tuples: only the columns whose type
    converts (moments and days as text on SQLite, booleans as integers) go through their type's
    own bind conversion, and the run's stamps are converted once. An import of 100,000 visits
    spent more time building a dict per visit and binding every value than SQLite spent storing.
    """

    def __init__(self, session: Session, db: Database, actor: str) -> None:
        self.session = session
        self.db = db
        self.actor = actor
        self.villages: dict[str, int] = {}
        self.now = datetime.now(UTC)
        self.inserts = _inserts(db.engine.dialect)
        bind = _binders(db.engine.dialect)
        self.bind_moment, self.bind_day = bind["occurred_at"], bind["local_date"]
        self.consent = _Flags(bind["phone_consent"])
        self.minority = _Flags(bind["ethnic_minority"])
        self.disability = _Flags(bind["disability"])
        self.created = bind["created_at"](self.now)
        self.updated = bind["updated_at"](self.now)
        self.at = bind["at"](self.now)
        self.days: dict[date, Any] = {}

    def village_id(self, name: str) -> int | None:
        if not name:
            return None
        if name not in self.villages:
            self.villages[name] = ensure_village(self.session, name, actor=self.actor).id
        return self.villages[name]

    def visit(self, clean: CleanVisit) -> tuple[str, tuple[Any, ...], tuple[Any, ...]]:
        """The new visit's id, its row (:data:`_VISIT_COLUMNS`) and its audit entry's."""
        local = clean.occurred_at.replace(tzinfo=self.db.tz)
        occurred_at = local.astimezone(UTC)
        day = local.date()
        local_date = self.days.get(day)
        if local_date is None:
            local_date = self.days[day] = self.bind_day(day)
        visit_id = new_id()
        village_id = self.village_id(clean.village)
        row = (
            visit_id,
            1,
            self.bind_moment(occurred_at),
            local_date,
            clean.citizen_name,
            clean.name_folded,
            clean.birth_year,
            clean.sex,
            clean.phone,
            self.consent[clean.phone_consent],
            self.db.hasher.hash(clean.id_digits) if clean.id_digits else None,
            clean.id_last4,
            village_id,
            self.minority[clean.ethnic_minority],
            self.disability[clean.disability],
            clean.procedure_code,
            clean.channel,
            clean.outcome,
            clean.dossier_code,
            clean.reason_code,
            clean.reason_text,
            clean.clerk_name,
            clean.note,
            clean.service_seconds,
            clean.dedup_key,
            self.created,
            self.updated,
        )
        # The audit's "after" of a new visit: what models.visits.snapshot records.
        after = after_json(
            (
                occurred_at.isoformat(),
                clean.citizen_name,
                clean.birth_year,
                clean.sex,
                clean.phone,
                clean.id_last4,
                village_id,
                clean.ethnic_minority,
                clean.disability,
                clean.procedure_code,
                list(clean.assistance),
                clean.channel,
                clean.outcome,
                clean.dossier_code,
                clean.reason_code,
                clean.reason_text,
                clean.clerk_name,
                clean.note,
            )
        )
        audit = (self.at, self.actor, "create", "visit", visit_id, None, after)
        return visit_id, row, audit


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


def placeholders(dialect: Dialect, columns: Sequence[str]) -> list[str]:
    """The driver's own parameter marks for ``columns``, in order (?, %s, :1 or :name)."""
    mark = {"qmark": "?", "numeric": ":{n}", "named": ":{name}"}.get(dialect.paramstyle, "%s")
    return [mark.format(n=n, name=name) for n, name in enumerate(columns, 1)]


def positional_mark(dialect: Dialect) -> str | None:
    """The driver's mark for a value passed by position (``?`` or ``%s``); None if it has none."""
    return {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(dialect.paramstyle)


def _statement(dialect: Dialect, table: str, columns: Sequence[str]) -> str:
    """An INSERT of ``columns`` in the driver's own parameter style."""
    marks = ", ".join(placeholders(dialect, columns))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def binder(column: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column type's own conversion to what the driver takes (dates as text on SQLite)."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[no-any-return]


class DriverInsert:
    """An INSERT run with the driver's ``executemany`` on tuples, values bound as SQLAlchemy would.

    ``session.execute(insert(table), dicts)`` spends more time building each row's parameters
    than SQLite spends storing it; here each value goes through its column type's own bind
    conversion and nothing else.
    """

    def __init__(self, dialect: Dialect, table: Table, columns: Sequence[str]) -> None:
        self.sql = _statement(dialect, table.name, columns)
        self.processors = [
            (at, process)
            for at, name in enumerate(columns)
            if (process := binder(table.c[name], dialect)) is not None
        ]

    def bound(self, row: Sequence[Any]) -> tuple[Any, ...]:
        """One row's values as the driver takes them."""
        if not self.processors:
            return tuple(row)
        values = list(row)
        for at, process in self.processors:
            values[at] = process(values[at])
        return tuple(values)

    def run(self, session: Session, rows: Sequence[Sequence[Any]]) -> None:
        """Insert ``rows``, already bound. The session is flushed first: the rows may refer to
        what it holds (a village just added), and its pending audit entries keep their order."""
        if not rows:
            return
        session.flush()
        session.connection().exec_driver_sql(self.sql, rows)


# In the order :meth:`VisitRows.visit` builds a row (tests/models/test_bulk_visits.py: every
# column of the table but ``deleted_at``, which a new visit leaves empty).
_VISIT_COLUMNS = [
    "id", "version", "occurred_at", "local_date", "citizen_name", "name_folded", "birth_year",
    "sex", "phone", "phone_consent", "id_hash", "id_last4", "village_id", "ethnic_minority",
    "disability", "procedure_code", "channel", "outcome", "dossier_code", "reason_code",
    "reason_text", "clerk_name", "note", "service_seconds", "dedup_key", "created_at",
    "updated_at",
]  # fmt: skip
_KIND_COLUMNS = ["visit_id", "assistance_code"]
_AUDIT_COLUMNS = ["at", "actor", "action", "entity", "entity_id", "before", "after"]


@lru_cache(maxsize=4)
def _inserts(dialect: Dialect) -> tuple[DriverInsert, DriverInsert, DriverInsert]:
    """The three inserts of a visit, made once per dialect: the desk's save runs them too."""
    return (
        DriverInsert(dialect, table_of(Visit), _VISIT_COLUMNS),
        DriverInsert(dialect, table_of(VisitAssistance), _KIND_COLUMNS),
        DriverInsert(dialect, table_of(AuditEntry), _AUDIT_COLUMNS),
    )


@lru_cache(maxsize=4)
def _binders(dialect: Dialect) -> dict[str, Callable[[Any], Any]]:
    """The bind conversion of each visit and audit column (the value itself where none)."""
    columns = [(table_of(Visit).c[name], name) for name in _VISIT_COLUMNS]
    columns.append((table_of(AuditEntry).c.at, "at"))
    return {name: binder(column, dialect) or _same for column, name in columns}


def insert_visits(
    session: Session, db: Database, visits: Sequence[CleanVisit], *, actor: str
) -> list[str]:
    """Insert ``visits`` in the caller's transaction, each with its audit entry; return the ids."""
    maker = VisitRows(session, db, actor)
    visit_insert, kind_insert, audit_insert = maker.inserts
    ids: list[str] = []
    for start in range(0, len(visits), CHUNK):
        rows, kinds, audits = [], [], []
        for clean in visits[start : start + CHUNK]:
            visit_id, row, audit = maker.visit(clean)
            ids.append(visit_id)
            rows.append(row)
            kinds += [(visit_id, code) for code in clean.assistance]
            audits.append(audit)
        visit_insert.run(session, rows)
        if kind_insert.processors:  # none on SQLite or PostgreSQL: two texts
            kinds = [kind_insert.bound(kind) for kind in kinds]
        kind_insert.run(session, kinds)
        audit_insert.run(session, audits)
    return ids
