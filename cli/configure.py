"""``configure``: the commune profile (code, name, upper level, what handouts print)."""

from __future__ import annotations

import argparse

from cli.context import CommandContext
from models.commune import ProfileError, save_profile


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
    parser.add_argument("--desk-phone", help="điện thoại bàn Một cửa, in trên tờ hướng dẫn")
    parser.add_argument("--opening-hours", help="giờ làm việc, in trên tờ hướng dẫn")
    parser.add_argument(
        "--portal-url-template",
        help="địa chỉ trang thủ tục khi danh mục không có; {code}, {name}: mã, tên thủ tục",
    )
    parser.add_argument("--lookup-url", help="trang tra cứu hồ sơ (mã QR trên tờ hướng dẫn)")
    parser.add_argument("--vneid-url", help="trang ứng dụng VNeID (mã QR trên tờ hướng dẫn)")
    parser.add_argument(
        "--retention-months",
        type=int,
        help="số tháng giữ thông tin cá nhân của lượt hỗ trợ (mặc định 24); số liệu vẫn giữ",
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Save the given fields of the profile and print it; 1 when a link is not a web address."""
    try:
        profile = save_profile(
            ctx.db,
            actor=ctx.user,
            code=args.commune_code,
            name=args.commune_name,
            upper_level=args.upper_level,
            unit_name=args.unit_name,
            desk_phone=args.desk_phone,
            opening_hours=args.opening_hours,
            portal_url_template=args.portal_url_template,
            lookup_url=args.lookup_url,
            vneid_url=args.vneid_url,
            retention_months=args.retention_months,
        )
    except ProfileError as exc:
        print(str(exc), file=ctx.err)
        return 1
    print(f"Mã xã: {profile.code or '(chưa đặt)'}", file=ctx.out)
    print(f"Tên xã: {profile.name or '(chưa đặt)'}", file=ctx.out)
    print(f"Cấp trên nhận báo cáo: {profile.upper_level}", file=ctx.out)
    print(f"Tên bộ phận: {profile.unit_name}", file=ctx.out)
    print(f"Điện thoại bàn Một cửa: {profile.desk_phone or '(chưa đặt)'}", file=ctx.out)
    return 0
