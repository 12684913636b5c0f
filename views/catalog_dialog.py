"""Danh mục (admin): the commune's procedures and villages, corrected without a new release.

The checks are models.catalog's; this dialog shows their Vietnamese messages and keeps what was
typed when a save is refused. A row is switched off, never deleted: old visits still name it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from models.access import Actor, PermissionDenied
from models.catalog import (
    ONLINE_LEVELS,
    CatalogError,
    ProcedureEntry,
    VillageEntry,
    procedures,
    save_procedure,
    save_village,
    villages,
)
from models.db import Database
from models.reference import load_reference
from models.text import fold
from ui.ui_catalog_dialog import Ui_CatalogDialog


class CatalogDialog(QDialog):
    """Procedures on one tab, villages on the other."""

    changed = Signal()  # the desk reloads its lists

    def __init__(self, db: Database, *, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.procedures: list[ProcedureEntry] = []
        self.shown: list[ProcedureEntry] = []
        self.villages: list[VillageEntry] = []
        self.ui = Ui_CatalogDialog()
        self.ui.setupUi(self)
        labels = load_reference(db).labels.get("channel", {})
        for level in ONLINE_LEVELS:
            self.ui.levelCombo.addItem(labels.get(level, level), level)
        table = self.ui.procedureTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Tên thủ tục"),
                self.tr("Mức độ"),
                self.tr("Thời hạn"),
                self.tr("Trạng thái"),
            ]
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.villageTable.setColumnCount(3)
        self.ui.villageTable.setHorizontalHeaderLabels(
            [self.tr("Thôn, xóm"), self.tr("Số lượt đã ghi"), self.tr("Trạng thái")]
        )
        self.ui.villageTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        table.currentCellChanged.connect(lambda row, *_: self._show_procedure(row))
        self.ui.villageTable.currentCellChanged.connect(lambda row, *_: self._show_village(row))
        self.ui.procedureSearch.textChanged.connect(lambda _: self._fill_procedures())
        self.ui.saveProcedureButton.clicked.connect(lambda: self.save_procedure(new=False))
        self.ui.addProcedureButton.clicked.connect(lambda: self.save_procedure(new=True))
        self.ui.clearProcedureButton.clicked.connect(self._clear_procedure)
        self.ui.saveVillageButton.clicked.connect(lambda: self.save_village(new=False))
        self.ui.addVillageButton.clicked.connect(lambda: self.save_village(new=True))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.activeCheck.setChecked(True)
        self.ui.villageActiveCheck.setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Read both lists again, switched-off rows included."""
        self.procedures = procedures(self.db)
        self._fill_procedures()
        self.villages = villages(self.db)
        table = self.ui.villageTable
        table.setRowCount(len(self.villages))
        for row, village in enumerate(self.villages):
            cells = (village.name, str(village.visits), self._state(village.active))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def _state(self, active: bool) -> str:
        return self.tr("đang dùng") if active else self.tr("đã ẩn")

    def _fill_procedures(self) -> None:
        words = fold(self.ui.procedureSearch.text()).split()
        self.shown = [
            p for p in self.procedures if all(w in f"{p.code} {fold(p.name)}" for w in words)
        ]
        table = self.ui.procedureTable
        table.setRowCount(len(self.shown))
        for row, entry in enumerate(self.shown):
            index = self.ui.levelCombo.findData(entry.online_level)
            days = "" if entry.processing_days is None else str(entry.processing_days)
            cells = (
                entry.code,
                entry.name,
                self.ui.levelCombo.itemText(index),
                days,
                self._state(entry.active),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def _show_procedure(self, row: int) -> None:
        if not 0 <= row < len(self.shown):
            return
        entry = self.shown[row]
        self.ui.codeEdit.setText(entry.code)
        self.ui.nameEdit.setText(entry.name)
        self.ui.fieldEdit.setText(entry.field)
        self.ui.levelCombo.setCurrentIndex(self.ui.levelCombo.findData(entry.online_level))
        self.ui.feeEdit.setText(entry.fee_note)
        days = entry.processing_days
        self.ui.daysSpin.setValue(self.ui.daysSpin.minimum() if days is None else days)
        self.ui.urlEdit.setText(entry.portal_url)
        self.ui.activeCheck.setChecked(entry.active)

    def _clear_procedure(self) -> None:
        for edit in (self.ui.codeEdit, self.ui.nameEdit, self.ui.fieldEdit, self.ui.feeEdit,
                     self.ui.urlEdit):  # fmt: skip
            edit.clear()
        self.ui.daysSpin.setValue(self.ui.daysSpin.minimum())
        self.ui.levelCombo.setCurrentIndex(0)
        self.ui.activeCheck.setChecked(True)
        self.ui.procedureTable.clearSelection()
        self.ui.codeEdit.setFocus()

    def typed_procedure(self) -> ProcedureEntry:
        """The procedure as typed in the form."""
        days = self.ui.daysSpin.value()
        return ProcedureEntry(
            code=self.ui.codeEdit.text(),
            name=self.ui.nameEdit.text(),
            field=self.ui.fieldEdit.text(),
            online_level=str(self.ui.levelCombo.currentData()),
            fee_note=self.ui.feeEdit.text(),
            processing_days=None if days == self.ui.daysSpin.minimum() else days,
            portal_url=self.ui.urlEdit.text(),
            active=self.ui.activeCheck.isChecked(),
        )

    def save_procedure(self, *, new: bool) -> bool:
        """Add or change the procedure typed in the form; the form is kept when refused."""
        entry = self.typed_procedure()
        try:
            changed = save_procedure(self.db, entry, actor=self.actor, new=new)
        except (CatalogError, PermissionDenied) as exc:
            self._say(exc.message if isinstance(exc, PermissionDenied) else str(exc))
            return False
        if not changed:
            self._say(self.tr("Không có gì thay đổi."))
            return False
        self._say(self.tr("Đã lưu thủ tục {code}.").format(code=entry.code.strip()))
        self.refresh()
        self._select_procedure(entry.code.strip())
        self.changed.emit()
        return True

    def _select_procedure(self, code: str) -> None:
        for row, entry in enumerate(self.shown):
            if entry.code == code:
                self.ui.procedureTable.setCurrentCell(row, 0)
                return

    def _show_village(self, row: int) -> None:
        if 0 <= row < len(self.villages):
            self.ui.villageNameEdit.setText(self.villages[row].name)
            self.ui.villageActiveCheck.setChecked(self.villages[row].active)

    def save_village(self, *, new: bool) -> bool:
        """Add the village typed, or rename / switch off the one chosen in the table."""
        village_id = None
        if not new:
            row = self.ui.villageTable.currentRow()
            if not 0 <= row < len(self.villages):
                self._say(self.tr("Hãy chọn một thôn, xóm trong bảng."))
                return False
            village_id = self.villages[row].id
        try:
            saved = save_village(
                self.db,
                village_id,
                self.ui.villageNameEdit.text(),
                active=self.ui.villageActiveCheck.isChecked(),
                actor=self.actor,
            )
        except (CatalogError, PermissionDenied) as exc:
            self._say(exc.message if isinstance(exc, PermissionDenied) else str(exc))
            return False
        self._say(self.tr("Đã lưu «{name}».").format(name=saved.name))
        self.refresh()
        self.changed.emit()
        return True

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
