"""The visits behind a figure, for the chair: names shortened to initials, no phone, no ID."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from models.reference import ReferenceData
from models.validation import mask_name
from models.visit_queries import VisitRow
from ui.ui_visit_list_dialog import Ui_VisitListDialog
from views.item_models import VisitFilterProxy, VisitTableModel


def masked(row: VisitRow) -> VisitRow:
    """The row as a list beyond the desk shows it."""
    return dataclasses.replace(row, citizen_name=mask_name(row.citizen_name), note="")


class VisitListDialog(QDialog):
    """A read-only list of visits with personal data masked."""

    def __init__(
        self,
        title: str,
        rows: list[VisitRow],
        reference: ReferenceData,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitListDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(
            self.tr("{title}: {count} lượt").format(title=title, count=len(rows))
        )
        self.model = VisitTableModel(reference, self)
        self.model.set_rows([masked(row) for row in rows])
        proxy = VisitFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.ui.visitTable.setModel(proxy)
        self.ui.visitTable.verticalHeader().setVisible(False)
        header = self.ui.visitTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.buttonBox.rejected.connect(self.reject)
