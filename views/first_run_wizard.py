"""Thiết lập ban đầu: the guided first start, and the same pages again from Cài đặt.

First start (no account yet): the commune, the admin's own password, villages, this desk's name
and text size, where backups go. Nothing is written until «Hoàn tất»: then the admin is created
and signed in, and everything else is saved as that admin (audited). Re-opened by an admin from
Cài đặt → Thiết lập ban đầu…, the password page is left out and the pages show what is set now.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidgetItem, QWidget, QWizard

from models.access import Actor, PermissionDenied, Role, setup_actor
from models.commune import ProfileError, load_profile, save_profile
from models.db import Database, sqlite_file
from models.local_settings import TEXT_SIZES
from models.reference import load_reference, save_village_list
from models.text import clean
from models.users import UserError, add_user, authenticate, check_password, normalise_username
from ui.ui_first_run_wizard import Ui_FirstRunWizard
from views.look import apply_text_size
from views.machine import Machine

TEXT_SIZE_LABELS = {
    "normal": QT_TRANSLATE_NOOP("FirstRunWizard", "Bình thường"),
    "large": QT_TRANSLATE_NOOP("FirstRunWizard", "Lớn"),
    "very_large": QT_TRANSLATE_NOOP("FirstRunWizard", "Rất lớn"),
}


class FirstRunWizard(QWizard):
    """Sets up a new installation (``actor`` is the signed-in admin on accept), or edits it."""

    def __init__(
        self,
        db: Database,
        machine: Machine,
        *,
        actor: Actor | None = None,
        os_account: str = "desk",
        backups_possible: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.machine = machine
        self.os_account = os_account
        self.actor = actor
        self.first_run = actor is None
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        ui = self.ui
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        if not self.first_run:
            self.setWindowTitle(self.tr("Thiết lập – Một Cửa Desk"))
            self.removePage(self._page_id(ui.adminPage))
        profile = load_profile(db)
        ui.codeEdit.setText(profile.code)
        ui.nameEdit.setText(profile.name)
        ui.unitEdit.setText(profile.unit_name)
        ui.upperEdit.setText(profile.upper_level)
        ui.usernameEdit.setText("admin")
        for village in load_reference(db).villages:
            self._add_village_item(village.name)
        ui.deskNameEdit.setText(machine.settings.desk_name)
        for key, label in TEXT_SIZE_LABELS.items():
            ui.textSizeCombo.addItem(QCoreApplication.translate("FirstRunWizard", str(label)), key)
        current = next(
            (k for k, pt in TEXT_SIZES.items() if pt == machine.settings.ui_font_pt), "normal"
        )
        ui.textSizeCombo.setCurrentIndex(ui.textSizeCombo.findData(current))
        ui.backupEdit.setText(str(machine.backup_folder))
        if backups_possible is None:
            backups_possible = sqlite_file(db.url) is not None
        if not backups_possible:  # PostgreSQL: the server's own backups (pg_dump) apply
            ui.backupIntro.setText(
                self.tr(
                    "Dữ liệu nằm trên máy chủ PostgreSQL: người quản trị máy chủ sao lưu bằng "
                    "pg_dump. Máy này không cần chọn thư mục sao lưu."
                )
            )
            for widget in (ui.backupLabel, ui.backupEdit, ui.backupBrowseButton):
                widget.setVisible(False)
        self._backups_possible = backups_possible
        ui.addVillageButton.clicked.connect(self.add_village)
        ui.villageEdit.returnPressed.connect(self.add_village)
        ui.removeVillageButton.clicked.connect(self.remove_village)
        ui.backupBrowseButton.clicked.connect(self.browse_backup_folder)

    def _page_id(self, page: QWidget) -> int:
        return next(i for i in self.pageIds() if self.page(i) is page)

    # Villages ------------------------------------------------------------------------------

    def _add_village_item(self, name: str) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.ui.villageList.addItem(item)

    def village_names(self) -> list[str]:
        """The names in the list, as typed (empty rows left out)."""
        items = (self.ui.villageList.item(i) for i in range(self.ui.villageList.count()))
        return [clean(item.text()) for item in items if clean(item.text())]

    def add_village(self) -> None:
        """Thêm: the typed name joins the list (once), the field empties for the next."""
        name = clean(self.ui.villageEdit.text())
        self.ui.villageErrorLabel.clear()
        if not name:
            return
        if name.casefold() in (n.casefold() for n in self.village_names()):
            self.ui.villageErrorLabel.setText(self.tr("«{name}» đã có.").format(name=name))
            return
        self._add_village_item(name)
        self.ui.villageEdit.clear()
        self.ui.villageEdit.setFocus()

    def remove_village(self) -> None:
        """Bỏ: the village stays on old visits but is no longer offered."""
        row = self.ui.villageList.currentRow()
        if row >= 0:
            self.ui.villageList.takeItem(row)

    # Backups -------------------------------------------------------------------------------

    def browse_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục sao lưu (ví dụ ổ USB)"), self.ui.backupEdit.text()
        )
        if folder:
            self.ui.backupEdit.setText(folder)

    # Checking and saving -------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        """Each page says what is missing next to its fields, and keeps what was typed."""
        page = self.currentPage()
        ui = self.ui
        if page is ui.communePage:
            return self._check_commune()
        if page is ui.adminPage:
            return self._check_admin()
        if page is ui.backupPage and not self._check_backup_folder():
            return False
        if self.nextId() == -1:  # «Hoàn tất»
            return self._save()
        return True

    def _check_commune(self) -> bool:
        ui = self.ui
        code, name = clean(ui.codeEdit.text()), clean(ui.nameEdit.text())
        if not code or not name:
            ui.communeErrorLabel.setText(self.tr("Hãy nhập mã xã và tên xã."))
            (ui.codeEdit if not code else ui.nameEdit).setFocus()
            return False
        ui.communeErrorLabel.clear()
        return True

    def _check_admin(self) -> bool:
        ui = self.ui
        username = normalise_username(ui.usernameEdit.text())
        problem: str | None = None
        if not username or any(ch.isspace() for ch in username):
            problem = self.tr("Tên đăng nhập cần 1–64 ký tự, không có dấu cách.")
            ui.usernameEdit.setFocus()
        elif ui.passwordEdit.text() != ui.repeatEdit.text():
            problem = self.tr("Hai lần nhập mật khẩu không giống nhau.")
            ui.repeatEdit.setFocus()
        else:
            problem = check_password(ui.passwordEdit.text())
            if problem:
                ui.passwordEdit.setFocus()
        ui.adminErrorLabel.setText(problem or "")
        return problem is None

    def _check_backup_folder(self) -> bool:
        if not self._backups_possible:
            return True
        text = self.ui.backupEdit.text().strip()
        if not text:
            self.ui.backupErrorLabel.setText(self.tr("Hãy chọn thư mục sao lưu."))
            return False
        folder = Path(text)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".motcua-thu-ghi"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError:
            self.ui.backupErrorLabel.setText(
                self.tr(
                    "Không ghi được vào thư mục {folder}. Hãy cắm ổ USB hoặc chọn thư mục khác."
                ).format(folder=folder)
            )
            return False
        self.ui.backupErrorLabel.clear()
        return True

    def _save(self) -> bool:
        """Create the admin (first run), then save everything as that admin."""
        ui = self.ui
        try:
            if self.actor is None:
                info = add_user(
                    self.db,
                    setup_actor(self.os_account),
                    username=ui.usernameEdit.text(),
                    role=Role.ADMIN,
                    password=ui.passwordEdit.text(),
                    full_name=ui.fullNameEdit.text(),
                )
                self.actor = authenticate(self.db, info.username, ui.passwordEdit.text())
            save_profile(
                self.db,
                actor=self.actor,
                code=ui.codeEdit.text(),
                name=ui.nameEdit.text(),
                unit_name=ui.unitEdit.text() or None,
                upper_level=ui.upperEdit.text() or None,
            )
            save_village_list(self.db, self.village_names(), actor=self.actor)
        except (UserError, ProfileError, PermissionDenied) as exc:
            message = exc.message if isinstance(exc, UserError | PermissionDenied) else str(exc)
            self._error_on_last_page(message)
            return False
        settings = self.machine.settings
        settings.desk_name = clean(ui.deskNameEdit.text())
        settings.ui_font_pt = TEXT_SIZES[str(ui.textSizeCombo.currentData())]
        if self._backups_possible:
            chosen = Path(ui.backupEdit.text().strip())
            settings.backup_dir = "" if chosen == self.machine.paths.backup_dir else str(chosen)
        self.machine.save()
        self._apply_text_size()
        return True

    def _apply_text_size(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_size(app, self.machine.settings.ui_font_pt)

    def _error_on_last_page(self, message: str) -> None:
        self.ui.backupErrorLabel.setText(message)
