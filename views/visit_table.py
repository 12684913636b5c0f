"""The desk log's table of visits: column widths, and the columns a clerk can show or hide."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QTableView

from views.item_models import VisitTableModel

# Shown by default; the others are a right-click on the header away (a 1366-pixel screen is common).
HIDDEN_COLUMNS = (2, 3, 6, 9)
WIDTHS = (50, 150, 70, 120, 150, 110, 100, 110, 150, 120)


def setup_visit_table(table: QTableView, proxy: QSortFilterProxyModel) -> None:
    """Show ``proxy`` in ``table`` by time, with a header menu to show and hide columns."""
    table.setModel(proxy)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(WIDTHS):
        header.resizeSection(column, width)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for column in range(len(VisitTableModel.HEADERS)):
        action = QAction(VisitTableModel.header_title(column), header)
        action.setCheckable(True)
        action.setChecked(column not in HIDDEN_COLUMNS)
        table.setColumnHidden(column, column in HIDDEN_COLUMNS)
        action.toggled.connect(lambda on, c=column: table.setColumnHidden(c, not on))
        header.addAction(action)
    table.verticalHeader().setVisible(False)
