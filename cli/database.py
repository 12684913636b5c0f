"""``database``: which database this machine uses (scripted installs, and a desk whose server is
down). It runs before any database is opened, like ``restore``: a machine-level setting, open to
whoever may edit this OS account's settings file anyway (the file is theirs)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TextIO

from models.db_check import check_database
from models.db_choice import ChoiceError, ServerSettings, choose_embedded, choose_server, server_of
from models.db_password import url_with_password
from models.local_settings import load_settings

PASSWORD_VARIABLE = "MOTCUA_DB_PASSWORD"
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``database`` command."""
    parser = commands.add_parser(
        "database",
        help="chọn cơ sở dữ liệu của máy này: tệp nhúng hoặc máy chủ PostgreSQL (có hiệu lực "
        "khi mở lại ứng dụng)",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--show", action="store_true", help="cho biết máy này đang dùng gì")
    what.add_argument("--test", action="store_true", help="thử kết nối tới cơ sở dữ liệu đang chọn")
    what.add_argument("--embedded", action="store_true", help="dùng tệp nhúng trên máy này")
    what.add_argument("--server", metavar="HOST", help="dùng máy chủ PostgreSQL ở địa chỉ HOST")
    parser.add_argument("--port", type=int, default=5432, help="cổng máy chủ (mặc định 5432)")
    parser.add_argument("--name", default="motcua", help="tên cơ sở dữ liệu (mặc định motcua)")
    parser.add_argument(
        "--user", default="motcua", help="người dùng trên máy chủ (mặc định motcua)"
    )
    parser.add_argument(
        "--password-env",
        default=PASSWORD_VARIABLE,
        metavar="VAR",
        help=f"biến môi trường chứa mật khẩu (mặc định {PASSWORD_VARIABLE}); không có thì hỏi",
    )
    parser.set_defaults(handler=run_opened, without_database=run)


def run_opened(_ctx: object, _args: argparse.Namespace) -> int:
    """Reached only through a runner that ignores ``without_database``."""
    raise RuntimeError("the database command runs before opening a database")


def ask_password(variable: str, err: TextIO) -> str | None:
    """The server password from ``variable``, else typed at a terminal; ``None`` (said) else."""
    value = os.environ.get(variable, "")
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Mật khẩu người dùng trên máy chủ: ")
    print(
        f"Chưa có mật khẩu: đặt biến môi trường {variable}, hoặc chạy lệnh trong cửa "
        "sổ dòng lệnh để nhập.",
        file=err,
    )
    return None


def run(
    config_dir: Path, default_url: str, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    """0 done (and the connection works); 1 saved but the test failed; 2 usage."""
    current = load_settings(config_dir).database_url
    if args.show:
        server = server_of(current)
        if server is None:
            print(f"Máy này dùng tệp nhúng: {current or default_url}", file=out)
        else:
            print(
                f"Máy này dùng máy chủ PostgreSQL {server.host}:{server.port}, cơ sở dữ liệu "
                f"{server.database}, người dùng {server.user}.",
                file=out,
            )
        return 0
    if args.embedded:
        choose_embedded(config_dir)
        print("Đã chọn tệp nhúng trên máy này. Hãy mở lại ứng dụng để áp dụng.", file=out)
        return 0
    if args.server:
        server = ServerSettings(
            args.server.strip(), args.port, args.name.strip(), args.user.strip()
        )
        password = ask_password(args.password_env, err)
        if password is None:
            return EXIT_USAGE
        try:
            where = choose_server(config_dir, server, password)
        except ChoiceError as exc:
            print(exc.message, file=err)
            return EXIT_USAGE
        kept = "kho mật khẩu của hệ điều hành" if where == "keyring" else "tệp riêng được bảo vệ"
        print(
            f"Đã chọn máy chủ {server.host}:{server.port}/{server.database}; mật khẩu được cất "
            f"trong {kept}. Hãy mở lại ứng dụng để áp dụng. Mọi bàn dùng chung máy chủ phải "
            "có cùng tệp khóa id-hash.key (xem docs/postgresql.vi.md, mục 6).",
            file=out,
        )
        url = server.url(password).render_as_string(hide_password=False)
    else:  # --test
        url = url_with_password(current or default_url, config_dir)
    result = check_database(url)
    print(result.message, file=out if result.ok else err)
    return 0 if result.ok else EXIT_CHECK_FAILED
