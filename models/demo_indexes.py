"""A demo run's secondary indexes and name index, set aside and built again from sorted data.

Keeping five indexes and the name search's FTS index (seven prefix lists per word) up to date
row by row cost four fifths of the demo's time; building them once at the end costs a fraction.
SQLite only; DDL is transactional there, so a failed run restores them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

from models.bulk_visits import NAME_INDEX_TRIGGER, index_names_since
from models.db import Database

# A million visits make a file of 750 MB: a larger page cache than SQLite's 2 MB default lets
# the index builds sort in memory and keeps the pages being filled there (this connection only).
BULK_CACHE_KIB = 256 * 1024
DEFAULT_CACHE_KIB = 2_000


@contextmanager
def bulk_pragmas(db: Database, connection: Connection) -> Iterator[None]:
    """A large page cache on SQLite for the block, SQLite's default again after it."""
    if not db.is_sqlite:
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{DEFAULT_CACHE_KIB}")


@dataclass(frozen=True)
class SetAside:
    """What :func:`set_indexes_aside` dropped, to make again in the same transaction."""

    statements: list[str]
    last_rowid: int
    name_index: bool


def set_indexes_aside(connection: Connection) -> SetAside:
    """Drop the visit tables' secondary indexes and the name index's insert trigger."""
    found = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        "((type = 'index' AND tbl_name IN ('visit', 'visit_assistance')) "
        "OR (type = 'trigger' AND name = ?))",
        (NAME_INDEX_TRIGGER,),
    ).all()
    last = connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM visit").scalar()
    for kind, name, _sql in found:
        connection.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    return SetAside(
        statements=[sql for _kind, _name, sql in found],
        last_rowid=int(last or 0),
        name_index=any(kind == "trigger" for kind, _name, _sql in found),
    )


def rebuild_indexes(connection: Connection, aside: SetAside) -> None:
    """Make again what :func:`set_indexes_aside` dropped, the new visits' names indexed."""
    for sql in aside.statements:
        connection.exec_driver_sql(sql)
    if aside.name_index:
        index_names_since(connection, aside.last_rowid)
