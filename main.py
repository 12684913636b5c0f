"""Một Cửa Desk: the entry point.

In this order: parse arguments, set up logging, open the database and run migrations, then run a
command or show the main window. No business logic lives here.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from cli.app import parse
from cli.context import CommandContext
from cli.signin import SignInRefused, sign_in
from models.access import PermissionDenied
from models.applog import setup_logging
from models.backup import check_database_file
from models.db import Database, DatabaseError, database_url_from, sqlite_file
from models.db_password import url_with_password
from models.local_settings import load_settings
from models.opening import open_database
from models.paths import AppPaths
from models.start_check import check_at_start

log = logging.getLogger("motcua")
EXIT_REFUSED = 4  # not signed in, or the role does not allow the command


def _open(url: str, paths: AppPaths, backup_dir: str) -> Database:
    return open_database(
        url,
        key_file=paths.id_key_file,
        backup_dir=Path(backup_dir) if backup_dir else paths.backup_dir,
    )


def _unusable(url: str) -> bool:
    """True when ``url`` is an SQLite file that is missing or fails its integrity check."""
    path = sqlite_file(url)
    return path is not None and check_database_file(path) is not None


def _recovered_if_damaged(url: str, paths: AppPaths, backup_dir: str) -> bool:
    """A quick check at start; a damaged file is offered the newest good backup (GUI only)."""
    path = sqlite_file(url)
    if path is None or not path.exists():
        return True
    problem = check_at_start(path, paths.data_dir, datetime.now().date())
    if problem is None:
        return True
    log.error("database file failed its check at start")
    from views.recovery import offer_restore

    folder = Path(backup_dir) if backup_dir else paths.backup_dir
    return offer_restore(path, folder, problem, datetime.now())


def _show_fatal(message: str) -> int:
    """Tell a GUI user why the app cannot start, in a dialog rather than a traceback."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv)
    QMessageBox.critical(None, "Một Cửa Desk", message)
    del app
    return 2


def _run_command(args: argparse.Namespace, ctx: CommandContext, log_file: Path) -> int:
    """Run a command; an unexpected error is logged with its traceback, never shown as one."""
    try:
        status: int = args.handler(ctx, args)
        return status
    except PermissionDenied as exc:
        print(exc.message, file=ctx.err)
        return EXIT_REFUSED
    except Exception:
        log.exception("command %s failed", args.command)
        print(
            f"Lệnh không chạy xong do một lỗi không mong muốn. Chi tiết đã được ghi vào nhật ký: "
            f"{log_file}. Hãy gửi tệp này cho người phụ trách kỹ thuật.",
            file=ctx.err,
        )
        return 3


def _say(text: str) -> None:
    """A line for CI; a windowed Windows build has no console (``sys.stdout`` is None)."""
    log.info("%s", text)
    if sys.stdout is not None:
        print(text, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; return the process exit status."""
    args = parse(argv)
    if args.smoke_test:
        # Never the real data: every folder under a new temporary one, the embedded database.
        os.environ["MOTCUA_HOME"] = tempfile.mkdtemp(prefix="motcua-smoke-")
        args.db = None
        os.environ.pop("MOTCUA_DATABASE_URL", None)
    paths = AppPaths.default()
    paths.ensure()
    log_file = setup_logging(paths.log_dir, verbose=args.verbose)
    settings = load_settings(paths.config_dir)
    without_database = getattr(args, "without_database", None)
    if without_database is not None:  # machine settings: a desk whose server is down can switch
        done: int = without_database(
            paths.config_dir, paths.default_database_url(), args, sys.stdout, sys.stderr
        )
        return done
    url = database_url_from(args.db, settings.database_url or paths.default_database_url())
    url = url_with_password(url, paths.config_dir)  # the settings file never holds it
    before_open = getattr(args, "before_open", None)
    if before_open is not None and _unusable(url):
        # A damaged database cannot be opened to sign in: ``restore`` runs before opening it.
        status: int = before_open(url, args, sys.stdout, sys.stderr)
        return status
    if not args.command and not _recovered_if_damaged(url, paths, settings.backup_dir):
        return 2
    try:
        db = _open(url, paths, settings.backup_dir)
    except DatabaseError as exc:
        log.error("database refused: %s", exc.message)
        if args.command:
            print(exc.message, file=sys.stderr)
            return 2
        return _show_fatal(exc.message)
    except Exception:
        log.exception("could not open the database")
        message = (
            "Không mở được cơ sở dữ liệu. Chi tiết lỗi đã được ghi vào nhật ký: "
            f"{log_file}. Hãy gửi tệp này cho người phụ trách kỹ thuật."
        )
        if args.command:
            print(message, file=sys.stderr)
            return 2
        return _show_fatal(message)
    try:
        if args.command:
            try:
                user = sign_in(db)
            except SignInRefused as exc:
                print(exc.message, file=sys.stderr)
                return EXIT_REFUSED
            ctx = CommandContext(db, paths, sys.stdout, sys.stderr, signed_in=user)
            return _run_command(args, ctx, log_file)
        if args.smoke_test:
            from views.smoke_test import run_smoke_test

            return run_smoke_test(db, paths, settings, say=_say)
        from views.app import run_gui

        return run_gui(db, paths, settings, log_file)
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
