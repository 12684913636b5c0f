"""``person``: a citizen's request about their data: find, give a copy, erase (chair or admin)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.context import CommandContext
from models.person_request import (
    PersonQuery,
    PersonQueryError,
    erase_person,
    export_person,
    find_person,
)
from models.records_format import RecordsError


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``person find|export|erase``."""
    parser = commands.add_parser(
        "person", help="yêu cầu của người dân về dữ liệu của mình: tìm, cấp bản sao, xóa"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (
        ("find", "đếm các lượt của một người"),
        ("export", "ghi các lượt của một người ra tệp CSV/XLSX để trao cho họ"),
        ("erase", "xóa thông tin cá nhân của một người trên mọi lượt (số liệu vẫn giữ)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("--id-number", default="", help="số định danh 12 chữ số")
        action.add_argument("--name", default="", help="họ và tên đầy đủ")
        action.add_argument("--birth-year", type=int, help="năm sinh (đi cùng họ tên)")
        if name == "export":
            action.add_argument("--out", required=True, type=Path, help="tệp .csv hoặc .xlsx")
        if name == "erase":
            action.add_argument("--yes", action="store_true", help="xác nhận xóa")
        action.set_defaults(handler=run_person)


def run_person(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Run the chosen step; 1 with a message when the person cannot be looked up."""
    query = PersonQuery(name=args.name, birth_year=args.birth_year, id_number=args.id_number)
    try:
        if args.action == "find":
            found = len(find_person(ctx.db, ctx.user, query))
            print(f"Tìm thấy {found} lượt của người này.", file=ctx.out)
        elif args.action == "export":
            written = export_person(ctx.db, ctx.user, query, args.out)
            print(f"Đã ghi {written} lượt vào {args.out}.", file=ctx.out)
        else:
            if not args.yes:
                print("Xóa không hoàn tác được: thêm --yes để xác nhận.", file=ctx.err)
                return 1
            erased = erase_person(ctx.db, ctx.user, query)
            print(f"Đã xóa thông tin cá nhân trên {erased} lượt.", file=ctx.out)
    except (PersonQueryError, RecordsError) as exc:
        print(str(exc), file=ctx.err)
        return 1
    return 0
