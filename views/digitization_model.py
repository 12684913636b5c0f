"""The Qt item model of digitization items: one row per item, overdue in red, sent back marked."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from models.digitization_queries import ItemRow
from models.digitization_workflow import KIND_SHORT_LABELS, REASON_LABELS, STATE_LABELS
from models.validation import format_date

OVERDUE = QColor("#b00020")
FLAGGED = QColor("#fff1d6")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    QT_TRANSLATE_NOOP("DigitizationModel", "Số hiệu"),
    QT_TRANSLATE_NOOP("DigitizationModel", "Tài liệu"),
    QT_TRANSLATE_NOOP("DigitizationModel", "Loại"),
    QT_TRANSLATE_NOOP("DigitizationModel", "Trang"),
    QT_TRANSLATE_NOOP("DigitizationModel", "Bước"),
    QT_TRANSLATE_NOOP("DigitizationModel", "Ngày nhận"),
    QT_TRANSLATE_NOOP("DigitizationModel", "Hạn"),
    QT_TRANSLATE_NOOP("DigitizationModel", "Tuổi"),
    QT_TRANSLATE_NOOP("DigitizationModel", "Cán bộ"),
    QT_TRANSLATE_NOOP("DigitizationModel", "Tệp"),
)
DUE_COLUMN = 6
STATE_COLUMN = 4
AGE_COLUMN = 7
NUMBER_COLUMNS = (3, AGE_COLUMN)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DigitizationModel", text)


Index = QModelIndex | QPersistentModelIndex


class DigitizationModel(QAbstractTableModel):
    """Rows of :class:`models.digitization_queries.ItemRow`, as of ``today``."""

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ItemRow] = []
        self.today = today

    def set_rows(self, rows: list[ItemRow], today: date) -> None:
        """Show ``rows``; ages and overdue marks count from ``today``."""
        self.beginResetModel()
        self.rows = rows
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(COLUMNS[section]))
        return None

    def _text(self, row: ItemRow, column: int) -> str:
        if column == STATE_COLUMN:
            state = STATE_LABELS[row.state]
            if row.flagged and row.flag_reason:
                sent_back = QCoreApplication.translate("DigitizationModel", "trả lại")
                return f"⚑ {state} · {sent_back}: {REASON_LABELS[row.flag_reason]}"
            return state
        if column == AGE_COLUMN:
            return QCoreApplication.translate("DigitizationModel", "{n} ngày").format(
                n=row.age_days(self.today)
            )
        cells = (
            row.reference,
            row.document_name,
            KIND_SHORT_LABELS[row.kind],
            str(row.pages),
            "",
            format_date(row.received_date),
            # Red alone is lost on a grey-scale print-out or to colour-blind eyes: a sign too.
            ("⚠ " if row.overdue(self.today) else "") + format_date(row.due_date),
            "",
            row.last_actor,
            "✓" if row.file_path else "",
        )
        return cells[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            sort_keys: dict[int, Any] = {
                3: row.pages,
                5: row.received_date.toordinal(),
                6: row.due_date.toordinal(),
                AGE_COLUMN: row.age_days(self.today),
            }
            return sort_keys.get(column, self._text(row, column).casefold())
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue(self.today):
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.BackgroundRole and row.flagged:
            return QBrush(FLAGGED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _tooltip(self, row: ItemRow) -> str:
        lines = [f"{row.reference} · {row.document_name}"]
        lines.append(
            QCoreApplication.translate("DigitizationModel", "Nhận {day}").format(
                day=format_date(row.received_date)
            )
        )
        if row.overdue(self.today):
            lines.append(
                QCoreApplication.translate("DigitizationModel", "Quá hạn từ {day}").format(
                    day=format_date(row.due_date)
                )
            )
        if row.flagged and row.flag_reason:
            reason = REASON_LABELS[row.flag_reason]
            lines.append(
                QCoreApplication.translate(
                    "DigitizationModel", "Trả lại quét lại: {reason}"
                ).format(reason=reason)
            )
            if row.flag_note:
                lines.append(row.flag_note)
        if row.file_path:
            lines.append(row.file_path)
        if row.reused:
            lines.append(
                QCoreApplication.translate("DigitizationModel", "Đã dùng lại {n} lần").format(
                    n=row.reused
                )
            )
        return "\n".join(lines)

    def row_of(self, item_id: str) -> int | None:
        """The row showing ``item_id``, if shown."""
        return next((n for n, row in enumerate(self.rows) if row.id == item_id), None)
