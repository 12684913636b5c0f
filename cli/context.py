"""What every command gets: the open database, the folders, the streams, and who is acting."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import TextIO

from models.access import Actor, setup_actor
from models.db import Database
from models.paths import AppPaths


def os_account() -> str:
    """The operating-system account, named in the audit before any user exists."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@dataclass
class CommandContext:
    """The open database, the folders, the streams a command writes to, and the signed-in user.

    ``signed_in`` is ``None`` only while the database has no user yet: commands then run as setup,
    so a first install can be scripted (main.py signs in otherwise).
    """

    db: Database
    paths: AppPaths
    out: TextIO
    err: TextIO
    signed_in: Actor | None = None

    @property
    def user(self) -> Actor:
        """Who acts: the signed-in user, or the setup actor."""
        return self.signed_in or setup_actor(os_account())

    @property
    def actor(self) -> str:
        """The name the audit trail records."""
        return self.user.name
