"""Signing in a command: once a database has a user, every command says who runs it.

Credentials come from MOTCUA_USER and MOTCUA_PASSWORD (scripts, scheduled tasks), else from a
prompt when a person is at a terminal. Before the first user exists, commands run as setup.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping

from models.access import Actor
from models.db import Database
from models.users import LoginFailed, authenticate, has_users

USER_VARIABLE = "MOTCUA_USER"
PASSWORD_VARIABLE = "MOTCUA_PASSWORD"


class SignInRefused(Exception):
    """The command cannot run as nobody; the message says what to set."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def sign_in(
    db: Database,
    *,
    environ: Mapping[str, str] | None = None,
    interactive: bool | None = None,
    ask: Callable[[str], str] = input,
    ask_secret: Callable[[str], str] = getpass.getpass,
) -> Actor | None:
    """The signed-in actor, or ``None`` when the database has no user yet (setup)."""
    if not has_users(db):
        return None
    env = os.environ if environ is None else environ
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    username = env.get(USER_VARIABLE, "")
    password = env.get(PASSWORD_VARIABLE, "")
    if not username and interactive:
        username = ask("Tên đăng nhập: ")
    if not password and interactive:
        password = ask_secret("Mật khẩu: ")
    if not username or not password:
        raise SignInRefused(
            "Cơ sở dữ liệu này đã có tài khoản: hãy đăng nhập. Đặt biến môi trường "
            f"{USER_VARIABLE} và {PASSWORD_VARIABLE}, hoặc chạy lệnh trong cửa sổ dòng lệnh "
            "để nhập tên và mật khẩu."
        )
    try:
        return authenticate(db, username, password)
    except LoginFailed as exc:
        raise SignInRefused(exc.message) from exc
