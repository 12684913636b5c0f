"""Thư điện tử gửi báo cáo: the SMTP server and the upper level's address."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from models.access import Actor
from models.db import Database
from models.mail import (
    SECURITY,
    MailSettings,
    load_mail_settings,
    save_mail_settings,
    save_password,
)
from ui.ui_mail_dialog import Ui_MailDialog


class MailDialog(QDialog):
    """Edits the commune's mail settings; the password stays on this machine."""

    def __init__(
        self, db: Database, config_dir: Path, *, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.config_dir = config_dir
        self.actor = actor
        self.ui = Ui_MailDialog()
        self.ui.setupUi(self)
        labels = (
            self.tr("STARTTLS (cổng 587)"),
            self.tr("SSL/TLS (cổng 465)"),
            self.tr("Không mã hóa (mạng nội bộ)"),
        )
        for code, label in zip(SECURITY, labels, strict=True):
            self.ui.securityCombo.addItem(label, code)
        current = load_mail_settings(db)
        self.ui.recipientEdit.setText(current.recipient)
        self.ui.senderEdit.setText(current.sender)
        self.ui.hostEdit.setText(current.host)
        self.ui.portSpin.setValue(current.port)
        self.ui.securityCombo.setCurrentIndex(
            max(0, self.ui.securityCombo.findData(current.security))
        )
        self.ui.userEdit.setText(current.user)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        """Save unless an address or the server is missing (then say which)."""
        ui = self.ui
        missing = [
            label
            for label, edit in (
                (self.tr("địa chỉ gửi tới"), ui.recipientEdit),
                (self.tr("địa chỉ gửi"), ui.senderEdit),
                (self.tr("máy chủ SMTP"), ui.hostEdit),
            )
            if not edit.text().strip()
        ]
        if missing:
            ui.errorLabel.setText(self.tr("Hãy nhập {fields}.").format(fields=", ".join(missing)))
            return
        save_mail_settings(
            self.db,
            MailSettings(
                host=ui.hostEdit.text(),
                port=ui.portSpin.value(),
                security=str(ui.securityCombo.currentData()),
                user=ui.userEdit.text(),
                sender=ui.senderEdit.text(),
                recipient=ui.recipientEdit.text(),
            ),
            actor=self.actor,
        )
        if ui.passwordEdit.text():
            save_password(self.config_dir, ui.passwordEdit.text())
        super().accept()
