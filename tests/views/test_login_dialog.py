"""Signing in at the desk; a clerk's window has no chair or admin buttons that work.

The first start's administrator is made by the first-run wizard (test_first_run_wizard.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models.access import Role, setup_actor
from models.db import Database
from models.users import add_user
from tests.actors import clerk
from tests.views.conftest import NOW
from views.login_dialog import LoginDialog
from views.main_window import MainWindow

PASSWORD = "mat-khau-dai"


def test_a_wrong_password_is_said_and_the_account_stays_chosen(qtbot: QtBot, db: Database) -> None:
    add_user(db, setup_actor("t"), username="admin", role=Role.ADMIN, password=PASSWORD)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.ui.userCombo.currentData() == "admin"
    dialog.ui.passwordEdit.setText("sai-mat-khau")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.actor is None and dialog.ui.passwordEdit.text() == ""
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.accept()
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_a_clerk_sees_the_chair_and_admin_actions_disabled(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, actor=clerk("thu"), clock=lambda: NOW)
    qtbot.addWidget(window)
    assert not window.ui.communeAction.isEnabled()
    assert not window.ui.mailAction.isEnabled()
    window.daily.refresh()
    assert not window.daily.ui.lockButton.isEnabled()
    assert not window.handouts.ui.editTextButton.isEnabled()
    assert window.handouts.ui.printButton.isEnabled()
    assert "Đăng nhập: thu" in window._user_label.text()
