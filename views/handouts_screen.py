"""Tờ hướng dẫn: pick a procedure, see the real PDF, print it or save it."""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget

from models.access import Actor, Permission, PermissionDenied
from models.appointments import add_working_days
from models.commune import load_profile
from models.db import Database
from models.handout_edits import export_texts, import_texts
from models.handout_log import record_print
from models.handout_texts import HandoutTextError
from models.reference import ReferenceData, load_reference, procedure_details
from models.visit_queries import load_for_edit
from printing.handout_request import HandoutRequest, request_for
from ui.ui_handouts import Ui_HandoutsScreen
from views.batch_print_dialog import BatchPrintDialog
from views.handout_text_dialog import HandoutTextDialog
from views.pdf_printing import render_page
from views.qt_dates import from_qdate, to_qdate
from views.workers import Background

log = logging.getLogger(__name__)


class HandoutsScreen(QWidget):
    """The handout of the chosen procedure, previewed from the very PDF that prints."""

    printed = Signal()

    def __init__(self, db: Database, *, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.ui = Ui_HandoutsScreen()
        self.ui.setupUi(self)
        self.ref: ReferenceData = load_reference(db)
        self.visit_id: str | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="motcua-handout-"))
        self._serial = 0
        self._print_when_ready = False
        self.current_pdf: Path | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self.ui.previewHost)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        QVBoxLayout(self.ui.previewHost).addWidget(self.view)
        for size in ("A4", "A5"):
            self.ui.sizeCombo.addItem(size, size)
        self.ui.appointmentEdit.setDate(to_qdate(db.local_now().date()))
        self._fill_list("")
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._fill_list)
        ui.procedureList.currentItemChanged.connect(lambda *_a: self.refresh_preview())
        for signal in (
            ui.sizeCombo.currentIndexChanged,
            ui.largePrintCheck.toggled,
            ui.appointmentCheck.toggled,
            ui.appointmentEdit.dateChanged,
        ):
            signal.connect(lambda *_a: self.refresh_preview())
        for edit in (ui.nameEdit, ui.dossierEdit, ui.clerkEdit):
            edit.editingFinished.connect(self.refresh_preview)
        ui.printButton.clicked.connect(self.print_handout)
        ui.saveButton.clicked.connect(self._save_as)
        ui.editTextButton.clicked.connect(self.edit_text)
        ui.exportTextsButton.clicked.connect(self.export_texts)
        ui.importTextsButton.clicked.connect(self.import_texts)
        ui.batchButton.clicked.connect(self.batch_print)
        may_edit = self.actor.can(Permission.EDIT_CATALOG)
        for button in (ui.editTextButton, ui.importTextsButton):
            button.setEnabled(may_edit)
            if not may_edit:
                button.setToolTip(self.tr("Chỉ người quản trị được sửa nội dung tờ hướng dẫn."))
        shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.print_handout)

    def reload_reference(self) -> None:
        """Read the catalog again (the administrator edited it) and keep the search typed."""
        self.ref = load_reference(self.db)
        self._fill_list(self.ui.searchEdit.text())

    def _fill_list(self, query: str) -> None:
        current = self.selected_code()
        self.ui.procedureList.clear()
        for procedure in self.ref.search_procedures(query):
            item = QListWidgetItem(procedure.display)
            item.setData(Qt.ItemDataRole.UserRole, procedure.code)
            self.ui.procedureList.addItem(item)
            if procedure.code == current:
                self.ui.procedureList.setCurrentItem(item)

    def selected_code(self) -> str | None:
        """The code of the procedure chosen in the list."""
        item = self.ui.procedureList.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, code: str) -> None:
        """Choose a procedure by code (clears the search so it is in the list)."""
        self.ui.searchEdit.clear()
        for row in range(self.ui.procedureList.count()):
            item = self.ui.procedureList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                self.ui.procedureList.setCurrentItem(item)
                return

    def prefill_for_visit(self, visit_id: str) -> bool:
        """Personalise for a saved visit: name, dossier code, appointment; False without a
        procedure."""
        loaded = load_for_edit(self.db, visit_id)
        if loaded is None or not loaded[0].procedure_code:
            return False
        visit, _version = loaded
        self.visit_id = visit_id
        self.ui.nameEdit.setText(visit.citizen_name)
        self.ui.dossierEdit.setText(visit.dossier_code)
        self.ui.clerkEdit.setText(visit.clerk_name)
        details = procedure_details(self.db, visit.procedure_code)
        days = details.processing_days if details else None
        self.ui.appointmentCheck.setChecked(bool(visit.dossier_code) and days is not None)
        if days is not None:
            self.ui.appointmentEdit.setDate(
                to_qdate(add_working_days(visit.occurred_at.date(), days))
            )
        self.select(visit.procedure_code)
        self._print_when_ready = True  # Ctrl+P at the desk: the print dialog follows the preview
        self.refresh_preview()
        return True

    def request(self) -> HandoutRequest | None:
        """What the options on screen ask for, or ``None`` (and a message) when impossible."""
        code = self.selected_code()
        details = procedure_details(self.db, code) if code else None
        if details is None:
            return None
        appointment: date | None = (
            from_qdate(self.ui.appointmentEdit.date())
            if self.ui.appointmentCheck.isChecked()
            else None
        )
        try:
            return request_for(
                self.db,
                details,
                size=str(self.ui.sizeCombo.currentData()),
                large_print=self.ui.largePrintCheck.isChecked(),
                citizen_name=self.ui.nameEdit.text().strip(),
                dossier_code=self.ui.dossierEdit.text().strip(),
                appointment=appointment,
                clerk_name=self.ui.clerkEdit.text().strip(),
            )
        except HandoutTextError as exc:
            self._say(str(exc))
            return None

    def refresh_preview(self) -> None:
        """Write the PDF (off the GUI thread) and show it."""
        request = self.request()
        if request is None:
            self.document.close()
            self.current_pdf = None
            return
        self._serial += 1
        path = self._folder / f"preview-{self._serial}.pdf"
        profile = load_profile(self.db)
        from printing.handout import write_handout

        Background.run(
            self, lambda: write_handout(path, request, profile), self._show_pdf, self._failed
        )

    def _show_pdf(self, path: Path) -> None:
        if path.name != f"preview-{self._serial}.pdf":
            return  # an older preview finished after a newer one was asked for
        self.document.load(str(path))
        self.current_pdf = path
        self._say("")
        if self._print_when_ready:
            self._print_when_ready = False
            self.print_handout()

    def _failed(self, _error: Exception) -> None:
        self._say(self.tr("Không tạo được tờ hướng dẫn; chi tiết đã ghi vào nhật ký."))

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def print_handout(self, printer: QPrinter | None = None) -> bool:
        """Print the previewed handout through the system's print dialog; logged when printed."""
        code = self.selected_code()
        if self.current_pdf is None or code is None:
            self._say(self.tr("Hãy chọn một thủ tục trước khi in."))
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            size = (
                QPageSize.PageSizeId.A5
                if self.ui.sizeCombo.currentData() == "A5"
                else (QPageSize.PageSizeId.A4)
            )
            printer.setPageSize(QPageSize(size))
            printer.setCopyCount(self.ui.copiesSpin.value())
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return False
        self._paint(printer)
        record_print(
            self.db,
            code,
            actor=self.actor.name,
            copies=max(1, printer.copyCount()),
            personalised=bool(self.ui.nameEdit.text().strip() or self.ui.dossierEdit.text()),
            visit_id=self.visit_id,
        )
        self._say(self.tr("Đã gửi lệnh in."))
        self.printed.emit()
        return True

    def _paint(self, printer: QPrinter) -> None:
        """Each PDF page onto one printed page (the printer repeats the job for copies)."""
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                image, target = render_page(self.document, printer, page)
                painter.drawImage(target, image)
        finally:
            painter.end()

    def edit_text(self) -> bool:
        """Reword the chosen procedure's handout; True when the wording changed."""
        code = self.selected_code()
        if code is None:
            self._say(self.tr("Hãy chọn một thủ tục trước khi sửa nội dung."))
            return False
        try:
            dialog = HandoutTextDialog(self.db, code, actor=self.actor, parent=self)
        except HandoutTextError as exc:
            self._say(str(exc))
            return False
        if dialog.exec() != HandoutTextDialog.DialogCode.Accepted or not dialog.changed:
            return False
        self._say(self.tr("Đã lưu nội dung mới; mọi bàn tiếp dân in theo nội dung này."))
        self.refresh_preview()
        return True

    def export_texts(self) -> None:
        """Write every procedure's current wording into a folder the clerk picks."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục để xuất nội dung"))
        if not folder:
            return
        try:
            written = export_texts(self.db, Path(folder))
        except OSError as exc:
            log.warning("export of handout texts failed: %s", exc.__class__.__name__)
            self._say(self.tr("Không ghi được vào thư mục này; hãy chọn thư mục khác."))
            return
        self._say(self.tr("Đã xuất {n} tệp vào {folder}").format(n=len(written), folder=folder))

    def import_texts(self) -> None:
        """Take in wording files; all of them, or none and the list of problems."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn các tệp nội dung tờ hướng dẫn"), "", "JSON (*.json)"
        )
        if not paths:
            return
        try:
            result = import_texts(self.db, [Path(p) for p in paths], actor=self.actor)
        except PermissionDenied as exc:
            self._say(exc.message)
            return
        if result.problems:
            shown = result.problems[:15] + (["…"] if len(result.problems) > 15 else [])
            QMessageBox.warning(
                self,
                self.tr("Chưa nhập tệp nào"),
                self.tr("Hãy sửa các lỗi sau rồi nhập lại:") + "\n\n" + "\n".join(shown),
            )
            return
        self._say(
            self.tr("Đã nhập {n} tệp; {changed} tờ hướng dẫn được thay đổi.").format(
                n=len(result.texts), changed=result.changed
            )
        )
        self.refresh_preview()

    def batch_print(self) -> None:
        """Print a stack of the most common procedures' handouts to keep at the desk."""
        dialog = BatchPrintDialog(
            self.db, actor=self.actor, today=self.db.local_now().date(), parent=self
        )
        dialog.exec()
        self.printed.emit()

    def _save_as(self) -> None:
        code = self.selected_code()
        if self.current_pdf is None or code is None:
            self._say(self.tr("Hãy chọn một thủ tục trước khi lưu."))
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tờ hướng dẫn"), f"HD_{code}.pdf", "PDF (*.pdf)"
        )
        if path:
            Path(path).write_bytes(self.current_pdf.read_bytes())
            self._say(self.tr("Đã lưu {path}").format(path=path))
