"""``digitization``: papers being digitized: list, register, move, attach, reuse, verify files."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.context import CommandContext
from cli.dates import date_argument
from models.digitization import (
    NewItem,
    book_volumes,
    create_items,
    move_items,
    reason_code,
    record_reuse,
)
from models.digitization_files import attach_file, scan_folder, verify_files
from models.digitization_queries import (
    ItemFilter,
    list_items,
    resolve_ids,
    short_id,
    state_counts,
)
from models.digitization_workflow import (
    KIND_LABELS,
    KINDS,
    REASON_LABELS,
    SCAN_AGAIN,
    STATE_LABELS,
    STATES,
    WorkflowError,
)
from models.validation import format_date

NEXT = "next"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``digitization list|add|move|attach|reuse|verify-files``."""
    parser = commands.add_parser("digitization", help="số hóa giấy tờ: danh sách, chuyển bước")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    lister = actions.add_parser("list", help="liệt kê tài liệu đang số hóa")
    lister.add_argument("--state", choices=STATES, help="chỉ một bước")
    lister.add_argument("--kind", choices=KINDS, help="chỉ một loại tài liệu")
    lister.add_argument("--overdue", action="store_true", help="chỉ tài liệu quá hạn")
    lister.add_argument("--all", action="store_true", help="cả tài liệu đã trả, đã lưu kho")
    lister.set_defaults(handler=run_list)

    adder = actions.add_parser("add", help="ghi nhận giấy tờ cần số hóa (hoặc cả một sổ)")
    adder.add_argument("--kind", choices=KINDS, default="dossier_component")
    adder.add_argument("--reference", required=True, help="mã hồ sơ, hoặc tên sổ")
    adder.add_argument("--document", default="", help="tên tài liệu (mặc định: số hiệu)")
    adder.add_argument("--pages", required=True, type=int, nargs="+", help="số trang")
    adder.add_argument("--volumes", type=int, help="cả một sổ: số quyển (mỗi quyển một mục)")
    adder.add_argument("--year", type=int, help="năm của sổ")
    adder.add_argument("--procedure", default=None, help="mã thủ tục")
    adder.add_argument("--owner", default="", help="họ tên chủ giấy tờ (không bắt buộc)")
    adder.add_argument("--received", type=date_argument, help="ngày nhận (dd/mm/yyyy)")
    adder.add_argument("--due", type=date_argument, help="hạn xử lý (dd/mm/yyyy)")
    adder.set_defaults(handler=run_add)

    mover = actions.add_parser("move", help="chuyển tài liệu sang bước khác (cả lô hoặc không)")
    mover.add_argument(
        "ids",
        nargs="+",
        metavar="ID",
        help="mã tài liệu (8 ký tự cuối, như lệnh list in ra, là đủ)",
    )
    mover.add_argument("--to", required=True, choices=[NEXT, *STATES], help="bước mới, hoặc next")
    mover.add_argument("--reason", default="", help="lý do trả lại quét lại (mờ, thiếu trang…)")
    mover.add_argument("--note", default="", help="ghi chú")
    mover.set_defaults(handler=run_move)

    attacher = actions.add_parser("attach", help="đính kèm tệp đã quét (PDF, ảnh)")
    attacher.add_argument("id", metavar="ID")
    attacher.add_argument("file", type=Path)
    attacher.add_argument("--copy", action="store_true", help="chép vào thư mục bản quét")
    attacher.set_defaults(handler=run_attach)

    reuser = actions.add_parser("reuse", help="ghi nhận tài liệu được dùng lại cho hồ sơ mới")
    reuser.add_argument("id", metavar="ID")
    reuser.add_argument("--dossier", required=True, help="mã hồ sơ mới")
    reuser.set_defaults(handler=run_reuse)

    verifier = actions.add_parser("verify-files", help="tìm tệp đã quét bị mất hoặc bị sửa")
    verifier.set_defaults(handler=run_verify)


def run_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    """One line per item, then the counts per state."""
    today = ctx.db.local_now().date()
    flt = ItemFilter(state=args.state, kind=args.kind, overdue=args.overdue, include_final=args.all)
    rows = list_items(ctx.db, flt, today=today)
    for row in rows:
        marks = []
        if row.flagged and row.flag_reason:
            marks.append(f"TRẢ LẠI: {REASON_LABELS[row.flag_reason]}")
        if row.overdue(today):
            marks.append("QUÁ HẠN")
        print(
            f"{short_id(row.id)}  {STATE_LABELS[row.state]:<12}"
            f"  {row.reference} · {row.document_name}"
            f"  {row.pages} tr.  nhận {format_date(row.received_date)}"
            f"  hạn {format_date(row.due_date)}  {row.age_days(today)} ngày"
            + (f"  [{'; '.join(marks)}]" if marks else ""),
            file=ctx.out,
        )
    counts = state_counts(ctx.db)
    print(
        f"{len(rows)} tài liệu. "
        + " · ".join(f"{STATE_LABELS[s]} {counts[s]}" for s in STATES if counts[s]),
        file=ctx.out,
    )
    return 0


def _ids(ctx: CommandContext, typed: list[str]) -> list[str] | None:
    found, unknown = resolve_ids(ctx.db, typed)
    if unknown:
        print(
            f"Không tìm thấy (hoặc trùng nhiều) tài liệu mã: {', '.join(unknown)}. "
            "Xem mã bằng «digitization list».",
            file=ctx.err,
        )
        return None
    return found


def run_add(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Register one paper, or a whole register as one item per volume."""
    try:
        if args.volumes:
            items = book_volumes(
                args.reference, args.year, args.volumes, args.pages, document_name=args.document
            )
        else:
            items = [
                NewItem(
                    kind=args.kind,
                    reference=args.reference,
                    document_name=args.document or args.reference,
                    pages=args.pages[0],
                    procedure_code=args.procedure,
                    owner_name=args.owner,
                    received_date=args.received,
                    due_date=args.due,
                )
            ]
        ids = create_items(ctx.db, items, actor=ctx.actor)
    except WorkflowError as exc:
        print(exc.message, file=ctx.err)
        return 1
    for item_id, item in zip(ids, items, strict=True):
        print(f"{short_id(item_id)}  {KIND_LABELS[item.kind]}: {item.reference}", file=ctx.out)
    print(f"Đã ghi nhận {len(ids)} tài liệu.", file=ctx.out)
    return 0


def run_move(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Move every item given, or none (exit 1 with the reasons)."""
    ids = _ids(ctx, args.ids)
    if ids is None:
        return 2
    target = None if args.to == NEXT else args.to
    reason, reason_note = reason_code(args.reason) if target == SCAN_AGAIN else (None, "")
    note = "; ".join(part for part in (reason_note, args.note) if part)
    try:
        moved = move_items(ctx.db, ids, actor=ctx.actor, to_state=target, reason=reason, note=note)
    except WorkflowError as exc:
        print(exc.message, file=ctx.err)
        return 1
    for item_id, before, after in moved:
        print(f"{short_id(item_id)}  {STATE_LABELS[before]} → {STATE_LABELS[after]}", file=ctx.out)
    print(f"Đã chuyển {len(moved)} tài liệu.", file=ctx.out)
    return 0


def run_attach(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Attach a scan; with --copy keep a copy in the data folder's scan folder."""
    ids = _ids(ctx, [args.id])
    if ids is None:
        return 2
    copy_to = scan_folder(ctx.paths) if args.copy else None
    try:
        kept = attach_file(ctx.db, ids[0], args.file, actor=ctx.actor, copy_to=copy_to)
    except WorkflowError as exc:
        print(exc.message, file=ctx.err)
        return 1
    print(f"Đã đính kèm {kept}.", file=ctx.out)
    return 0


def run_reuse(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Record a reuse of a digitized document."""
    ids = _ids(ctx, [args.id])
    if ids is None:
        return 2
    try:
        record_reuse(ctx.db, ids[0], args.dossier, actor=ctx.actor)
    except WorkflowError as exc:
        print(exc.message, file=ctx.err)
        return 1
    print("Đã ghi nhận tái sử dụng.", file=ctx.out)
    return 0


def run_verify(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Check every attached file; exit 1 when one is missing or changed."""
    checked, problems = verify_files(ctx.db)
    for problem in problems:
        print(problem.describe(), file=ctx.out)
    print(f"Đã kiểm tra {checked} tệp: {len(problems)} tệp có vấn đề.", file=ctx.out)
    return 1 if problems else 0
