"""The database check at start: quick_check on the day's first start, header and schema after."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models import start_check
from models.backup import check_database_file
from models.db import Database
from models.start_check import check_at_start

MONDAY, TUESDAY = date(2026, 11, 23), date(2026, 11, 24)


def test_a_full_check_once_a_day(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(str(db.engine.url.database))
    asked: list[bool] = []

    def spy(file: Path, *, full: bool = True) -> str | None:
        asked.append(full)
        return check_database_file(file, full=full)

    monkeypatch.setattr(start_check, "check_database_file", spy)
    state = tmp_path / "state"
    for day in (MONDAY, MONDAY, MONDAY, TUESDAY, TUESDAY):
        assert check_at_start(path, state, day) is None
    assert asked == [True, False, False, True, False]


def test_a_file_that_is_no_database_is_caught_by_the_quick_check_too(tmp_path: Path) -> None:
    path = tmp_path / "motcua.sqlite3"
    path.write_bytes(b"this is not a database, " * 200)
    assert check_database_file(path, full=False) is not None
    assert check_at_start(path, tmp_path / "state", MONDAY) is not None


def test_a_failed_check_is_not_noted(tmp_path: Path) -> None:
    path = tmp_path / "motcua.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    state = tmp_path / "state"
    check_at_start(path, state, MONDAY)
    assert not state.exists() or not any(state.iterdir())
