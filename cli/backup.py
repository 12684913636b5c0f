"""``backup`` and ``restore``: copies of the embedded database, made and put back by hand.

Restore replaces the database file, so no connection may hold it. ``restore`` therefore also sets
``before_open`` on its arguments: an entry point that honours it runs the restore before opening
(and migrating) the database, which is what makes a damaged database restorable at all. Through
the ordinary ``handler`` the open database is disposed of first.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from cli.context import CommandContext
from models.access import Permission, PermissionDenied, require
from models.backup import BackupError, audit_restore, backup_sqlite, restore_sqlite
from models.db import COMMUNE_TZ, Database, sqlite_file

EXIT_REFUSED = 1
EXIT_USAGE = 2

Permit = Callable[[], str | None]
"""The role check, asked before any work: ``None`` lets the command go on, a text refuses it."""


def everyone() -> str | None:
    """No role check: whoever can run commands on this machine may back up and restore."""
    return None


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``backup`` and ``restore`` commands."""
    backup = commands.add_parser(
        "backup",
        help="sao lưu cơ sở dữ liệu nhúng (SQLite) ra một tệp, kể cả khi ứng dụng đang mở",
    )
    backup.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        type=Path,
        help="tệp sao lưu mới, hoặc một thư mục (khi đó tên tệp là motcua-<ngày>-<giờ>.sqlite3)",
    )
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser(
        "restore",
        help="khôi phục cơ sở dữ liệu nhúng từ một bản sao lưu; chỉ chạy khi Một Cửa Desk đã "
        "đóng trên máy này. Tệp được kiểm tra trước; cơ sở dữ liệu hiện tại được giữ lại bên "
        "cạnh với tên <tên>.truoc-khoi-phuc-<ngày giờ>.sqlite3",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="tệp sao lưu (.sqlite3)")
    restore.set_defaults(handler=run_restore, before_open=restore_before_open)


def _local_now() -> datetime:
    return datetime.now(COMMUNE_TZ).replace(tzinfo=None)


def backup_database(
    db: Database, target: Path, out: TextIO, err: TextIO, *, permit: Permit = everyone
) -> int:
    """Write an online backup of ``db`` to ``target`` (a new file, or into a folder)."""
    if not db.is_sqlite:  # said before the role check, which would ask the server
        print(
            "Lệnh backup chỉ sao lưu cơ sở dữ liệu nhúng (SQLite). Với máy chủ PostgreSQL, hãy "
            "dùng pg_dump.",
            file=err,
        )
        return EXIT_USAGE
    refusal = permit()
    if refusal is not None:
        print(refusal, file=err)
        return EXIT_REFUSED
    source = sqlite_file(db.engine.url.render_as_string(hide_password=False))
    if source is None:
        print("Cơ sở dữ liệu này chỉ nằm trong bộ nhớ, không có tệp để sao lưu.", file=err)
        return EXIT_USAGE
    if target.is_dir():
        target = target / f"motcua-{db.local_now():%Y-%m-%d-%H%M%S}.sqlite3"
    if target.exists():
        print(
            f"Tệp {target} đã có; bản sao lưu không ghi đè lên tệp nào. Hãy chọn tên khác, "
            "hoặc chỉ ra một thư mục để tự đặt tên theo ngày giờ.",
            file=err,
        )
        return EXIT_REFUSED
    try:
        made = backup_sqlite(source, target)
    except BackupError as exc:
        print(exc.message, file=err)
        return EXIT_REFUSED
    size_kb = max(1, made.stat().st_size // 1024)
    print(f"Đã sao lưu cơ sở dữ liệu vào {made} ({size_kb} KB), đã kiểm tra toàn vẹn.", file=out)
    return 0


def restore_database(
    url: str,
    backup: Path,
    out: TextIO,
    err: TextIO,
    *,
    now: datetime | None = None,
    permit: Permit = everyone,
    actor: str = "cli",
) -> int:
    """Put ``backup`` in place of the SQLite database at ``url``; nothing may have it open."""
    refusal = permit()
    if refusal is not None:
        print(refusal, file=err)
        return EXIT_REFUSED
    db_file = sqlite_file(url)
    if db_file is None:
        print(
            "Lệnh restore chỉ khôi phục cơ sở dữ liệu nhúng (SQLite). Với máy chủ PostgreSQL, "
            "hãy khôi phục bản pg_dump bằng pg_restore.",
            file=err,
        )
        return EXIT_USAGE
    try:
        aside = restore_sqlite(backup, db_file, now or _local_now())
        audit_restore(db_file, actor=actor, source=backup, aside=aside)
    except BackupError as exc:
        print(exc.message, file=err)
        return EXIT_REFUSED
    print(f"Đã khôi phục cơ sở dữ liệu {db_file} từ {backup}.", file=out)
    if aside is not None:
        print(f"Cơ sở dữ liệu trước khi khôi phục được giữ lại ở {aside}.", file=out)
    print("Hãy mở lại Một Cửa Desk để làm việc tiếp.", file=out)
    return 0


def permit_for(ctx: CommandContext, permission: Permission) -> Permit:
    """The role check of the signed-in user (the copy holds every citizen's personal data)."""

    def check() -> str | None:
        try:
            require(ctx.db, ctx.user, permission)
        except PermissionDenied as exc:
            return exc.message
        return None

    return check


def run_backup(ctx: CommandContext, args: argparse.Namespace) -> int:
    """``backup --out FILE``: 0 when written, 1 when refused, 2 on PostgreSQL."""
    permit = permit_for(ctx, Permission.BACKUP)
    return backup_database(ctx.db, args.out, ctx.out, ctx.err, permit=permit)


def restore_before_open(url: str, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``restore FILE`` before any connection to ``url`` exists: the way a damaged one is fixed.

    main.py takes this path only when the current file is missing or fails its check: there are
    no accounts to ask then, and whoever can reach the file on this PC could copy it anyway.
    """
    return restore_database(url, args.file, out, err)


def run_restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    """``restore FILE`` after the database was opened: every pooled connection is closed first."""
    refusal = permit_for(ctx, Permission.RESTORE)()
    if refusal is not None:
        print(refusal, file=ctx.err)
        return EXIT_REFUSED
    ctx.db.dispose()
    url = ctx.db.engine.url.render_as_string(hide_password=False)
    return restore_database(url, args.file, ctx.out, ctx.err, actor=ctx.actor)
