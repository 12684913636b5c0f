"""Crash safety: a process killed with SIGKILL during a save, an import or an export.

The promise: a kill -9 or a power cut never leaves a half-written visit, a half-imported file or a
corrupt export, and the next start finds the database intact.

Each test starts a child Python process (the script below) that opens the same SQLite file with
:func:`models.opening.open_database` and reports on its stdout, one line at a time, what it has
committed. The parent waits for those lines (no sleeps), kills the child with SIGKILL, then plays
"the next start": SQLite's integrity check, then ``open_database`` again and a look at the rows.

The ``*-hold`` variants freeze the child exactly where a crash hurts most: inside the write
transaction after its rows were flushed, or half-way through writing an export file. The child
then blocks reading its stdin, so the kill lands there on every run.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.consolidate_files import read_document
from models.db import Database
from models.entities import AuditEntry, Visit
from models.opening import open_database
from models.records_format import write_table
from models.records_import import import_records
from models.records_rows import input_to_cells
from models.reference import load_reference
from models.summary_document import CSV_HEADER, INCLUSION_KEYS, verify_checksum
from models.visit_input import VisitInput
from tests.conftest import TEST_KEY

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

REPO = Path(__file__).resolve().parents[2]
WATCHDOG_SECONDS = 60  # only ever reached when a child hangs: the test then fails, never waits
ASSISTANCE = ["digitize", "file_on_behalf"]
IMPORT_ROWS = 2000
EXPORT_DAYS = [date(2025, 3, 10), date(2025, 3, 11)]

CHILD = r'''
"""Works on the database (or an export folder) until the parent kills it."""

import builtins
import io
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import models.audit
import models.visit_save
import models.records_import
from models.idhash import IdHasher
from models.opening import open_database
from models.records_import import import_records
from models.reference import load_reference
from models.summary_document import export_file_name
from models.commune import load_profile
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit
from printing.daily_export import export_daily

ASSISTANCE = ["digitize", "file_on_behalf"]
EXPORT_DAYS = [date(2025, 3, 10), date(2025, 3, 11)]


def say(line):
    print(line, flush=True)


def hold():
    """Block until killed: the parent never writes to our stdin."""
    sys.stdin.readline()
    raise SystemExit("the parent should have killed this process")


def save_one(db, ref, number):
    raw = VisitInput(
        occurred_at=datetime(2025, 3, 10, 7, 0) + timedelta(minutes=number),
        citizen_name=f"Nguyễn Văn Số {number}",
        birth_year=1960 + number % 40,
        village="Thôn Đông",
        assistance=list(ASSISTANCE),
        outcome="helped",
        note="ghi chú " * 20,
    )
    clean, errors = validate_visit(raw, ref)
    assert clean is not None, errors
    return save_visit(db, clean, actor="crash-test")


def hold_inside_save_transaction():
    """The next save's visit, assistance rows and audit entry reach SQLite, then the process
    freezes before the commit."""
    real = models.visit_save.write_visit

    def write_visit(cursor, db, clean, actor, orm=None):
        visit_id = real(cursor, db, clean, actor, orm)  # in SQLite's transaction
        say("holding")
        hold()
        return visit_id

    models.visit_save.write_visit = write_visit


def hold_inside_import(after):
    """After ``after`` visits are inserted inside the import transaction, freeze."""
    real = models.records_import.insert_visits

    def insert_visits(session, db, visits, *, actor):
        added = real(session, db, visits[:after], actor=actor)
        session.flush()
        say("holding")
        hold()
        return added + real(session, db, visits[after:], actor=actor)

    models.records_import.insert_visits = insert_visits


class HeldFile:
    """A file being written: its first write goes half to disk, then the process freezes."""

    def __init__(self, handle):
        self._handle = handle

    def write(self, data):
        self._handle.write(data[: max(1, len(data) // 2)])
        self._handle.flush()
        say("holding " + os.path.basename(str(self._handle.name)))
        hold()

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._handle.close()


def hold_while_writing_into(folder):
    """Any file opened for writing in ``folder`` (final or partial) freezes at its first write."""
    real_open = io.open
    folder = os.path.realpath(folder)

    def held_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if (
            isinstance(file, (str, os.PathLike))
            and set(mode) & set("wax+")
            and os.path.dirname(os.path.realpath(file)) == folder
        ):
            return HeldFile(handle)
        return handle

    io.open = builtins.open = held_open


def main():
    mode, db_file, arg = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    hasher = IdHasher(bytes.fromhex(os.environ["CRASH_TEST_KEY"]))
    db = open_database(f"sqlite:///{db_file.as_posix()}", hasher=hasher)
    ref = load_reference(db)
    if mode == "save":
        for number in range(1000):
            say("saved " + save_one(db, ref, number))
        hold()
    elif mode == "save-hold":
        for number in range(int(arg)):
            say("saved " + save_one(db, ref, number))
        hold_inside_save_transaction()
        save_one(db, ref, int(arg))
        say("saved the held visit")  # never reached
    elif mode in ("import", "import-hold"):
        path, after = Path(arg), int(sys.argv[4])
        if mode == "import-hold":
            hold_inside_import(after)
        say("started")
        report = import_records(db, path, actor="crash-test", now=datetime(2026, 1, 1))
        say(f"imported {report.added} written={report.written}")
    elif mode == "export":
        folder, profile, round_ = Path(arg), load_profile(db), 0
        while True:
            for day in EXPORT_DAYS:
                for fmt in ("json", "csv", "xlsx", "pdf"):
                    path = folder / export_file_name(profile, day, day, fmt)
                    export_daily(db, day, day, fmt, path, actor="crash-test")
                    say(f"exported {path.name} round {round_}")
            round_ += 1
    elif mode == "export-hold":
        folder, fmt = Path(arg), sys.argv[4]
        day = EXPORT_DAYS[0]
        path = folder / export_file_name(load_profile(db), day, day, fmt)
        export_daily(db, day, day, fmt, path, actor="crash-test")
        say("exported " + path.name)
        hold_while_writing_into(folder)
        export_daily(db, day, day, fmt, path, actor="crash-test")
        say("exported again, never held")
    else:
        raise SystemExit(f"unknown mode {mode}")


main()
'''


# --------------------------------------------------------------------------- the child process


@dataclass
class Child:
    """A running child: read its lines, kill it."""

    process: subprocess.Popen[str]
    stderr_file: Path

    def line(self) -> str:
        """The child's next line; fails the test with its stderr when it ended instead."""
        assert self.process.stdout is not None
        text = self.process.stdout.readline()
        if not text:
            code = self.process.wait()
            raise AssertionError(
                f"the child ended (exit {code}) before saying what was expected:\n"
                + self.stderr_file.read_text(encoding="utf-8", errors="replace")
            )
        return text.rstrip("\n")

    def expect(self, prefix: str) -> str:
        """The next line, which must start with ``prefix``."""
        text = self.line()
        assert text.startswith(prefix), f"expected {prefix!r}, the child said {text!r}"
        return text

    def kill(self) -> None:
        """SIGKILL, as a power cut or the task manager would: no clean-up runs in the child."""
        os.kill(self.process.pid, signal.SIGKILL)
        assert self.process.wait() == -signal.SIGKILL


@contextmanager
def child(tmp_path: Path, *args: str) -> Iterator[Child]:
    """Start the child script with ``args``; it is killed at the end whatever happens."""
    script = tmp_path / "crash_child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["MOTCUA_HOME"] = str(tmp_path / "home")
    env["CRASH_TEST_KEY"] = TEST_KEY.key.hex()
    env.pop("MOTCUA_DATABASE_URL", None)
    stderr_file = tmp_path / "crash_child.stderr"
    with stderr_file.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(script), *args],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
        )
    watchdog = threading.Timer(WATCHDOG_SECONDS, process.kill)
    watchdog.start()
    try:
        yield Child(process, stderr_file)
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
        process.wait()
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                pipe.close()


# --------------------------------------------------------------------------- the next start


@pytest.fixture
def db_file(template_db: Path, tmp_path: Path) -> Path:
    """A migrated, seeded database file that no connection of this process holds open."""
    path = tmp_path / "data" / "motcua.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(template_db, path)
    return path


def url_of(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


@contextmanager
def next_start(path: Path) -> Iterator[Database]:
    """What the app does at its next start, after SQLite's own check of the whole file."""
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    db = open_database(url_of(path), hasher=TEST_KEY)
    try:
        yield db
    finally:
        db.dispose()


def visits(db: Database) -> list[Visit]:
    with db.reading() as session:
        return list(session.scalars(select(Visit).order_by(Visit.occurred_at)))


def audited_ids(db: Database, action: str) -> list[str]:
    with db.reading() as session:
        query = select(AuditEntry.entity_id).where(
            AuditEntry.entity == "visit", AuditEntry.action == action
        )
        return list(session.scalars(query))


def orphans(path: Path) -> tuple[int, int]:
    """Assistance rows and visit audit entries whose visit does not exist."""
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT count(*) FROM visit_assistance WHERE visit_id NOT IN (SELECT id FROM visit)"
        ).fetchone()[0]
        entries = connection.execute(
            "SELECT count(*) FROM audit_entry WHERE entity = 'visit' AND action = 'create' "
            "AND entity_id NOT IN (SELECT id FROM visit)"
        ).fetchone()[0]
    return int(rows), int(entries)


def assert_complete(visit: Visit, created: set[str]) -> None:
    """Every part of a saved visit is there: its fields, its assistance rows, its audit entry."""
    assert visit.citizen_name.startswith("Nguyễn Văn Số ")
    assert visit.name_folded and visit.dedup_key and visit.outcome == "helped"
    assert visit.occurred_at is not None and visit.local_date is not None
    assert visit.created_at is not None and visit.updated_at is not None
    assert visit.village_id is not None and visit.birth_year is not None
    assert visit.note.startswith("ghi chú")
    assert visit.assistance_codes == ASSISTANCE
    assert visit.id in created


# --------------------------------------------------------------------------- (a) saving visits


def test_a_kill_while_saving_visits_loses_at_most_the_save_in_progress(
    db_file: Path, tmp_path: Path
) -> None:
    commits = 500  # in the middle of a run of 1,000 saves
    with child(tmp_path, "save", str(db_file), "-") as running:
        saved = [running.expect("saved ").removeprefix("saved ") for _ in range(commits)]
        running.kill()
        # The child ran on while the kill was sent: what it acknowledged is still in the pipe.
        assert running.process.stdout is not None
        saved += [
            line.strip().removeprefix("saved ")
            for line in running.process.stdout.read().splitlines()
            if line.startswith("saved ")
        ]
    with next_start(db_file) as db:
        stored = visits(db)
        created = audited_ids(db, "create")
    # Every save the child acknowledged is there; at most the one in progress besides.
    assert len(saved) <= len(stored) <= len(saved) + 1
    assert set(saved) <= {visit.id for visit in stored}
    assert len(created) == len(stored)
    for visit in stored:
        assert_complete(visit, set(created))
    assert orphans(db_file) == (0, 0)


def test_a_kill_inside_the_save_transaction_leaves_no_trace_of_that_visit(
    db_file: Path, tmp_path: Path
) -> None:
    before = 3
    with child(tmp_path, "save-hold", str(db_file), str(before)) as running:
        saved = [running.expect("saved ").removeprefix("saved ") for _ in range(before)]
        # The fourth visit, its assistance rows and its audit entry are flushed, not committed.
        running.expect("holding")
        running.kill()
    with next_start(db_file) as db:
        stored = visits(db)
        created = audited_ids(db, "create")
        assert [visit.id for visit in stored] == saved
        assert sorted(created) == sorted(saved)
        for visit in stored:
            assert_complete(visit, set(created))
    assert orphans(db_file) == (0, 0)


# --------------------------------------------------------------------------- (b) importing


@pytest.fixture
def big_csv(db_file: Path, tmp_path: Path) -> Path:
    """A canonical CSV of IMPORT_ROWS valid visits (built with the export's own cell writer)."""
    db = open_database(url_of(db_file), hasher=TEST_KEY)
    try:
        ref = load_reference(db)
    finally:
        db.dispose()
    start = datetime(2025, 3, 1, 7, 0)
    rows = [
        input_to_cells(
            VisitInput(
                occurred_at=start + timedelta(minutes=number),
                citizen_name=f"Trần Thị Số {number}",
                birth_year=1950 + number % 50,
                village="Thôn Đông",
                assistance=list(ASSISTANCE),
                outcome="helped",
                note=f"dòng {number}",
            ),
            ref,
            with_personal_data=True,
        )
        for number in range(IMPORT_ROWS)
    ]
    path = tmp_path / "lon.csv"
    write_table(path, rows)
    return path


def visit_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Visit)) or 0)


def import_entries(db: Database) -> int:
    return len(audited_ids(db, "import"))


def test_a_kill_during_an_import_leaves_none_or_all_of_the_rows(
    db_file: Path, tmp_path: Path, big_csv: Path
) -> None:
    with child(tmp_path, "import", str(db_file), str(big_csv), "0") as running:
        running.expect("started")
        running.kill()
    with next_start(db_file) as db:
        count = visit_count(db)
        assert count in (0, IMPORT_ROWS)
        assert import_entries(db) == (1 if count else 0)
        assert len(audited_ids(db, "create")) == count
    assert orphans(db_file) == (0, 0)


def test_a_kill_half_way_through_the_import_transaction_writes_nothing(
    db_file: Path, tmp_path: Path, big_csv: Path
) -> None:
    half = IMPORT_ROWS // 2
    with child(tmp_path, "import-hold", str(db_file), str(big_csv), str(half)) as running:
        running.expect("started")
        running.expect("holding")  # half the visits are flushed into SQLite, not committed
        running.kill()
    with next_start(db_file) as db:
        assert visit_count(db) == 0
        assert import_entries(db) == 0
        assert audited_ids(db, "create") == []
        # The same file imports whole at the next start: nothing half-done stands in its way.
        report = import_records(db, big_csv, actor="crash-test", now=datetime(2026, 1, 1))
        assert (report.written, report.added, report.duplicates) == (True, IMPORT_ROWS, 0)
        assert visit_count(db) == IMPORT_ROWS
    assert orphans(db_file) == (0, 0)


# --------------------------------------------------------------------------- (c) exporting


def export_is_complete(path: Path) -> None:
    """Fails unless ``path`` is a whole export file of its format."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".json":
        assert verify_checksum(json.loads(data.decode("utf-8"))), path.name
    elif suffix == ".csv":
        rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
        assert rows[0] == list(CSV_HEADER), path.name
        assert rows[-1][:2] == ["inclusion", INCLUSION_KEYS[-1]], path.name
    elif suffix == ".xlsx":
        # The workbook opens, and its hidden data sheet holds the whole checked document.
        assert verify_checksum(read_document(path)), path.name
    elif suffix == ".pdf":
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), path.name
    else:
        raise AssertionError(f"unexpected file {path.name}")


def assert_only_whole_exports(folder: Path) -> list[Path]:
    """Every file under a final name is whole; a leftover is only ever a hidden ``.part``."""
    finals: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            assert path.name.endswith(".part"), path.name
            continue
        export_is_complete(path)
        finals.append(path)
    return finals


def test_a_kill_while_exporting_leaves_only_whole_files(db_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "xuat"
    folder.mkdir()
    exports = 12  # every format of both days once, then the first day again over its files
    with child(tmp_path, "export", str(db_file), str(folder)) as running:
        for _ in range(exports):
            running.expect("exported ")
        running.kill()
    finals = assert_only_whole_exports(folder)
    assert len(finals) == 2 * 4
    with next_start(db_file) as db, db.reading() as session:
        logged = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "export-daily")
        )
    assert exports <= (logged or 0) <= exports + 1


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx", "pdf"])
def test_a_kill_half_way_through_writing_an_export_keeps_the_previous_file(
    db_file: Path, tmp_path: Path, fmt: str
) -> None:
    folder = tmp_path / "xuat"
    folder.mkdir()
    with child(tmp_path, "export-hold", str(db_file), str(folder), fmt) as running:
        name = running.expect("exported ").removeprefix("exported ")
        first = (folder / name).read_bytes()
        # The second export of the same day has written half of its first chunk when it dies.
        running.expect("holding ")
        running.kill()
    assert (folder / name).read_bytes() == first
    assert [path.name for path in assert_only_whole_exports(folder)] == [name]
    with next_start(db_file):
        pass
