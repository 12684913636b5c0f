"""Automatic backups, their rotation, the checks of a database file, and restore.

Dates are injected; rotation is judged by the file names that remain. Damage is real: bytes of a
real database flipped, or random bytes.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.backup import BackupError, backup_problem, check_database_file, restore_sqlite
from models.backup_rotation import (
    backup_on_exit,
    daily_backup,
    daily_date,
    daily_name,
    dates_to_keep,
    newest_good_backup,
    rotate,
)
from models.db import Database
from models.opening import open_database
from tests.conftest import TEST_KEY
from tests.data.make_schema_snapshot import snapshot_path

NOW = datetime(2026, 3, 21, 17, 45, 0)
UNRELATED = {
    "ghi-chu.txt": b"USB cua xa",
    "motcua-2026-02-11.sqlite3.bak": b"a copy someone made",
    "motcua-2026-13-45.sqlite3": b"not a date",
    "Motcua-2026-02-12.sqlite3": b"another name",
    "motcua-2026-02-13-081500.sqlite3": b"a manual backup",
    "truoc-nang-cap-0001-20250101-000000.sqlite3": b"before a migration",
}


# ---------------------------------------------------------------- helpers


def db_file_of(db: Database) -> Path:
    return Path(str(db.engine.url.database))


def add_marks(db: Database, *marks: str) -> None:
    with db.transaction() as session:
        for mark in marks:
            session.connection().exec_driver_sql(
                "INSERT INTO app_setting (key, value) VALUES (?, 'x')", (mark,)
            )


def marks_in(path: Path) -> set[str]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        rows = connection.execute("SELECT key FROM app_setting WHERE key LIKE 'mark-%'")
        return {str(row[0]) for row in rows}


def fake_backups(folder: Path, days: list[date]) -> None:
    """Files named like automatic backups: rotation judges names, not contents."""
    for day in days:
        (folder / daily_name(day)).write_bytes(b"fake " + day.isoformat().encode())


def unrelated_files(folder: Path) -> None:
    for name, content in UNRELATED.items():
        (folder / name).write_bytes(content)
    (folder / "motcua-2019-01-01.sqlite3").mkdir()  # a folder with a backup's name


def assert_unrelated_untouched(folder: Path) -> None:
    for name, content in UNRELATED.items():
        assert (folder / name).read_bytes() == content, name
    assert (folder / "motcua-2019-01-01.sqlite3").is_dir()


def daily_days(folder: Path) -> list[date]:
    days = (daily_date(path.name) for path in folder.iterdir() if path.is_file())
    return sorted(day for day in days if day is not None)


def flip_middle_page(source: Path, target: Path) -> Path:
    """A copy of ``source`` with every bit of one page in the middle flipped."""
    data = bytearray(source.read_bytes())
    start = (len(data) // 2) // 4096 * 4096
    for index in range(start, start + 4096):
        data[index] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def random_bytes(target: Path) -> Path:
    target.write_bytes(random.Random(7).randbytes(20_000))
    return target


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "usb" / "SaoLuu"
    path.mkdir(parents=True)
    return path


@pytest.fixture
def closed(db: Database) -> Iterator[Path]:
    """The database file with marks 1 and 2, closed: nothing in this process holds it open."""
    add_marks(db, "mark-1", "mark-2")
    db.dispose()
    yield db_file_of(db)


# ---------------------------------------------------------------- names and rotation


def test_daily_names_round_trip_and_other_names_are_not_ours() -> None:
    assert daily_name(date(2026, 3, 5)) == "motcua-2026-03-05.sqlite3"
    assert daily_date("motcua-2026-03-05.sqlite3") == date(2026, 3, 5)
    for name in [*UNRELATED, "motcua-2026-3-5.sqlite3", "xmotcua-2026-03-05.sqlite3"]:
        assert daily_date(name) is None, name


def test_forty_days_keep_the_newest_fourteen_and_one_per_older_month(
    db: Database, folder: Path
) -> None:
    first = NOW.date() - timedelta(days=39)  # 10/02/2026 .. 21/03/2026
    fake_backups(folder, [first + timedelta(days=n) for n in range(39)])
    unrelated_files(folder)

    made = daily_backup(db_file_of(db), folder, NOW)

    assert made == folder / "motcua-2026-03-21.sqlite3"
    assert backup_problem(made) is None  # today's is a real, restorable backup
    expected = [date(2026, 2, 28), date(2026, 3, 7)]  # the newest of each older month
    expected += [date(2026, 3, day) for day in range(8, 22)]  # the newest 14
    assert daily_days(folder) == expected
    assert_unrelated_untouched(folder)


def test_over_twenty_months_twelve_monthly_ones_are_kept(folder: Path) -> None:
    months = [(2024 + (8 + m) // 12, (8 + m) % 12 + 1) for m in range(20)]  # 09/2024 .. 04/2026
    assert (months[0], months[-1]) == ((2024, 9), (2026, 4))
    fake_backups(folder, [date(y, m, d) for y, m in months for d in (1, 15)])  # 40 files
    unrelated_files(folder)

    deleted = rotate(folder, date(2026, 4, 15))

    newest = [date(y, m, d) for y, m in months[-7:] for d in (1, 15)]  # 01/10/2025 .. 15/04/2026
    monthly = [date(y, m, 15) for y, m in months[1:13]]  # 15/10/2024 .. 15/09/2025
    assert daily_days(folder) == sorted(monthly + newest)
    assert len(deleted) == 40 - 26
    assert {date(2024, 9, 1), date(2024, 9, 15), date(2025, 9, 1)} <= {
        daily_date(path.name) for path in deleted
    }
    assert_unrelated_untouched(folder)


def test_today_is_kept_even_when_the_clock_was_once_set_ahead(folder: Path) -> None:
    ahead = [date(2031, 1, 1) + timedelta(days=n) for n in range(20)]
    fake_backups(folder, [*ahead, date(2026, 3, 21)])
    rotate(folder, date(2026, 3, 21))
    assert date(2026, 3, 21) in daily_days(folder)


DAYS = st.lists(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31)), max_size=80
).map(set)


@given(DAYS)
def test_rotation_keeps_its_promises_for_any_set_of_dates(days: set[date]) -> None:
    keep = dates_to_keep(days)
    newest_first = sorted(days, reverse=True)
    daily, older = newest_first[:14], newest_first[14:]
    assert keep <= days
    assert set(daily) <= keep
    kept_older = sorted(keep - set(daily), reverse=True)
    older_months = sorted({(d.year, d.month) for d in older}, reverse=True)
    # One per month, for exactly the most recent twelve months that have older backups...
    assert [(d.year, d.month) for d in kept_older] == older_months[:12]
    # ...and it is the newest backup of its month.
    for kept in kept_older:
        assert kept == max(d for d in older if (d.year, d.month) == (kept.year, kept.month))
    assert len(keep) <= 14 + 12
    assert dates_to_keep(keep) == keep  # rotating again deletes nothing more


@settings(max_examples=25)
@given(DAYS, st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31)))
def test_rotating_a_folder_deletes_only_what_the_plan_drops(days: set[date], today: date) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        fake_backups(folder, sorted(days | {today}))
        unrelated_files(folder)
        rotate(folder, today)
        assert set(daily_days(folder)) == dates_to_keep(days | {today}) | {today}
        assert_unrelated_untouched(folder)


# ---------------------------------------------------------------- the daily backup


def test_one_automatic_backup_a_day_and_the_exit_backup_refreshes_it(
    db: Database, folder: Path
) -> None:
    add_marks(db, "mark-morning")
    made = daily_backup(db_file_of(db), folder, NOW.replace(hour=7))
    assert made is not None and marks_in(made) == {"mark-morning"}
    add_marks(db, "mark-noon")
    assert daily_backup(db_file_of(db), folder, NOW.replace(hour=12)) is None
    assert marks_in(made) == {"mark-morning"}

    assert backup_on_exit(db_file_of(db), folder, NOW) == made
    assert marks_in(made) == {"mark-morning", "mark-noon"}
    tomorrow = daily_backup(db_file_of(db), folder, NOW + timedelta(days=1))
    assert tomorrow == folder / "motcua-2026-03-22.sqlite3"
    assert sorted(path.name for path in folder.iterdir()) == [made.name, tomorrow.name]


def test_a_missing_folder_is_refused_and_never_created(db: Database, tmp_path: Path) -> None:
    stick = tmp_path / "E" / "SaoLuu"  # the USB stick was pulled out
    for write in (daily_backup, backup_on_exit):
        with pytest.raises(BackupError) as refused:
            write(db_file_of(db), stick, NOW)
        assert "cắm lại" in refused.value.message and str(stick) in refused.value.message
    assert not (tmp_path / "E").exists()


def test_a_file_instead_of_a_folder_is_refused(db: Database, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "SaoLuu"
    not_a_folder.write_bytes(b"x")
    with pytest.raises(BackupError, match="Không tìm thấy thư mục sao lưu"):
        daily_backup(db_file_of(db), not_a_folder, NOW)


def test_a_backup_that_cannot_be_written_is_refused(db: Database, folder: Path) -> None:
    fake_backups(folder, [NOW.date() - timedelta(days=n) for n in range(1, 40)])
    # The place of the partial file is taken, as a full or locked disk would refuse it.
    (folder / "motcua-2026-03-21.sqlite3.part").mkdir()
    with pytest.raises(BackupError) as refused:
        daily_backup(db_file_of(db), folder, NOW)
    assert "Không ghi được bản sao lưu" in refused.value.message
    assert not (folder / "motcua-2026-03-21.sqlite3").exists()
    assert len(daily_days(folder)) == 39  # no rotation without a new backup


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_a_read_only_folder_is_refused(db: Database, folder: Path) -> None:
    folder.chmod(0o500)
    try:
        with pytest.raises(BackupError, match="khóa ghi"):
            daily_backup(db_file_of(db), folder, NOW)
    finally:
        folder.chmod(0o700)


# ---------------------------------------------------------------- checks of a file


def test_a_sound_database_passes_and_is_left_as_it_was(closed: Path) -> None:
    before = closed.read_bytes()
    assert check_database_file(closed) is None
    assert closed.read_bytes() == before


def test_flipped_bytes_and_random_bytes_fail_the_check(closed: Path, tmp_path: Path) -> None:
    damaged = flip_middle_page(closed, tmp_path / "damaged.sqlite3")
    reason = check_database_file(damaged)
    assert reason is not None and "hỏng" in reason and "\n" not in reason
    noise = random_bytes(tmp_path / "noise.sqlite3")
    assert check_database_file(noise) == "không phải tệp cơ sở dữ liệu SQLite"
    assert check_database_file(tmp_path / "nothing.sqlite3") is not None


def test_the_newest_good_backup_skips_a_damaged_newest_one(closed: Path, folder: Path) -> None:
    good = [folder / daily_name(date(2026, 3, day)) for day in (18, 19)]
    for path in good:
        shutil.copyfile(closed, path)
    flip_middle_page(closed, folder / daily_name(date(2026, 3, 20)))
    random_bytes(folder / daily_name(date(2026, 3, 21)))
    shutil.copyfile(closed, folder / "motcua-2026-03-22-080000.sqlite3")  # not an automatic one
    assert newest_good_backup(folder) == good[-1]
    for path in good:
        path.unlink()
    assert newest_good_backup(folder) is None
    assert newest_good_backup(folder / "missing") is None


# ---------------------------------------------------------------- restore


def test_restore_round_trip_keeps_the_current_database_aside(db: Database, folder: Path) -> None:
    add_marks(db, "mark-1", "mark-2")
    backup = daily_backup(db_file_of(db), folder, NOW)
    assert backup is not None
    add_marks(db, "mark-3")
    db.dispose()
    current = db_file_of(db)

    aside = restore_sqlite(backup, current, NOW + timedelta(hours=1))

    assert aside == current.with_name("motcua.truoc-khoi-phuc-20260321-184500.sqlite3")
    assert marks_in(current) == {"mark-1", "mark-2"}
    assert marks_in(aside) == {"mark-1", "mark-2", "mark-3"}
    assert check_database_file(aside) is None
    beside = sorted(path.name for path in current.parent.iterdir() if path.is_file())
    assert beside == sorted([aside.name, current.name])  # no .part, no stale -wal or -shm
    reopened = open_database(f"sqlite:///{current.as_posix()}", hasher=TEST_KEY)
    try:
        add_marks(reopened, "mark-after")  # the restored database works as usual
    finally:
        reopened.dispose()
    # A second restore in the same second keeps both earlier databases.
    again = restore_sqlite(backup, current, NOW + timedelta(hours=1))
    assert (
        again is not None
        and again != aside
        and marks_in(again) == {"mark-1", "mark-2", "mark-after"}
    )


def _sqlite_with(path: Path, *statements: str) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d, _c: random_bytes(d / "noise.sqlite3"), "không phải bản sao lưu của Một Cửa"),
        (lambda d, c: flip_middle_page(c, d / "damaged.sqlite3"), "Tệp sao lưu bị hỏng"),
        (
            lambda d, _c: _sqlite_with(d / "other.sqlite3", "CREATE TABLE t (x)"),
            "không phải bản sao lưu của Một Cửa",
        ),
        (
            lambda d, c: _sqlite_with(
                Path(shutil.copyfile(c, d / "newer.sqlite3")),
                "UPDATE alembic_version SET version_num = '9999_future'",
            ),
            "phiên bản Một Cửa Desk mới hơn",
        ),
        (lambda d, _c: d / "missing.sqlite3", "Không tìm thấy tệp"),
    ],
    ids=["random-bytes", "flipped-bytes", "foreign-database", "newer-revision", "missing"],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    closed: Path, tmp_path: Path, make: Callable[[Path, Path], Path], message: str
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    bad = make(elsewhere, closed)
    before = closed.read_bytes()
    listing = sorted(closed.parent.iterdir())

    with pytest.raises(BackupError) as refused:
        restore_sqlite(bad, closed, NOW)

    assert message in refused.value.message
    assert closed.read_bytes() == before
    assert sorted(closed.parent.iterdir()) == listing


def test_restore_refuses_while_the_database_is_open(db: Database, folder: Path) -> None:
    add_marks(db, "mark-1")
    backup = daily_backup(db_file_of(db), folder, NOW)
    assert backup is not None
    add_marks(db, "mark-2")  # the app's pool keeps its connection open, idle

    with pytest.raises(BackupError) as refused:
        restore_sqlite(backup, db_file_of(db), NOW)

    assert "đóng Một Cửa Desk" in refused.value.message
    assert marks_in(db_file_of(db)) == {"mark-1", "mark-2"}
    assert [p.name for p in db_file_of(db).parent.glob("*truoc-khoi-phuc*")] == []
    assert list(db_file_of(db).parent.glob("*.part")) == []
    add_marks(db, "mark-3")  # and the app goes on working


def test_a_damaged_current_database_is_moved_aside_byte_for_byte(
    closed: Path, folder: Path, tmp_path: Path
) -> None:
    backup = shutil.copyfile(closed, folder / daily_name(NOW.date()))
    flip_middle_page(closed, tmp_path / "damaged.sqlite3")
    os.replace(tmp_path / "damaged.sqlite3", closed)
    damaged = closed.read_bytes()

    aside = restore_sqlite(backup, closed, NOW)

    assert aside is not None and aside.read_bytes() == damaged
    assert check_database_file(closed) is None and marks_in(closed) == {"mark-1", "mark-2"}


def test_restore_without_a_current_database(closed: Path, folder: Path) -> None:
    backup = Path(shutil.copyfile(closed, folder / daily_name(NOW.date())))
    closed.unlink()
    assert restore_sqlite(backup, closed, NOW) is None
    assert marks_in(closed) == {"mark-1", "mark-2"}


def test_a_backup_of_an_older_schema_is_restored_and_upgraded_at_the_next_start(
    closed: Path, tmp_path: Path
) -> None:
    older = snapshot_path("0001")
    assert restore_sqlite(older, closed, NOW) is not None
    reopened = open_database(
        f"sqlite:///{closed.as_posix()}", hasher=TEST_KEY, backup_dir=tmp_path / "pre"
    )
    reopened.dispose()
    assert [
        path.name.startswith("truoc-nang-cap-0001") for path in (tmp_path / "pre").iterdir()
    ] == [True]


def test_restore_refuses_the_database_itself(closed: Path) -> None:
    before = closed.read_bytes()
    with pytest.raises(BackupError, match="chính là cơ sở dữ liệu"):
        restore_sqlite(closed, closed, NOW)
    assert closed.read_bytes() == before
