"""Trợ giúp: the user guide, About (version and where everything is), and Báo lỗi….

The guide is docs/huong-dan-su-dung.md, bundled with the app and shown offline; its screenshots
(docs/guide/*.png) resolve against the docs folder.
"""

from __future__ import annotations

import platform
import sys
from datetime import datetime
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.problem_report import write_problem_report
from models.resources import doc_path
from models.version import app_version
from views.machine import Machine
from views.main_window import MainWindow

GUIDE = "huong-dan-su-dung.md"
MAX_IMAGE_PX = 820


class GuideDialog(QDialog):
    """Hướng dẫn sử dụng: the Markdown guide in a browser with its pictures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng – Một Cửa Desk"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        folder = doc_path()
        self.browser.setSearchPaths([str(folder)])
        # Relative image paths (guide/x.png) are resolved against the docs folder.
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        guide = doc_path(GUIDE)
        try:
            self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(
                self.tr("Không tìm thấy tệp hướng dẫn ({path}). Hãy cài lại ứng dụng.").format(
                    path=guide
                )
            )
        self._fit_images(MAX_IMAGE_PX)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 700)

    def _fit_images(self, widest: int) -> None:
        """Screenshots wider than ``widest`` are shown smaller: the guide never scrolls sideways."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if fragment.charFormat().isImageFormat():
                    image = QImage(str(doc_path(image_format.name())))
                    if image.width() > widest:
                        image_format.setWidth(widest)
                        image_format.setHeight(image.height() * widest / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(image_format)
                fragments += 1
            block = block.next()


def database_text(window: MainWindow) -> str:
    """Where the database is, never with its password."""
    url = window.db.engine.url
    if window.db.is_sqlite:
        return str(url.database or "")
    return url.render_as_string(hide_password=True)


def machine_description(window: MainWindow, machine: Machine) -> dict[str, str]:
    """What a technician needs to know about this PC (the report scrubs personal data)."""
    screen = QGuiApplication.primaryScreen()
    scale = f"{screen.devicePixelRatio():g}" if screen is not None else "?"
    return {
        "Phiên bản Một Cửa Desk": app_version(),
        "Hệ điều hành": platform.platform(),
        "Kiến trúc": platform.machine(),
        "Python": sys.version.split()[0],
        "PySide6 (Qt)": pyside_version,
        "Bản đóng gói": "có" if getattr(sys, "frozen", False) else "không",
        "Cơ sở dữ liệu": "SQLite (tệp trên máy này)" if window.db.is_sqlite else "PostgreSQL",
        "Tỉ lệ màn hình": scale,
        "Cỡ chữ (pt)": str(machine.settings.ui_font_pt),
        "Ngôn ngữ": machine.settings.language,
        "Thư mục dữ liệu": str(machine.paths.data_dir),
        "Thư mục nhật ký": str(machine.paths.log_dir),
        "Thư mục sao lưu": str(machine.backup_folder),
    }


def report_folder() -> Path:
    """Where Báo lỗi… puts the zip: the Desktop, where a clerk finds it to send."""
    desktop = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
    return Path(desktop) if desktop and Path(desktop).is_dir() else Path.home()


class HelpMenu:
    """Connects Trợ giúp → Hướng dẫn sử dụng, Báo lỗi… and Giới thiệu of one main window."""

    def __init__(self, window: MainWindow, machine: Machine, log_file: Path | None) -> None:
        self.window = window
        self.machine = machine
        self.log_dir = log_file.parent if log_file is not None else machine.paths.log_dir
        self.last_report: Path | None = None
        window.ui.guideAction.triggered.connect(self.show_guide)
        window.ui.aboutAction.triggered.connect(self.show_about)
        window.ui.reportProblemAction.triggered.connect(self.report_problem)

    def show_guide(self) -> GuideDialog:
        dialog = GuideDialog(self.window)
        dialog.open()
        return dialog

    def about_text(self) -> str:
        w = self.window
        lines = [
            w.tr("<b>Một Cửa Desk</b> – sổ tiếp dân của Bộ phận Một cửa cấp xã."),
            w.tr("Phiên bản: {version}").format(version=app_version()),
            w.tr("Cơ sở dữ liệu: {where}").format(where=database_text(w)),
            w.tr("Thư mục nhật ký: {folder}").format(folder=self.log_dir),
            w.tr("Thư mục sao lưu: {folder}").format(folder=self.machine.backup_folder),
            w.tr("Cài đặt của máy: {folder}").format(folder=self.machine.paths.config_dir),
        ]
        return "<br>".join(lines)

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.window.tr("Giới thiệu"), self.about_text())

    def report_problem(self, folder: Path | None = None) -> Path | None:
        """Write the zip and say where it is; a folder that cannot be written is said too."""
        w = self.window
        out = folder or report_folder()
        try:
            path = write_problem_report(
                self.log_dir, out, machine_description(w, self.machine), datetime.now()
            )
        except OSError as exc:
            QMessageBox.warning(
                w,
                w.tr("Báo lỗi"),
                w.tr("Không ghi được tệp báo lỗi vào {folder} ({error}).").format(
                    folder=out, error=exc.strerror or exc
                ),
            )
            return None
        self.last_report = path
        box = QMessageBox(
            QMessageBox.Icon.Information,
            w.tr("Báo lỗi"),
            w.tr(
                "Đã ghi tệp báo lỗi: {path}\n\nTệp chứa nhật ký của ứng dụng và thông tin máy "
                "tính, đã bỏ số định danh, số điện thoại và thư điện tử. Hãy gửi tệp này cho "
                "người phụ trách kỹ thuật."
            ).format(path=path),
            QMessageBox.StandardButton.Ok,
            w,
        )
        open_button = box.addButton(w.tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        box.open()
        self.report_box = box
        return path


def install_help_menu(window: MainWindow, machine: Machine, log_file: Path | None) -> HelpMenu:
    """Connect the menu; kept on the window so it lives as long as the window."""
    menu = HelpMenu(window, machine, log_file)
    window.help_menu = menu
    return menu
