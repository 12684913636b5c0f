"""The main window: title from the commune profile, navigation, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from models.commune import load_profile, save_profile
from models.db import Database
from tests.actors import admin, desk
from views.main_window import MainWindow


def test_title_names_the_commune_and_status_bar_counts_today(qtbot: QtBot, db: Database) -> None:
    save_profile(db, actor=admin("test"), code="10507", name="Xã Tân Lập")
    window = MainWindow(db, actor=desk("test"), clerk="Lê Thị Hoa")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Một Cửa Desk — Xã Tân Lập"
    assert window.ui.navList.item(0).text() == "Tiếp dân"
    assert window.ui.pages.currentWidget() is window.desk_log
    assert "Lượt 0" in window._counters_label.text()
    assert "tệp trên máy này" in window._db_label.text()


def test_an_unconfigured_commune_says_where_to_set_it(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, actor=desk("test"))
    qtbot.addWidget(window)
    assert "Thông tin xã" in window.windowTitle()


def test_a_first_start_asks_for_the_commune_and_the_title_follows(
    qtbot: QtBot, db: Database
) -> None:
    window = MainWindow(db, actor=desk("test"))
    qtbot.addWidget(window)
    window.show()
    dialog = window.ask_profile_if_missing()
    assert dialog is not None and dialog.isVisible()
    dialog.ui.codeEdit.setText("10507")
    dialog.ui.nameEdit.setText("")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.errorLabel.text() == "Hãy nhập mã xã và tên xã."  # nothing typed is lost
    assert dialog.ui.codeEdit.text() == "10507"
    dialog.ui.nameEdit.setText("Xã  Tân Lập")
    assert dialog.ui.targetSpin.value() == 80
    dialog.ui.targetSpin.setValue(85)
    dialog.ui.reminderEdit.setTime(QTime(16, 0))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.windowTitle() == "Một Cửa Desk — Xã Tân Lập"
    profile = load_profile(db)
    assert (profile.code, profile.online_target, profile.reminder_time) == ("10507", 0.85, "16:00")
    assert window.ask_profile_if_missing() is None  # asked once only


def test_mail_settings_are_saved_and_the_password_stays_on_the_machine(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from models.mail import load_mail_settings, load_password
    from views.mail_dialog import MailDialog

    dialog = MailDialog(db, tmp_path, actor=desk("admin"))
    qtbot.addWidget(dialog)
    dialog.ui.recipientEdit.setText("tinh@example.org")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "địa chỉ gửi" in dialog.ui.errorLabel.text()  # refused, nothing lost
    dialog.ui.senderEdit.setText("xa@example.org")
    dialog.ui.hostEdit.setText("smtp.example.org")
    dialog.ui.passwordEdit.setText("bí mật")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    settings = load_mail_settings(db)
    assert (settings.host, settings.port, settings.security) == (
        "smtp.example.org",
        587,
        "starttls",
    )
    assert load_password(tmp_path) == "bí mật"


def test_the_digitization_screen_follows_the_desk_log(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, actor=desk("test"))
    qtbot.addWidget(window)
    assert window.ui.navList.item(1).text() == "Số hóa"
    window.ui.navList.setCurrentRow(1)
    assert window.ui.pages.currentWidget() is window.digitization


def test_secondary_screens_are_built_on_first_navigation(qtbot: QtBot, db: Database) -> None:
    from views.daily_summary_screen import DailySummaryScreen
    from views.handouts_screen import HandoutsScreen

    window = MainWindow(db, actor=admin("test"))
    qtbot.addWidget(window)
    window.show()
    names = ("digitization", "handouts", "daily", "consolidation", "audit")
    assert all(window._built(name) is None for name in names)  # the start builds the desk only
    pages = window.ui.pages.count()
    window.ui.navList.setCurrentRow(3)
    daily = window.ui.pages.currentWidget()
    assert isinstance(daily, DailySummaryScreen) and window.daily is daily
    assert window.ui.pages.count() == pages and window.ui.pages.indexOf(daily) == 3
    assert window._built("handouts") is None
    # Used before it was ever shown (Ctrl+P at the desk): built in its row, current page kept.
    handouts = window.handouts
    assert isinstance(handouts, HandoutsScreen)
    assert window.ui.pages.indexOf(handouts) == 2 and window.ui.pages.currentWidget() is daily
    window.ui.navList.setCurrentRow(2)
    assert window.ui.pages.currentWidget() is handouts
