"""The desk's one save of a new visit, written through the driver's cursor.

The clerk presses Enter hundreds of times a day, and SQLite's commit costs well under a
millisecond on a quiet disk: an ORM session and SQLAlchemy's per-statement execution were most of
a save (docs/performance.md, "Save"). Here one Core transaction (``BEGIN IMMEDIATE`` on SQLite, as
every transaction of the app) holds five plain statements on the connection's own cursor: the day
lock, the village, the visit, its assistance rows and its audit entry. The rows and the audit
entry are built by the code the import uses (:mod:`models.bulk_visits`), so they are the ORM's.

The rare branches go back to the ORM on the same connection and transaction, so they behave as
everywhere else: a locked day raises the same :class:`~models.day_lock.DayLocked`, a village not
yet known is added and audited by :func:`~models.reference.ensure_village`. A driver error is
raised as SQLAlchemy would raise it (the desk's outbox tells a lost server by it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.bulk_visits import _AUDIT_COLUMNS, _VISIT_COLUMNS, _inserts, _Rows, _table, binder
from models.day_lock import refuse_if_locked
from models.db import Database
from models.entities import LockedDay
from models.text import clean, fold
from models.visit_input import CleanVisit


@lru_cache(maxsize=4)
def _queries(dialect: Dialect) -> tuple[str, str, Any]:
    """The day-lock and village look-ups in the driver's style, and how a day is bound."""
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}[dialect.paramstyle]
    return (
        f"SELECT 1 FROM locked_day WHERE day = {mark}",
        f"SELECT id FROM village WHERE name_folded = {mark}",
        binder(_table(LockedDay).c.day, dialect),
    )


class _OneVisit(_Rows):
    """The rows of one visit; the village looked up on the cursor, added through the ORM."""

    session: Session | None  # type: ignore[assignment]  # made for a new village only

    def __init__(self, connection: Connection, cursor: Any, db: Database, actor: str) -> None:
        super().__init__(None, db, actor)  # type: ignore[arg-type]
        self.connection = connection
        self.cursor = cursor

    def village_id(self, name: str) -> int | None:
        if not name:
            return None
        # Villages are renamed and added at other desks: asked every time, never cached.
        self.cursor.execute(_queries(self.connection.dialect)[1], (fold(clean(name)),))
        found = self.cursor.fetchone()
        if found is not None:
            return int(found[0])
        if self.session is None:
            self.session = Session(bind=self.connection)
        return super().village_id(name)


def _refuse_if_locked(connection: Connection, cursor: Any, db: Database, day: date) -> None:
    lock_sql, _, bind_day = _queries(connection.dialect)
    cursor.execute(lock_sql, (bind_day(day) if bind_day else day,))
    if cursor.fetchone() is not None:
        with Session(bind=connection) as session:  # the lock's details and its message
            refuse_if_locked(session, db, [day])


@contextmanager
def _driver_errors(connection: Connection) -> Iterator[None]:
    """Raise the driver's errors as SQLAlchemy's, a lost connection marked as such."""
    dbapi = connection.dialect.loaded_dbapi
    try:
        yield
    except dbapi.Error as exc:
        lost = connection.dialect.is_disconnect(exc, connection.connection.dbapi_connection, None)
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            None,
            None,
            exc,
            dbapi.Error,
            hide_parameters=True,
            connection_invalidated=lost,
            dialect=connection.dialect,
        ) from exc


def write_visit(
    connection: Connection, cursor: Any, db: Database, clean_visit: CleanVisit, actor: str
) -> str:
    """Insert the visit, its assistance rows and its audit entry; return its id."""
    _refuse_if_locked(connection, cursor, db, clean_visit.occurred_at.date())
    maker = _OneVisit(connection, cursor, db, actor)
    try:
        row = maker.visit(clean_visit)
        if maker.session is not None:  # a new village: its audit entry goes before the visit's
            maker.session.flush()
    finally:
        if maker.session is not None:
            maker.session.close()  # the transaction is the connection's: it stays open
    visit_insert, kind_insert, audit_insert = _inserts(connection.dialect)
    cursor.execute(visit_insert.sql, visit_insert.bound([row[n] for n in _VISIT_COLUMNS]))
    if clean_visit.assistance:
        kinds = [kind_insert.bound((row["id"], code)) for code in clean_visit.assistance]
        cursor.executemany(kind_insert.sql, kinds)
    entry = maker.audit(row, clean_visit.assistance)
    cursor.execute(audit_insert.sql, audit_insert.bound([entry[n] for n in _AUDIT_COLUMNS]))
    return str(row["id"])


def save_new_visit(db: Database, clean_visit: CleanVisit, *, actor: str) -> str:
    """Save a new visit in its own transaction; return its id."""
    with db.engine.begin() as connection, _driver_errors(connection):
        cursor = connection.connection.cursor()
        try:
            return write_visit(connection, cursor, db, clean_visit, actor)
        finally:
            cursor.close()
