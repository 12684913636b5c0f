"""The desk's one save of a new visit, written through the driver's cursor.

The clerk presses Enter hundreds of times a day, and SQLite's commit costs well under a
millisecond on a quiet disk: an ORM session and SQLAlchemy's per-statement execution were most of
a save (docs/performance.md, "Save"). Here five plain statements run on the driver's own
connection and cursor, in one transaction begun as every transaction of the app is
(``BEGIN IMMEDIATE`` on SQLite, models/db.py): the day lock, the village, the visit, its
assistance rows and its audit entry. The rows and the audit entry are built by the code the import
uses (:mod:`models.bulk_visits`), so they are the ORM's.

The rare cases need the ORM: a locked day raises :class:`~models.day_lock.DayLocked` with the
lock's details, a village not yet known is added and audited by
:func:`~models.reference.ensure_village`. The driver's transaction is then rolled back (nothing
was written yet) and the save made again in a Core transaction whose connection the ORM shares.
A driver error is raised as SQLAlchemy would raise it: the desk's outbox tells a lost server by it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, PoolProxiedConnection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.bulk_visits import VisitRows, binder, positional_mark, table_of
from models.day_lock import refuse_if_locked
from models.db import Database
from models.entities import LockedDay
from models.text import clean, fold
from models.visit_input import CleanVisit


class _NeedsOrm(Exception):
    """A locked day to describe or a village to add: the save is made again with the ORM."""


@lru_cache(maxsize=4)
def _queries(dialect: Dialect) -> tuple[str, str, Any]:
    """The day-lock and village look-ups in the driver's style, and how a day is bound."""
    mark = positional_mark(dialect)
    assert mark is not None, f"no positional parameters in {dialect.paramstyle}"
    return (
        f"SELECT 1 FROM locked_day WHERE day = {mark}",
        f"SELECT id FROM village WHERE name_folded = {mark}",
        binder(table_of(LockedDay).c.day, dialect),
    )


class _OneVisit(VisitRows):
    """The rows of one visit, its village looked up on the cursor (added by the ORM, if any)."""

    session: Session | None  # type: ignore[assignment]  # made for a new village only

    def __init__(self, cursor: Any, db: Database, actor: str, orm: Connection | None) -> None:
        super().__init__(None, db, actor)  # type: ignore[arg-type]
        self.cursor = cursor
        self.orm = orm

    def village_id(self, name: str) -> int | None:
        if not name:
            return None
        # Villages are renamed and added at other desks: asked every time, never cached.
        self.cursor.execute(_queries(self.db.engine.dialect)[1], (fold(clean(name)),))
        found = self.cursor.fetchone()
        if found is not None:
            return int(found[0])
        if self.orm is None:
            raise _NeedsOrm
        if self.session is None:
            self.session = Session(bind=self.orm)
        return super().village_id(name)


def _refuse_if_locked(cursor: Any, db: Database, day: date, orm: Connection | None) -> None:
    lock_sql, _, bind_day = _queries(db.engine.dialect)
    cursor.execute(lock_sql, (bind_day(day) if bind_day else day,))
    if cursor.fetchone() is None:
        return
    if orm is None:
        raise _NeedsOrm
    with Session(bind=orm) as session:  # the lock's details and its message
        refuse_if_locked(session, db, [day])


def write_visit(
    cursor: Any, db: Database, clean_visit: CleanVisit, actor: str, orm: Connection | None = None
) -> str:
    """Insert the visit, its assistance rows and its audit entry; return its id.

    ``orm`` is the Core connection of the cursor, when the ORM may share it; without it, a
    locked day or a new village raise :class:`_NeedsOrm` before anything is written.
    """
    _refuse_if_locked(cursor, db, clean_visit.occurred_at.date(), orm)
    maker = _OneVisit(cursor, db, actor, orm)
    try:
        visit_id, row, entry = maker.visit(clean_visit)
        if maker.session is not None:  # a new village: its audit entry goes before the visit's
            maker.session.flush()
    finally:
        if maker.session is not None:
            maker.session.close()  # the transaction is the connection's: it stays open
    visit_insert, kind_insert, audit_insert = maker.inserts
    cursor.execute(visit_insert.sql, row)
    if clean_visit.assistance:
        kinds = [kind_insert.bound((visit_id, code)) for code in clean_visit.assistance]
        cursor.executemany(kind_insert.sql, kinds)
    cursor.execute(audit_insert.sql, entry)
    return visit_id


@contextmanager
def _driver_errors(
    dialect: Dialect, connection: Connection | PoolProxiedConnection | None = None
) -> Iterator[None]:
    """Raise the driver's errors as SQLAlchemy's, a lost connection invalidated and marked."""
    try:
        yield
    except dialect.loaded_dbapi.Error as exc:
        proxied = connection.connection if isinstance(connection, Connection) else connection
        lost = dialect.is_disconnect(exc, proxied.dbapi_connection if proxied else None, None)
        if lost and connection is not None:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            None,
            None,
            exc,
            dialect.loaded_dbapi.Error,
            hide_parameters=True,
            connection_invalidated=lost,
            dialect=dialect,
        ) from exc


def _on_driver(db: Database, clean_visit: CleanVisit, actor: str) -> str:
    dialect = db.engine.dialect
    with _driver_errors(dialect):  # the pool's connect and ping are not wrapped either
        connection = db.engine.raw_connection()
    try:
        with _driver_errors(dialect, connection):
            cursor = connection.cursor()
            if dialect.name == "sqlite":
                # As models/db.py begins every transaction: the write lock first, so two desks'
                # saves queue up instead of failing half-way. Other drivers begin implicitly.
                cursor.execute("BEGIN IMMEDIATE")
            visit_id = write_visit(cursor, db, clean_visit, actor)
            connection.commit()
            return visit_id
    finally:
        connection.close()  # back to the pool, which rolls back whatever was not committed


def _on_core(db: Database, clean_visit: CleanVisit, actor: str) -> str:
    with db.engine.begin() as connection, _driver_errors(connection.dialect, connection):
        cursor = connection.connection.cursor()
        return write_visit(cursor, db, clean_visit, actor, orm=connection)


def save_new_visit(db: Database, clean_visit: CleanVisit, *, actor: str) -> str:
    """Save a new visit in its own transaction; return its id."""
    try:
        return _on_driver(db, clean_visit, actor)
    except _NeedsOrm:
        return _on_core(db, clean_visit, actor)
