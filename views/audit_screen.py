"""Nhật ký thao tác: the audit trail for the chair and the admin, filtered, read-only."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from models.access import Actor, PermissionDenied
from models.audit_log import ACTION_LABELS, AuditFilter, AuditRow, audit_actors, audit_entries
from models.db import Database
from ui.ui_audit import Ui_AuditScreen
from views.qt_dates import from_qdate, to_qdate

DEFAULT_DAYS = 7


class AuditScreen(QWidget):
    """Who did what, when; the values before and after of the chosen entry below."""

    def __init__(self, db: Database, *, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.rows: list[AuditRow] = []
        self.ui = Ui_AuditScreen()
        self.ui.setupUi(self)
        today = db.local_now().date()
        self.ui.fromEdit.setDate(to_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.ui.toEdit.setDate(to_qdate(today))
        self.ui.actionCombo.addItem(self.tr("(mọi thao tác)"), "")
        for code, label in sorted(ACTION_LABELS.items(), key=lambda item: item[1]):
            self.ui.actionCombo.addItem(label, code)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Thời điểm"), self.tr("Người làm"), self.tr("Thao tác"), self.tr("Đối tượng")]
        )
        self.ui.table.setModel(self.model)
        self.ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.ui.refreshButton.clicked.connect(self.refresh)

    def _fill_actors(self) -> None:
        chosen = self.ui.actorCombo.currentData()
        self.ui.actorCombo.clear()
        self.ui.actorCombo.addItem(self.tr("(mọi người)"), "")
        for name in audit_actors(self.db):
            self.ui.actorCombo.addItem(name, name)
        self.ui.actorCombo.setCurrentIndex(max(0, self.ui.actorCombo.findData(chosen)))

    def refresh(self) -> None:
        """Read the entries the filters ask for."""
        self._fill_actors()
        wanted = AuditFilter(
            first=from_qdate(self.ui.fromEdit.date()),
            last=from_qdate(self.ui.toEdit.date()),
            actor=str(self.ui.actorCombo.currentData() or ""),
            action=str(self.ui.actionCombo.currentData() or ""),
        )
        try:
            self.rows = audit_entries(self.db, self.actor, wanted)
        except PermissionDenied as exc:
            self.rows = []
            self.ui.countLabel.setText(exc.message)
            return
        self.model.removeRows(0, self.model.rowCount())
        for row in self.rows:
            what = f"{row.entity} {row.entity_id}".strip()
            cells = [row.at.strftime("%d/%m/%Y %H:%M:%S"), row.actor, row.action_label, what]
            self.model.appendRow([QStandardItem(cell) for cell in cells])
        shown = self.tr("{n} mục").format(n=len(self.rows))
        if len(self.rows) >= wanted.limit:
            shown += self.tr(" (chỉ hiện {n} mục mới nhất: hãy thu hẹp bộ lọc)").format(
                n=wanted.limit
            )
        self.ui.countLabel.setText(shown)
        self.ui.detailsEdit.clear()

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if 0 <= current.row() < len(self.rows):
            self.ui.detailsEdit.setPlainText(self.rows[current.row()].details())

    def select_row(self, row: int) -> None:
        """Show the details of ``row`` (as a click would)."""
        self.ui.table.selectRow(row)
        self.ui.table.setCurrentIndex(self.model.index(row, 0, QModelIndex()))
