"""Tệp → Đổi mật khẩu của tôi…: the signed-in person changes their own password.

The texts keep the main window's translation context, where the menu entry lives.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from models.access import Actor
from models.db import Database
from models.users import UserError, authenticate, change_password


def change_own_password(parent: QWidget, db: Database, actor: Actor) -> bool:
    """Ask the current password, then the new one twice; False when cancelled or refused."""
    echo = QLineEdit.EchoMode.Password
    title = QCoreApplication.translate("MainWindow", "Đổi mật khẩu")
    current, ok = QInputDialog.getText(
        parent, title, QCoreApplication.translate("MainWindow", "Mật khẩu hiện tại:"), echo
    )
    if not ok:
        return False
    new, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate("MainWindow", "Mật khẩu mới (ít nhất 8 ký tự):"),
        echo,
    )
    if not ok:
        return False
    again, ok = QInputDialog.getText(
        parent, title, QCoreApplication.translate("MainWindow", "Nhập lại mật khẩu mới:"), echo
    )
    if not ok:
        return False
    try:
        if new != again:
            raise UserError(
                QCoreApplication.translate("MainWindow", "Hai lần nhập mật khẩu không giống nhau.")
            )
        authenticate(db, actor.username, current)
        change_password(db, actor, actor.username, new)
    except UserError as exc:
        QMessageBox.warning(parent, title, exc.message)
        return False
    return True
