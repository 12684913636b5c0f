"""Opening the app's database at start: engine, migrations (backup first), reference data."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

from models.db import Database, create_db_engine, enable_wal
from models.idhash import IdHasher, load_or_create_key
from models.migrate import upgrade
from models.reference import seed_reference

# Any constant shared by every desk: the key of PostgreSQL's advisory lock around set-up.
SETUP_LOCK_KEY = 0x4D6F74437561  # "MotCua"


@contextmanager
def _one_desk_at_a_time(engine: Engine) -> Iterator[None]:
    """On a server, desks starting together migrate and seed one after the other."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SETUP_LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SETUP_LOCK_KEY})
            connection.commit()


def open_database(
    url: str,
    *,
    key_file: Path | None = None,
    backup_dir: Path | None = None,
    hasher: IdHasher | None = None,
) -> Database:
    """Open ``url``, migrate it to this app's schema and seed empty reference tables.

    Raises :class:`models.db.DatabaseError` with a Vietnamese message when the database cannot
    be used (a network share, a newer schema, not our database).
    """
    engine = create_db_engine(url)
    try:
        with _one_desk_at_a_time(engine):
            upgrade(engine, backup_dir)
            enable_wal(engine)
            if hasher is None:
                if key_file is None:
                    raise ValueError("either a hasher or a key file is needed")
                hasher = load_or_create_key(key_file)
            db = Database(engine=engine, hasher=hasher)
            with db.transaction() as session:
                seed_reference(session)
    except BaseException:
        engine.dispose()
        raise
    return db
