"""Starting the GUI: the application object, its look, and a last-resort error handler."""

from __future__ import annotations

import getpass
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from models.access import Permission
from models.commune import load_profile
from models.db import Database, sqlite_file
from models.local_settings import LocalSettings, save_settings
from models.paths import AppPaths
from models.resources import resource_path
from models.retention import erase_old_personal_data
from views.idle_lock import IdleLock
from views.login_dialog import LoginDialog
from views.main_window import MainWindow
from views.recovery import AutoBackup
from views.single_instance import acquire

log = logging.getLogger(__name__)
RETENTION_ACTOR = "system:retention"

STYLESHEET = """
QLabel[role="error"] { color: #b00020; }
QLabel[role="hint"] { color: #444444; font-size: 9pt; }
QPushButton[role="tile"] { font-size: 10pt; padding: 8px 14px; text-align: left;
                           border: 1px solid #c5d3e3; border-radius: 6px; background: #f6f9fc; }
QPushButton[role="tile"]:hover { border-color: #1f5fa8; }
QPushButton[role="primary"] { background: #1f5fa8; color: #ffffff; padding: 6px 14px;
                              font-weight: bold; border-radius: 4px; }
QLabel[role="locked"] { color: #5a3e00; background: #fff4c2; padding: 4px; }
QToolButton[role="chip"] { padding: 4px 10px; border: 1px solid #8a9bb0; border-radius: 12px;
                           background: #ffffff; }
QToolButton[role="chip"]:checked { background: #1f5fa8; color: #ffffff; border-color: #1f5fa8; }
QToolButton[role="chip"]:focus { border: 2px solid #f0a000; }
QFrame#editBanner { background: #fff4c2; border: 1px solid #e0b400; }
QListWidget#navList { font-size: 12pt; background: #eef2f7; border: none; }
QListWidget#navList::item { padding: 10px 12px; }
QListWidget#navList::item:selected { background: #1f5fa8; color: #ffffff; }
"""


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _excepthook(log_file: Path) -> ExceptHook:
    """Log an unexpected error with its traceback; the user gets a calm message, never a trace."""

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Lỗi không mong muốn"),
            QCoreApplication.translate(
                "App",
                "Đã xảy ra lỗi không mong muốn; dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã "
                "được ghi vào nhật ký: {log}. Hãy báo người phụ trách kỹ thuật nếu lỗi lặp lại.",
            ).format(log=log_file),
        )

    return handle


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Load the translation for ``language``.

    Vietnamese is the screens' source text, but Qt ships no Vietnamese for its own buttons and
    menus (Close, Cancel, Yes, a line edit's Copy/Paste, the wizard's Next): those come from our
    qt_vi file, and dates in calendars follow the Vietnamese locale.
    """
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        qt_words = QTranslator(app)
        if qt_words.load(str(resource_path("translations", "qt_vi.qm"))):
            app.installTranslator(qt_words)
            return qt_words
        log.warning("Qt's own words in Vietnamese are missing")
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"motcua_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    log.warning("no translation for language %s", language)
    return None


def os_account() -> str:
    """The operating-system account: named in the audit when the first admin is created."""
    try:
        return f"desk:{getpass.getuser()}"
    except (KeyError, OSError):
        return "desk"


def _erase_expired_personal_data(db: Database) -> None:
    """The retention job at each start: personal fields older than the commune's period go."""
    try:
        months = load_profile(db).retention_months
        erase_old_personal_data(db, db.local_now().date(), months=months, actor=RETENTION_ACTOR)
    except Exception:  # the desk must open even if the job fails; it runs again next start
        log.exception("the retention job failed")


def backup_folder(paths: AppPaths, settings: LocalSettings) -> Path:
    """Where the automatic backups go: the folder chosen in the settings, else the data folder's."""
    return Path(settings.backup_dir) if settings.backup_dir else paths.backup_dir


def run_gui(db: Database, paths: AppPaths, settings: LocalSettings, log_file: Path) -> int:
    """Show the main window and run the event loop; return the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Một Cửa Desk")
    app.setFont(QFont(app.font().family(), settings.ui_font_pt))
    app.setStyleSheet(STYLESHEET)
    install_translation(app, settings.language)
    sys.excepthook = _excepthook(log_file)
    instance = acquire(paths.data_dir, db.url)
    if instance is None:
        return 1
    login = LoginDialog(db, os_account=os_account())
    if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
        return 0
    actor = login.actor
    window = MainWindow(db, actor=actor, clerk=settings.last_clerk or actor.full_name)

    def remember_clerk(name: str) -> None:
        if name != settings.last_clerk:
            settings.last_clerk = name
            save_settings(paths.config_dir, settings)

    window.desk_log.clerk_used.connect(remember_clerk)
    IdleLock(window, db, actor, minutes=settings.idle_lock_minutes, os_account=os_account())
    screen = app.primaryScreen()
    if screen is not None:  # without a window manager, "maximised" alone is not honoured
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()
    db_file = sqlite_file(db.url)
    window.ui.backupFolderAction.setEnabled(
        db_file is not None and actor.can(Permission.EDIT_SETTINGS)
    )
    if db_file is not None:
        say = window.ui.statusBar.showMessage
        backups = AutoBackup(db_file, backup_folder(paths, settings), db.local_now, say)
        backups.at_start()
        app.aboutToQuit.connect(backups.at_exit)

        def choose_backup_folder() -> None:
            folder = QFileDialog.getExistingDirectory(
                window, "Chọn thư mục sao lưu (ví dụ ổ USB)", str(backups.folder)
            )
            if folder:
                settings.backup_dir = folder
                save_settings(paths.config_dir, settings)
                backups.folder = Path(folder)
                backups.at_exit()  # a first copy there at once, so the choice is proven
                say(f"Bản sao lưu sẽ ghi vào {folder}", 8000)

        window.ui.backupFolderAction.triggered.connect(choose_backup_folder)
    _erase_expired_personal_data(db)
    window.ask_profile_if_missing()
    return app.exec()
