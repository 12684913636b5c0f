"""Thông tin xã: the commune's code, name, unit and upper level."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QWidget

from models.access import Actor
from models.commune import CommuneProfile, ProfileError, save_profile
from models.db import Database
from ui.ui_commune_dialog import Ui_CommuneDialog


class CommuneDialog(QDialog):
    """Edits the commune profile shared by every desk."""

    def __init__(
        self, db: Database, profile: CommuneProfile, *, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.profile = profile
        self.ui = Ui_CommuneDialog()
        self.ui.setupUi(self)
        self.ui.codeEdit.setText(profile.code)
        self.ui.nameEdit.setText(profile.name)
        self.ui.unitEdit.setText(profile.unit_name)
        self.ui.upperEdit.setText(profile.upper_level)
        self.ui.targetSpin.setValue(round(profile.online_target * 100))
        hour, minute = (int(part) for part in profile.reminder_time.split(":"))
        self.ui.reminderEdit.setTime(QTime(hour, minute))
        self.ui.retentionSpin.setValue(profile.retention_months)
        self.ui.phoneEdit.setText(profile.desk_phone)
        self.ui.hoursEdit.setText(profile.opening_hours)
        self.ui.portalEdit.setText(profile.portal_url_template)
        self.ui.lookupEdit.setText(profile.lookup_url)
        self.ui.vneidEdit.setText(profile.vneid_url)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        """Save, unless code or name is missing (then say so and keep what was typed)."""
        code, name = self.ui.codeEdit.text().strip(), self.ui.nameEdit.text().strip()
        if not code or not name:
            self.ui.errorLabel.setText(self.tr("Hãy nhập mã xã và tên xã."))
            (self.ui.codeEdit if not code else self.ui.nameEdit).setFocus()
            return
        try:
            self.profile = save_profile(
                self.db,
                actor=self.actor,
                code=code,
                name=name,
                unit_name=self.ui.unitEdit.text(),
                upper_level=self.ui.upperEdit.text(),
                online_target=self.ui.targetSpin.value() / 100,
                reminder_time=self.ui.reminderEdit.time().toString("HH:mm"),
                retention_months=self.ui.retentionSpin.value(),
                desk_phone=self.ui.phoneEdit.text(),
                opening_hours=self.ui.hoursEdit.text(),
                portal_url_template=self.ui.portalEdit.text(),
                lookup_url=self.ui.lookupEdit.text(),
                vneid_url=self.ui.vneidEdit.text(),
            )
        except ProfileError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        super().accept()
