"""Nhập sổ cũ: pick an old logbook, check its first rows as they will be imported, run, read.

Reading the file and importing it both run off the GUI thread (a workbook of several years takes
seconds), the import with a progress bar. An import is one transaction: "Hủy" during an import
stops it and rolls everything back, so nothing is written (all or nothing); during a preview or
a dry run it drops the result (they write nothing anyway). Columns the header does not name can
be mapped by hand in a table beside the preview, and procedure names that only come close, or
labels the catalog lacks, are confirmed in a second table (:mod:`views.import_mapping_panel`).
Refusals of the model (:class:`RecordsError`) are shown as their Vietnamese message; anything
else is logged by the worker and reported in one sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from models.access import Actor
from models.db import Database
from models.import_answers import Question
from models.import_mapping import ImportMapping
from models.import_wizard import WizardReading, questions_for, read_for_wizard
from models.legacy_import import LegacyTable, table_from
from models.legacy_sheets import ALL_SHEETS, sheet_names
from models.records_format import RecordsError
from models.records_import import ImportOptions, ImportReport, import_records
from models.reference import load_reference
from ui.ui_import_dialog import Ui_ImportDialog
from views.import_mapping_panel import (
    MappingPanel,
    QuestionsPanel,
    ask_mapping_to_open,
    ask_to_save_mapping,
)
from views.import_preview import PreviewModel, wizard_note
from views.import_report import MAX_LISTED, problem_lines, summary_lines
from views.workers import Background

__all__ = ["DRY_RUN", "IMPORT", "MAX_LISTED", "PREVIEW", "QUESTIONS", "ImportDialog"]
PREVIEW, QUESTIONS, DRY_RUN, IMPORT = "preview", "questions", "dry_run", "import"


class _Progress(QObject):
    """Carries the import's progress from its worker thread to the progress bar (queued)."""

    moved = Signal(int, int)


class ImportDialog(QDialog):
    """The import wizard: file and options, preview and mapping, confirmations, run, report."""

    imported = Signal(object)  # the ImportReport of a real import that added visits

    def __init__(self, db: Database, *, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.path: Path | None = None
        self.reading: WizardReading | None = None
        self.table: LegacyTable | None = None
        self.file_mapping: ImportMapping | None = None  # a mapping file the clerk opened
        self.report: ImportReport | None = None
        self.running: str | None = None
        self._token = 0  # a result that arrives under an older token was cancelled: dropped
        self._stop = threading.Event()  # asks a running dry run or import to stop and roll back
        self.ref = load_reference(db)
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
        self.ui.previewSplitter.setStretchFactor(0, 3)
        self.ui.previewSplitter.setStretchFactor(1, 2)
        self.mapping_panel = MappingPanel(self.ui.mappingTable, self)
        self.questions_panel = QuestionsPanel(self.ui.questionsTable, self)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._show_progress)
        self._show_sheets([])
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.sheetCombo.currentIndexChanged.connect(self.refresh_preview)
        self.ui.encodingCombo.currentIndexChanged.connect(self.refresh_preview)
        self.mapping_panel.changed.connect(self.remap)
        self.questions_panel.changed.connect(self._update_buttons)
        self.ui.acceptProposalsButton.clicked.connect(self.questions_panel.accept_proposals)
        self.ui.openMappingButton.clicked.connect(self.open_mapping_file)
        self.ui.saveMappingButton.clicked.connect(self.save_mapping_file)
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
        self.reading = None  # another file: the columns mapped by hand were that file's
        self._show_sheets(sheet_names(path))
        self.refresh_preview()

    def _show_sheets(self, sheets: list[tuple[str, str]]) -> None:
        self.ui.sheetCombo.blockSignals(True)  # one preview per file, not one per sheet added
        self.ui.sheetCombo.clear()
        for shown, name in sheets:
            self.ui.sheetCombo.addItem(shown, name)
        if len(sheets) > 1:
            self.ui.sheetCombo.addItem(self.tr("Tất cả các trang cùng mẫu"), ALL_SHEETS)
        self.ui.sheetCombo.blockSignals(False)
        for widget in (self.ui.sheetLabel, self.ui.sheetCombo):
            widget.setVisible(bool(sheets))

    def _sheet(self) -> str | None:
        data = self.ui.sheetCombo.currentData()  # empty for a CSV: it has no sheets
        return str(data) if data is not None else None

    def _options(self) -> dict[str, Any]:
        return {"sheet": self._sheet(), "legacy_encoding": self.ui.encodingCombo.currentData()}

    def refresh_preview(self) -> None:
        """Read the file with the chosen sheet, encoding and mapping file, as the import will."""
        if self.path is None:
            return
        # Another sheet or encoding of the same file: the columns mapped by hand still hold.
        mapping = self.current_mapping() if self.reading is not None else self.file_mapping
        self.reading = self.table = None
        self.preview.set_table(None)
        self.mapping_panel.show_source(None, None)
        self._show_questions([], ImportMapping())
        self.ui.previewLabel.setText(self.tr("Đang đọc tệp…"))
        path, options = self.path, self._options()
        self._start(
            PREVIEW, lambda: read_for_wizard(self.db, path, mapping=mapping, **options),
            self._previewed,
        )  # fmt: skip

    def _previewed(self, reading: WizardReading) -> None:
        self.reading = reading
        self.mapping_panel.show_source(reading.source, reading.mapping)
        self._show_table(reading.table)
        self._show_questions(reading.questions, reading.mapping)

    def _show_table(self, table: LegacyTable) -> None:
        self.table = table
        self.preview.set_table(table)
        self.ui.previewTable.resizeColumnsToContents()
        self._show_note(wizard_note(table, self.reading))
        problems = "\n".join(table.problems)
        self.ui.mappingProblemLabel.setText(problems)
        self.ui.mappingProblemLabel.setVisible(bool(problems))
        self._set_role(self.ui.mappingProblemLabel, True)

    def _show_questions(self, questions: list[Question], answers: ImportMapping) -> None:
        self.questions_panel.show_questions(questions, self.ref, answers)
        self.ui.questionsGroup.setVisible(bool(questions))

    def current_mapping(self) -> ImportMapping:
        """The mapping as the clerk has set it: columns, confirmed names, the opened file's rest."""
        base = self.file_mapping or ImportMapping()
        columns = ImportMapping(columns=self.mapping_panel.columns())
        return base.merged(columns).merged(self.questions_panel.answers())

    def remap(self) -> None:
        """A column was mapped anew: the preview follows at once; the questions follow it."""
        if self.reading is None:
            return
        mapping = self.current_mapping()
        table = table_from(self.reading.source, mapping, strict=False)
        self._show_table(table)
        if self.path is None:
            return
        if self._sheet() != ALL_SHEETS:  # the rows are in memory: no need to read the file again
            self._start(QUESTIONS, lambda: questions_for(self.db, [table], mapping),
                        self._requestioned)  # fmt: skip
            return
        path, options = self.path, self._options()  # other sheets may have other header rows
        self._start(
            QUESTIONS, lambda: read_for_wizard(self.db, path, mapping=mapping, **options),
            self._reread,
        )  # fmt: skip

    def _requestioned(self, questions: list[Question]) -> None:
        self._show_questions(questions, self.current_mapping())

    def _reread(self, reading: WizardReading) -> None:
        answers = self.current_mapping()
        self.reading = reading
        self._show_table(reading.table)
        self._show_questions(reading.questions, answers)

    def open_mapping_file(self) -> None:
        """Use a mapping saved earlier (or written by hand); the preview is read again with it."""
        mapping = ask_mapping_to_open(self)
        if mapping is not None:
            self.file_mapping = mapping
            self.refresh_preview()

    def save_mapping_file(self) -> None:
        """Save the columns and the confirmed names, for next year's book or for the CLI."""
        suggested = str(self.path.with_suffix(".ghep-cot.json")) if self.path else ""
        path = ask_to_save_mapping(self, self.current_mapping(), suggested)
        if path is not None:
            self._show_note(self.tr("Đã lưu cách ghép cột vào {path}.").format(path=path))

    def run(self, *, dry_run: bool) -> None:
        """Dry run or import off the GUI thread, with the options and mapping as shown."""
        if self.path is None or self.table is None or self.table.problems:
            return
        sheet = self._sheet()
        stop = threading.Event()
        options = ImportOptions(
            sheet=None if sheet == ALL_SHEETS else sheet,
            legacy_encoding=self.ui.encodingCombo.currentData(),
            mapping=self.current_mapping(),
            all_sheets=sheet == ALL_SHEETS,
            progress=self._report_progress,
            cancelled=stop.is_set,
        )
        path, skip = self.path, self.ui.skipInvalidCheck.isChecked()
        self.ui.reportGroup.setVisible(False)
        self._start(
            DRY_RUN if dry_run else IMPORT,
            lambda: import_records(
                self.db, path, skip_invalid=skip, actor=self.actor.name, dry_run=dry_run,
                options=options,
            ),
            self.show_report,
            stop,
        )  # fmt: skip

    def _report_progress(self, done: int, total: int) -> None:
        # Called on the worker thread for every row: a hundred steps are enough for the bar.
        if total and done % max(1, total // 100) == 0:
            self._progress.moved.emit(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        if self.running in (DRY_RUN, IMPORT):
            self.ui.progressBar.setRange(0, total)
            self.ui.progressBar.setValue(done)

    def cancel(self) -> None:
        """Stop what runs. An import stops and rolls back (all or nothing): nothing is written."""
        if self.running == IMPORT:
            self._stop.set()  # the worker rolls back and reports a cancelled import
            self._show_summary(self.tr("Đang hủy: đang hoàn lại, không ghi lượt nào…"), error=False)
            self.ui.errorsText.setVisible(False)
            self._update_buttons()
            return
        if self.running not in (PREVIEW, QUESTIONS, DRY_RUN):
            return
        was_dry_run = self.running == DRY_RUN
        self._stop.set()
        self._token += 1
        self.running = None
        self._update_buttons()
        if was_dry_run:
            self._show_summary(self.tr("Đã hủy chạy thử. Chưa nhập gì."), error=False)
            self.ui.errorsText.setVisible(False)
        else:
            self._show_note(self.tr("Đã hủy đọc tệp. Bấm «Chọn tệp…» để đọc lại."))

    def reject(self) -> None:
        """Close, except while a real import runs: closing would hide its outcome."""
        if self.running == IMPORT:
            return
        self._token += 1  # a preview or dry run still running reports to nobody
        self._stop.set()
        super().reject()

    def _start(
        self,
        kind: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        stop: threading.Event | None = None,
    ) -> None:
        self._token += 1
        token = self._token
        # Each job has its own event (the one its work checks): an earlier job's stays set.
        self._stop = stop or threading.Event()
        self.running = kind
        self.ui.progressBar.setRange(0, 0)  # busy until the first rows are counted
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
        failed = report.cancelled or not report.accepted
        self._show_summary("\n".join(summary_lines(report)), error=failed)
        problems = problem_lines(report)
        self.ui.errorsText.setPlainText("\n".join(problems))
        self.ui.errorsText.setVisible(bool(problems))

    def _update_buttons(self) -> None:
        busy = self.running is not None
        self.ui.progressBar.setVisible(busy)
        fixed: tuple[QWidget, ...] = (
            self.ui.browseButton,
            self.ui.sheetCombo,
            self.ui.encodingCombo,
            self.ui.skipInvalidCheck,
            self.ui.openMappingButton,
        )
        for widget in fixed:
            widget.setEnabled(not busy)
        # While the questions are counted again the clerk may go on mapping: a newer count
        # supersedes the older one.
        mapping_open = not busy or self.running == QUESTIONS
        mapping: tuple[QWidget, ...] = (
            self.ui.mappingTable,
            self.ui.questionsTable,
            self.ui.acceptProposalsButton,
        )
        for widget in mapping:
            widget.setEnabled(mapping_open)
        self.ui.saveMappingButton.setEnabled(not busy and self.reading is not None)
        problems = self.table.problems if self.table is not None else []
        ready = not busy and self.table is not None and not problems
        self.ui.dryRunButton.setEnabled(ready)
        self.ui.importButton.setEnabled(ready)
        self.ui.importButton.setToolTip(problems[0] if problems else "")
        stopping = self.running == IMPORT and self._stop.is_set()
        self.ui.cancelButton.setEnabled(busy and not stopping)
        self.ui.closeButton.setEnabled(self.running != IMPORT)
        self.ui.cancelButton.setToolTip(
            self.tr(
                "Dừng việc nhập và hoàn lại: nhập là tất cả hoặc không, nên không lượt nào được "
                "ghi."
            )
            if self.running == IMPORT
            else self.tr("Dừng việc đang chạy (đọc tệp hoặc chạy thử không ghi gì).")
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
