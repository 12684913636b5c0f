"""Tìm trong toàn bộ sổ: the first page at once, the next only when the view asks for it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.db import Database
from models.demo import generate_demo
from views.desk_log import DeskLogScreen
from views.history_search import HistorySearchDialog

NOW = datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def history(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr("models.demo.local_now", lambda _tz: NOW)
    generate_demo(db, days=30, seed=5, per_day_mean=40)
    monkeypatch.setattr("views.history_search.PAGE_ROWS", 25)
    return db


def test_rows_are_fetched_a_page_at_a_time(qtbot: QtBot, history: Database) -> None:
    dialog = HistorySearchDialog(history)
    qtbot.addWidget(dialog)
    dialog.search("nguyen")
    model = dialog.model
    assert model.rowCount() == 25
    assert all("Nguyễn" in model.row_at(row).citizen_name for row in range(25))
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 50
    assert len({model.row_at(row).id for row in range(50)}) == 50
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Ngày giờ"
    first = model.index(0, 0).data()
    assert first.count("/") == 2 and ":" in first  # date and time: rows of many days


def test_no_match_says_so(qtbot: QtBot, history: Database) -> None:
    dialog = HistorySearchDialog(history)
    qtbot.addWidget(dialog)
    dialog.search("zzz")
    assert dialog.model.rowCount() == 0
    assert not dialog.model.canFetchMore(dialog.model.index(-1, -1))
    assert "zzz" in dialog.hint.text()


def test_a_double_click_opens_that_day_in_the_desk_log(
    qtbot: QtBot, screen: DeskLogScreen, history: Database
) -> None:
    dialog = screen.search_history()
    qtbot.addWidget(dialog)
    dialog.search("tran")
    row = dialog.model.row_at(3)
    dialog.view.doubleClicked.emit(dialog.model.index(3, 1))
    assert screen.current_day() == row.occurred_at.date()
