"""Backups the desk makes by itself, and the offer to recover when the database is damaged.

A backup at the first start of each day and one on exit, rotated (models.backup_rotation). A
backup folder that is gone (a USB stick pulled out) is said in the status bar; work goes on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from models.backup import BackupError, audit_restore, restore_sqlite
from models.backup_rotation import backup_on_exit, daily_backup, newest_good_backup
from models.validation import format_date

log = logging.getLogger(__name__)


class AutoBackup:
    """The daily and on-exit backups of one SQLite file into one folder."""

    def __init__(
        self, db_file: Path, folder: Path, clock: Callable[[], datetime], say: Callable[[str], None]
    ) -> None:
        self.db_file = db_file
        self.folder = folder
        self.clock = clock
        self.say = say

    def at_start(self) -> Path | None:
        """Today's first backup (None when there already is one, or it failed and was said)."""
        try:
            return daily_backup(self.db_file, self.folder, self.clock())
        except BackupError as exc:
            log.warning("daily backup failed")
            self.say(exc.message)
            return None

    def at_exit(self) -> Path | None:
        """Refresh today's backup with the day's last work."""
        try:
            return backup_on_exit(self.db_file, self.folder, self.clock())
        except BackupError:
            log.warning("backup on exit failed")  # nobody is left to read a message
            return None


def offer_restore(db_file: Path, folder: Path, problem: str, now: datetime) -> bool:
    """The database is damaged: offer the newest good backup; True when it was put in place."""
    app = QApplication.instance() or QApplication(sys.argv)
    del app  # a dialog needs the application object to exist
    newest = newest_good_backup(folder)
    if newest is None:
        QMessageBox.critical(
            None,
            "Một Cửa Desk",
            f"Cơ sở dữ liệu bị hỏng ({problem}) và không tìm thấy bản sao lưu còn tốt trong "
            f"{folder}. Hãy gọi người phụ trách kỹ thuật; đừng xóa tệp {db_file.name}.",
        )
        return False
    when = format_date(datetime.fromtimestamp(newest.stat().st_mtime).date())
    answer = QMessageBox.question(
        None,
        "Một Cửa Desk",
        f"Cơ sở dữ liệu bị hỏng ({problem}).\n\nKhôi phục từ bản sao lưu mới nhất còn tốt "
        f"({newest.name}, lưu ngày {when})? Những gì nhập sau bản sao lưu đó sẽ không có; tệp "
        "hỏng được giữ lại bên cạnh để người phụ trách kỹ thuật xem.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        aside = restore_sqlite(newest, db_file, now)
        audit_restore(db_file, actor="desk:recovery", source=newest, aside=aside)
    except BackupError as exc:
        QMessageBox.critical(None, "Một Cửa Desk", exc.message)
        return False
    return True
