"""Danh mục in the app: the admin corrects a procedure and adds a village; the desk follows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models.catalog import procedures
from models.db import Database
from tests.actors import admin, clerk
from tests.views.conftest import NOW
from views.catalog_dialog import CatalogDialog
from views.main_window import MainWindow


def test_the_admin_changes_a_portal_link_and_the_handout_screen_uses_it(
    qtbot: QtBot, db: Database
) -> None:
    window = MainWindow(db, actor=admin(), clock=lambda: NOW)
    qtbot.addWidget(window)
    dialog = window.file_menu.edit_catalog()
    ui = dialog.ui
    ui.procedureSearch.setText("khai sinh")
    codes = [p.code for p in dialog.shown]
    ui.procedureTable.setCurrentCell(codes.index("1.001193"), 0)
    assert ui.nameEdit.text() == "Đăng ký khai sinh"

    ui.urlEdit.setText("trang-web-sai")
    assert not dialog.save_procedure(new=False)
    assert "https://" in ui.messageLabel.text() and ui.urlEdit.text() == "trang-web-sai"

    ui.urlEdit.setText("https://dichvucong.gov.vn/khai-sinh")
    ui.daysSpin.setValue(2)
    assert dialog.save_procedure(new=False)
    saved = next(p for p in procedures(db) if p.code == "1.001193")
    assert (saved.portal_url, saved.processing_days) == ("https://dichvucong.gov.vn/khai-sinh", 2)


def test_a_new_procedure_reaches_the_desk_without_a_restart(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, actor=admin(), clock=lambda: NOW)
    qtbot.addWidget(window)
    dialog = window.file_menu.edit_catalog()
    dialog._clear_procedure()
    dialog.ui.codeEdit.setText("2.001999")
    dialog.ui.nameEdit.setText("Đăng ký biến động đất đai")
    assert dialog.save_procedure(new=True)

    assert window.desk_log.ref.procedure("2.001999") is not None
    assert [p.code for p in window.handouts.ref.search_procedures("bien dong")] == ["2.001999"]


def test_a_village_is_renamed_and_switched_off(qtbot: QtBot, db: Database) -> None:
    dialog = CatalogDialog(db, actor=admin())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.villageNameEdit.setText("Thôn Nà Lừa")
    assert dialog.save_village(new=True)
    row = [v.name for v in dialog.villages].index("Thôn Nà Lừa")
    ui.villageTable.setCurrentCell(row, 0)
    ui.villageNameEdit.setText("Thôn Nà Lừa Trên")
    ui.villageActiveCheck.setChecked(False)
    assert dialog.save_village(new=False)
    row = [v.name for v in dialog.villages].index("Thôn Nà Lừa Trên")
    assert ui.villageTable.item(row, 2).text() == "đã ẩn"


def test_a_clerk_cannot_open_the_catalog(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, actor=clerk(), clock=lambda: NOW)
    qtbot.addWidget(window)
    assert not window.ui.catalogAction.isEnabled()
