"""``main.py --smoke-test``: prove that a build starts, on a throw-away database.

Used by CI on the frozen (PyInstaller) app: it opens the database in a temporary folder (the
migrations ran, so Alembic's scripts are bundled), builds the main window with its menus, shows
it and lets Qt draw it, writes a handout PDF (ReportLab, the fonts, qrcode) and reads the user
guide (docs are bundled). Exit status 0 when all of that worked, 1 otherwise.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from models.access import setup_actor
from models.commune import load_profile
from models.db import Database
from models.local_settings import LocalSettings
from models.paths import AppPaths
from models.reference import catalog_details
from models.resources import doc_path
from models.version import app_version
from views.app import make_application
from views.help_menu import GUIDE, install_help_menu
from views.machine import Machine
from views.main_window import MainWindow
from views.settings_menu import install_settings_menu

log = logging.getLogger(__name__)


def _handout(db: Database, folder: Path) -> Path:
    from printing.handout import write_handout  # heavy: ReportLab
    from printing.handout_request import request_for

    details = catalog_details(db)[0]
    return write_handout(folder / "smoke-test.pdf", request_for(db, details), load_profile(db))


def run_smoke_test(
    db: Database, paths: AppPaths, settings: LocalSettings, say: Callable[[str], None] = print
) -> int:
    """Start the GUI without a person; 0 when every check passed."""
    app = make_application(settings)
    window = MainWindow(db, actor=setup_actor("smoke-test"))
    machine = Machine(paths, settings)
    install_settings_menu(window, machine, None)
    install_help_menu(window, machine, None)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    checks = {
        "window shown": window.isVisible() and window.ui.pages.count() >= 4,
        "user guide bundled": doc_path(GUIDE).is_file(),
    }
    try:
        checks["handout PDF"] = _handout(db, paths.data_dir).stat().st_size > 1000
    except Exception:
        log.exception("smoke test: the handout failed")
        checks["handout PDF"] = False
    window.close()
    app.processEvents()
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    for name, ok in checks.items():
        say(f"smoke test: {name}: {'ok' if ok else 'FAILED'}")
    say(f"smoke test: Một Cửa Desk {app_version()} ({frozen}), Qt {QApplication.platformName()}")
    return 0 if all(checks.values()) else 1
