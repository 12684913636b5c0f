"""The check of the database file at start: thorough once a day, quick at later starts.

``PRAGMA quick_check`` reads every page: about three seconds for five years of a busy commune on
the bench machine, more on an old desk PC's disk, at every start (docs/performance.md). Damage is
rare and does not come and go within a day, so the first start of each day runs it and notes the
day; later starts that day read only the header and the schema, which still catches a file that
is not a database or whose schema is broken. The daily backup verifies its own copy as well.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from models.backup import check_database_file


def _marker(path: Path, state_dir: Path) -> Path:
    name = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    return state_dir / f"kiem-tra-{name}.txt"


def check_at_start(path: Path, state_dir: Path, today: date) -> str | None:
    """``None`` when ``path`` is sound, else the Vietnamese reason (as check_database_file)."""
    marker = _marker(path, state_dir)
    try:
        checked_today = marker.read_text(encoding="ascii").strip() == today.isoformat()
    except (OSError, UnicodeDecodeError):
        checked_today = False
    problem = check_database_file(path, full=not checked_today)
    if problem is None and not checked_today:
        try:
            state_dir.mkdir(parents=True, exist_ok=True)
            marker.write_text(today.isoformat(), encoding="ascii")
        except OSError:  # no note: tomorrow's start checks fully again, nothing worse
            pass
    return problem
