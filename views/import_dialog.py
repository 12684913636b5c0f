"""Nhập sổ cũ: pick an old logbook, check its first rows as they will be imported, run, read.

Reading the file and importing it both run off the GUI thread (a workbook of several years takes
seconds). An import is one transaction, so nothing can stop it half-way: "Hủy" only discards the
result of a preview or a dry run (which write nothing anyway), and is disabled, with the reason,
while a real import runs. Refusals of the model (:class:`RecordsError`) are shown as their
Vietnamese message; anything else is logged by the worker and reported in one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from models.access import Actor
from models.db import Database
from models.legacy_import import LegacyTable, read_legacy_table
from models.legacy_sheets import sheet_names
from models.records_format import RecordsError
from models.records_import import ImportReport, import_records
from ui.ui_import_dialog import Ui_ImportDialog
from views.import_preview import PreviewModel, reading_note
from views.workers import Background

MAX_LISTED = 50
PREVIEW, DRY_RUN, IMPORT = "preview", "dry_run", "import"


class ImportDialog(QDialog):
    """The import wizard: file and options, preview, dry run or import, report."""

    imported = Signal(object)  # the ImportReport of a real import that added visits

    def __init__(self, db: Database, *, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.path: Path | None = None
        self.table: LegacyTable | None = None
        self.report: ImportReport | None = None
        self.running: str | None = None
        self._token = 0  # a result that arrives under an older token was cancelled: dropped
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        for label, code in (
            (self.tr("Tự nhận biết"), "auto"),
            (self.tr("TCVN3 (ABC)"), "tcvn3"),
            (self.tr("VNI"), "vni"),
            (self.tr("Không chuyển"), "none"),
        ):
            self.ui.encodingCombo.addItem(label, code)
        self.preview = PreviewModel(self)
        self.ui.previewTable.setModel(self.preview)
        self.ui.previewLabel.setText(self.tr("Chọn tệp sổ cũ để xem trước."))
        self._show_sheets([])
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.sheetCombo.currentIndexChanged.connect(self.refresh_preview)
        self.ui.encodingCombo.currentIndexChanged.connect(self.refresh_preview)
        self.ui.dryRunButton.clicked.connect(lambda: self.run(dry_run=True))
        self.ui.importButton.clicked.connect(lambda: self.run(dry_run=False))
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.closeButton.clicked.connect(self.reject)
        self._update_buttons()

    def browse(self) -> None:
        """Ask for the file (the clerk's USB stick, usually)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn sổ cũ cần nhập"),
            str(self.path.parent) if self.path else "",
            self.tr("Sổ Excel hoặc CSV (*.xlsx *.xls *.csv);;Tất cả tệp (*)"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Take ``path``: list its sheets (workbooks only), then read its first rows."""
        self.path = path
        self.ui.fileEdit.setText(str(path))
        self.ui.reportGroup.setVisible(False)
        self._show_sheets(sheet_names(path))
        self.refresh_preview()

    def _show_sheets(self, sheets: list[tuple[str, str]]) -> None:
        self.ui.sheetCombo.blockSignals(True)  # one preview per file, not one per sheet added
        self.ui.sheetCombo.clear()
        for shown, name in sheets:
            self.ui.sheetCombo.addItem(shown, name)
        self.ui.sheetCombo.blockSignals(False)
        for widget in (self.ui.sheetLabel, self.ui.sheetCombo):
            widget.setVisible(bool(sheets))

    def _sheet(self) -> str | None:
        data = self.ui.sheetCombo.currentData()  # empty for a CSV: it has no sheets
        return str(data) if data is not None else None

    def _options(self) -> dict[str, Any]:
        return {"sheet": self._sheet(), "legacy_encoding": self.ui.encodingCombo.currentData()}

    def refresh_preview(self) -> None:
        """Read the file with the chosen sheet and encoding, as the import will."""
        if self.path is None:
            return
        self.table = None
        self.preview.set_table(None)
        self.ui.previewLabel.setText(self.tr("Đang đọc tệp…"))
        path, options = self.path, self._options()
        self._start(PREVIEW, lambda: read_legacy_table(path, **options), self._previewed)

    def _previewed(self, table: LegacyTable) -> None:
        self.table = table
        self.preview.set_table(table)
        self.ui.previewTable.resizeColumnsToContents()
        self._show_note(reading_note(table))

    def run(self, *, dry_run: bool) -> None:
        """Dry run or import off the GUI thread, with the options as shown."""
        if self.path is None or self.table is None:
            return
        path, options = self.path, self._options()
        skip = self.ui.skipInvalidCheck.isChecked()
        self.ui.reportGroup.setVisible(False)
        self._start(
            DRY_RUN if dry_run else IMPORT,
            lambda: import_records(
                self.db, path, skip_invalid=skip, actor=self.actor.name, dry_run=dry_run, **options
            ),
            self.show_report,
        )

    def cancel(self) -> None:
        """Drop the result of a preview or dry run still running; neither writes anything."""
        if self.running not in (PREVIEW, DRY_RUN):
            return  # a real import cannot stop half-way: the button is disabled meanwhile
        was_preview = self.running == PREVIEW
        self._token += 1
        self.running = None
        self._update_buttons()
        if was_preview:
            self._show_note(self.tr("Đã hủy đọc tệp. Bấm «Chọn tệp…» để đọc lại."))
        else:
            self._show_summary(self.tr("Đã hủy chạy thử. Chưa nhập gì."), error=False)
            self.ui.errorsText.setVisible(False)

    def reject(self) -> None:
        """Close, except while a real import runs: closing would hide its outcome."""
        if self.running == IMPORT:
            return
        self._token += 1  # a preview or dry run still running reports to nobody
        super().reject()

    def _start(self, kind: str, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._token += 1
        token = self._token
        self.running = kind
        self._update_buttons()
        Background.run(
            self,
            work,
            lambda result: self._finished(token, on_done, result),
            lambda error: self._finished(token, self._failed, error),
        )

    def _finished(self, token: int, handler: Callable[[Any], None], outcome: Any) -> None:
        if token != self._token:
            return  # cancelled, or superseded by a newer preview
        kind, self.running = self.running, None
        handler(outcome)
        self._update_buttons()
        if kind == IMPORT and isinstance(outcome, ImportReport) and outcome.added:
            self.imported.emit(outcome)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, RecordsError):
            text = error.message
        else:
            text = self.tr(
                "Không đọc hoặc nhập được tệp do lỗi không mong muốn; chi tiết đã được ghi vào "
                "nhật ký."
            )
        if self.table is None:  # the preview failed: the file cannot be imported as it is
            self.preview.set_table(None)
            self._show_note(text, error=True)
        else:
            self._show_summary(text, error=True)
            self.ui.errorsText.setVisible(False)

    def show_report(self, report: ImportReport) -> None:
        """Step 3: the counts, the rows with problems, and whether anything was written."""
        self.report = report
        if not report.accepted:
            again = "" if report.dry_run else self.tr(" rồi nhập lại")
            lines = [
                self.tr(
                    "Không nhập dòng nào: {invalid}/{total} dòng có lỗi. Hãy sửa các dòng dưới "
                    "đây trong tệp{again}, hoặc đánh dấu «Bỏ qua dòng lỗi» để chỉ nhập các dòng "
                    "hợp lệ."
                ).format(invalid=report.invalid_rows, total=report.total, again=again)
            ]
        else:
            template = (
                self.tr("Tệp {file}: {total} dòng; sẽ nhập {added} lượt hỗ trợ")
                if report.dry_run
                else self.tr("Tệp {file}: {total} dòng; đã nhập {added} lượt hỗ trợ")
            )
            lines = [
                template.format(file=report.file_name, total=report.total, added=report.added)
                + self.tr(", bỏ qua {duplicates} lượt đã có, {invalid} dòng có lỗi không nhập.")
                .format(duplicates=report.duplicates, invalid=report.invalid_rows)
            ]  # fmt: skip
        if report.dry_run:
            lines.append(self.tr("Chưa nhập gì: đây là chạy thử. Bấm «Nhập» để nhập thật."))
        self._show_summary("\n".join(lines), error=not report.accepted)
        self._list_problems(report)

    def _list_problems(self, report: ImportReport) -> None:
        problems = [error.describe() for error in report.invalid[:MAX_LISTED]]
        if len(report.invalid) > MAX_LISTED:
            problems.append(
                self.tr("… và {count} lỗi khác: sửa các lỗi trên rồi chạy thử lại.").format(
                    count=len(report.invalid) - MAX_LISTED
                )
            )
        notes = [w.describe() for w in report.warnings[:MAX_LISTED]]
        problems += [self.tr("Lưu ý: {text}").format(text=text) for text in notes]
        self.ui.errorsText.setPlainText("\n".join(problems))
        self.ui.errorsText.setVisible(bool(problems))

    def _update_buttons(self) -> None:
        busy = self.running is not None
        self.ui.progressBar.setVisible(busy)
        for widget in (
            self.ui.browseButton,
            self.ui.sheetCombo,
            self.ui.encodingCombo,
            self.ui.skipInvalidCheck,
        ):
            widget.setEnabled(not busy)
        ready = not busy and self.table is not None
        self.ui.dryRunButton.setEnabled(ready)
        self.ui.importButton.setEnabled(ready)
        self.ui.cancelButton.setEnabled(self.running in (PREVIEW, DRY_RUN))
        self.ui.closeButton.setEnabled(self.running != IMPORT)
        self.ui.cancelButton.setToolTip(
            self.tr(
                "Không thể hủy: việc nhập là tất cả hoặc không, đã bắt đầu thì không dừng giữa "
                "chừng được. Nếu có lỗi, không lượt nào được ghi."
            )
            if self.running == IMPORT
            else self.tr("Bỏ kết quả đang chờ (đọc tệp hoặc chạy thử không ghi gì).")
        )

    def _show_note(self, text: str, *, error: bool = False) -> None:
        self._set_role(self.ui.previewLabel, error)
        self.ui.previewLabel.setText(text)

    def _show_summary(self, text: str, *, error: bool) -> None:
        self.ui.reportGroup.setVisible(True)
        self._set_role(self.ui.summaryLabel, error)
        self.ui.summaryLabel.setText(text)

    @staticmethod
    def _set_role(label: QWidget, error: bool) -> None:
        label.setProperty("role", "error" if error else "")
        label.style().polish(label)
