"""Accounts in the app: the admin creates and switches off accounts; anyone changes their own
password."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from models.access import Actor, Role, setup_actor
from models.db import Database
from models.users import LoginFailed, add_user, authenticate
from tests.views.conftest import NOW
from views.main_window import MainWindow
from views.users_dialog import UsersDialog

PASSWORD = "mat-khau-dai"


@pytest.fixture
def boss(db: Database) -> Actor:
    add_user(db, setup_actor("t"), username="admin", role=Role.ADMIN, password=PASSWORD)
    return authenticate(db, "admin", PASSWORD)


def test_the_admin_creates_a_clerk_and_switches_them_off(
    qtbot: QtBot, db: Database, boss: Actor
) -> None:
    dialog = UsersDialog(db, actor=boss)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.usernameEdit.setText("thu")
    ui.fullNameEdit.setText("Phạm Thị Thư")
    ui.passwordEdit.setText("ngan")
    ui.repeatEdit.setText("ngan")
    assert not dialog.add()
    assert "ít nhất 8" in ui.messageLabel.text() and ui.usernameEdit.text() == "thu"
    ui.passwordEdit.setText("can-bo-thu-1")
    ui.repeatEdit.setText("can-bo-thu-1")
    assert dialog.add()
    assert authenticate(db, "thu", "can-bo-thu-1").role is Role.CLERK
    row = [u.username for u in dialog.users].index("thu")
    ui.table.selectRow(row)
    dialog.toggle()
    assert ui.table.item(row, 3).text() == "đã khóa"
    with pytest.raises(LoginFailed):
        authenticate(db, "thu", "can-bo-thu-1")


def test_changing_my_password_needs_the_current_one(
    qtbot: QtBot, db: Database, boss: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(db, actor=boss, clock=lambda: NOW)
    qtbot.addWidget(window)
    assert window.ui.usersAction.isEnabled()
    answers = iter([PASSWORD, "mat-khau-moi-1", "mat-khau-moi-1"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (next(answers), True))
    assert window.file_menu.change_my_password()
    assert authenticate(db, "admin", "mat-khau-moi-1").username == "admin"
