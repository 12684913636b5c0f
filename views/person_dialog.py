"""Yêu cầu của người dân về dữ liệu (chair, admin): find one person's visits, give a copy, erase.

The services (models.person_request) check the role and audit each step without the person's
details; this dialog only asks and shows their messages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from models.access import Actor, PermissionDenied
from models.db import Database
from models.person_request import (
    PersonQuery,
    PersonQueryError,
    erase_person,
    export_person,
    find_person,
)
from models.records_format import RecordsError
from ui.ui_person_dialog import Ui_PersonDialog


class PersonDialog(QDialog):
    """One citizen's request about their own data."""

    def __init__(self, db: Database, *, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.ui.findButton.clicked.connect(self.find_visits)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.eraseButton.clicked.connect(self.erase)
        self.ui.buttonBox.rejected.connect(self.reject)

    def query(self) -> PersonQuery:
        """The person as typed."""
        year = self.ui.yearEdit.text().strip()
        return PersonQuery(
            name=self.ui.nameEdit.text(),
            birth_year=int(year) if year.isascii() and year.isdigit() else None,
            id_number=self.ui.idEdit.text().strip(),
        )

    def find_visits(self) -> int | None:
        """Count the person's visits."""
        try:
            found = len(find_person(self.db, self.actor, self.query()))
        except (PersonQueryError, PermissionDenied) as exc:
            self._say(str(exc))
            return None
        self._say(self.tr("Tìm thấy {n} lượt của người này.").format(n=found))
        return found

    def export(self) -> int | None:
        """Write the person's visits, their own data included, to a file they take away."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu bản sao dữ liệu"),
            "du-lieu-ca-nhan.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not path:
            return None
        try:
            written = export_person(self.db, self.actor, self.query(), Path(path))
        except (PersonQueryError, PermissionDenied, RecordsError) as exc:
            self._say(str(exc))
            return None
        self._say(self.tr("Đã ghi {n} lượt vào {path}.").format(n=written, path=path))
        return written

    def erase(self) -> int | None:
        """Erase the person's personal fields on every visit, after a confirmation."""
        answer = QMessageBox.question(
            self,
            self.tr("Xóa thông tin cá nhân"),
            self.tr(
                "Xóa họ tên, số điện thoại, số định danh, mã hồ sơ và ghi chú của người này trên "
                "mọi lượt? Không hoàn tác được; số liệu thống kê vẫn giữ."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            erased = erase_person(self.db, self.actor, self.query())
        except (PersonQueryError, PermissionDenied) as exc:
            self._say(str(exc))
            return None
        self._say(self.tr("Đã xóa thông tin cá nhân trên {n} lượt.").format(n=erased))
        return erased

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
