"""Trợ giúp (guide, About, Báo lỗi…) and Cài đặt (text size, language, setup again)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.db import Database
from models.local_settings import LocalSettings, load_settings
from models.paths import AppPaths
from models.resources import doc_path
from models.version import app_version
from tests.actors import admin, clerk
from views.help_menu import GUIDE, GuideDialog, HelpMenu, database_text, install_help_menu
from views.machine import Machine
from views.main_window import MainWindow
from views.settings_menu import SettingsMenu, install_settings_menu

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.fixture
def machine(tmp_path: Path) -> Machine:
    paths = AppPaths.under(tmp_path / "Dữ liệu Một Cửa")
    paths.ensure()
    return Machine(paths, LocalSettings())


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = MainWindow(db, actor=admin("test"))
    qtbot.addWidget(win)
    return win


@pytest.fixture
def help_menu(window: MainWindow, machine: Machine) -> HelpMenu:
    return install_help_menu(window, machine, machine.paths.log_dir / "motcua-desk.log")


def test_the_guide_opens_in_vietnamese_with_its_pictures(qtbot: QtBot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Hướng dẫn sử dụng" in text and "Cài đặt" in text
    pictures = IMAGE.findall(doc_path(GUIDE).read_text(encoding="utf-8"))
    assert len(pictures) >= 4
    for picture in pictures:
        assert (doc_path() / picture).is_file(), picture
        data = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(picture))
        assert data is not None and not data.isNull(), picture


def test_the_guide_is_opened_from_the_help_menu(
    qtbot: QtBot, window: MainWindow, help_menu: HelpMenu
) -> None:
    window.ui.guideAction.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog)]
    assert dialogs and dialogs[-1].isVisible()
    for dialog in dialogs:
        dialog.close()


def test_about_names_the_version_and_where_everything_is(
    window: MainWindow, help_menu: HelpMenu, machine: Machine, db: Database
) -> None:
    text = help_menu.about_text()
    assert app_version() in text
    assert str(sqlite_path(db)) in text
    assert str(machine.paths.log_dir) in text
    assert str(machine.backup_folder) in text


def sqlite_path(db: Database) -> str:
    return str(db.engine.url.database)


def test_a_server_database_is_named_without_its_password(window: MainWindow) -> None:
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://desk:bi-mat@192.168.1.10/motcua")
    window.db = type(window.db)(engine=engine, hasher=window.db.hasher)
    shown = database_text(window)
    assert "192.168.1.10/motcua" in shown and "bi-mat" not in shown
    engine.dispose()


def test_report_a_problem_writes_a_zip_and_says_where(
    help_menu: HelpMenu, machine: Machine, tmp_path: Path
) -> None:
    log_dir = machine.paths.log_dir
    (log_dir / "motcua-desk.log").write_text("ERROR id 001203012345\n", encoding="utf-8")
    path = help_menu.report_problem(tmp_path / "Màn hình nền")
    assert path is not None and path.parent == tmp_path / "Màn hình nền"
    assert str(path) in help_menu.report_box.text()
    with zipfile.ZipFile(path) as archive:
        text = "".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    assert "001203012345" not in text and app_version() in text


def test_a_report_folder_that_cannot_be_written_is_said(
    help_menu: HelpMenu, tmp_path: Path, dialogs: list[tuple[str, str]]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert help_menu.report_problem(blocker / "sub") is None
    assert dialogs and dialogs[-1][0] == "warning" and "Không ghi được" in dialogs[-1][1]


def test_the_text_size_applies_at_once_and_is_kept_for_this_pc(
    window: MainWindow, machine: Machine
) -> None:
    menu = install_settings_menu(window, machine, None)
    assert window.ui.textNormalAction.isChecked()
    window.ui.textVeryLargeAction.trigger()
    assert QApplication.font().pointSize() == 16
    assert "font-size: 17pt" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert load_settings(machine.paths.config_dir).ui_font_pt == 16
    assert window.ui.textVeryLargeAction.isChecked() and not window.ui.textNormalAction.isChecked()
    menu.set_text_size("normal")
    assert QApplication.font().pointSize() == 11


def test_the_language_is_kept_for_the_next_start(
    window: MainWindow, machine: Machine, dialogs: list[tuple[str, str]]
) -> None:
    install_settings_menu(window, machine, None)
    assert window.ui.languageViAction.isChecked()
    window.ui.languageEnAction.trigger()
    assert load_settings(machine.paths.config_dir).language == "en"
    assert "next time" in dialogs[-1][1]
    window.ui.languageEnAction.trigger()  # the same again: nothing more to say
    assert len(dialogs) == 1


def test_only_an_admin_may_run_the_setup_again(
    qtbot: QtBot, db: Database, machine: Machine
) -> None:
    win = MainWindow(db, actor=clerk("lan"))
    qtbot.addWidget(win)
    install_settings_menu(win, machine, None)
    assert not win.ui.setupWizardAction.isEnabled()
    assert not win.ui.backupFolderAction.isEnabled()
    assert win.ui.textLargeAction.isEnabled() and win.ui.languageEnAction.isEnabled()


def test_the_setup_wizard_reopens_and_the_title_follows(
    window: MainWindow, machine: Machine, db: Database
) -> None:
    from models.commune import save_profile

    save_profile(db, actor=admin("test"), code="10507", name="Xã Tân Lập")
    menu: SettingsMenu = install_settings_menu(window, machine, None)
    wizard = menu.open_wizard()
    assert wizard.ui.adminPage not in [wizard.page(i) for i in wizard.pageIds()]
    wizard.ui.nameEdit.setText("Xã Tân Lập Mới")
    wizard.ui.deskNameEdit.setText("Quầy 2")
    while wizard.nextId() != -1:
        wizard.next()
    assert wizard.validateCurrentPage()
    wizard.accept()
    assert window.windowTitle() == "Một Cửa Desk — Xã Tân Lập Mới"
    assert menu.desk_label.text() == "Quầy: Quầy 2"


def test_the_application_keeps_qt_high_dpi_scaling_and_has_its_icon(qapp: QApplication) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from views.app import make_application

    app = make_application(LocalSettings(ui_font_pt=13))
    assert app is qapp
    policy = QGuiApplication.highDpiScaleFactorRoundingPolicy()
    assert policy == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough  # Qt 6's default
    assert not app.windowIcon().isNull()
    assert app.applicationVersion() == app_version()
    assert app.font().pointSize() == 13
