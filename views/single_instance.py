"""One running app per database on a PC: a second start says so instead of opening twice.

Two windows on one desk would each keep their own idea of the day and of who is signed in; Qt's
lock file knows when the process holding it has died (a power cut), so a stale lock never blocks.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

ALREADY_OPEN = (
    "Một Cửa Desk đã đang mở trên máy này với cùng cơ sở dữ liệu. Hãy dùng cửa sổ đang mở "
    "(xem thanh tác vụ ở cuối màn hình)."
)


def lock_path(folder: Path, database_url: str) -> Path:
    """The lock file of one database (by URL) in ``folder``."""
    digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:16]
    return folder / f"dang-mo-{digest}.lock"


def acquire(folder: Path, database_url: str) -> QLockFile | None:
    """Hold the lock for this process (keep the object alive), or say why not and return None."""
    lock = QLockFile(str(lock_path(folder, database_url)))
    lock.setStaleLockTime(0)  # only a live process holds it: a crash leaves nothing behind
    if lock.tryLock(200):
        return lock
    QMessageBox.information(None, "Một Cửa Desk", ALREADY_OPEN)
    return None
