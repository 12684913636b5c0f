"""``handout-texts export|import``: hand a commune's handout wording to another, or take one in."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.context import CommandContext
from models.handout_edits import export_texts, import_texts

EXIT_REFUSED = 1


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``handout-texts`` and its two actions."""
    parser = commands.add_parser(
        "handout-texts", help="xuất hoặc nhập nội dung các tờ hướng dẫn (tệp JSON)"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="ghi nội dung đang dùng, mỗi thủ tục một tệp")
    export.add_argument("--out", required=True, type=Path, help="thư mục ghi các tệp")
    export.set_defaults(handler=run_export)
    take = actions.add_parser("import", help="nhập các tệp (tất cả hoặc không tệp nào)")
    take.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    take.set_defaults(handler=run_import)


def run_export(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Write every procedure's current text into the folder."""
    written = export_texts(ctx.db, args.out)
    print(f"Đã ghi {len(written)} tệp nội dung tờ hướng dẫn vào {args.out}", file=ctx.out)
    return 0


def run_import(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Check every file; save all or, on any problem, none and list the problems."""
    result = import_texts(ctx.db, args.paths, actor=ctx.user)
    if result.problems:
        for problem in result.problems:
            print(problem, file=ctx.err)
        print("Chưa nhập tệp nào: hãy sửa các lỗi trên rồi nhập lại.", file=ctx.err)
        return EXIT_REFUSED
    print(
        f"Đã đọc {len(result.texts)} tệp; {result.changed} tờ hướng dẫn được thay đổi.",
        file=ctx.out,
    )
    return 0
