"""Build the empty database of one released schema revision, for the upgrade tests.

Why: a commune upgrades the app over a database that an older release created. So an empty
database of every released schema is kept here (TagStudio's rule), and
tests/models/test_migrations.py upgrades each one to the current head, checks that reference data
is seeded, and fails when the head revision has no snapshot or when a released migration was
edited after its snapshot was made.

A snapshot holds the tables of its revision and the ``alembic_version`` row, no reference data and
no visits; its journal mode is DELETE, so the file stands alone (no -wal beside it).

Usage, from the repository root::

    python tests/data/make_schema_snapshot.py 0001

writes tests/data/schema_0001.sqlite3. An existing file is never replaced (add ``--force`` only
for a revision that was never released).

Adding the next one: when a release ships a new migration, say revision 0002, run
``python tests/data/make_schema_snapshot.py 0002`` in that release's tree and commit
tests/data/schema_0002.sqlite3 together with the migration. Keep every older file: each one is a
database some commune may still have.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
ROOT = DATA_DIR.parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402

from models.db import create_db_engine  # noqa: E402
from models.migrate import MIGRATIONS_DIR  # noqa: E402


def snapshot_path(revision: str) -> Path:
    """Where the snapshot of ``revision`` is kept."""
    return DATA_DIR / f"schema_{revision}.sqlite3"


def make_snapshot(revision: str, target: Path) -> Path:
    """Run the migrations up to ``revision`` into a new, empty SQLite file at ``target``."""
    if target.exists():
        raise FileExistsError(target)
    engine = create_db_engine(f"sqlite:///{target.as_posix()}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.connect() as connection:
            # As models.migrate does: batch mode copies tables, with foreign keys off.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.commit()
    finally:
        engine.dispose()
    plain = sqlite3.connect(target, isolation_level=None)
    try:
        plain.execute("PRAGMA journal_mode = DELETE")
        plain.execute("VACUUM")
    finally:
        plain.close()
    return target


def main(argv: list[str] | None = None) -> int:
    """``make_schema_snapshot.py REVISION [--force]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="the Alembic revision id, e.g. 0001")
    parser.add_argument("--force", action="store_true", help="replace an existing snapshot")
    args = parser.parse_args(argv)
    target = snapshot_path(args.revision)
    if target.exists():
        if not args.force:
            print(f"{target} exists; snapshots of released schemas are never rebuilt.")
            return 1
        target.unlink()
    make_snapshot(args.revision, target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
