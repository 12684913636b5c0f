"""``configure``: the commune profile (code, name, upper level)."""

from __future__ import annotations

import argparse

from cli.context import CommandContext
from models.commune import save_profile


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``configure`` command."""
    parser = commands.add_parser(
        "configure", help="đặt thông tin xã: mã, tên, cấp trên nhận báo cáo"
    )
    parser.add_argument("--commune-code", help="mã đơn vị hành chính của xã, ví dụ 10507")
    parser.add_argument("--commune-name", help="tên xã, ví dụ «Xã Tân Lập»")
    parser.add_argument(
        "--upper-level", help="nơi nhận báo cáo, ví dụ «UBND tỉnh Phú Thọ» (mặc định: UBND tỉnh)"
    )
    parser.add_argument(
        "--unit-name", help="tên bộ phận, ví dụ «Trung tâm Phục vụ hành chính công»"
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Save the given fields of the profile and print it."""
    profile = save_profile(
        ctx.db,
        actor=ctx.actor,
        code=args.commune_code,
        name=args.commune_name,
        upper_level=args.upper_level,
        unit_name=args.unit_name,
    )
    print(f"Mã xã: {profile.code or '(chưa đặt)'}", file=ctx.out)
    print(f"Tên xã: {profile.name or '(chưa đặt)'}", file=ctx.out)
    print(f"Cấp trên nhận báo cáo: {profile.upper_level}", file=ctx.out)
    print(f"Tên bộ phận: {profile.unit_name}", file=ctx.out)
    return 0
