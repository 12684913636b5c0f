"""Xuất báo cáo / Gửi cấp trên: the chosen formats of a day or period, saved to a folder."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QWidget,
)

from models.access import Actor
from models.commune import load_profile
from models.db import Database
from models.mail import MailError, load_mail_settings, load_password, send_files
from models.paths import AppPaths
from models.summary_document import ExportError, export_file_name
from models.validation import format_date
from printing.daily_export import export_daily
from ui.ui_export_dialog import Ui_ExportDialog
from views.qt_dates import from_qdate, to_qdate
from views.workers import Background

PERIODS = ("day", "week", "month", "custom")


def period_of(kind: str, day: date) -> tuple[date, date]:
    """The days of a period containing ``day``: the day, its week (Mon–Sun) or its month."""
    if kind == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if kind == "month":
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
    return day, day


class ExportDialog(QDialog):
    """Writes the chosen formats in the background; the window never freezes."""

    exported = Signal()

    def __init__(
        self,
        db: Database,
        day: date,
        folder: Path,
        *,
        actor: Actor,
        config_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.day = day
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        for kind, label in zip(
            PERIODS,
            (
                self.tr("Ngày đang xem"),
                self.tr("Tuần (thứ Hai – Chủ nhật)"),
                self.tr("Tháng"),
                self.tr("Tùy chọn"),
            ),
            strict=True,
        ):
            self.ui.periodCombo.addItem(label, kind)
        self.ui.folderEdit.setText(str(folder))
        self.config_dir = config_dir or AppPaths.default().config_dir
        self.mail = load_mail_settings(db)
        if self.mail.is_set:
            self.ui.sendCheck.setText(
                self.tr("Gửi thư điện tử tới {to}").format(to=self.mail.recipient)
            )
        else:
            self.ui.sendCheck.setText(
                self.tr("Gửi thư điện tử (chưa cài đặt: Tệp → Thư điện tử gửi báo cáo)")
            )
            self.ui.sendCheck.setEnabled(False)
        self.formats: dict[str, QCheckBox] = {
            "pdf": self.ui.pdfCheck,
            "xlsx": self.ui.xlsxCheck,
            "json": self.ui.jsonCheck,
            "csv": self.ui.csvCheck,
        }
        self.export_button: QPushButton = self.ui.buttonBox.addButton(
            self.tr("Xuất"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        self._period_changed()

    def _period_changed(self) -> None:
        kind = self.ui.periodCombo.currentData()
        first, last = period_of(kind, self.day)
        self.ui.fromEdit.setDate(to_qdate(first))
        self.ui.toEdit.setDate(to_qdate(last))
        for edit in (self.ui.fromEdit, self.ui.toEdit):
            edit.setEnabled(kind == "custom")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu báo cáo"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def chosen_formats(self) -> list[str]:
        """The formats ticked, in a fixed order."""
        return [fmt for fmt, box in self.formats.items() if box.isChecked()]

    def start(self) -> None:
        """Check the request, then write the files off the GUI thread."""
        first, last = from_qdate(self.ui.fromEdit.date()), from_qdate(self.ui.toEdit.date())
        folder_text = self.ui.folderEdit.text().strip()
        formats = self.chosen_formats()
        problem = (
            self.tr("Hãy chọn thư mục lưu báo cáo.")
            if not folder_text
            else self.tr("Hãy chọn ít nhất một định dạng.")
            if not formats
            else self.tr("Ngày bắt đầu sau ngày kết thúc: hãy đổi lại.")
            if first > last
            else self.tr("Chưa có mã và tên xã: hãy đặt ở Tệp → Thông tin xã.")
            if not load_profile(self.db).is_set
            else ""
        )
        if problem:
            self._show(problem, error=True)
            return
        folder = Path(folder_text)
        send = self.ui.sendCheck.isChecked()
        self._busy(True)
        Background.run(
            self, lambda: self._write(folder, first, last, formats, send), self._done, self._failed
        )

    def _write(
        self, folder: Path, first: date, last: date, formats: list[str], send: bool
    ) -> tuple[list[Path], str]:
        """Write the files, then send them; a failed e-mail never loses the files."""
        folder.mkdir(parents=True, exist_ok=True)
        profile = load_profile(self.db)
        written = []
        for fmt in formats:
            path = folder / export_file_name(profile, first, last, fmt)
            export_daily(self.db, first, last, fmt, path, actor=self.actor.name)
            written.append(path)
        if not send:
            return written, ""
        days = format_date(first) if first == last else f"{format_date(first)}–{format_date(last)}"
        subject = f"Báo cáo tổng hợp {days} — {profile.name} ({profile.code})"
        body = (
            f"Kính gửi {profile.upper_level},\n\n{profile.unit_name} {profile.name} gửi báo cáo "
            f"tổng hợp {days} (tệp đính kèm; số liệu tổng hợp, không có dữ liệu cá nhân).\n"
        )
        try:
            send_files(self.mail, load_password(self.config_dir), subject, body, written)
        except MailError as exc:
            return written, exc.message
        return written, self.tr("Đã gửi thư tới {to}.").format(to=self.mail.recipient)

    def _done(self, outcome: tuple[list[Path], str]) -> None:
        written, mail_result = outcome
        self._busy(False)
        names = "\n".join(path.name for path in written)
        text = self.tr("Đã lưu {count} tệp vào {folder}:\n{names}").format(
            count=len(written), folder=written[0].parent if written else "", names=names
        )
        self._show(f"{text}\n{mail_result}".strip())
        self.exported.emit()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if isinstance(error, ExportError):
            self._show(error.message, error=True)
        elif isinstance(error, OSError):
            self._show(
                self.tr(
                    "Không ghi được vào thư mục đã chọn ({reason}). Hãy kiểm tra USB hoặc chọn thư "
                    "mục khác."
                ).format(reason=error.strerror or error),
                error=True,
            )
        else:
            self._show(
                self.tr(
                    "Không xuất được báo cáo do lỗi không mong muốn; chi tiết đã được ghi "
                    "vào nhật ký."
                ),
                error=True,
            )

    def _busy(self, busy: bool) -> None:
        self.ui.progressBar.setVisible(busy)
        self.export_button.setEnabled(not busy)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.ui.resultLabel.setProperty("role", "error" if error else "")
        self.ui.resultLabel.style().polish(self.ui.resultLabel)
        self.ui.resultLabel.setText(text)
