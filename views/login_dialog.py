"""Đăng nhập: who is at the desk. On a new database it creates the first admin instead.

One form serves both: the first start shows name and password twice (no default password
exists anywhere); later starts pick an account and type its password. A wrong password says so
and keeps the choice; the audit records both outcomes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from models.access import Actor, Role, setup_actor
from models.db import Database
from models.users import (
    LoginFailed,
    UserError,
    add_user,
    authenticate,
    check_password,
    has_users,
    list_users,
)
from ui.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    """Signs a user in (``actor`` is set on accept), or creates the first admin and signs in."""

    def __init__(
        self,
        db: Database,
        *,
        os_account: str,
        only: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.os_account = os_account
        self.only = only  # the idle lock: only the signed-in user may unlock
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.first_run = not has_users(db)
        ui = self.ui
        creating = (ui.usernameLabel, ui.usernameEdit, ui.fullNameLabel, ui.fullNameEdit,
                    ui.repeatLabel, ui.repeatEdit)  # fmt: skip
        for widget in creating:
            widget.setVisible(self.first_run)
        ui.userLabel.setVisible(not self.first_run)
        ui.userCombo.setVisible(not self.first_run)
        if self.first_run:
            self.setWindowTitle(self.tr("Tạo tài khoản quản trị – Một Cửa Desk"))
            ui.introLabel.setText(
                self.tr(
                    "Lần đầu sử dụng: hãy tạo tài khoản quản trị. Mật khẩu do anh/chị tự đặt "
                    "(ít nhất 8 ký tự) và không có mật khẩu mặc định. Người quản trị tạo tài "
                    "khoản cho cán bộ và Chủ tịch sau."
                )
            )
            ui.usernameEdit.setText("admin")
            ui.usernameEdit.setFocus()
        elif only is not None:
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
        """Create the admin or check the password; stay open with a message when it fails."""
        ui = self.ui
        password = ui.passwordEdit.text()
        try:
            if self.first_run:
                if password != ui.repeatEdit.text():
                    self._error(self.tr("Hai lần nhập mật khẩu không giống nhau."))
                    return
                problem = check_password(password)
                if problem:
                    self._error(problem)
                    return
                info = add_user(
                    self.db,
                    setup_actor(self.os_account),
                    username=ui.usernameEdit.text(),
                    role=Role.ADMIN,
                    password=password,
                    full_name=ui.fullNameEdit.text(),
                )
                username = info.username
            else:
                username = str(ui.userCombo.currentData() or "")
            self.actor = authenticate(self.db, username, password)
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
