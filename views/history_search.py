"""Tìm trong toàn bộ sổ: a name search over every day, loaded a page at a time (Ctrl+Shift+F).

The day's list holds a few hundred rows; the history holds up to a million. The model asks the
database for one page (models.visit_search) and the next only when the view scrolls to the end,
so the first rows show at once and memory grows with what a person looks at, not with history.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.db import Database
from models.reference import ReferenceData, load_reference
from models.visit_queries import VisitRow
from models.visit_search import PAGE_ROWS, search_visits
from views.item_models import VisitTableModel

_Index = QModelIndex | QPersistentModelIndex


class HistorySearchModel(VisitTableModel):
    """Visits matching a name over the whole history, fetched a page at a time."""

    def __init__(self, db: Database, reference: ReferenceData, parent: QObject | None = None):
        super().__init__(reference, parent)
        self._db = db
        self._query = ""
        self._after: int | None = None
        self._more = False

    def search(self, query: str) -> None:
        """Start a new search: the first page only."""
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._after = None
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or not self._more:
            return
        page = search_visits(self._db, self._query, after=self._after, limit=PAGE_ROWS)
        self._after = page.after
        self._more = page.after is not None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if section == 0 and horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Ngày giờ")
        return super().headerData(section, orientation, role)

    def _text(self, row: VisitRow, column: int) -> str:
        if column == 0:  # rows of many days: the date is part of the time
            return row.occurred_at.strftime("%d/%m/%Y %H:%M")
        return super()._text(row, column)


class HistorySearchDialog(QDialog):
    """Type a name (accents optional), Enter; double-click a row to open its day."""

    day_chosen = Signal(object)  # date

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tìm trong toàn bộ sổ"))
        self.model = HistorySearchModel(db, load_reference(db), self)
        self.queryEdit = QLineEdit()
        self.queryEdit.setPlaceholderText(self.tr("Họ và tên, có dấu hoặc không: «nguyen thi hoa»"))
        self.queryEdit.returnPressed.connect(lambda: self.search(self.queryEdit.text()))
        find = QPushButton(self.tr("Tìm"))
        find.clicked.connect(lambda: self.search(self.queryEdit.text()))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        # The widths come from the rows on screen, not all of the first page: measuring 100
        # rows' cells took longer than the search itself (docs/performance.md).
        self.view.horizontalHeader().setResizeContentsPrecision(0)
        self.view.doubleClicked.connect(self._open_day)
        self.hint = QLabel(
            self.tr(
                "Mỗi từ gõ vào khớp với đầu một chữ trong họ tên; lượt ghi gần nhất ở trên. "
                "Kéo xuống để xem thêm. Nhấp đúp để mở ngày của lượt đó."
            )
        )
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.queryEdit, 1)
        top.addWidget(find)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.resize(1000, 600)

    def search(self, query: str) -> None:
        """Show the first page of visits matching ``query``."""
        if self.queryEdit.text() != query:
            self.queryEdit.setText(query)
        self.model.search(query)
        self.view.resizeColumnsToContents()  # the first page sets the widths; later ones keep them
        if self.model.rowCount() == 0 and query.strip():
            self.hint.setText(
                self.tr("Không có lượt hỗ trợ nào có tên khớp với «{q}».").format(q=query)
            )

    def _open_day(self, index: QModelIndex) -> None:
        if index.isValid():
            day: date = self.model.row_at(index.row()).occurred_at.date()
            self.day_chosen.emit(day)
