"""Backups of the embedded database with SQLite's online backup API.

A plain file copy of a live WAL database can miss pages that are still in the ``-wal`` file;
the backup API copies a consistent snapshot, and the copy is checked before it is trusted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class BackupError(Exception):
    """A backup could not be made or failed its integrity check."""


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` while it may be in use; verify the copy before use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    if result is None or result[0] != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"integrity check of the backup failed: {result}")
    partial.replace(target)
    return target
