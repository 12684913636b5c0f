"""``lock-day`` and ``reopen-day``: the chair's lock of a day's figures."""

from __future__ import annotations

import argparse

from cli.context import CommandContext
from cli.dates import date_argument
from models.day_lock import LockError, lock_day, reopen_day
from models.validation import format_date


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``lock-day`` and ``reopen-day`` commands."""
    locker = commands.add_parser("lock-day", help="chốt số liệu một ngày")
    locker.add_argument("--date", required=True, type=date_argument, help="ngày (dd/mm/yyyy)")
    locker.add_argument("--note", default="", help="ghi chú khi chốt (không bắt buộc)")
    locker.set_defaults(handler=run_lock)
    opener = commands.add_parser("reopen-day", help="mở lại ngày đã chốt số liệu (ghi lý do)")
    opener.add_argument("--date", required=True, type=date_argument, help="ngày (dd/mm/yyyy)")
    opener.add_argument("--reason", required=True, help="lý do mở lại")
    opener.set_defaults(handler=run_reopen)


def run_lock(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Lock the day; exit 1 when it already is."""
    try:
        lock = lock_day(ctx.db, args.date, actor=ctx.user, note=args.note)
    except LockError as exc:
        print(exc.message, file=ctx.err)
        return 1
    print(f"Ngày {format_date(lock.day)} {lock.describe(ctx.db.tz)}.", file=ctx.out)
    return 0


def run_reopen(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Reopen the day; exit 1 when it is not locked or the reason is empty."""
    try:
        reopen_day(ctx.db, args.date, actor=ctx.user, reason=args.reason)
    except LockError as exc:
        print(exc.message, file=ctx.err)
        return 1
    print(f"Đã mở lại ngày {format_date(args.date)}.", file=ctx.out)
    return 0
