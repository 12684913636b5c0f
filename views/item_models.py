"""Qt item models over query results (Qt's word; ``models/`` is the data layer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from models.reference import ReferenceData
from models.text import fold
from models.visit_queries import VisitRow

VisitIdRole = Qt.ItemDataRole.UserRole + 1
SearchKeyRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
NOT_COMPLETED_BRUSH = QBrush(QColor("#fff1d6"))
FLASH_BRUSH = QBrush(QColor("#d7f5dd"))


class VisitTableModel(QAbstractTableModel):
    """The day's visits, one row each, labels taken from the reference data."""

    HEADERS = (
        QT_TRANSLATE_NOOP("VisitTableModel", "Giờ"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Họ và tên"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Năm sinh"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Thôn/Tổ"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Thủ tục"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Hỗ trợ"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Kênh nộp"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Kết quả"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Mã hồ sơ / Lý do"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Cán bộ"),
    )

    @classmethod
    def header_title(cls, section: int) -> str:
        """The translated title of a column."""
        return QCoreApplication.translate("VisitTableModel", str(cls.HEADERS[section]))

    def __init__(self, reference: ReferenceData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ref = reference
        self._rows: list[VisitRow] = []
        self._flash_id: str | None = None

    def set_reference(self, reference: ReferenceData) -> None:
        """Use new labels (after the catalog changed)."""
        self.beginResetModel()
        self._ref = reference
        self.endResetModel()

    def set_rows(self, rows: list[VisitRow]) -> None:
        """Replace the rows (a new day, or a refresh after a save)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> VisitRow:
        """The visit shown in ``row``."""
        return self._rows[row]

    def row_of(self, visit_id: str) -> int | None:
        """The row that shows the visit ``visit_id``."""
        return next((i for i, r in enumerate(self._rows) if r.id == visit_id), None)

    def set_flash(self, visit_id: str | None) -> None:
        """Highlight the row of a visit just saved (``None`` ends the highlight)."""
        changed = [
            i
            for i in (self.row_of(self._flash_id or ""), self.row_of(visit_id or ""))
            if i is not None
        ]
        self._flash_id = visit_id
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_title(section)
        return None

    def _text(self, row: VisitRow, column: int) -> str:
        ref = self._ref
        match column:
            case 0:
                return row.occurred_at.strftime("%H:%M")
            case 1:
                return row.citizen_name
            case 2:
                return str(row.birth_year or "")
            case 3:
                return row.village
            case 4:
                return row.procedure_name
            case 5:
                return ", ".join(ref.short_label("assistance", code) for code in row.assistance)
            case 6:
                return ref.short_label("channel", row.channel) if row.channel else ""
            case 7:
                return ref.label("outcome", row.outcome)
            case 8:
                if row.outcome == "not_completed":
                    reason = ref.short_label("reason", row.reason_code or "")
                    return f"{reason}: {row.reason_text}" if row.reason_text else reason
                return row.dossier_code or ""
            case _:
                return row.clerk_name

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SortRole:
            if column == 0:
                return row.occurred_at.isoformat()
            if column == 2:
                return row.birth_year or 0
            return fold(self._text(row, column))
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.procedure_code:
            return f"{row.procedure_code} · {row.procedure_name}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.id == self._flash_id:
                return FLASH_BRUSH
            if row.outcome == "not_completed":
                return NOT_COMPLETED_BRUSH
        if role == VisitIdRole:
            return row.id
        if role == SearchKeyRole:
            return row.search_key
        return None


class VisitFilterProxy(QSortFilterProxyModel):
    """Sorts by :data:`SortRole` and keeps rows whose search key holds every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SortRole)

    def set_query(self, text: str) -> None:
        """Filter by ``text``, accents and case ignored ("d" finds "đ")."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        key = str(model.data(model.index(source_row, 0, source_parent), SearchKeyRole) or "")
        return all(word in key for word in self._words)


def select_visit_rows(table: QTableView, visit_ids: set[str]) -> None:
    """Select the rows of ``visit_ids`` (after a reload, the rows the user had selected)."""
    model = table.model()
    flags = QItemSelectionModel.SelectionFlag
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, VisitIdRole) in visit_ids:
            table.selectionModel().select(index, flags.Select | flags.Rows)
