"""Signing in at the desk: the first start creates the admin; a clerk's window has no chair or
admin buttons that work."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models.access import Role, setup_actor
from models.db import Database
from models.users import add_user, has_users
from tests.actors import clerk
from tests.views.conftest import NOW
from views.login_dialog import LoginDialog
from views.main_window import MainWindow

PASSWORD = "mat-khau-dai"


def test_the_first_start_creates_the_admin_and_signs_in(qtbot: QtBot, db: Database) -> None:
    dialog = LoginDialog(db, os_account="desk:test")
    qtbot.addWidget(dialog)
    assert dialog.first_run and not dialog.ui.userCombo.isVisibleTo(dialog)
    dialog.ui.passwordEdit.setText("ngan")
    dialog.ui.repeatEdit.setText("ngan")
    dialog.accept()
    assert "ít nhất 8 ký tự" in dialog.ui.errorLabel.text() and not has_users(db)
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.repeatEdit.setText(PASSWORD + "x")
    dialog.accept()
    assert "không giống nhau" in dialog.ui.errorLabel.text()
    dialog.ui.repeatEdit.setText(PASSWORD)
    dialog.ui.fullNameEdit.setText("Lê Văn An")
    dialog.accept()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    assert dialog.actor.display == "Lê Văn An"


def test_a_wrong_password_is_said_and_the_account_stays_chosen(qtbot: QtBot, db: Database) -> None:
    add_user(db, setup_actor("t"), username="admin", role=Role.ADMIN, password=PASSWORD)
    dialog = LoginDialog(db, os_account="desk:test")
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
