"""Đăng nhập: who is at the desk; also the idle lock's unlock.

A person picks an account and types its password. A wrong password says so and keeps the choice;
the audit records both outcomes. A new database has no account yet: the first-run wizard
(views/first_run_wizard.py) creates the administrator instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from models.access import Actor
from models.db import Database
from models.users import LoginFailed, UserError, authenticate, list_users
from ui.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    """Signs a user in: ``actor`` is set on accept."""

    def __init__(
        self,
        db: Database,
        *,
        only: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.only = only  # the idle lock: only the signed-in user may unlock
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        ui = self.ui
        if only is not None:
            self.setWindowTitle(self.tr("Màn hình đã khóa – Một Cửa Desk"))
            ui.introLabel.setText(
                self.tr("Màn hình tự khóa vì lâu không dùng. Nhập mật khẩu để làm tiếp.")
            )
            ui.userCombo.addItem(only.display, only.username)
            ui.userCombo.setEnabled(False)
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).hide()
            ui.passwordEdit.setFocus()
        else:
            ui.introLabel.setText(self.tr("Chọn tài khoản và nhập mật khẩu."))
            for info in list_users(db):
                label = f"{info.full_name} ({info.username})" if info.full_name else info.username
                ui.userCombo.addItem(label, info.username)
            ui.passwordEdit.setFocus()
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        """Check the password; stay open with a message when it is wrong."""
        ui = self.ui
        try:
            username = str(ui.userCombo.currentData() or "")
            self.actor = authenticate(self.db, username, ui.passwordEdit.text())
        except LoginFailed as exc:
            ui.passwordEdit.clear()
            self._error(exc.message)
            return
        except UserError as exc:
            self._error(exc.message)
            return
        super().accept()

    def reject(self) -> None:
        """Esc closes the sign-in, but never an idle lock."""
        if self.only is None:
            super().reject()

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.passwordEdit.setFocus()
