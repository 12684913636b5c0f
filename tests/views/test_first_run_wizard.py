"""Thiết lập ban đầu: the first start end to end, its checks, and the same pages from Cài đặt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from models.access import Role, setup_actor
from models.commune import load_profile, save_profile
from models.db import Database
from models.local_settings import LocalSettings, load_settings
from models.paths import AppPaths
from models.reference import add_village, load_reference
from models.users import add_user, authenticate, has_users
from tests.actors import admin
from views.first_run_wizard import FirstRunWizard
from views.machine import Machine

PASSWORD = "mat-khau-rat-dai"


@pytest.fixture
def machine(tmp_path: Path) -> Machine:
    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()
    return Machine(paths, LocalSettings())


def next_page(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()
    QApplication.processEvents()


def finish(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()
    QApplication.processEvents()


def make(qtbot: QtBot, db: Database, machine: Machine, **kwargs: object) -> FirstRunWizard:
    wizard = FirstRunWizard(db, machine, os_account="desk:test", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_a_first_start_sets_up_the_commune_the_admin_and_this_desk(
    qtbot: QtBot, db: Database, machine: Machine, tmp_path: Path
) -> None:
    wizard = make(qtbot, db, machine)
    ui = wizard.ui
    assert wizard.currentPage() is ui.introPage
    next_page(wizard)
    assert wizard.currentPage() is ui.communePage
    ui.codeEdit.setText("10507")
    ui.nameEdit.setText("Xã Tân Lập")
    ui.upperEdit.setText("UBND tỉnh Phú Thọ")
    next_page(wizard)
    assert wizard.currentPage() is ui.adminPage
    ui.fullNameEdit.setText("Lê Văn An")
    ui.passwordEdit.setText(PASSWORD)
    ui.repeatEdit.setText(PASSWORD)
    next_page(wizard)
    assert wizard.currentPage() is ui.villagesPage
    for name in ("Thôn Đồng Tâm", "Bản Nà Ca", "thôn đồng tâm"):
        ui.villageEdit.setText(name)
        ui.addVillageButton.click()
    assert wizard.village_names() == ["Thôn Đồng Tâm", "Bản Nà Ca"]  # a repeat is refused
    assert "đã có" in ui.villageErrorLabel.text()
    next_page(wizard)
    assert wizard.currentPage() is ui.deskPage
    ui.deskNameEdit.setText("Quầy 1 – Hộ tịch")
    ui.textSizeCombo.setCurrentIndex(ui.textSizeCombo.findData("large"))
    next_page(wizard)
    assert wizard.currentPage() is ui.backupPage
    folder = tmp_path / "Ổ USB" / "Sao lưu Một Cửa"
    ui.backupEdit.setText(str(folder))
    assert not has_users(db)  # nothing is written before «Hoàn tất»
    finish(wizard)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.actor is not None and wizard.actor.role is Role.ADMIN
    assert wizard.actor.full_name == "Lê Văn An"
    assert authenticate(db, "admin", PASSWORD).username == "admin"
    profile = load_profile(db)
    assert (profile.code, profile.name, profile.upper_level) == (
        "10507",
        "Xã Tân Lập",
        "UBND tỉnh Phú Thọ",
    )
    assert [v.name for v in load_reference(db).villages] == ["Bản Nà Ca", "Thôn Đồng Tâm"]
    saved = load_settings(machine.paths.config_dir)
    assert saved.desk_name == "Quầy 1 – Hộ tịch"
    assert saved.ui_font_pt == 13
    assert saved.backup_dir == str(folder) and folder.is_dir()
    assert QApplication.font().pointSize() == 13  # applied at once


def test_each_page_says_what_is_missing_and_keeps_what_was_typed(
    qtbot: QtBot, db: Database, machine: Machine
) -> None:
    wizard = make(qtbot, db, machine)
    ui = wizard.ui
    next_page(wizard)
    ui.codeEdit.setText("10507")
    next_page(wizard)
    assert wizard.currentPage() is ui.communePage
    assert ui.communeErrorLabel.text() == "Hãy nhập mã xã và tên xã."
    assert ui.codeEdit.text() == "10507"
    ui.nameEdit.setText("Xã Tân Lập")
    next_page(wizard)
    assert wizard.currentPage() is ui.adminPage
    ui.passwordEdit.setText(PASSWORD)
    ui.repeatEdit.setText(PASSWORD + "x")
    next_page(wizard)
    assert wizard.currentPage() is ui.adminPage
    assert ui.adminErrorLabel.text() == "Hai lần nhập mật khẩu không giống nhau."
    ui.passwordEdit.setText("ngan")
    ui.repeatEdit.setText("ngan")
    next_page(wizard)
    assert wizard.currentPage() is ui.adminPage
    assert "8 ký tự" in ui.adminErrorLabel.text()
    ui.passwordEdit.setText(PASSWORD)
    ui.repeatEdit.setText(PASSWORD)
    next_page(wizard)
    assert wizard.currentPage() is ui.villagesPage


def test_a_backup_folder_that_cannot_be_written_is_refused(
    qtbot: QtBot, db: Database, machine: Machine, tmp_path: Path
) -> None:
    save_profile(db, actor=admin("test"), code="1", name="Xã A")
    wizard = make(qtbot, db, machine, actor=admin("test"))
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    for _page in range(4):
        next_page(wizard)
    assert wizard.currentPage() is wizard.ui.backupPage
    wizard.ui.backupEdit.setText(str(blocker / "sub"))
    finish(wizard)
    assert wizard.isVisible()
    assert "Không ghi được" in wizard.ui.backupErrorLabel.text()


def test_reopened_by_an_admin_it_shows_what_is_set_and_skips_the_password(
    qtbot: QtBot, db: Database, machine: Machine
) -> None:
    save_profile(db, actor=admin("test"), code="10507", name="Xã Tân Lập")
    add_village(db, "Thôn Cũ", actor="test")
    add_village(db, "Thôn Giữ", actor="test")
    machine.settings.desk_name = "Quầy 2"
    wizard = make(qtbot, db, machine, actor=admin("test"))
    ui = wizard.ui
    assert ui.adminPage not in [wizard.page(i) for i in wizard.pageIds()]
    assert ui.codeEdit.text() == "10507" and ui.deskNameEdit.text() == "Quầy 2"
    next_page(wizard)
    ui.nameEdit.setText("Xã Tân Lập Mới")
    next_page(wizard)
    assert wizard.currentPage() is ui.villagesPage
    ui.villageList.setCurrentRow(wizard.village_names().index("Thôn Cũ"))
    ui.removeVillageButton.click()
    next_page(wizard)
    next_page(wizard)
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert load_profile(db).name == "Xã Tân Lập Mới"
    assert [v.name for v in load_reference(db).villages] == ["Thôn Giữ"]
    assert machine.settings.backup_dir == ""  # the default folder stays the default


def test_the_app_starts_with_the_wizard_on_a_new_database_and_signs_in_after(
    db: Database, machine: Machine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import views.app
    from views.login_dialog import LoginDialog

    shown: list[str] = []

    def run_wizard(wizard: FirstRunWizard) -> int:
        shown.append("wizard")
        wizard.actor = admin("admin")
        return int(QWizard.DialogCode.Accepted)

    def run_login(dialog: LoginDialog) -> int:
        shown.append("login")
        return int(LoginDialog.DialogCode.Rejected)

    monkeypatch.setattr(FirstRunWizard, "exec", run_wizard)
    monkeypatch.setattr(LoginDialog, "exec", run_login)
    actor = views.app.sign_in(db, machine)
    assert shown == ["wizard"] and actor is not None and actor.role is Role.ADMIN
    add_user(db, setup_actor("t"), username="admin", role=Role.ADMIN, password=PASSWORD)
    assert views.app.sign_in(db, machine) is None  # the sign-in was closed
    assert shown == ["wizard", "login"]
