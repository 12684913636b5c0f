"""The main window: title from the commune profile, navigation, status bar."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models.commune import save_profile
from models.db import Database
from views.main_window import MainWindow


def test_title_names_the_commune_and_status_bar_counts_today(qtbot: QtBot, db: Database) -> None:
    save_profile(db, actor="test", code="10507", name="Xã Tân Lập")
    window = MainWindow(db, actor="test", clerk="Lê Thị Hoa")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Một Cửa Desk — Xã Tân Lập"
    assert window.ui.navList.item(0).text() == "Tiếp dân"
    assert window.ui.pages.currentWidget() is window.desk_log
    assert "Lượt 0" in window._counters_label.text()
    assert "tệp trên máy này" in window._db_label.text()


def test_an_unconfigured_commune_says_where_to_set_it(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, actor="test")
    qtbot.addWidget(window)
    assert "Thông tin xã" in window.windowTitle()
