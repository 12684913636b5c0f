"""The data-safety settings: SQLite pragmas, network shares, online backups, local settings."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.backup import backup_sqlite
from models.db import BUSY_TIMEOUT_MS, Database, DatabaseError, create_db_engine, is_network_path
from models.local_settings import FILE_NAME, LocalSettings, load_settings, save_settings

# ---------------------------------------------------------------- SQLite settings


def _pragmas(db: Database) -> dict[str, object]:
    with db.engine.connect() as connection:
        return {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }


def test_every_sqlite_connection_is_safe(db: Database) -> None:
    pragmas = _pragmas(db)
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 2  # FULL: a committed save survives a power cut
    assert pragmas["foreign_keys"] == 1
    assert pragmas["busy_timeout"] == BUSY_TIMEOUT_MS > 0
    db.dispose()  # a new connection from the pool gets the same settings
    assert _pragmas(db) == pragmas


def test_a_write_transaction_takes_the_write_lock_up_front(db: Database) -> None:
    path = Path(str(db.engine.url.database))
    with (
        db.transaction() as session,
        closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other,
    ):
        session.connection()  # the unit of work has begun; nothing written yet
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")


def test_foreign_keys_are_enforced(db: Database) -> None:
    with db.engine.connect() as connection, pytest.raises(Exception, match="FOREIGN KEY"):
        connection.exec_driver_sql(
            "INSERT INTO visit_assistance (visit_id, assistance_code) VALUES ('missing', 'vneid')"
        )
        connection.commit()


# ---------------------------------------------------------------- network shares


@pytest.mark.parametrize(
    "text",
    ["\\\\server\\share\\motcua.sqlite3", "\\\\192.168.1.5\\data\\x.db", "//server/share/x.db"],
)
def test_unc_paths_are_network_paths(text: str) -> None:
    assert is_network_path(Path(text))


@pytest.mark.parametrize("text", ["/home/clerk/motcua.sqlite3", "relative/x.db", "/server/x.db"])
def test_local_paths_are_not_network_paths(text: str) -> None:
    assert not is_network_path(Path(text))


def test_the_test_folder_is_local(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path / "x.db")


@pytest.mark.parametrize(
    "url", ["sqlite:///\\\\server\\share\\motcua.sqlite3", "sqlite://///server/share/motcua.db"]
)
def test_a_sqlite_file_on_a_share_is_refused(url: str) -> None:
    with pytest.raises(DatabaseError) as refused:
        create_db_engine(url)
    assert "ổ mạng" in refused.value.message and "PostgreSQL" in refused.value.message


def test_a_share_path_is_kept_as_a_share_by_pathlib() -> None:
    # POSIX keeps exactly two leading slashes, so the check above sees what the user typed.
    assert str(PurePosixPath("//server/share/x.db")).startswith("//")


# ---------------------------------------------------------------- online backup


def test_backup_of_a_live_database_with_wal_content(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite3"
    writer = sqlite3.connect(source, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("PRAGMA wal_autocheckpoint = 0")  # committed pages stay in the -wal file
        writer.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, name TEXT)")
        writer.executemany("INSERT INTO visit (name) VALUES (?)", [(f"n{i}",) for i in range(500)])
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO visit (name) VALUES ('not committed')")
        wal = source.with_name(source.name + "-wal")
        assert wal.stat().st_size > 0
        # The premise: a plain copy of the main file misses what is still in the -wal file.
        naive = tmp_path / "naive-copy.sqlite3"
        shutil.copyfile(source, naive)
        with closing(sqlite3.connect(naive)) as copied:
            assert copied.execute("SELECT name FROM sqlite_master").fetchall() == []

        target = backup_sqlite(source, tmp_path / "backups" / "copy.sqlite3")
    finally:
        writer.close()
    with closing(sqlite3.connect(target)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT count(*) FROM visit").fetchone() == (500,)
        assert copy.execute(
            "SELECT count(*) FROM visit WHERE name = 'not committed'"
        ).fetchone() == (0,)
    assert not list(target.parent.glob("*.part"))


def test_backup_of_the_app_database_while_it_is_open(db: Database, tmp_path: Path) -> None:
    source = Path(str(db.engine.url.database))
    with db.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO app_setting (key, value) VALUES ('marker', 'x')"
        )
    target = backup_sqlite(source, tmp_path / "b" / "copy.sqlite3")
    with closing(sqlite3.connect(target)) as copy:
        assert copy.execute("SELECT value FROM app_setting WHERE key='marker'").fetchone() == ("x",)


# ---------------------------------------------------------------- local settings


def _asides(folder: Path) -> list[Path]:
    return sorted(folder.glob("settings.damaged-*"))


def test_settings_round_trip(tmp_path: Path) -> None:
    settings = LocalSettings(database_url="sqlite:///D:/MotCua/x.db", last_clerk="Hà")
    save_settings(tmp_path, settings)
    assert load_settings(tmp_path) == settings
    assert load_settings(tmp_path / "nowhere") == LocalSettings()


def test_a_damaged_settings_file_is_renamed_aside_and_never_overwritten(tmp_path: Path) -> None:
    damaged = b'{"database_url": "sqlite:///D:/MotCua/x.db", "backup_'
    (tmp_path / FILE_NAME).write_bytes(damaged)
    assert load_settings(tmp_path) == LocalSettings()
    [aside] = _asides(tmp_path)
    assert aside.read_bytes() == damaged
    assert not (tmp_path / FILE_NAME).exists()
    save_settings(tmp_path, LocalSettings(last_clerk="Nam"))
    assert aside.read_bytes() == damaged
    # Damaged again at once (the same second): the first copy must survive too.
    (tmp_path / FILE_NAME).write_bytes(b"\xff\xfe not utf-8")
    assert load_settings(tmp_path) == LocalSettings()
    assert sorted(p.read_bytes() for p in _asides(tmp_path)) == sorted(
        [damaged, b"\xff\xfe not utf-8"]
    )


JSON_DOCUMENTS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
).map(lambda value: json.dumps(value).encode())


@given(st.one_of(st.binary(max_size=60), JSON_DOCUMENTS))
def test_any_settings_file_is_read_or_kept_aside(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        (folder / FILE_NAME).write_bytes(content)
        settings = load_settings(folder)
        assert isinstance(settings, LocalSettings)
        if (folder / FILE_NAME).exists():
            assert _asides(folder) == []
            assert isinstance(json.loads(content), dict)
        else:
            [aside] = _asides(folder)
            assert aside.read_bytes() == content


@pytest.mark.parametrize("content", ["[]", "null", "3", '"text"', "[1, 2]"])
def test_settings_that_are_json_but_not_an_object_are_damaged(tmp_path: Path, content: str) -> None:
    (tmp_path / FILE_NAME).write_text(content, encoding="utf-8")
    assert load_settings(tmp_path) == LocalSettings()
    [aside] = _asides(tmp_path)
    assert aside.read_text(encoding="utf-8") == content


def test_a_failed_statement_keeps_its_values_out_of_the_error_text(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from models.entities import Village

    with pytest.raises(IntegrityError) as caught, db.transaction() as session:
        session.add(Village(name="Thôn Bí Mật", name_folded="thon bi mat", active=True))
        session.add(Village(name="Thôn Bí Mật", name_folded="thon bi mat", active=True))
    assert "bi mat" not in str(caught.value)
