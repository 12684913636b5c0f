"""Opening the app's database at start: engine, migrations (backup first), reference data."""

from __future__ import annotations

from pathlib import Path

from models.db import Database, create_db_engine, enable_wal
from models.idhash import IdHasher, load_or_create_key
from models.migrate import upgrade
from models.reference import seed_reference


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
