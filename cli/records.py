"""``import-records`` and ``export-records``: visits in the canonical CSV/XLSX format.

``import-records`` also takes a commune's old logbooks: XLS, a chosen sheet, title rows above the
header, other column names, TCVN3 or VNI text (see docs/import-format.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.context import CommandContext
from cli.dates import date_argument
from models.import_answers import PROCEDURE
from models.import_mapping import load_mapping
from models.legacy_import import ENCODING_LABELS, OVERRIDES
from models.records_format import RecordsError
from models.records_import import ImportOptions, ImportReport, export_records, import_records
from models.validation import format_date

EXIT_INVALID_ROWS = 1
EXIT_REFUSED = 2


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``import-records`` and ``export-records`` commands."""
    importer = commands.add_parser(
        "import-records",
        help="nhập lượt hỗ trợ từ tệp CSV, XLSX hoặc XLS (cả sổ cũ gõ TCVN3/VNI), "
        "xem docs/import-format.md",
    )
    importer.add_argument("file", metavar="FILE", type=Path, help="tệp .csv, .xlsx hoặc .xls")
    importer.add_argument(
        "--sheet", metavar="NAME", help="tên trang tính cần nhập (mặc định: trang đầu tiên)"
    )
    importer.add_argument(
        "--legacy-encoding",
        choices=OVERRIDES,
        default="auto",
        help="bảng mã của chữ trong tệp: auto (tự nhận biết từng cột, mặc định), tcvn3 (ABC, "
        ".VnTime), vni (VNI-Times), none (đã là Unicode)",
    )
    importer.add_argument(
        "--all-sheets",
        action="store_true",
        help="nhập mọi trang tính có dòng tiêu đề cùng mẫu với trang đầu (trang khác mẫu được "
        "liệt kê, không nhập)",
    )
    importer.add_argument(
        "--mapping",
        metavar="FILE.json",
        type=Path,
        help="tệp cách ghép cột (JSON, xem docs/import-format.md): cột nào của tệp điền vào cột "
        "nào, tên thủ tục và nhãn hình thức hỗ trợ, kênh nộp, kết quả tương ứng",
    )
    importer.add_argument(
        "--accept-near-matches",
        action="store_true",
        help="nhận tên thủ tục (và nhãn) gần giống như đề xuất; mặc định: chúng là lỗi cần "
        "xác nhận",
    )
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help="chạy thử: kiểm tra và báo cáo như khi nhập thật, nhưng không ghi gì",
    )
    importer.add_argument(
        "--skip-invalid",
        action="store_true",
        help="nhập các dòng hợp lệ, liệt kê các dòng có lỗi (mặc định: có lỗi thì không nhập gì)",
    )
    importer.set_defaults(handler=run_import)

    exporter = commands.add_parser(
        "export-records", help="xuất lượt hỗ trợ ra tệp CSV hoặc XLSX theo mẫu nhập được"
    )
    exporter.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        required=True,
        type=date_argument,
        help="từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd)",
    )
    exporter.add_argument(
        "--to",
        dest="last",
        metavar="DATE",
        required=True,
        type=date_argument,
        help="đến ngày (dd/mm/yyyy hoặc yyyy-mm-dd)",
    )
    exporter.add_argument(
        "--out", metavar="FILE", required=True, type=Path, help="tệp .csv hoặc .xlsx để ghi"
    )
    exporter.add_argument(
        "--with-personal-data",
        action="store_true",
        help="ghi cả họ tên, năm sinh, điện thoại, số định danh (che), ghi chú",
    )
    exporter.set_defaults(handler=run_export)


def _print_reading(ctx: CommandContext, report: ImportReport) -> None:
    """Where the rows were found and which columns were converted, before any row's problems."""
    header = f"dòng tiêu đề là dòng {report.header_row}"
    if report.sheet is not None:
        print(f"Đọc trang tính «{report.sheet}», {header}.", file=ctx.out)
    elif report.header_row != 1:
        print(f"Đọc tệp, {header}.", file=ctx.out)
    by_encoding: dict[str, list[str]] = {}
    for column, encoding in report.encodings.items():
        by_encoding.setdefault(encoding, []).append(f"«{column}»")
    for encoding, columns in by_encoding.items():
        label = ENCODING_LABELS.get(encoding, encoding)
        print(f"Đã chuyển từ mã {label} sang Unicode: cột {', '.join(columns)}.", file=ctx.out)
    if by_encoding:
        print(
            "Nếu chữ vẫn sai dấu, chọn bảng mã bằng --legacy-encoding tcvn3, vni hoặc none.",
            file=ctx.out,
        )


def _print_sheets(ctx: CommandContext, report: ImportReport) -> None:
    if not report.all_sheets:
        return
    if report.sheets:
        names = ", ".join(f"«{name}»" for name in report.sheets)
        print(f"Nhập các trang tính cùng mẫu: {names}.", file=ctx.out)
    for name, why in report.skipped_sheets:
        print(f"Bỏ qua trang tính «{name}»: {why}.", file=ctx.out)


def _print_questions(ctx: CommandContext, report: ImportReport) -> None:
    """Near matches and unknown labels: what the clerk must confirm, and what was accepted."""
    if report.accepted_near:
        print("Đã nhận theo đề xuất (--accept-near-matches):", file=ctx.out)
        for question in report.accepted_near:
            print(f"  {question.kind_name}: {question.describe()}", file=ctx.out)
    near = [q for q in report.questions if q.kind == PROCEDURE and q.proposal]
    if near:
        print("Tên thủ tục gần giống (cần xác nhận):", file=ctx.err)
        for question in near:
            print(f"  {question.describe()}", file=ctx.err)
    others = [q for q in report.questions if q not in near]
    if others:
        print("Tên, nhãn không có trong danh mục (cần chọn):", file=ctx.err)
        for question in others:
            print(f"  {question.kind_name}: {question.describe()}", file=ctx.err)
    if report.questions:
        print(
            "Nhận các đề xuất bằng --accept-near-matches, hoặc ghi lựa chọn vào tệp --mapping "
            '(mục "procedures", "assistance", "channel", "outcome"); lựa chọn được nhớ cho '
            "lần sau.",
            file=ctx.err,
        )


def _print_import(ctx: CommandContext, report: ImportReport) -> None:
    _print_reading(ctx, report)
    _print_sheets(ctx, report)
    for error in report.invalid:
        print(error.describe(), file=ctx.err)
    for warning in report.warnings:
        print(f"Lưu ý: {warning.describe()}", file=ctx.err)
    if report.ignored_columns:
        names = ", ".join(f"«{name}»" for name in report.ignored_columns)
        print(f"Bỏ qua các cột không thuộc mẫu: {names}.", file=ctx.out)
    if report.footer_rows:
        print(
            f"Bỏ qua {report.footer_rows} dòng cuối bảng (tổng cộng, người lập biểu, chữ ký).",
            file=ctx.out,
        )
    _print_questions(ctx, report)


DRY_RUN_NOTE = "CHẠY THỬ (--dry-run): chưa nhập gì vào cơ sở dữ liệu."


def run_import(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Import a file; 1 when rows are invalid (nothing written without --skip-invalid)."""
    path: Path = args.file
    if args.all_sheets and args.sheet:
        print("Chọn một trong hai: --sheet TÊN hoặc --all-sheets.", file=ctx.err)
        return EXIT_REFUSED
    try:
        options = ImportOptions(
            sheet=args.sheet,
            legacy_encoding=args.legacy_encoding,
            mapping=load_mapping(args.mapping) if args.mapping else None,
            all_sheets=args.all_sheets,
            accept_near_matches=args.accept_near_matches,
        )
        report = import_records(
            ctx.db,
            path,
            skip_invalid=args.skip_invalid,
            actor=ctx.actor,
            dry_run=args.dry_run,
            options=options,
        )
    except RecordsError as exc:
        print(exc.message, file=ctx.err)
        return EXIT_REFUSED
    _print_import(ctx, report)
    if not report.accepted:
        again = "" if report.dry_run else " rồi nhập lại"
        print(
            f"Không nhập dòng nào: {report.invalid_rows}/{report.total} dòng có lỗi. Hãy sửa các "
            f"dòng trên{again}, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ.",
            file=ctx.err,
        )
        if report.dry_run:
            print(DRY_RUN_NOTE, file=ctx.out)
        return EXIT_INVALID_ROWS
    added = "sẽ nhập" if report.dry_run else "đã nhập"
    summary = (
        f"Tệp {report.file_name}: {report.total} dòng; {added} {report.added} lượt hỗ trợ, "
        f"bỏ qua {report.duplicates} lượt đã có"
    )
    if report.invalid_rows:
        summary += f", {report.invalid_rows} dòng có lỗi không nhập"
    print(f"{summary}.", file=ctx.out)
    if report.dry_run:
        print(f"{DRY_RUN_NOTE} Bỏ --dry-run để nhập thật.", file=ctx.out)
    return 0


def run_export(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Export the visits of a date range; 2 when the request is refused."""
    path: Path = args.out
    try:
        count = export_records(
            ctx.db, args.first, args.last, path, args.with_personal_data, actor=ctx.actor
        )
    except RecordsError as exc:
        print(exc.message, file=ctx.err)
        return EXIT_REFUSED
    period = f"{format_date(args.first)}–{format_date(args.last)}"
    print(f"Đã xuất {count} lượt hỗ trợ ({period}) ra tệp {path}.", file=ctx.out)
    if args.with_personal_data:
        print("Tệp có dữ liệu cá nhân: chỉ lưu ở nơi an toàn, không gửi ra ngoài xã.", file=ctx.out)
    else:
        print("Tệp không có dữ liệu cá nhân (họ tên, điện thoại, số định danh).", file=ctx.out)
    return 0
