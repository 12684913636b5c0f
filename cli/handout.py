"""``handout``: print the citizen's instruction handout for one procedure, or for every one."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from cli.context import CommandContext
from cli.dates import date_argument
from models.appointments import add_working_days
from models.commune import CommuneProfile, load_profile
from models.handout_texts import HandoutTextError
from models.reference import catalog_details, procedure_details
from models.text import clean
from printing.handout import write_handout
from printing.handout_request import request_for

EXIT_UNKNOWN = 2


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``handout`` command."""
    parser = commands.add_parser("handout", help="in phiếu hướng dẫn có mã QR cho người dân")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--procedure", metavar="CODE", help="mã thủ tục, ví dụ 1.001193")
    which.add_argument("--all", action="store_true", help="mọi thủ tục trong danh mục")
    parser.add_argument("--dossier", default="", metavar="CODE", help="mã hồ sơ (in chữ lớn)")
    parser.add_argument("--name", default="", help="họ tên người dân (không bắt buộc)")
    parser.add_argument("--clerk", default="", help="họ tên cán bộ tiếp nhận")
    parser.add_argument(
        "--appointment", type=date_argument, help="ngày hẹn trả kết quả (dd/mm/yyyy)"
    )
    parser.add_argument("--size", choices=("A4", "A5"), default="A4", help="khổ giấy")
    parser.add_argument("--large-print", action="store_true", help="chữ to (18 pt trở lên)")
    parser.add_argument(
        "--out", required=True, type=Path, help="tệp PDF (hoặc thư mục khi dùng --all)"
    )
    parser.set_defaults(handler=run_handout)


def run_handout(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Write the handout(s); 2 for an unknown code, 1 when a text is missing."""
    profile = load_profile(ctx.db)
    if args.all:
        return _run_all(ctx, args, profile)
    code = clean(args.procedure)
    entry = procedure_details(ctx.db, code)
    if entry is None:
        print(f"Không có thủ tục mã “{code}” trong danh mục.", file=ctx.err)
        return EXIT_UNKNOWN
    dossier = clean(args.dossier).replace(" ", "").upper()
    appointment: date | None = args.appointment
    if appointment is None and dossier and entry.processing_days is not None:
        appointment = add_working_days(ctx.db.local_now().date(), entry.processing_days)
    try:
        request = request_for(
            ctx.db,
            entry,
            size=args.size,
            large_print=args.large_print,
            citizen_name=clean(args.name),
            dossier_code=dossier,
            appointment=appointment,
            clerk_name=clean(args.clerk),
        )
    except (ValueError, HandoutTextError) as exc:
        print(str(exc), file=ctx.err)
        return 1
    path = write_handout(args.out, request, profile)
    print(f"Đã ghi phiếu hướng dẫn: {path}", file=ctx.out)
    return 0


def _run_all(ctx: CommandContext, args: argparse.Namespace, profile: CommuneProfile) -> int:
    folder: Path = args.out
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    failed = 0
    for entry in catalog_details(ctx.db):
        try:
            request = request_for(ctx.db, entry, size=args.size, large_print=args.large_print)
        except (ValueError, HandoutTextError) as exc:
            print(f"{entry.code}: {exc}", file=ctx.err)
            failed += 1
            continue
        write_handout(folder / f"HD_{entry.code}.pdf", request, profile)
        written += 1
    print(f"Đã ghi {written} phiếu hướng dẫn vào {folder}", file=ctx.out)
    return 1 if failed else 0
