"""The argument parser and the dispatch of commands."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from cli import (
    backup,
    configure,
    daily,
    database,
    day_lock,
    demo,
    digitization,
    handout,
    handout_texts,
    migrate_db,
    person,
    records,
    retention,
    users,
)

# Each command module adds its sub-parser and sets ``handler``; main.py runs the handler.
COMMAND_MODULES = [
    configure,
    records,
    demo,
    day_lock,
    daily,
    handout,
    handout_texts,
    users,
    backup,
    retention,
    person,
    database,
    migrate_db,
    digitization,
]


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``python main.py [--db URL] [COMMAND ...]``."""
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Một Cửa Desk. Không có lệnh: mở giao diện. Có lệnh: chạy lệnh đó.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="cơ sở dữ liệu (URL SQLAlchemy); mặc định MOTCUA_DATABASE_URL hoặc tệp nhúng",
    )
    parser.add_argument("--verbose", action="store_true", help="ghi nhật ký chi tiết")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="mở cửa sổ chính trên một cơ sở dữ liệu tạm rồi thoát (kiểm tra bản đóng gói)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    return build_parser().parse_args(argv)
