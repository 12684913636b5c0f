"""Bringing a database to this app's schema with Alembic, safely.

An existing SQLite file is backed up (online backup API) before any migration touches it; a
database whose schema is newer than this app is refused, never "downgraded" by accident.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from models.backup import backup_sqlite
from models.db import DatabaseError, sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_LINE = re.compile(r'^(revision|down_revision) = (?:"([^"]+)"|None)', re.MULTILINE)


def head_from_files() -> str | None:
    """The head revision read from the migration files themselves, without importing Alembic.

    Alembic takes a third of a second to import on a desk PC; at a start with an up-to-date
    schema (nearly every start) this answer is enough. ``None`` when the files do not show one
    head, and then Alembic decides.
    """
    return _head_in(MIGRATIONS_DIR / "versions")


@functools.cache
def _head_in(versions: Path) -> str | None:
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        for kind, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            if value:
                (revisions if kind == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError:  # no such table: a new database, Alembic sets it up
        return None


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The schema revision this app writes."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, ``None`` for an empty one."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    """True when this app's migrations contain ``revision`` (else the database is newer)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        ScriptDirectory.from_config(_config()).get_revision(revision)
    except CommandError:
        return False
    return True


def _check_known(engine: Engine, revision: str | None) -> None:
    if revision is None:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
        if tables:
            raise DatabaseError(
                "Cơ sở dữ liệu này không phải của Một Cửa Desk (có bảng nhưng không có phiên bản "
                "lược đồ). Hãy chọn một tệp khác hoặc một cơ sở dữ liệu trống."
            )
        return
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        ScriptDirectory.from_config(_config()).get_revision(revision)
    except CommandError as exc:
        raise DatabaseError(
            f"Cơ sở dữ liệu được tạo bởi một phiên bản Một Cửa Desk mới hơn (lược đồ {revision}). "
            "Hãy cập nhật ứng dụng lên phiên bản mới nhất rồi mở lại; dữ liệu không bị thay đổi."
        ) from exc


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Migrate to the head revision; return the backup made first, if any.

    The backup is taken only when a SQLite file already holds a schema older than the head.
    """
    stored = _stored_revision(engine)
    if stored is not None and stored == head_from_files():
        return None  # up to date: the usual start, without importing Alembic
    from alembic import command

    revision = current_revision(engine)
    _check_known(engine, revision)
    head = head_revision()
    if revision == head:
        return None
    backup: Path | None = None
    source = sqlite_file(engine.url.render_as_string(hide_password=False))
    if revision is not None and source is not None and backup_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(source, backup_dir / f"truoc-nang-cap-{revision}-{stamp}.sqlite3")
    config = _config()
    with engine.connect() as connection:
        is_sqlite = connection.dialect.name == "sqlite"
        if is_sqlite:
            # Batch mode copies tables; foreign keys must be off outside the transaction for that.
            connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys = OFF"
            )
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
        if is_sqlite:
            connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys = ON"
            )
    return backup
