"""Backups of the embedded database with SQLite's online backup API, their checks, and restore.

A plain file copy of a live WAL database can miss pages that are still in the ``-wal`` file;
the backup API copies a consistent snapshot, and the copy is checked before it is trusted. A copy
is switched to the rollback journal so that it is one self-contained file (a WAL-mode copy cannot
always be read from a write-protected USB stick).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from models.db import DatabaseError

log = logging.getLogger(__name__)

# What SQLite keeps beside a database file; a stale one must never meet another database.
COMPANIONS = ("-wal", "-shm", "-journal")
NOT_FOUND = "không tìm thấy tệp"
NOT_SQLITE = "không phải tệp cơ sở dữ liệu SQLite"


class BackupError(DatabaseError):
    """A backup or a restore could not be done; ``message`` is Vietnamese and says what to do.

    A subclass of :class:`DatabaseError` because a failed backup before a migration means the
    database cannot be opened, and the entry point shows those messages as they are.
    """


class _UnsoundCopy(BackupError):
    """A copy failed SQLite's integrity check: the source itself is damaged."""


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that can neither create nor change ``path`` (URI, so any name works)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _copy_checked(source: sqlite3.Connection, partial: Path) -> None:
    """Write a verified, self-contained copy of ``source`` to ``partial`` (removed on failure)."""
    partial.unlink(missing_ok=True)  # a .part left by a power cut is not ours to reuse
    try:
        with closing(sqlite3.connect(partial, isolation_level=None)) as dst:
            source.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            result = dst.execute("PRAGMA integrity_check").fetchall()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if result != [("ok",)]:
        partial.unlink(missing_ok=True)
        raise _UnsoundCopy(
            f"Bản sao lưu vừa tạo không vượt qua kiểm tra toàn vẹn ({_first_finding(result)}). "
            "Cơ sở dữ liệu có thể đã bị hỏng; hãy liên hệ người phụ trách kỹ thuật."
        )


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` while it may be in use; verify the copy before use.

    ``target`` appears only complete (written as ``.part``, then renamed over any old file).
    """
    if not source.is_file():
        raise BackupError(f"Không có tệp cơ sở dữ liệu {source} để sao lưu.")
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with closing(_read_only(source)) as src:
            _copy_checked(src, partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            f"Không ghi được bản sao lưu {target} ({exc}). Hãy kiểm tra ổ đĩa hoặc USB còn chỗ "
            "trống, không bị khóa ghi, rồi thử lại; hoặc chọn thư mục sao lưu khác."
        ) from exc
    return target


def check_database_file(path: Path, *, full: bool = True) -> str | None:
    """``None`` when ``path`` is a sound SQLite file, else a short Vietnamese reason.

    ``PRAGMA quick_check`` on a read-only connection, and the file is left exactly as it was
    whatever it holds. It reads every page (three seconds for five years of a busy commune);
    ``full=False`` reads only the header and the schema, for the later starts of a day.
    """
    if not path.is_file():
        return NOT_FOUND
    try:
        with closing(_read_only(path)) as connection:
            if not full:  # the header and the schema only: see models.start_check
                connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
                return None
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode == sqlite3.SQLITE_NOTADB:
            return NOT_SQLITE
        return f"dữ liệu bị hỏng ({exc})"
    except sqlite3.Error as exc:
        return f"không đọc được tệp ({exc})"
    except UnicodeDecodeError:
        # SQLite's message quoted bytes of the damaged schema that are not text.
        return "dữ liệu bị hỏng (lược đồ không đọc được)"
    if rows != [("ok",)]:
        return f"dữ liệu bị hỏng ({_first_finding(rows)})"
    return None


def _first_finding(rows: list[tuple[str]]) -> str:
    """The first line of SQLite's findings, without its "*** in database main ***" heading."""
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    findings = [line for line in lines if not line.startswith("***")]
    return (findings or lines or ["?"])[0]


@cache
def _known_revisions() -> frozenset[str]:
    # Alembic is heavy and models.migrate imports this module: both are loaded only when asked.
    from alembic.script import ScriptDirectory

    from models.migrate import MIGRATIONS_DIR

    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    return frozenset(script.revision for script in scripts.walk_revisions())


def backup_problem(path: Path) -> str | None:
    """``None`` when ``path`` can be restored, else a Vietnamese sentence saying why not.

    A restorable file is sound and holds a schema revision this app knows (an older one is
    upgraded at the next start; a newer one would be damaged by this app).
    """
    not_ours = f"Tệp {path.name} không phải bản sao lưu của Một Cửa Desk"
    reason = check_database_file(path)
    if reason == NOT_FOUND:
        return f"Không tìm thấy tệp {path}."
    if reason == NOT_SQLITE:
        return f"{not_ours} ({reason})."
    if reason is not None:
        return f"Tệp sao lưu bị hỏng: {path.name}, {reason}. Hãy chọn một bản sao lưu khác."
    try:
        with closing(_read_only(path)) as connection:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except (sqlite3.Error, UnicodeDecodeError):
        rows = []
    if len(rows) != 1:
        return f"{not_ours} (không có phiên bản lược đồ)."
    revision = str(rows[0][0])
    if revision not in _known_revisions():
        return (
            f"Tệp {path.name} được tạo bởi một phiên bản Một Cửa Desk mới hơn "
            f"(lược đồ {revision}). Hãy cập nhật ứng dụng lên phiên bản mới nhất rồi khôi phục lại."
        )
    return None


def _in_use_error(db_file: Path) -> BackupError:
    return BackupError(
        f"Cơ sở dữ liệu {db_file} đang được mở. Hãy đóng Một Cửa Desk (và mọi lệnh khác đang "
        "chạy) trên máy này rồi khôi phục lại; dữ liệu chưa bị thay đổi."
    )


def _aside_path(db_file: Path, now: datetime) -> Path:
    stem = f"{db_file.stem}.truoc-khoi-phuc-{now:%Y%m%d-%H%M%S}"
    aside = db_file.with_name(f"{stem}.sqlite3")
    counter = 1
    while aside.exists():  # two restores in one second: keep both copies
        aside = db_file.with_name(f"{stem}-{counter}.sqlite3")
        counter += 1
    return aside


def _copy_aside(db_file: Path, aside: Path) -> None:
    """Copy the sound current database aside, holding it exclusively so nobody else writes.

    A WAL connection holds a shared lock while it is open, so the exclusive lock is refused as
    long as the app has the file open, even when it is idle.
    """
    with closing(sqlite3.connect(db_file, timeout=0, isolation_level=None)) as current:
        current.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            current.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise _in_use_error(db_file) from exc
            raise
        # In exclusive locking mode the lock outlives the transaction; the transaction itself
        # must end, or the backup API waits for it forever.
        current.execute("ROLLBACK")
        partial = aside.with_name(aside.name + ".part")
        _copy_checked(current, partial)
        partial.replace(aside)


def _move_aside(db_file: Path, aside: Path) -> None:
    """Move a damaged database aside byte for byte, with its journal files beside it."""
    try:
        os.replace(db_file, aside)
    except PermissionError as exc:  # Windows refuses to move a file that is open
        raise _in_use_error(db_file) from exc
    for suffix in ("-wal", "-journal"):
        companion = db_file.with_name(db_file.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))


def restore_sqlite(backup: Path, db_file: Path, now: datetime) -> Path | None:
    """Put ``backup`` in place of ``db_file``; return where the old database was kept aside.

    Must run while no connection has ``db_file`` open. The backup is checked before anything
    is touched; the current database is copied aside (or moved, when it is damaged) before it
    is replaced; the new file appears whole or not at all. ``None`` when there was no current
    database to keep. ``now`` (local time) names the kept-aside copy.
    """
    problem = backup_problem(backup)
    if problem is not None:
        raise BackupError(problem)
    if db_file.exists() and backup.samefile(db_file):
        raise BackupError(f"Tệp {backup} chính là cơ sở dữ liệu đang dùng; hãy chọn tệp sao lưu.")
    partial = db_file.with_name(db_file.name + ".part")
    aside: Path | None = None
    try:
        try:
            with closing(_read_only(backup)) as source:
                _copy_checked(source, partial)
        except _UnsoundCopy as exc:
            raise BackupError(
                f"Tệp sao lưu bị hỏng: {backup.name} không vượt qua kiểm tra toàn vẹn. "
                "Hãy chọn một bản sao lưu khác."
            ) from exc
        if db_file.exists():
            target = _aside_path(db_file, now)
            try:
                if check_database_file(db_file) is not None:
                    raise _UnsoundCopy("the current database fails the quick check")
                _copy_aside(db_file, target)
            except (_UnsoundCopy, sqlite3.DatabaseError):
                # What cannot be copied whole is moved: the bytes stay exactly as they were.
                _move_aside(db_file, target)
            aside = target
        for suffix in COMPANIONS:  # a stale -wal would be replayed onto the restored file
            db_file.with_name(db_file.name + suffix).unlink(missing_ok=True)
        os.replace(partial, db_file)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        kept = f" Cơ sở dữ liệu cũ được giữ ở {aside}." if aside is not None else ""
        raise BackupError(
            f"Không khôi phục được từ {backup.name} ({exc}).{kept} Hãy kiểm tra ổ đĩa còn chỗ "
            "trống rồi thử lại."
        ) from exc
    return aside


def audit_restore(db_file: Path, *, actor: str, source: Path, aside: Path | None) -> None:
    """Append the restore to the restored database's own audit trail.

    The restore cannot go through a session (nothing may hold the file while it is replaced), and
    the entry must be in the database that is used from now on, not in the one kept aside.
    """
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    after = json.dumps(
        {"backup": source.name, "kept_aside": aside.name if aside else None}, ensure_ascii=False
    )
    try:
        with closing(sqlite3.connect(db_file)) as connection, connection:
            connection.execute(
                "INSERT INTO audit_entry (at, actor, action, entity, entity_id, before, after) "
                "VALUES (?, ?, 'restore', 'database', ?, NULL, ?)",
                (now, actor, source.name, after),
            )
    except sqlite3.Error:  # the restore itself succeeded: say so, and keep the reason in the log
        log.warning("the restore could not be written to the audit trail", exc_info=True)
