"""The import wizard's two small tables: which column of the file fills which of ours, and the
names and labels the clerk confirms (procedure names that only come close, unknown labels).

Both are controllers over a ``QTableWidget`` of the dialog's form, with a combo box per row; a
change is announced by ``changed`` and read back as an :class:`ImportMapping`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from models.import_answers import PROCEDURE, Question
from models.import_mapping import ImportMapping, load_mapping, save_mapping
from models.legacy_import import SourceSheet
from models.records_format import COLUMNS, RecordsError
from models.reference import ReferenceData
from views.import_preview import cell_text

UNKNOWN_BRUSH = QBrush(QColor("#fff3b0"))  # a header no known name matched: look here


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class MappingPanel(QObject):
    """Column of the file → column of the format (or "Bỏ qua cột này"), one combo per column."""

    changed = Signal()

    def __init__(self, table: QTableWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportMapping", "Cột trong tệp"),
                QCoreApplication.translate("ImportMapping", "Điền vào"),
                QCoreApplication.translate("ImportMapping", "Ví dụ"),
            ]
        )
        self._headers: list[str] = []
        self.unknown: list[str] = []

    def show_source(self, source: SourceSheet | None, mapping: ImportMapping | None) -> None:
        """One row per named column of ``source``, set as ``mapping`` (or detection) says."""
        self.table.setRowCount(0)
        self._headers, self.unknown = [], []
        if source is None:
            return
        assigned = source.assignment(mapping)
        for index, header in enumerate(source.headers):
            if not header:
                continue  # a column without a name cannot be named in a mapping
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = _read_only(header)
            if index not in source.detected:
                name.setBackground(UNKNOWN_BRUSH)
                name.setToolTip(
                    QCoreApplication.translate(
                        "ImportMapping",
                        "Tên cột này chưa được nhận ra: chọn cột tương ứng, hoặc bỏ qua.",
                    )
                )
                self.unknown.append(header)
            self.table.setItem(row, 0, name)
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportMapping", "Bỏ qua cột này"), None)
            for column in COLUMNS:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(assigned.get(index))))
            combo.setAccessibleName(
                QCoreApplication.translate("ImportMapping", "Cột «{header}» điền vào").format(
                    header=header
                )
            )
            combo.currentIndexChanged.connect(self.changed)
            self.table.setCellWidget(row, 1, combo)
            example = next((v for v in source.columns[index][1:] if cell_text(v).strip()), None)
            self.table.setItem(row, 2, _read_only(cell_text(example)))
            self._headers.append(header)
        self.table.resizeColumnsToContents()

    def combo(self, header: str) -> QComboBox:
        """The combo box of a column of the file, by its header."""
        widget = self.table.cellWidget(self._headers.index(header), 1)
        assert isinstance(widget, QComboBox)
        return widget

    def choose(self, header: str, column: str | None) -> None:
        """Set what a column of the file fills (``None``: leave it out), as the clerk would."""
        combo = self.combo(header)
        combo.setCurrentIndex(combo.findData(column))

    def columns(self) -> dict[str, str | None]:
        """Every named column of the file and the column of ours it fills (``None``: left out)."""
        return {header: self.combo(header).currentData() for header in self._headers}


class QuestionsPanel(QObject):
    """One row per distinct name or label to confirm: what the file says → the catalog's entry."""

    changed = Signal()

    def __init__(self, table: QTableWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportMapping", "Cột"),
                QCoreApplication.translate("ImportMapping", "Trong tệp"),
                QCoreApplication.translate("ImportMapping", "Ở dòng"),
                QCoreApplication.translate("ImportMapping", "Nhận là"),
            ]
        )
        self.questions: list[Question] = []

    def show_questions(
        self, questions: list[Question], ref: ReferenceData, answers: ImportMapping
    ) -> None:
        """List ``questions``; a name ``answers`` already answer shows that answer chosen."""
        self.table.setRowCount(0)
        self.questions = list(questions)
        for row, question in enumerate(self.questions):
            self.table.insertRow(row)
            self.table.setItem(row, 0, _read_only(question.kind_name))
            self.table.setItem(row, 1, _read_only(question.text))
            self.table.setItem(row, 2, _read_only(question.where()))
            combo = self._combo(question, ref)
            if question.kind == PROCEDURE:
                given = answers.procedure_for(question.text)
            else:
                given = answers.label_for(question.kind, question.text)
            combo.setCurrentIndex(max(0, combo.findData(given)))
            combo.currentIndexChanged.connect(self.changed)
            self.table.setCellWidget(row, 3, combo)
        self.table.resizeColumnsToContents()

    @staticmethod
    def _combo(question: Question, ref: ReferenceData) -> QComboBox:
        combo = QComboBox()
        combo.addItem(
            QCoreApplication.translate("ImportMapping", "— Chưa xác nhận (dòng lỗi) —"), None
        )
        if question.proposal:
            combo.addItem(
                QCoreApplication.translate("ImportMapping", "{choice} (đề xuất)").format(
                    choice=question.proposal_label
                ),
                question.proposal,
            )
        if question.kind == PROCEDURE:
            choices = [(p.display, p.code) for p in ref.procedures]
        else:
            choices = [(label, code) for code, label in ref.labels.get(question.kind, {}).items()]
        for text, code in choices:
            if code != question.proposal:
                combo.addItem(text, code)
        combo.setAccessibleName(
            QCoreApplication.translate("ImportMapping", "«{text}» nhận là").format(
                text=question.text
            )
        )
        return combo

    def combo(self, row: int) -> QComboBox:
        """The combo box of the ``row``-th question."""
        widget = self.table.cellWidget(row, 3)
        assert isinstance(widget, QComboBox)
        return widget

    def accept_proposals(self) -> None:
        """Choose the proposal for every question not yet answered that has one."""
        for row, question in enumerate(self.questions):
            combo = self.combo(row)
            if question.proposal and combo.currentData() is None:
                combo.setCurrentIndex(combo.findData(question.proposal))

    def unanswered(self) -> int:
        """How many questions still have no answer."""
        return sum(1 for row in range(len(self.questions)) if self.combo(row).currentData() is None)

    def answers(self) -> ImportMapping:
        """The answers chosen, as the ``procedures`` and label sections of a mapping."""
        mapping = ImportMapping()
        for row, question in enumerate(self.questions):
            code = self.combo(row).currentData()
            if code is None:
                continue
            if question.kind == PROCEDURE:
                mapping.procedures[question.text] = str(code)
            else:
                mapping.labels.setdefault(question.kind, {})[question.text] = str(code)
        return mapping


def ask_mapping_to_open(parent: QWidget) -> ImportMapping | None:
    """Ask for a mapping file and read it; a bad file is refused in a message box (``None``)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportMapping", "Mở cách ghép cột"),
        "",
        QCoreApplication.translate("ImportMapping", "Cách ghép cột (*.json);;Tất cả tệp (*)"),
    )
    if not name:
        return None
    try:
        return load_mapping(Path(name))
    except RecordsError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportMapping", "Không mở được cách ghép cột"),
            exc.message,
        )
        return None


def ask_to_save_mapping(parent: QWidget, mapping: ImportMapping, suggested: str) -> Path | None:
    """Ask where to save ``mapping`` (a .json file) and save it; the path, or ``None``."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportMapping", "Lưu cách ghép cột"),
        suggested,
        QCoreApplication.translate("ImportMapping", "Cách ghép cột (*.json)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".json") else Path(name + ".json")
    try:
        save_mapping(path, mapping)
    except RecordsError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportMapping", "Không lưu được cách ghép cột"),
            exc.message,
        )
        return None
    return path
