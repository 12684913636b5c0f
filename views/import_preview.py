"""The import dialog's preview: the first rows of an old logbook as the import will read them.

The rows come from :func:`models.legacy_import.read_legacy_table`, the very reader the import
uses, so what the clerk checks here (header found, TCVN3/VNI text converted) is what is imported.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from models.import_wizard import WizardReading
from models.legacy_import import ENCODING_LABELS, LegacyTable
from models.records_format import COLUMNS, DATE, SourceRow
from models.validation import Invalid, format_date, parse_date

PREVIEW_ROWS = 20
ERROR_BRUSH = QBrush(QColor("#b00020"))
_Index = QModelIndex | QPersistentModelIndex


def cell_text(value: object) -> str:
    """A cell as the clerk reads it: dates dd/mm/yyyy, times hh:mm, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        shown = format_date(value.date())
        return shown if value.time() == time() else f"{shown} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def reading_note(table: LegacyTable) -> str:
    """Where the rows were found and which columns were converted (one paragraph)."""
    if table.sheet is not None:
        parts = [
            QCoreApplication.translate(
                "ImportPreview", "Trang tính «{sheet}», dòng tiêu đề là dòng {row}"
            ).format(sheet=table.sheet, row=table.header_row)
        ]
    else:
        parts = [
            QCoreApplication.translate("ImportPreview", "Dòng tiêu đề là dòng {row}").format(
                row=table.header_row
            )
        ]
    by_encoding: dict[str, list[str]] = {}
    for column, found in table.encodings.items():
        by_encoding.setdefault(found, []).append(f"«{column}»")
    for encoding, columns in by_encoding.items():
        parts.append(
            QCoreApplication.translate(
                "ImportPreview", "đã chuyển từ mã {encoding} sang Unicode: cột {columns}"
            ).format(encoding=ENCODING_LABELS.get(encoding, encoding), columns=", ".join(columns))
        )
    if not by_encoding:
        parts.append(
            QCoreApplication.translate("ImportPreview", "chữ đã là Unicode, không cần chuyển mã")
        )
    if table.ignored_columns:
        names = ", ".join(f"«{name}»" for name in table.ignored_columns)
        parts.append(
            QCoreApplication.translate(
                "ImportPreview", "bỏ qua các cột không thuộc mẫu: {names}"
            ).format(names=names)
        )
    parts.append(
        QCoreApplication.translate(
            "ImportPreview", "tệp có {count} dòng dữ liệu, xem trước {shown} dòng đầu"
        ).format(count=len(table.rows), shown=min(len(table.rows), PREVIEW_ROWS))
    )
    return "; ".join(parts) + "."


def wizard_note(table: LegacyTable, reading: WizardReading | None) -> str:
    """:func:`reading_note`, and whether the mapping was remembered and which sheets go in."""
    note = reading_note(table)
    if reading is not None and reading.remembered:
        note += " " + QCoreApplication.translate(
            "ImportPreview", "Đã dùng cách ghép cột của lần nhập trước với mẫu này."
        )
    if reading is not None and reading.sheets:
        names = ", ".join(f"«{name}»" for name in reading.sheets)
        note += " " + QCoreApplication.translate(
            "ImportPreview", "Nhập các trang cùng mẫu: {names}."
        ).format(names=names)
        for name, why in reading.skipped:
            note += " " + QCoreApplication.translate(
                "ImportPreview", "Bỏ qua trang «{name}»: {why}."
            ).format(name=name, why=why)
    return note


class PreviewModel(QAbstractTableModel):
    """The first rows of a logbook in the canonical columns the file has, numbered as in Excel."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SourceRow] = []
        self._columns: list[str] = []
        self._encodings: dict[str, str] = {}

    def set_table(self, table: LegacyTable | None) -> None:
        """Show the first :data:`PREVIEW_ROWS` rows of ``table`` (nothing when ``None``)."""
        self.beginResetModel()
        self._rows = list(table.rows[:PREVIEW_ROWS]) if table else []
        present = {column for row in self._rows for column in row.cells}
        self._columns = [column for column in COLUMNS if column in present]
        self._encodings = dict(table.encodings) if table else {}
        self.endResetModel()

    def columns(self) -> list[str]:
        """The canonical columns shown, in the format's order."""
        return list(self._columns)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        value = self._rows[index.row()].get(column)
        if column == DATE:
            # "5/2/25", a serial number or "2025-02-05" are one day: shown dd/mm/yyyy, as stored.
            try:
                day = parse_date(value)
            except Invalid as exc:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return ERROR_BRUSH
                if role == Qt.ItemDataRole.ToolTipRole:
                    return str(exc)
                if role == Qt.ItemDataRole.DisplayRole:  # a sign besides the colour
                    return f"⚠ {cell_text(value)}"
            else:
                value = day
        return cell_text(value) if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # The spreadsheet's own row number: the report names rows the same way.
            return str(self._rows[section].number) if role == Qt.ItemDataRole.DisplayRole else None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column
        if role == Qt.ItemDataRole.ToolTipRole and column in self._encodings:
            label = ENCODING_LABELS.get(self._encodings[column], self._encodings[column])
            return QCoreApplication.translate(
                "ImportPreview", "Đã chuyển từ mã {encoding} sang Unicode"
            ).format(encoding=label)
        return None
