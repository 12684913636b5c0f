"""Tổng hợp cấp trên: the upper level reads communes' exports and adds them up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QWidget

from models.consolidate import CommuneRow, Consolidation, consolidate
from models.consolidate_files import ConsolidationError, input_files, read_expected
from models.consolidate_writers import write_consolidation_json, write_consolidation_xlsx
from models.db import Database
from models.reference import load_reference
from models.summary_document import ExportError
from models.validation import format_date
from ui.ui_consolidation import Ui_ConsolidationScreen
from views.charts import ranked_bars, show_in
from views.workers import Background

COLUMNS = (
    "Mã xã",
    "Tên xã",
    "Số báo cáo",
    "Số ngày",
    "Lượt hỗ trợ",
    "Người dân",
    "Nộp trực tuyến",
    "Tỷ lệ trực tuyến",
    "Chưa hoàn thành",
    "Đã chốt",
)


def _cells(row: CommuneRow) -> list[object]:
    share = row.online_share
    return [
        row.code,
        row.name,
        row.reports,
        row.days,
        row.totals["visits"],
        row.totals["citizens"],
        row.totals["online_submitted"],
        "" if share is None else f"{share * 100:.1f}%".replace(".", ","),
        row.totals["not_completed"],
        "✓" if row.locked else "",
    ]


class ConsolidationScreen(QWidget):
    """Pick a folder (or files), see one row per commune, refused files and missing communes."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_ConsolidationScreen()
        self.ui.setupUi(self)
        self.sources: list[Path] = []
        self.expected: dict[str, str] | None = None
        self.result: Consolidation | None = None
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.ui.communeTable.setModel(self.model)
        self.ui.communeTable.verticalHeader().setVisible(False)
        self.ui.folderButton.clicked.connect(self._pick_folder)
        self.ui.filesButton.clicked.connect(self._pick_files)
        self.ui.expectedButton.clicked.connect(self._pick_expected)
        self.ui.clearButton.clicked.connect(self.clear)
        self.ui.saveButton.clicked.connect(self._pick_output)

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Thư mục chứa báo cáo các xã"))
        if folder:
            self.add_sources([Path(folder)])

    def _pick_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Tệp báo cáo các xã"), "", self.tr("Báo cáo ngày (*.json *.xlsx)")
        )
        if files:
            self.add_sources([Path(f) for f in files])

    def _pick_expected(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Danh sách xã cần báo cáo (CSV: mã,tên)"), "", "CSV (*.csv)"
        )
        if path:
            self.set_expected(Path(path))

    def _pick_output(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu kết quả tổng hợp"),
            "tong-hop.xlsx",
            self.tr("Excel (*.xlsx);;JSON (*.json)"),
        )
        if path:
            self.save(Path(path))

    def clear(self) -> None:
        """Start again with no files."""
        self.sources = []
        self.expected = None
        self._run()

    def set_expected(self, path: Path) -> None:
        """Use a list of the communes that should report."""
        try:
            self.expected = read_expected(path)
        except ConsolidationError as exc:
            self.ui.notesEdit.setPlainText(exc.message)
            return
        self._run()

    def add_sources(self, paths: list[Path]) -> None:
        """Add files or folders and consolidate again (off the GUI thread)."""
        try:
            self.sources += input_files(paths)
        except ConsolidationError as exc:
            self.ui.notesEdit.setPlainText(exc.message)
            return
        self.sources = list(dict.fromkeys(self.sources))
        self._run()

    def _run(self) -> None:
        sources, expected = list(self.sources), self.expected
        self.ui.summaryLabel.setText(self.tr("Đang đọc {count} tệp…").format(count=len(sources)))
        Background.run(self, lambda: consolidate(sources, expected), self.show_result, self._failed)

    def _failed(self, _error: Exception) -> None:
        self.ui.summaryLabel.setText(
            self.tr("Không tổng hợp được do lỗi không mong muốn; chi tiết đã ghi vào nhật ký.")
        )

    def show_result(self, result: Consolidation) -> None:
        """Fill the table, the chart and the notes from a consolidation."""
        self.result = result
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont()
        bold.setBold(True)
        for row in [*result.rows, result.totals] if result.rows else []:
            items = []
            for value in _cells(row):
                item = QStandardItem()
                item.setData(value, Qt.ItemDataRole.DisplayRole)
                if row is result.totals:
                    item.setFont(bold)
                items.append(item)
            self.model.appendRow(items)
        self.ui.communeTable.resizeColumnsToContents()
        self._draw_chart(result)
        self.ui.notesEdit.setPlainText("\n".join(self._notes(result)))
        self.ui.saveButton.setEnabled(bool(result.reports))
        if result.reports and result.first and result.last:
            days = (
                format_date(result.first)
                if result.first == result.last
                else (f"{format_date(result.first)} – {format_date(result.last)}")
            )
            self.ui.summaryLabel.setText(
                self.tr(
                    "{reports} báo cáo của {communes} xã, {days}: {visits} lượt hỗ trợ, "
                    "{online} hồ sơ nộp trực tuyến. Từ chối {refused} tệp."
                ).format(
                    reports=len(result.reports),
                    communes=len(result.rows),
                    days=days,
                    visits=result.totals.totals["visits"],
                    online=result.totals.totals["online_submitted"],
                    refused=len(result.refused),
                )
            )
        else:
            self.ui.summaryLabel.setText(
                self.tr("Chưa có báo cáo nào được tổng hợp ({count} tệp đã chọn).").format(
                    count=len(self.sources)
                )
            )

    def _notes(self, result: Consolidation) -> list[str]:
        notes = [self.tr("Từ chối {note}").format(note=n.describe()) for n in result.refused]
        notes += [self.tr("Không tính {note}").format(note=n.describe()) for n in result.skipped]
        if result.missing:
            names = "; ".join(f"{code} {name}".strip() for code, name in result.missing.items())
            notes.append(
                self.tr("Chưa báo cáo ({count} xã): {names}").format(
                    count=len(result.missing), names=names
                )
            )
        return notes

    def _draw_chart(self, result: Consolidation) -> None:
        visits = [(row.name or row.code, row.totals["visits"]) for row in result.rows]
        show_in(self.ui.chartHost, ranked_bars(self.tr("Lượt hỗ trợ theo xã"), visits))

    def save(self, path: Path) -> None:
        """Write the consolidation as .xlsx (formatted) or .json."""
        if self.result is None:
            return
        try:
            if path.suffix.lower() == ".json":
                write_consolidation_json(path, self.result)
            else:
                path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
                write_consolidation_xlsx(path, self.result, ref=load_reference(self.db))
        except (ExportError, OSError) as exc:
            message = getattr(exc, "message", None) or str(exc)
            self.ui.notesEdit.appendPlainText(self.tr("Không lưu được: {m}").format(m=message))
            return
        self.ui.notesEdit.appendPlainText(self.tr("Đã lưu kết quả vào {path}").format(path=path))
