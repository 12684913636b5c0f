"""Upgrading databases of every released schema, backups first, and refusing foreign ones.

The empty database of each released schema lives in tests/data (see make_schema_snapshot.py).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect

from models.db import DatabaseError, create_db_engine
from models.migrate import MIGRATIONS_DIR, current_revision, head_revision
from models.opening import open_database
from models.reference import KINDS, load_reference
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit
from tests.conftest import TEST_KEY
from tests.data.make_schema_snapshot import DATA_DIR, make_snapshot, snapshot_path

SNAPSHOTS = sorted(DATA_DIR.glob("schema_*.sqlite3"))


def revision_of(snapshot: Path) -> str:
    return snapshot.stem.removeprefix("schema_")


def url_of(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read ``path`` with a plain sqlite3 connection (no app pragmas, nothing written)."""
    with closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)) as connection:
        return connection.execute(sql).fetchall()


def tables(path: Path) -> set[str]:
    return {str(row[0]) for row in query(path, "SELECT name FROM sqlite_master WHERE type='table'")}


def copy_of(snapshot: Path, folder: Path) -> Path:
    target = folder / "commune.sqlite3"
    shutil.copyfile(snapshot, target)
    return target


def test_there_is_a_snapshot_and_the_head_has_one() -> None:
    assert SNAPSHOTS, "tests/data holds no schema_*.sqlite3"
    assert snapshot_path(head_revision()).exists(), (
        f"no snapshot of the head revision {head_revision()}: run "
        f"`python tests/data/make_schema_snapshot.py {head_revision()}` and commit the file"
    )


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=revision_of)
def test_snapshot_is_an_empty_database_of_its_revision(snapshot: Path) -> None:
    assert query(snapshot, "SELECT version_num FROM alembic_version") == [(revision_of(snapshot),)]
    assert query(snapshot, "PRAGMA journal_mode") == [("delete",)]
    assert query(snapshot, "PRAGMA integrity_check") == [("ok",)]
    assert query(snapshot, "SELECT count(*) FROM visit") == [(0,)]


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=revision_of)
def test_released_migrations_still_build_their_snapshot(snapshot: Path, tmp_path: Path) -> None:
    rebuilt = make_snapshot(revision_of(snapshot), tmp_path / "rebuilt.sqlite3")
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    assert query(rebuilt, schema) == query(snapshot, schema), (
        f"migration {revision_of(snapshot)} no longer builds the schema it was released with: "
        "a released migration must not change (add a new one instead)"
    )


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=revision_of)
def test_snapshot_upgrades_to_head_and_is_seeded(snapshot: Path, tmp_path: Path) -> None:
    path = copy_of(snapshot, tmp_path)
    backups = tmp_path / "backups"
    db = open_database(url_of(path), hasher=TEST_KEY, backup_dir=backups)
    try:
        assert current_revision(db.engine) == head_revision()
        ref = load_reference(db)
        assert set(ref.labels) == set(KINDS)
        assert {"1.001193", "1.004222", "2.000815"} <= {p.code for p in ref.procedures}
        raw = VisitInput(
            occurred_at=datetime(2026, 1, 5, 8, 0),
            citizen_name="Lê Văn Tám",
            assistance=["vneid"],
            outcome="helped",
        )
        clean, errors = validate_visit(raw, ref)
        assert clean is not None, errors
        save_visit(db, clean, actor="test")
    finally:
        db.dispose()
    made = list(backups.glob("*.sqlite3")) if backups.exists() else []
    assert len(made) == (0 if revision_of(snapshot) == head_revision() else 1)


# ------------------------------------------------------- a real next revision, in a copy

PROBE_MIGRATION = '''"""probe: a later revision, made by the tests only"""
import sqlalchemy as sa
from alembic import op

revision = "9001_probe"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("app_setting") as batch_op:
        batch_op.add_column(sa.Column("probe_note", sa.String(20), nullable=True))
    if {fail}:
        raise RuntimeError("the probe migration fails half-way")


def downgrade() -> None:
    op.drop_table("probe")
'''


def _migrations_with_probe(folder: Path, monkeypatch: pytest.MonkeyPatch, *, fail: bool) -> str:
    """Point models.migrate at a copy of the migrations with one more revision; return head."""
    down = head_revision()
    copy = folder / "migrations"
    shutil.copytree(MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    probe = PROBE_MIGRATION.format(down=down, fail=fail)
    (copy / "versions" / "9001_probe.py").write_text(probe, encoding="utf-8")
    monkeypatch.setattr("models.migrate.MIGRATIONS_DIR", copy)
    return down


@pytest.fixture
def commune_file(tmp_path: Path) -> Iterator[Path]:
    """A commune's database at the head revision, with a setting a person saved."""
    path = copy_of(snapshot_path(head_revision()), tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("INSERT INTO app_setting (key, value) VALUES ('marker', 'kept')")
        connection.commit()
    yield path


def test_an_older_database_is_backed_up_then_upgraded(
    commune_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _migrations_with_probe(tmp_path, monkeypatch, fail=False)
    backups = tmp_path / "backups"
    db = open_database(url_of(commune_file), hasher=TEST_KEY, backup_dir=backups)
    try:
        assert current_revision(db.engine) == "9001_probe"
        with db.engine.connect() as connection:
            assert "probe" in inspect(connection).get_table_names()
    finally:
        db.dispose()
    [backup] = backups.glob("*.sqlite3")
    assert backup.name.startswith(f"truoc-nang-cap-{old}-")
    assert query(backup, "PRAGMA integrity_check") == [("ok",)]
    assert query(backup, "SELECT version_num FROM alembic_version") == [(old,)]
    assert query(backup, "SELECT value FROM app_setting WHERE key = 'marker'") == [("kept",)]
    assert "probe" not in tables(backup)
    assert query(commune_file, "SELECT value FROM app_setting WHERE key = 'marker'") == [("kept",)]


def test_a_failing_migration_leaves_the_database_as_it_was(
    commune_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _migrations_with_probe(tmp_path, monkeypatch, fail=True)
    backups = tmp_path / "backups"
    with pytest.raises(RuntimeError, match="half-way"):
        open_database(url_of(commune_file), hasher=TEST_KEY, backup_dir=backups)
    # The migration and its version bump commit together or not at all.
    assert query(commune_file, "SELECT version_num FROM alembic_version") == [(old,)]
    assert "probe" not in tables(commune_file)
    columns = {row[1] for row in query(commune_file, "PRAGMA table_info(app_setting)")}
    assert "probe_note" not in columns
    assert query(commune_file, "SELECT value FROM app_setting WHERE key = 'marker'") == [("kept",)]
    assert len(list(backups.glob("*.sqlite3"))) == 1


def test_a_database_already_at_head_is_not_backed_up(commune_file: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    open_database(url_of(commune_file), hasher=TEST_KEY, backup_dir=backups).dispose()
    assert not backups.exists() or not any(backups.iterdir())


# ------------------------------------------------------- databases that are refused


def test_a_newer_schema_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = copy_of(snapshot_path(head_revision()), tmp_path)
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")  # as every file the app writes
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_app'")
    before = path.read_bytes()
    backups = tmp_path / "backups"
    with pytest.raises(DatabaseError) as refused:
        open_database(url_of(path), hasher=TEST_KEY, backup_dir=backups)
    assert "cập nhật ứng dụng" in refused.value.message
    assert "9999_from_a_newer_app" in refused.value.message
    assert path.read_bytes() == before
    assert not backups.exists()


def _foreign_file(folder: Path) -> Path:
    path = folder / "khach-hang.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO customers (name) VALUES ('Công ty A')")
        connection.commit()
    return path


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = _foreign_file(tmp_path)
    with pytest.raises(DatabaseError) as refused:
        open_database(url_of(path), hasher=TEST_KEY, backup_dir=tmp_path / "backups")
    assert "không phải của Một Cửa Desk" in refused.value.message
    assert tables(path) == {"customers"}
    assert query(path, "SELECT name FROM customers") == [("Công ty A",)]
    assert not (tmp_path / "backups").exists()


def test_a_refused_foreign_file_keeps_every_byte(tmp_path: Path) -> None:
    path = _foreign_file(tmp_path)
    before = path.read_bytes()
    with pytest.raises(DatabaseError):
        open_database(url_of(path), hasher=TEST_KEY)
    assert path.read_bytes() == before


def test_an_empty_file_is_migrated_from_scratch(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    engine = create_db_engine(url_of(path))
    engine.dispose()
    db = open_database(url_of(path), hasher=TEST_KEY, backup_dir=tmp_path / "backups")
    db.dispose()
    assert query(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert not (tmp_path / "backups").exists()


def test_the_migrations_build_exactly_what_the_entities_declare(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from models.db import create_db_engine
    from models.entities import Base
    from models.migrate import upgrade

    engine = create_db_engine(f"sqlite:///{(tmp_path / 'x.sqlite3').as_posix()}")
    upgrade(engine)
    from models.visit_search import is_search_index

    def declared(name: str | None, kind: str, _parent: object) -> bool:
        return not (kind == "table" and is_search_index(name))

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": declared})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_the_head_read_from_the_files_is_alembics() -> None:
    from models.migrate import head_from_files

    # The start skips importing Alembic when the stored revision equals this head.
    assert head_from_files() == head_revision()
