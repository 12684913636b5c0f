"""Tệp → Cơ sở dữ liệu…: the embedded file or a PostgreSQL server, for this machine (admin).

The choice is a machine setting (``models.db_choice``); it takes effect when the app is opened
again, because every screen holds the database it was opened with.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from models.db_check import CheckResult, check_database
from models.db_choice import ChoiceError, ServerSettings, choose_embedded, choose_server, server_of
from models.db_password import load_password
from models.local_settings import load_settings
from ui.ui_database_dialog import Ui_DatabaseDialog
from views.workers import Background


class DatabaseDialog(QDialog):
    """Chooses this machine's database and tests a server before it is saved."""

    def __init__(
        self, config_dir: Path, embedded_file: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.config_dir = config_dir
        self.embedded_file = embedded_file
        self.saved = False
        self.last_check: CheckResult | None = None
        self.ui = Ui_DatabaseDialog()
        self.ui.setupUi(self)
        self.ui.embeddedPathLabel.setText(self.tr("Tệp: {path}").format(path=embedded_file))
        server = server_of(load_settings(config_dir).database_url)
        if server is None:
            self.ui.embeddedRadio.setChecked(True)
        else:
            self.ui.serverRadio.setChecked(True)
            self.ui.hostEdit.setText(server.host)
            self.ui.portSpin.setValue(server.port)
            self.ui.nameEdit.setText(server.database)
            self.ui.userEdit.setText(server.user)
            if load_password(config_dir, server.url()) is not None:
                self.ui.passwordEdit.setPlaceholderText(self.tr("để trống: giữ mật khẩu đã lưu"))
        self.ui.serverRadio.toggled.connect(self._show_mode)
        for edit in (self.ui.hostEdit, self.ui.nameEdit, self.ui.userEdit, self.ui.passwordEdit):
            edit.textEdited.connect(self.ui.resultLabel.clear)  # an answer about other values
        self.ui.portSpin.valueChanged.connect(self.ui.resultLabel.clear)
        self.ui.testButton.clicked.connect(self.test_connection)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_mode()

    def _show_mode(self) -> None:
        on_server = self.ui.serverRadio.isChecked()
        self.ui.serverBox.setEnabled(on_server)
        self.ui.embeddedPathLabel.setEnabled(not on_server)
        self.ui.resultLabel.clear()
        self.ui.errorLabel.clear()

    def server(self) -> ServerSettings:
        """The server as typed."""
        ui = self.ui
        return ServerSettings(
            ui.hostEdit.text().strip(),
            ui.portSpin.value(),
            ui.nameEdit.text().strip(),
            ui.userEdit.text().strip(),
        )

    def _password(self, server: ServerSettings) -> str:
        typed = self.ui.passwordEdit.text()
        return typed or load_password(self.config_dir, server.url()) or ""

    def test_connection(self) -> None:
        """Try the chosen database; the answer says exactly what failed."""
        self.ui.errorLabel.clear()
        if self.ui.serverRadio.isChecked():
            server = self.server()
            try:
                server.check()
            except ChoiceError as exc:
                self.ui.errorLabel.setText(exc.message)
                return
            url = server.url(self._password(server)).render_as_string(hide_password=False)
        else:
            url = f"sqlite:///{self.embedded_file.as_posix()}"
        self.ui.testButton.setEnabled(False)
        self.ui.resultLabel.setText(self.tr("Đang kết nối…"))
        Background.run(self, lambda: check_database(url), self._tested, self._test_failed)

    def _tested(self, result: CheckResult) -> None:
        self.last_check = result
        self.ui.testButton.setEnabled(True)
        mark = "✔" if result.ok else "✖"
        self.ui.resultLabel.setText(f"{mark} {result.message}")
        self.ui.resultLabel.setProperty("role", "" if result.ok else "error")
        self.ui.resultLabel.style().polish(self.ui.resultLabel)

    def _test_failed(self, _exc: Exception) -> None:
        self.ui.testButton.setEnabled(True)
        self.ui.resultLabel.setText(
            self.tr("✖ Không kiểm tra được (lỗi không mong muốn, đã ghi vào nhật ký).")
        )

    def accept(self) -> None:
        """Save the choice for the next start; a server needs its fields and a password."""
        if self.ui.serverRadio.isChecked():
            server = self.server()
            password = self._password(server)
            if not password:
                self.ui.errorLabel.setText(
                    self.tr("Hãy nhập mật khẩu của người dùng trên máy chủ.")
                )
                self.ui.passwordEdit.setFocus()
                return
            try:
                choose_server(self.config_dir, server, password)
            except ChoiceError as exc:
                self.ui.errorLabel.setText(exc.message)
                return
        else:
            choose_embedded(self.config_dir)
        self.saved = True
        super().accept()
