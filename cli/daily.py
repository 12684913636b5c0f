"""``export-daily`` and ``consolidate``: the daily summary for the upper level, and its reading.

Both call models/ only; the figures come from :func:`models.daily_summary.compute_summary`.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from cli.context import CommandContext
from cli.dates import date_argument
from models.commune import CommuneProfile, load_profile
from models.consolidate import Consolidation, consolidate
from models.consolidate_files import ConsolidationError, input_files, read_expected
from models.consolidate_writers import write_consolidation_json, write_consolidation_xlsx
from models.reference import load_reference
from models.summary_document import (
    ExportError,
    export_file_name,
)
from models.validation import format_date
from printing.daily_export import FORMATS, export_daily

EXIT_NONE_CONSOLIDATED = 1
EXIT_USAGE = 2


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``export-daily`` and ``consolidate`` commands."""
    exporter = commands.add_parser(
        "export-daily",
        help="xuất báo cáo tổng hợp ngày (hoặc một khoảng ngày) gửi cấp trên, không có dữ liệu "
        "cá nhân (xem docs/daily-summary-schema.md)",
    )
    days = (
        ("--date", "date", "ngày báo cáo"),
        ("--from", "first", "từ ngày"),
        ("--to", "last", "đến ngày"),
    )
    for flag, dest, meaning in days:
        exporter.add_argument(
            flag,
            dest=dest,
            metavar="DATE",
            type=date_argument,
            help=f"{meaning} (dd/mm/yyyy hoặc yyyy-mm-dd)",
        )
    exporter.add_argument("--format", required=True, choices=FORMATS, help="định dạng")
    exporter.add_argument(
        "--out",
        metavar="PATH",
        required=True,
        help="tệp để ghi, hoặc thư mục (khi đó tên tệp là BC-NGAY_<mã xã>_<ngày>.<đuôi>)",
    )
    exporter.set_defaults(handler=run_export)

    consolidator = commands.add_parser(
        "consolidate",
        help="cấp trên: tổng hợp các tệp báo cáo ngày (.json, .xlsx) của các xã",
    )
    consolidator.add_argument(
        "inputs", metavar="FILE_OR_FOLDER", nargs="+", type=Path, help="tệp hoặc thư mục"
    )
    consolidator.add_argument(
        "--out", metavar="FILE", required=True, type=Path, help="tệp kết quả .xlsx hoặc .json"
    )
    consolidator.add_argument(
        "--expected", metavar="CSV", type=Path, help="danh sách xã cần báo cáo: tệp CSV mã,tên"
    )
    consolidator.set_defaults(handler=run_consolidate)


def _period(args: argparse.Namespace) -> tuple[date, date] | str:
    """The requested days, or a Vietnamese usage error."""
    if args.date is not None and (args.first is not None or args.last is not None):
        return (
            "Dùng --date cho một ngày, hoặc --from và --to cho một khoảng ngày; không dùng cả hai."
        )
    if args.date is not None:
        return args.date, args.date
    if args.first is None or args.last is None:
        return "Hãy cho --date DATE, hoặc cả --from DATE và --to DATE."
    if args.first > args.last:
        return f"Ngày bắt đầu {format_date(args.first)} sau ngày kết thúc {format_date(args.last)}."
    return args.first, args.last


def _target(out: str, profile: CommuneProfile, first: date, last: date, fmt: str) -> Path | str:
    """The file to write, or a Vietnamese usage error.

    A folder is an existing folder, a path ending in a separator or a path without a suffix
    (created if missing, e.g. a new folder on a USB stick).
    """
    path = Path(out)
    if path.is_dir() or out.endswith(("/", "\\")) or not path.suffix:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return f"Không tạo được thư mục {path}: {exc.strerror or exc}."
        return path / export_file_name(profile, first, last, fmt)
    if path.suffix.lower() != f".{fmt}":
        return f"Tệp {path.name} không hợp với định dạng {fmt}: hãy dùng đuôi .{fmt}."
    return path


def run_export(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Export the summary of a day or a period; 2 when the request is refused."""
    period = _period(args)
    if isinstance(period, str):
        print(period, file=ctx.err)
        return EXIT_USAGE
    first, last = period
    profile = load_profile(ctx.db)
    if not profile.is_set:
        print(
            "Chưa có mã và tên xã: hãy chạy «configure --commune-code MÃ --commune-name TÊN» "
            "trước khi xuất báo cáo.",
            file=ctx.err,
        )
        return EXIT_USAGE
    target = _target(args.out, profile, first, last, args.format)
    if isinstance(target, str):
        print(target, file=ctx.err)
        return EXIT_USAGE
    try:
        job = export_daily(ctx.db, first, last, args.format, target, actor=ctx.actor)
    except ExportError as exc:
        print(exc.message, file=ctx.err)
        return EXIT_USAGE
    days = format_date(first) if first == last else f"{format_date(first)}–{format_date(last)}"
    print(
        f"Đã xuất báo cáo {days} (lần xuất {job.revision}, {args.format}) ra tệp {target}: "
        f"{job.summary.visits} lượt hỗ trợ. Tệp không có dữ liệu cá nhân.",
        file=ctx.out,
    )
    if not job.locked:
        print("Lưu ý: chưa chốt số liệu nên số liệu còn có thể thay đổi.", file=ctx.out)
    return 0


def _share_text(share: float | None) -> str:
    return "chưa có hồ sơ có thủ tục" if share is None else f"{share * 100:.1f}%".replace(".", ",")


def _print_result(ctx: CommandContext, c: Consolidation, out: Path) -> None:
    for note in c.refused:
        print(f"Từ chối {note.describe()}", file=ctx.err)
    for note in c.skipped:
        print(f"Không tính {note.describe()}", file=ctx.out)
    first, last = c.first, c.last
    if not c.reports or first is None or last is None:
        return
    days = format_date(first) if first == last else f"{format_date(first)}–{format_date(last)}"
    totals = c.totals.totals
    print(
        f"Đã tổng hợp {len(c.reports)} báo cáo của {len(c.rows)} xã ({days}) vào tệp {out}. "
        f"Tổng cộng: {totals['visits']} lượt hỗ trợ, {totals['citizens']} người dân, "
        f"{totals['online_submitted']} hồ sơ nộp trực tuyến "
        f"(tỷ lệ {_share_text(c.totals.online_share)}).",
        file=ctx.out,
    )
    if c.missing:
        names = "; ".join(f"{code} {name}".strip() for code, name in c.missing.items())
        print(f"Chưa báo cáo ({len(c.missing)} xã): {names}.", file=ctx.out)
    if c.unexpected:
        print(f"Xã không có trong danh sách: {', '.join(c.unexpected)}.", file=ctx.out)


def run_consolidate(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Consolidate files and folders; 0 when something was consolidated, 1 when not, 2 on misuse."""
    out: Path = args.out
    if out.suffix.lower() not in (".xlsx", ".json"):
        print(f"Tệp kết quả {out.name} phải có đuôi .xlsx hoặc .json.", file=ctx.err)
        return EXIT_USAGE
    try:
        files = input_files(args.inputs, out)
        expected = read_expected(args.expected) if args.expected else None
    except ConsolidationError as exc:
        print(exc.message, file=ctx.err)
        return EXIT_USAGE
    result = consolidate(files, expected)
    _print_result(ctx, result, out)
    if not result.reports:
        print("Không tổng hợp được tệp nào: chưa ghi tệp kết quả.", file=ctx.err)
        return EXIT_NONE_CONSOLIDATED
    try:
        if out.suffix.lower() == ".xlsx":
            write_consolidation_xlsx(out, result, ref=load_reference(ctx.db))
        else:
            write_consolidation_json(out, result)
    except ExportError as exc:
        print(exc.message, file=ctx.err)
        return EXIT_USAGE
    return 0
