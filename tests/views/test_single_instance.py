"""A second start on the same database says so plainly; another database is not blocked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from views.single_instance import ALREADY_OPEN, acquire

URL = "sqlite:///C:/Users/xa/motcua.sqlite3"


def test_a_second_start_is_told_and_another_database_is_not(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    first = acquire(tmp_path, URL)
    assert first is not None and first.isLocked()
    # Qt's lock is per process: a second holder in this process is refused like another desk.
    assert acquire(tmp_path, URL) is None
    assert told == [ALREADY_OPEN]
    other = acquire(tmp_path, URL + "-khac")
    assert other is not None
    first.unlock()
    assert acquire(tmp_path, URL) is not None
