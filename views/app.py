"""Starting the GUI: the application object, its look, and a last-resort error handler."""

from __future__ import annotations

import getpass
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from models.access import Actor
from models.commune import load_profile
from models.db import Database, sqlite_file
from models.local_settings import LocalSettings
from models.paths import AppPaths
from models.resources import resource_path
from models.retention import erase_old_personal_data
from models.users import has_users
from models.version import app_version
from views.first_run_wizard import FirstRunWizard
from views.help_menu import install_help_menu
from views.idle_lock import IdleLock
from views.login_dialog import LoginDialog
from views.look import apply_text_size
from views.machine import Machine
from views.main_window import MainWindow
from views.recovery import AutoBackup
from views.settings_menu import install_settings_menu
from views.single_instance import acquire

log = logging.getLogger(__name__)
RETENTION_ACTOR = "system:retention"


def make_application(settings: LocalSettings) -> QApplication:
    """The application object with its name, icon, text size and language.

    High-DPI scaling is Qt 6's default (per-monitor, fractional factors pass through); nothing
    here turns it off, so the screens stay sharp at 125 % and 150 % on Windows laptops.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Một Cửa Desk")
    app.setApplicationVersion(app_version())
    app.setWindowIcon(QIcon(str(resource_path("icons", "motcua.png"))))
    apply_text_size(app, settings.ui_font_pt)
    install_translation(app, settings.language)
    return app


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


def sign_in(db: Database, machine: Machine) -> Actor | None:
    """The first start runs the setup wizard (it creates the admin); later starts sign in."""
    if not has_users(db):
        wizard = FirstRunWizard(db, machine, os_account=os_account())
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
            return None
        return wizard.actor
    login = LoginDialog(db)
    if login.exec() != LoginDialog.DialogCode.Accepted:
        return None
    return login.actor


def run_gui(db: Database, paths: AppPaths, settings: LocalSettings, log_file: Path) -> int:
    """Show the main window and run the event loop; return the exit status."""
    machine = Machine(paths, settings)
    app = make_application(settings)
    sys.excepthook = _excepthook(log_file)
    instance = acquire(paths.data_dir, db.url)
    if instance is None:
        return 1
    actor = sign_in(db, machine)
    if actor is None:
        return 0
    window = MainWindow(db, actor=actor, clerk=settings.last_clerk or actor.full_name)

    def remember_clerk(name: str) -> None:
        if name != settings.last_clerk:
            settings.last_clerk = name
            machine.save()

    window.desk_log.clerk_used.connect(remember_clerk)
    IdleLock(window, db, actor, minutes=settings.idle_lock_minutes)
    screen = app.primaryScreen()
    if screen is not None:  # without a window manager, "maximised" alone is not honoured
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()
    db_file = sqlite_file(db.url)
    backups: AutoBackup | None = None
    if db_file is not None:
        say = window.ui.statusBar.showMessage
        backups = AutoBackup(db_file, machine.backup_folder, db.local_now, say)
        backups.at_start()
        app.aboutToQuit.connect(backups.at_exit)
    install_settings_menu(window, machine, backups)
    install_help_menu(window, machine, log_file)
    _erase_expired_personal_data(db)
    window.ask_profile_if_missing()
    return app.exec()
