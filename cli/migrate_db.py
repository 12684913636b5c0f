"""``migrate-db``: copy the whole database to another engine (SQLite ⇄ PostgreSQL), verified."""

from __future__ import annotations

import argparse
import os

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from cli.context import CommandContext
from cli.database import PASSWORD_VARIABLE, ask_password
from models.access import Permission, require
from models.db import DatabaseError, create_db_engine, enable_wal
from models.db_check import Problem, check_database, explain_connect_error
from models.db_copy import CopyMismatch, TargetNotEmpty, audit_copy, copy_database
from models.db_password import url_with_password

EXIT_NOT_EMPTY = 1
EXIT_UNUSABLE = 2
EXIT_MISMATCH = 5


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``migrate-db`` command."""
    parser = commands.add_parser(
        "migrate-db",
        help="chép toàn bộ cơ sở dữ liệu sang nơi khác (tệp nhúng ⇄ máy chủ PostgreSQL), có "
        "kiểm tra số dòng và nội dung từng bảng",
    )
    parser.add_argument(
        "--to",
        dest="target",
        metavar="URL",
        required=True,
        help="nơi nhận, ví dụ postgresql+psycopg://motcua@192.168.1.10/motcua hoặc "
        "sqlite:///D:/motcua.sqlite3; mật khẩu máy chủ: nơi cất của máy này, biến "
        "MOTCUA_DB_PASSWORD, hoặc nhập khi được hỏi",
    )
    parser.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="nguồn (mặc định: cơ sở dữ liệu đang dùng, tức --db hoặc cài đặt của máy này)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="xóa hết dữ liệu đang có ở nơi nhận rồi chép (mặc định: từ chối nếu nơi nhận đã "
        "có dữ liệu)",
    )
    parser.set_defaults(handler=run)


def _hidden(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _open_engine(ctx: CommandContext, url: str, role: str) -> Engine | None:
    result = check_database(url)
    if not result.ok:
        print(f"{role}: {result.message}", file=ctx.err)
        return None
    try:
        return create_db_engine(url)
    except DatabaseError as exc:
        print(f"{role}: {exc.message}", file=ctx.err)
        return None


def _needs_password(url: str) -> bool:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password is not None:
        return False
    if os.environ.get(PASSWORD_VARIABLE):
        return True
    return check_database(url).problem is Problem.WRONG_PASSWORD


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    """0 copied and verified; 1 target not empty; 2 a database unusable; 5 copy did not match."""
    require(ctx.db, ctx.user, Permission.BACKUP)  # the copy holds every citizen's personal data
    if args.force:
        require(ctx.db, ctx.user, Permission.RESTORE)
    config_dir = ctx.paths.config_dir
    target_url = url_with_password(args.target, config_dir)
    parsed = make_url(target_url)
    # No password kept on this machine: the variable, else ask, but only a server that wants one.
    if _needs_password(target_url):
        password = ask_password(PASSWORD_VARIABLE, ctx.err)
        if password is None:
            return EXIT_UNUSABLE
        target_url = parsed.set(password=password).render_as_string(hide_password=False)
    if args.source:
        source_url = url_with_password(args.source, config_dir)
    else:
        source_url = ctx.db.engine.url.render_as_string(hide_password=False)
    if make_url(source_url) == make_url(target_url):
        print("Nguồn và nơi nhận là cùng một cơ sở dữ liệu: không có gì để chép.", file=ctx.err)
        return EXIT_UNUSABLE
    source = ctx.db.engine if not args.source else _open_engine(ctx, source_url, "Nguồn")
    if source is None:
        return EXIT_UNUSABLE
    target = _open_engine(ctx, target_url, "Nơi nhận")
    if target is None:
        return EXIT_UNUSABLE
    try:
        print(f"Đang chép {_hidden(source_url)} → {_hidden(target_url)} …", file=ctx.out)
        report = copy_database(source, target, force=args.force)
        audit_copy(target, actor=ctx.actor, source_url=_hidden(source_url), report=report)
        enable_wal(target)
    except TargetNotEmpty as exc:
        print(exc.message, file=ctx.err)
        return EXIT_NOT_EMPTY
    except CopyMismatch as exc:
        print(exc.message, file=ctx.err)
        return EXIT_MISMATCH
    except DatabaseError as exc:
        print(exc.message, file=ctx.err)
        return EXIT_UNUSABLE
    except SQLAlchemyError as exc:
        print(explain_connect_error(exc, target_url).message, file=ctx.err)
        print("Nơi nhận được để nguyên như trước khi chép.", file=ctx.err)
        return EXIT_UNUSABLE
    finally:
        target.dispose()
        if source is not ctx.db.engine:
            source.dispose()
    for name, table in report.tables.items():
        print(f"  {name}: {table.rows} dòng, khớp (sha256 {table.checksum[:12]}…)", file=ctx.out)
    print(
        f"Đã chép và kiểm tra {report.total_rows} dòng. Để máy này dùng cơ sở dữ liệu mới: "
        "Tệp → Cơ sở dữ liệu… hoặc lệnh «database», rồi mở lại ứng dụng.",
        file=ctx.out,
    )
    return 0
