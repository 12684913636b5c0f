"""Cài đặt: this PC's text size and language, the setup wizard again, and the backup folder.

Text size applies at once to every open window; the language at the next start (the screens
are built in one language). Both are machine settings: another desk keeps its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from models.access import Permission
from models.commune import load_profile
from models.local_settings import TEXT_SIZES
from views.first_run_wizard import FirstRunWizard
from views.look import apply_text_size
from views.machine import Machine
from views.main_window import MainWindow
from views.recovery import AutoBackup


class SettingsMenu:
    """Connects the Cài đặt menu (and Tệp → Thư mục sao lưu…) of one main window."""

    def __init__(self, window: MainWindow, machine: Machine, backups: AutoBackup | None) -> None:
        self.window = window
        self.machine = machine
        self.backups = backups
        ui = window.ui
        self.size_actions: dict[str, QAction] = {
            "normal": ui.textNormalAction,
            "large": ui.textLargeAction,
            "very_large": ui.textVeryLargeAction,
        }
        sizes = QActionGroup(window)
        for key, action in self.size_actions.items():
            sizes.addAction(action)
            action.setChecked(TEXT_SIZES[key] == machine.settings.ui_font_pt)
            action.triggered.connect(lambda _checked=False, k=key: self.set_text_size(k))
        self.language_actions = {"vi": ui.languageViAction, "en": ui.languageEnAction}
        languages = QActionGroup(window)
        for code, action in self.language_actions.items():
            languages.addAction(action)
            action.setChecked(machine.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
        admin = window.actor.can(Permission.EDIT_SETTINGS)
        ui.setupWizardAction.setEnabled(admin)
        ui.setupWizardAction.triggered.connect(self.open_wizard)
        ui.backupFolderAction.setEnabled(backups is not None and admin)
        ui.backupFolderAction.triggered.connect(self.choose_backup_folder)
        self.desk_label = QLabel()
        self.desk_label.setObjectName("deskNameLabel")
        ui.statusBar.addWidget(self.desk_label)
        self.show_desk_name()

    def show_desk_name(self) -> None:
        """This PC's desk, named in the status bar (set in the setup wizard)."""
        name = self.machine.settings.desk_name
        self.desk_label.setText(self.window.tr("Quầy: {name}").format(name=name) if name else "")
        self.desk_label.setVisible(bool(name))

    def set_text_size(self, key: str) -> None:
        """Cỡ chữ: Bình thường / Lớn / Rất lớn, applied now and kept for this PC."""
        points = TEXT_SIZES[key]
        self.size_actions[key].setChecked(True)
        self.machine.settings.ui_font_pt = points
        self.machine.save()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_text_size(app, points)
        self.window.fit_navigation()

    def set_language(self, code: str) -> None:
        """Ngôn ngữ: kept for this PC; the screens change at the next start."""
        self.language_actions[code].setChecked(True)
        if self.machine.settings.language == code:
            return
        self.machine.settings.language = code
        self.machine.save()
        QMessageBox.information(
            self.window,
            self.window.tr("Ngôn ngữ"),
            self.window.tr(
                "Ngôn ngữ mới sẽ dùng từ lần mở ứng dụng sau.\n"
                "The new language takes effect the next time the app starts."
            ),
        )

    def open_wizard(self) -> FirstRunWizard:
        """Thiết lập ban đầu… again (admin): the commune, villages, desk and backups."""
        wizard = FirstRunWizard(
            self.window.db,
            self.machine,
            actor=self.window.actor,
            backups_possible=self.backups is not None,
            parent=self.window,
        )

        def done() -> None:
            self.window.set_profile(load_profile(self.window.db))
            self.window.desk_log.reload_reference()
            self.show_desk_name()
            if self.backups is not None:
                self.backups.folder = self.machine.backup_folder

        wizard.accepted.connect(done)
        wizard.open()
        return wizard

    def choose_backup_folder(self) -> Path | None:
        """Tệp → Thư mục sao lưu…: a folder (a USB stick), proven at once with a first copy."""
        if self.backups is None:
            return None
        folder = QFileDialog.getExistingDirectory(
            self.window,
            self.window.tr("Chọn thư mục sao lưu (ví dụ ổ USB)"),
            str(self.backups.folder),
        )
        if not folder:
            return None
        self.machine.settings.backup_dir = folder
        self.machine.save()
        self.backups.folder = Path(folder)
        self.backups.at_exit()  # a first copy there at once, so the choice is proven
        self.window.ui.statusBar.showMessage(
            self.window.tr("Bản sao lưu sẽ ghi vào {folder}").format(folder=folder), 8000
        )
        return Path(folder)


def install_settings_menu(
    window: MainWindow, machine: Machine, backups: AutoBackup | None
) -> SettingsMenu:
    """Connect the menu; kept on the window so it lives as long as the window."""
    menu = SettingsMenu(window, machine, backups)
    window.settings_menu = menu
    return menu
