"""``retention``: erase the personal fields of visits older than the commune's retention period."""

from __future__ import annotations

import argparse

from cli.context import CommandContext
from models.access import Permission, require
from models.commune import load_profile
from models.retention import cutoff, erase_old_personal_data
from models.validation import format_date


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``retention`` command."""
    parser = commands.add_parser(
        "retention",
        help="xóa thông tin cá nhân của các lượt cũ hơn thời gian lưu (số liệu vẫn giữ)",
    )
    parser.add_argument("--months", type=int, help="số tháng giữ (mặc định: theo Thông tin xã)")
    parser.add_argument("--dry-run", action="store_true", help="chỉ đếm, không xóa")
    parser.set_defaults(handler=run_retention)


def run_retention(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Erase (admin) or count the visits past the retention period."""
    require(ctx.db, ctx.user, Permission.EDIT_SETTINGS)
    months = args.months or load_profile(ctx.db).retention_months
    if months < 1:
        print("Số tháng phải từ 1 trở lên.", file=ctx.err)
        return 1
    today = ctx.db.local_now().date()
    count = erase_old_personal_data(
        ctx.db, today, months=months, actor=ctx.actor, dry_run=args.dry_run
    )
    before = format_date(cutoff(today, months))
    verb = "Sẽ xóa" if args.dry_run else "Đã xóa"
    print(f"{verb} thông tin cá nhân của {count} lượt trước ngày {before}.", file=ctx.out)
    return 0
