"""What every command gets: the open database and who is acting."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import TextIO

from models.db import Database
from models.paths import AppPaths


@dataclass
class CommandContext:
    """The open database, the folders, and the streams a command writes to."""

    db: Database
    paths: AppPaths
    out: TextIO
    err: TextIO

    @property
    def actor(self) -> str:
        """Who the audit trail names for a command (the OS account until users exist)."""
        try:
            return f"cli:{getpass.getuser()}"
        except (KeyError, OSError):
            return "cli"
