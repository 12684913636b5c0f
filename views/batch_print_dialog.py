"""In chồng tờ hướng dẫn để sẵn: the common procedures' handouts, many copies, in one print job.

Each handout PDF is written off the GUI thread, then its pages are painted into the one job that
stays open on the printer. Copies are painted as pages (the printer's copy count would repeat the
whole stack), and each procedure is logged as soon as all its copies are painted, so a stop keeps
the log true: what was painted is printed and logged, nothing else.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from models.access import Actor
from models.commune import CommuneProfile, load_profile
from models.db import Database
from models.handout_log import record_print
from models.handout_stack import common_procedures
from models.handout_texts import HandoutTextError
from models.reference import load_reference, procedure_details
from printing.handout_request import HandoutRequest, request_for
from ui.ui_batch_print import Ui_BatchPrintDialog
from views.pdf_printing import render_page
from views.workers import Background

log = logging.getLogger(__name__)
CODE_ROLE = Qt.ItemDataRole.UserRole


class _PrinterError(Exception):
    """The printer refused a new page: the job cannot go on."""


@dataclass
class _Job:
    """One print job in progress: the open painter and how far the stack has got."""

    printer: QPrinter
    painter: QPainter
    codes: list[str]
    copies: int
    size: str
    large_print: bool
    profile: CommuneProfile
    folder: tempfile.TemporaryDirectory[str]
    handled: int = 0
    pages: int = 0
    printed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class BatchPrintDialog(QDialog):
    """Prints the ticked procedures' handouts, ``copies`` each, with progress and a stop button."""

    progressed = Signal(int, int)  # procedures handled (printed or skipped), procedures in all
    printed = Signal(int)  # a job ended (finished or stopped): procedures printed and logged

    def __init__(
        self, db: Database, *, actor: Actor, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.ui = Ui_BatchPrintDialog()
        self.ui.setupUi(self)
        self.document = QPdfDocument(self)
        self._job: _Job | None = None
        self._names: dict[str, str] = {}
        for size in ("A4", "A5"):
            self.ui.sizeCombo.addItem(size, size)
        self._fill_list(today)
        self.ui.progressBar.setRange(0, 1)
        self.ui.printButton.clicked.connect(lambda: self.start())
        self.ui.stopButton.clicked.connect(self.cancel)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.checkAllButton.clicked.connect(lambda: self._check_all(True))
        self.ui.uncheckAllButton.clicked.connect(lambda: self._check_all(False))

    def _fill_list(self, today: date) -> None:
        """Every active procedure; the common ones ticked and first, the rest in catalog order."""
        procedures = load_reference(self.db).procedures
        self._names = {p.code: p.name for p in procedures}
        common = common_procedures(self.db, today)
        displays = {p.code: p.display for p in procedures}
        rest = [p.code for p in procedures if p.code not in common]
        for code in [*common, *rest]:
            item = QListWidgetItem(displays[code])
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in common else Qt.CheckState.Unchecked)
            self.ui.procedureList.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.ui.procedureList.item(row) for row in range(self.ui.procedureList.count())]

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._items():
            item.setCheckState(state)

    def listed_codes(self) -> list[str]:
        """The procedures in the list, in the order shown."""
        return [str(item.data(CODE_ROLE)) for item in self._items()]

    def checked_codes(self) -> list[str]:
        """The ticked procedures, in the order they print."""
        return [
            str(item.data(CODE_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def is_printing(self) -> bool:
        """True while a job is open on the printer."""
        return self._job is not None

    def start(self, printer: QPrinter | None = None) -> bool:
        """Print the ticked handouts; ``None`` asks for the printer. False when nothing started."""
        if self._job is not None:
            return False
        codes = self.checked_codes()
        if not codes:
            self._say(self.tr("Hãy chọn ít nhất một thủ tục để in."), error=True)
            return False
        if printer is None:
            printer = self._ask_printer()
            if printer is None:
                return False
        printer.setCopyCount(1)  # copies are pages of the job: a copy count repeats the stack
        profile = load_profile(self.db)  # before the painter opens: nothing left half-open
        painter = QPainter()
        if not painter.begin(printer):
            log.warning("the printer could not be opened (state %s)", printer.printerState())
            self._say(
                self.tr(
                    "Không mở được máy in. Hãy kiểm tra máy in đã bật và còn giấy, rồi in lại."
                ),
                error=True,
            )
            return False
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._job = _Job(
            printer=printer,
            painter=painter,
            codes=codes,
            copies=self.ui.copiesSpin.value(),
            size=str(self.ui.sizeCombo.currentData()),
            large_print=self.ui.largePrintCheck.isChecked(),
            profile=profile,
            folder=tempfile.TemporaryDirectory(prefix="motcua-stack-", ignore_cleanup_errors=True),
        )
        self._busy(True, len(codes))
        self._next(self._job)
        return True

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        a5 = self.ui.sizeCombo.currentData() == "A5"
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5 if a5 else QPageSize.PageSizeId.A4))
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def cancel(self) -> None:
        """Stop before the next procedure; what is already painted prints and stays logged."""
        if self._job is not None:
            self._finish(self._job, stopped=True)

    def _next(self, job: _Job) -> None:
        """Write the next procedure's PDF off the GUI thread, or end the job after the last."""
        while job.handled < len(job.codes):
            code = job.codes[job.handled]
            request = self._request(job, code)
            if request is not None:
                self._build(job, code, request)
                return
            self._handled(job)
            if self._job is not job:
                return
        self._finish(job, stopped=False)

    def _request(self, job: _Job, code: str) -> HandoutRequest | None:
        """The handout of ``code``, or ``None`` with a note saying why it is skipped."""
        name = self._names.get(code, code)
        try:
            details = procedure_details(self.db, code)
            if details is None:
                job.notes.append(
                    self.tr("Bỏ qua {code}: không còn trong danh mục.").format(code=code)
                )
                return None
            return request_for(self.db, details, size=job.size, large_print=job.large_print)
        except HandoutTextError as exc:
            job.notes.append(self.tr("Bỏ qua {name}: {reason}").format(name=name, reason=exc))
        except Exception:  # a broken edit or a database error: skip it, keep the stack going
            log.exception("preparing the handout of %s failed", code)
            job.notes.append(self._failed_note(name))
        return None

    def _build(self, job: _Job, code: str, request: HandoutRequest) -> None:
        self._say(
            self.tr("Đang in {number}/{total}: {name}").format(
                number=job.handled + 1, total=len(job.codes), name=request.procedure_name
            )
        )
        path = Path(job.folder.name) / f"{job.handled + 1:03d}-{code}.pdf"
        profile = job.profile
        from printing.handout import write_handout

        Background.run(
            self,
            lambda: write_handout(path, request, profile),
            lambda written: self._built(job, code, written),
            lambda _error: self._build_failed(job, code),
        )

    def _built(self, job: _Job, code: str, path: Path) -> None:
        """Paint the handout ``copies`` times, log it, then go on to the next one."""
        if job is not self._job:
            with contextlib.suppress(OSError):  # stopped while it was being written
                path.unlink(missing_ok=True)
                path.parent.rmdir()
            return
        try:
            self._paint_handout(job, path)
        except _PrinterError:
            log.warning("the printer refused a new page after %d pages", job.pages)
            job.notes.append(self.tr("Máy in báo lỗi giữa chừng: hãy kiểm tra máy in và giấy."))
            self._finish(job, stopped=True)
            return
        except Exception:
            log.exception("painting the handout of %s failed", code)
            job.notes.append(self._failed_note(self._names.get(code, code)))
        else:
            job.printed.append(code)
            self._log_print(job, code)
        self._handled(job)
        if self._job is job:  # a slot of ``progressed`` may have stopped the job
            self._next(job)

    def _build_failed(self, job: _Job, code: str) -> None:
        if job is not self._job:
            return
        job.notes.append(self._failed_note(self._names.get(code, code)))  # logged by the worker
        self._handled(job)
        if self._job is job:
            self._next(job)

    def _paint_handout(self, job: _Job, path: Path) -> None:
        """Every page of the PDF at the printer's resolution, ``copies`` times, collated."""
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            raise ValueError(f"unreadable handout PDF ({self.document.error()})")
        try:
            pages = [
                render_page(self.document, job.printer, page)
                for page in range(self.document.pageCount())
            ]
        finally:
            self.document.close()
        if not pages:
            raise ValueError("handout PDF without pages")
        for _copy in range(job.copies):
            for image, target in pages:
                if job.pages and not job.printer.newPage():
                    raise _PrinterError
                job.painter.drawImage(target, image)
                job.pages += 1

    def _log_print(self, job: _Job, code: str) -> None:
        try:
            record_print(
                self.db, code, actor=self.actor.name, copies=job.copies, personalised=False
            )
        except Exception:
            log.exception("logging the print of %s failed", code)
            job.notes.append(
                self.tr("Đã in {name} nhưng không ghi được vào sổ in.").format(
                    name=self._names.get(code, code)
                )
            )

    def _handled(self, job: _Job) -> None:
        job.handled += 1
        self.ui.progressBar.setValue(job.handled)
        self.progressed.emit(job.handled, len(job.codes))

    def _finish(self, job: _Job, *, stopped: bool) -> None:
        """End the job: the painted pages go to the printer; an empty job is abandoned."""
        self._job = None
        if job.pages == 0:
            job.printer.abort()  # nothing painted: no blank sheet (not every printer can abort)
        ended = job.painter.end() if job.painter.isActive() else True
        job.folder.cleanup()
        self._busy(False, len(job.codes))
        count, total = len(job.printed), len(job.codes)
        if stopped:
            head = self.tr("Đã dừng: đã in {count}/{total} thủ tục.")
        elif count:
            head = self.tr("Đã in xong {count}/{total} thủ tục, mỗi thủ tục {copies} bản.")
        else:
            head = self.tr("Không in được thủ tục nào.")
        lines = [head.format(count=count, total=total, copies=job.copies), *job.notes]
        if not ended and job.pages:
            log.warning("the printer reported an error when the job ended")
            lines.append(self.tr("Máy in báo lỗi khi kết thúc lệnh in: hãy kiểm tra các tờ đã in."))
        self._say("\n".join(lines), error=len(lines) > 1 or not count)
        self.printed.emit(count)

    def _failed_note(self, name: str) -> str:
        return self.tr("Không in được {name}; chi tiết đã ghi vào nhật ký.").format(name=name)

    def _busy(self, busy: bool, total: int) -> None:
        ui = self.ui
        for widget in (
            ui.procedureList,
            ui.checkAllButton,
            ui.uncheckAllButton,
            ui.copiesSpin,
            ui.sizeCombo,
            ui.largePrintCheck,
            ui.printButton,
        ):
            widget.setEnabled(not busy)
        ui.stopButton.setEnabled(busy)
        if busy:
            ui.progressBar.setRange(0, total)
            ui.progressBar.setValue(0)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.statusLabel.setProperty("role", "error" if error else "")
        self.ui.statusLabel.style().polish(self.ui.statusLabel)
        self.ui.statusLabel.setText(text)

    def reject(self) -> None:
        """Esc, Đóng and the window's close: while printing, ask to stop first."""
        if self._job is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Đang in"),
                self.tr("Đang in chồng tờ hướng dẫn. Dừng in và đóng cửa sổ?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.cancel()
        super().reject()
