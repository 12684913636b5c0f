"""Opening a commune's database: engine set-up from a URL, safe SQLite settings, sessions.

SQLite runs in WAL mode with ``synchronous=FULL`` so that a committed save survives a power cut,
and every transaction starts with ``BEGIN IMMEDIATE`` (SQLAlchemy's documented recipe for
pysqlite), so that a migration and its version bump commit together and two writers never
deadlock half-way.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from models.idhash import IdHasher

COMMUNE_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
BUSY_TIMEOUT_MS = 10_000
SERVER_CONNECT_TIMEOUT_S = 5


class DatabaseError(Exception):
    """The database cannot be used as asked; ``message`` is Vietnamese and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, ``None`` for another engine or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def is_network_path(path: Path) -> bool:
    """True for a UNC path or a mapped network drive, where SQLite's WAL mode is unsafe."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if os.name == "nt" and len(text) > 1 and text[1] == ":":
        drive_remote = 4  # DRIVE_REMOTE from GetDriveTypeW
        windll = ctypes.windll  # type: ignore[attr-defined]
        return bool(windll.kernel32.GetDriveTypeW(text[:2] + "\\") == drive_remote)
    return False


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy: pysqlite would otherwise commit DDL on its own.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL is switched on by enable_wal() once the file is known to be ours: a refused file
        # must be left byte for byte as it was.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def enable_wal(engine: Engine) -> None:
    """Put a SQLite file in WAL mode (kept in the file, so once is enough); no-op elsewhere."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        # Outside any transaction: journal_mode cannot change inside one.
        connection.connection.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA journal_mode = WAL"
        )


def create_db_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files are refused on network shares.

    ``hide_parameters`` keeps the values of a failed statement (names, phone numbers) out of the
    exception text, and so out of the log file.
    """
    path = sqlite_file(url)
    if path is not None:
        if is_network_path(path):
            raise DatabaseError(
                "Không dùng được tệp cơ sở dữ liệu nằm trên ổ mạng dùng chung. Hãy để tệp trên "
                "máy này, hoặc dùng máy chủ PostgreSQL khi nhiều bàn cùng làm việc "
                "(xem docs/postgresql.md)."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        kwargs: dict[str, Any] = {}
        if path is None:  # one shared in-memory database for every session
            kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        engine = create_engine(url, hide_parameters=True, **kwargs)
        _configure_sqlite(engine)
        return engine
    args: dict[str, Any] = {}
    if backend == "postgresql":
        # A pulled network cable must not freeze a desk for minutes: give up and go offline.
        args["connect_timeout"] = SERVER_CONNECT_TIMEOUT_S
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=args)


@dataclass
class Database:
    """An open, migrated database and what every unit of work needs with it."""

    engine: Engine
    hasher: IdHasher
    tz: ZoneInfo = COMMUNE_TZ

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        """The URL without its password, fit for the status bar."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded database."""
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any exception."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing it holds outlives the block."""
        with self._sessions() as session:
            yield session

    def local_now(self) -> datetime:
        """The commune's local time, naive: what forms show and what "today" means."""
        return datetime.now(self.tz).replace(tzinfo=None)

    def dispose(self) -> None:
        """Close every pooled connection (before a restore, at exit)."""
        self.engine.dispose()


def database_url_from(cli_value: str | None, default_url: str) -> str:
    """The URL to open: ``--db``, else ``MOTCUA_DATABASE_URL``, else the embedded file."""
    return cli_value or os.environ.get("MOTCUA_DATABASE_URL") or default_url
