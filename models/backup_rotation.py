"""The automatic backups: one per local day (first start, refreshed on exit), rotated.

Rotation only ever deletes files named exactly like the app's daily backups
(``motcua-YYYY-MM-DD.sqlite3``): the folder may be a USB stick that holds other things, and the
``truoc-nang-cap-*`` copies taken before a migration are kept until a person removes them.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from models.backup import BackupError, backup_problem, backup_sqlite

log = logging.getLogger(__name__)

KEEP_DAILY = 14
KEEP_MONTHLY = 12
_DAILY_NAME = re.compile(r"motcua-(\d{4})-(\d{2})-(\d{2})\.sqlite3")


def daily_name(day: date) -> str:
    """The file name of the automatic backup of ``day``."""
    return f"motcua-{day:%Y-%m-%d}.sqlite3"


def daily_date(name: str) -> date | None:
    """The day an automatic backup's file name stands for; ``None`` for any other name."""
    match = _DAILY_NAME.fullmatch(name)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:  # "motcua-2026-13-45.sqlite3" was not named by the app
        return None


def dates_to_keep(
    days: Iterable[date], daily: int = KEEP_DAILY, monthly: int = KEEP_MONTHLY
) -> set[date]:
    """The backups rotation keeps: the newest ``daily`` ones, and of the older ones the newest
    of each of the ``monthly`` most recent months that have one.

    Months are counted among backups that exist, not back from today, so a desk left unused
    for a season does not lose its history on the first day back.
    """
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:daily])
    months: set[tuple[int, int]] = set()
    for day in newest_first[daily:]:
        month = (day.year, day.month)
        if month in months:
            continue
        if len(months) == monthly:
            break
        months.add(month)
        keep.add(day)
    return keep


def _daily_files(folder: Path) -> dict[date, Path]:
    found: dict[date, Path] = {}
    for path in folder.iterdir():
        day = daily_date(path.name)
        if day is not None and path.is_file():
            found[day] = path
    return found


def rotate(folder: Path, today: date) -> list[Path]:
    """Delete the automatic backups :func:`dates_to_keep` does not keep; return them.

    Today's backup is kept whatever the other names say (a clock that was once set wrong).
    A file that cannot be deleted is logged and left: the new backup is already safe.
    """
    files = _daily_files(folder)
    keep = dates_to_keep(files) | {today}
    deleted: list[Path] = []
    for day, path in sorted(files.items()):
        if day in keep:
            continue
        try:
            path.unlink()
        except OSError as exc:
            log.warning("old backup %s could not be deleted: %s", path, exc)
            continue
        deleted.append(path)
    return deleted


def _usable_folder(folder: Path) -> None:
    """Refuse a folder that is not there: never create one where a USB stick used to be."""
    if not folder.is_dir():
        raise BackupError(
            f"Không tìm thấy thư mục sao lưu {folder}. Nếu đó là USB hoặc ổ đĩa ngoài, hãy cắm "
            "lại rồi thử lại; hoặc chọn thư mục sao lưu khác trong phần Cài đặt."
        )
    if not os.access(folder, os.W_OK):
        raise BackupError(
            f"Không ghi được vào thư mục sao lưu {folder}. Hãy kiểm tra USB không bị khóa ghi, "
            "hoặc chọn thư mục sao lưu khác trong phần Cài đặt."
        )


def _write(db_file: Path, folder: Path, now: datetime) -> Path:
    _usable_folder(folder)
    made = backup_sqlite(db_file, folder / daily_name(now.date()))
    rotate(folder, now.date())
    return made


def daily_backup(db_file: Path, folder: Path, now: datetime) -> Path | None:
    """Back up ``db_file`` into ``folder`` unless today's backup exists; then rotate.

    ``now`` is the commune's local time: a "day" is a local calendar day. ``None`` when there
    was already a backup of today. Raises :class:`BackupError` (Vietnamese) when the folder is
    missing or cannot be written; the caller decides how to show it.
    """
    _usable_folder(folder)
    if (folder / daily_name(now.date())).exists():
        return None
    return _write(db_file, folder, now)


def backup_on_exit(db_file: Path, folder: Path, now: datetime) -> Path:
    """Back up ``db_file`` as today's backup, replacing one made earlier today; then rotate.

    The replacement is atomic: a power cut leaves the earlier backup or the new one.
    """
    return _write(db_file, folder, now)


def newest_good_backup(folder: Path) -> Path | None:
    """The newest automatic backup that can be restored; ``None`` when there is none.

    A missing folder (a USB stick not plugged in) simply has none.
    """
    if not folder.is_dir():
        return None
    for _day, path in sorted(_daily_files(folder).items(), reverse=True):
        problem = backup_problem(path)
        if problem is None:
            return path
        log.warning("backup %s skipped: %s", path, problem)
    return None
