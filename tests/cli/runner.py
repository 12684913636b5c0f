"""Running commands in tests: the real parser and handlers, one database, captured output."""

from __future__ import annotations

import io
from pathlib import Path

from cli.app import build_parser
from cli.context import CommandContext
from models.access import Actor
from models.db import Database
from models.paths import AppPaths


class Runner:
    """Runs commands against one database and keeps what they printed."""

    def __init__(self, db: Database, home: Path, user: Actor | None = None) -> None:
        self.db = db
        self.home = home
        self.user = user  # None: setup, as before the first account exists
        self.out = io.StringIO()
        self.err = io.StringIO()

    def __call__(self, *argv: str | Path) -> int:
        self.out, self.err = io.StringIO(), io.StringIO()
        args = build_parser().parse_args([str(arg) for arg in argv])
        paths = AppPaths.under(self.home)
        ctx = CommandContext(self.db, paths, self.out, self.err, signed_in=self.user)
        status: int = args.handler(ctx, args)
        return status

    def before_open(self, url: str, *argv: str | Path) -> int:
        """What main.py does for a command that must run before the database is open."""
        self.out, self.err = io.StringIO(), io.StringIO()
        args = build_parser().parse_args([str(arg) for arg in argv])
        status: int = args.before_open(url, args, self.out, self.err)
        return status
