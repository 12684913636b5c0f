"""Tệp: the commune's profile, mail, the database, old logbooks, the catalog, accounts, a citizen's
request about their data, and one's own password.

Each dialog module is imported when first opened: a start shows the desk log before any of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from models.access import Permission, Role
from models.commune import load_profile
from models.paths import AppPaths
from views.password_change import change_own_password

if TYPE_CHECKING:
    from views.catalog_dialog import CatalogDialog
    from views.commune_dialog import CommuneDialog
    from views.database_dialog import DatabaseDialog
    from views.import_dialog import ImportDialog
    from views.mail_dialog import MailDialog
    from views.main_window import MainWindow
    from views.person_dialog import PersonDialog
    from views.users_dialog import UsersDialog


class FileMenu(QObject):
    """Connects the Tệp menu's dialogs of one main window, each enabled by the user's role."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ui, actor = window.ui, window.actor
        ui.communeAction.triggered.connect(self.edit_commune)
        ui.mailAction.triggered.connect(self.edit_mail)
        for action in (ui.communeAction, ui.mailAction):
            action.setEnabled(actor.can(Permission.EDIT_SETTINGS))
        # Tệp → Cơ sở dữ liệu…: which database this machine opens (admin; next start).
        self.databaseAction = QAction(self.tr("Cơ sở dữ liệu…"), window)
        ui.fileMenu.insertAction(ui.backupFolderAction, self.databaseAction)
        self.databaseAction.triggered.connect(self.choose_database)
        self.databaseAction.setEnabled(actor.can(Permission.EDIT_SETTINGS))
        ui.importAction.triggered.connect(self.import_records_dialog)  # every signed-in user
        ui.catalogAction.triggered.connect(self.edit_catalog)
        ui.catalogAction.setEnabled(actor.can(Permission.EDIT_CATALOG))
        ui.usersAction.triggered.connect(self.manage_users)
        ui.usersAction.setEnabled(actor.can(Permission.MANAGE_USERS))
        ui.personAction.triggered.connect(self.person_request)
        ui.personAction.setEnabled(actor.can(Permission.REVIEW))
        ui.passwordAction.triggered.connect(self.change_my_password)
        ui.passwordAction.setEnabled(actor.role is not Role.SETUP)

    def edit_commune(self) -> CommuneDialog:
        """Open the commune profile dialog (window-modal); the title follows a save."""
        from views.commune_dialog import CommuneDialog

        dialog = CommuneDialog(
            self.window.db,
            load_profile(self.window.db),
            actor=self.window.actor,
            parent=self.window,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.window.set_profile(dialog.profile))
        dialog.open()
        return dialog

    def edit_mail(self) -> MailDialog:
        """Open the mail settings (server, addresses; the password stays on this PC)."""
        from views.mail_dialog import MailDialog

        dialog = MailDialog(
            self.window.db,
            AppPaths.default().config_dir,
            actor=self.window.actor,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def choose_database(self) -> DatabaseDialog:
        """Tệp → Cơ sở dữ liệu…: the embedded file or a server, from the next start."""
        from views.database_dialog import DatabaseDialog

        paths = AppPaths.default()
        dialog = DatabaseDialog(paths.config_dir, paths.database_file, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.window.ui.statusBar.showMessage(
                self.tr("Đã lưu lựa chọn cơ sở dữ liệu: có hiệu lực khi mở lại ứng dụng."), 15000
            )
        )
        dialog.open()
        return dialog

    def import_records_dialog(self) -> ImportDialog:
        """Tệp → Nhập sổ cũ (Excel/CSV)…; after a real import the desk log and figures reload."""
        from views.import_dialog import ImportDialog

        dialog = ImportDialog(self.window.db, actor=self.window.actor, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def reload(_report: object) -> None:
            self.window.desk_log.load_day(self.window.desk_log.current_day())
            daily = self.window._built("daily")
            if daily is not None and self.window.ui.pages.currentWidget() is daily:
                self.window.daily.refresh()  # otherwise it refreshes when shown (or is built)

        dialog.imported.connect(reload)
        dialog.open()
        return dialog

    def edit_catalog(self) -> CatalogDialog:
        """Tệp → Danh mục thủ tục, thôn xóm… (admin); the desk's lists follow each change."""
        from views.catalog_dialog import CatalogDialog

        dialog = CatalogDialog(self.window.db, actor=self.window.actor, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.window.desk_log.reload_reference)
        dialog.changed.connect(self._reload_handouts_reference)
        dialog.open()
        return dialog

    def _reload_handouts_reference(self) -> None:
        handouts = self.window._built("handouts")
        if handouts is not None:  # otherwise it reads the catalog when built
            self.window.handouts.reload_reference()

    def manage_users(self) -> UsersDialog:
        """Tệp → Tài khoản người dùng… (admin)."""
        from views.users_dialog import UsersDialog

        dialog = UsersDialog(self.window.db, actor=self.window.actor, parent=self.window)
        dialog.open()
        return dialog

    def person_request(self) -> PersonDialog:
        """Tệp → Yêu cầu của người dân về dữ liệu… (chair, admin)."""
        from views.person_dialog import PersonDialog

        dialog = PersonDialog(self.window.db, actor=self.window.actor, parent=self.window)
        dialog.open()
        return dialog

    def change_my_password(self) -> bool:
        """Tệp → Đổi mật khẩu của tôi…: the current password, then the new one twice."""
        if not change_own_password(self.window, self.window.db, self.window.actor):
            return False
        self.window.ui.statusBar.showMessage(self.tr("Đã đổi mật khẩu."), 8000)
        return True
