"""Tài khoản người dùng (admin): create accounts, switch them off and on, reset a password.

The checks are the services' own (models.users); this dialog shows their Vietnamese messages.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from models.access import ROLE_LABELS, Actor, PermissionDenied, Role
from models.db import Database
from models.users import UserError, UserInfo, add_user, change_password, list_users, set_active
from ui.ui_users_dialog import Ui_UsersDialog


class UsersDialog(QDialog):
    """The accounts of this commune's database."""

    def __init__(self, db: Database, *, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.users: list[UserInfo] = []
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        for role in (Role.CLERK, Role.CHAIR, Role.ADMIN):
            self.ui.roleCombo.addItem(ROLE_LABELS[role], role.value)
        self.ui.table.setColumnCount(4)
        self.ui.table.setHorizontalHeaderLabels(
            [
                self.tr("Tên đăng nhập"),
                self.tr("Họ và tên"),
                self.tr("Vai trò"),
                self.tr("Trạng thái"),
            ]
        )
        self.ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.toggleButton.clicked.connect(self.toggle)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        """Show every account, switched-off ones included."""
        self.users = list_users(self.db, include_inactive=True)
        self.ui.table.setRowCount(len(self.users))
        for row, info in enumerate(self.users):
            state = self.tr("đang dùng") if info.active else self.tr("đã khóa")
            cells = (info.username, info.full_name, ROLE_LABELS[info.role], state)
            for column, text in enumerate(cells):
                self.ui.table.setItem(row, column, QTableWidgetItem(text))

    def _selected(self) -> UserInfo | None:
        row = self.ui.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _password(self) -> str | None:
        password = self.ui.passwordEdit.text()
        if password != self.ui.repeatEdit.text():
            self._say(self.tr("Hai lần nhập mật khẩu không giống nhau."))
            return None
        return password

    def add(self) -> bool:
        """Create the account typed below; the form is kept when it is refused."""
        password = self._password()
        if password is None:
            return False
        try:
            info = add_user(
                self.db,
                self.actor,
                username=self.ui.usernameEdit.text(),
                role=Role(str(self.ui.roleCombo.currentData())),
                password=password,
                full_name=self.ui.fullNameEdit.text(),
            )
        except (UserError, PermissionDenied) as exc:
            self._say(exc.message)
            return False
        for edit in (self.ui.usernameEdit, self.ui.fullNameEdit, self.ui.passwordEdit,
                     self.ui.repeatEdit):  # fmt: skip
            edit.clear()
        self._say(self.tr("Đã tạo tài khoản {name}.").format(name=info.username))
        self.refresh()
        return True

    def toggle(self) -> None:
        """Switch the chosen account off, or back on."""
        info = self._selected()
        if info is None:
            self._say(self.tr("Hãy chọn một tài khoản trong bảng."))
            return
        try:
            set_active(self.db, self.actor, info.username, not info.active)
        except (UserError, PermissionDenied) as exc:
            self._say(exc.message)
            return
        self.refresh()

    def reset_password(self) -> None:
        """Give the chosen account the password typed below (the person changes it later)."""
        info = self._selected()
        password = self._password()
        if info is None or password is None:
            if info is None:
                self._say(self.tr("Hãy chọn một tài khoản trong bảng."))
            return
        try:
            change_password(self.db, self.actor, info.username, password)
        except (UserError, PermissionDenied) as exc:
            self._say(exc.message)
            return
        self._say(self.tr("Đã đặt lại mật khẩu của {name}.").format(name=info.username))

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
