"""``users``: accounts and roles (add, list, passwd, disable, enable)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from cli.context import CommandContext
from cli.signin import PASSWORD_VARIABLE
from models.access import ROLE_LABELS, Role
from models.users import (
    UserError,
    add_user,
    change_password,
    has_users,
    list_users,
    set_active,
)

NEW_PASSWORD_VARIABLE = "MOTCUA_NEW_PASSWORD"
ROLES = [Role.CLERK.value, Role.CHAIR.value, Role.ADMIN.value]


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``users`` and its actions."""
    parser = commands.add_parser("users", help="tài khoản đăng nhập và vai trò")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="tạo tài khoản (tài khoản đầu tiên phải là admin)")
    add.add_argument("--username", required=True, help="tên đăng nhập, không dấu cách")
    add.add_argument("--role", required=True, choices=ROLES, help="clerk, chair hoặc admin")
    add.add_argument("--full-name", default="", help="họ và tên hiển thị")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="liệt kê tài khoản")
    listing.set_defaults(handler=run_list)
    passwd = actions.add_parser("passwd", help="đặt mật khẩu mới")
    passwd.add_argument("username")
    passwd.set_defaults(handler=run_passwd)
    for name, active in (("disable", False), ("enable", True)):
        switch = actions.add_parser(name, help="khóa tài khoản" if not active else "mở khóa")
        switch.add_argument("username")
        switch.set_defaults(handler=run_switch, active=active)


def new_password(ctx: CommandContext, *, first_user: bool) -> str | None:
    """The new account's password: typed twice at a terminal, else from the environment.

    For the first account MOTCUA_PASSWORD is its password (nobody signs in yet); later, the admin
    signs in with MOTCUA_PASSWORD and the new password comes from MOTCUA_NEW_PASSWORD.
    """
    variable = PASSWORD_VARIABLE if first_user else NEW_PASSWORD_VARIABLE
    from_env = os.environ.get(variable, "")
    if from_env:
        return from_env
    if sys.stdin is None or not sys.stdin.isatty():
        print(f"Không có cửa sổ dòng lệnh để nhập mật khẩu: hãy đặt {variable}.", file=ctx.err)
        return None
    first = getpass.getpass("Mật khẩu mới: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        print("Hai lần nhập mật khẩu không giống nhau.", file=ctx.err)
        return None
    return first


def run_add(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Create an account."""
    password = new_password(ctx, first_user=not has_users(ctx.db))
    if password is None:
        return 1
    try:
        info = add_user(
            ctx.db,
            ctx.user,
            username=args.username,
            role=Role(args.role),
            password=password,
            full_name=args.full_name,
        )
    except UserError as exc:
        print(exc.message, file=ctx.err)
        return 1
    print(f"Đã tạo tài khoản {info.username} ({ROLE_LABELS[info.role]}).", file=ctx.out)
    return 0


def run_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Print the accounts, inactive ones marked."""
    for info in list_users(ctx.db, include_inactive=True):
        state = "" if info.active else " (đã khóa)"
        line = f"{info.username}\t{info.role.value}\t{info.full_name}{state}"
        print(line, file=ctx.out)
    return 0


def run_passwd(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Set a new password (one's own, or anyone's for an admin)."""
    password = new_password(ctx, first_user=False)
    if password is None:
        return 1
    try:
        change_password(ctx.db, ctx.user, args.username, password)
    except UserError as exc:
        print(exc.message, file=ctx.err)
        return 1
    print("Đã đổi mật khẩu.", file=ctx.out)
    return 0


def run_switch(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Disable or enable an account (admin)."""
    try:
        set_active(ctx.db, ctx.user, args.username, args.active)
    except UserError as exc:
        print(exc.message, file=ctx.err)
        return 1
    print("Đã mở khóa tài khoản." if args.active else "Đã khóa tài khoản.", file=ctx.out)
    return 0
