"""The idle lock hides the screens until the signed-in user's password; nothing typed is lost."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.access import Role, setup_actor
from models.db import Database
from models.users import add_user, authenticate
from tests.views.conftest import NOW
from views.idle_lock import IdleLock
from views.main_window import MainWindow

PASSWORD = "mat-khau-dai"


def test_locking_hides_the_screen_and_only_the_password_unlocks(qtbot: QtBot, db: Database) -> None:
    add_user(db, setup_actor("t"), username="thu", role=Role.ADMIN, password=PASSWORD)
    actor = authenticate(db, "thu", PASSWORD)
    window = MainWindow(db, actor=actor, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    window.desk_log.ui.nameEdit.setText("Lò Văn Páo")
    IdleLock(window, db, actor, minutes=10)
    gc.collect()  # the lock lives as long as the window, not as a Python variable
    [idle] = window.findChildren(IdleLock)
    assert idle.timer.isActive()
    idle.lock()
    central = window.centralWidget()
    assert idle.is_locked and central is not None and not central.isVisible()
    dialog = idle.dialog
    assert dialog is not None and dialog.ui.userCombo.currentData() == "thu"
    dialog.reject()  # Esc does not unlock
    dialog.ui.passwordEdit.setText("sai-mat-khau")
    dialog.accept()
    assert idle.is_locked and "Sai" in dialog.ui.errorLabel.text()
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.accept()
    assert not idle.is_locked and central.isVisible()
    assert window.desk_log.ui.nameEdit.text() == "Lò Văn Páo"


def test_activity_restarts_the_countdown_and_zero_never_locks(qtbot: QtBot, db: Database) -> None:
    actor = setup_actor("t")
    window = MainWindow(db, actor=actor, clock=lambda: NOW)
    qtbot.addWidget(window)
    idle = IdleLock(window, db, actor, minutes=10)
    idle.timer.stop()
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(window.desk_log.ui.nameEdit, press)
    assert idle.timer.isActive()
    never = IdleLock(window, db, actor, minutes=0)
    assert not never.timer.isActive()
