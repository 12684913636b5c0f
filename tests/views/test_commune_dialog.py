"""Thông tin xã: the handout fields are shown, saved, and a bad link keeps what was typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models.commune import load_profile, save_profile
from models.db import Database
from tests.actors import admin, desk
from views.commune_dialog import CommuneDialog


def test_the_handout_fields_are_saved(qtbot: QtBot, db: Database) -> None:
    profile = save_profile(db, actor=admin("t"), code="10507", name="Xã Tân Lập")
    dialog = CommuneDialog(db, profile, actor=desk("t"))
    qtbot.addWidget(dialog)
    assert dialog.ui.lookupEdit.text() == profile.lookup_url
    dialog.ui.phoneEdit.setText("0210 3851 234")
    dialog.ui.hoursEdit.setText("Sáng 7:00–11:00")
    dialog.accept()
    saved = load_profile(db)
    assert (saved.desk_phone, saved.opening_hours) == ("0210 3851 234", "Sáng 7:00–11:00")


def test_a_bad_link_is_explained_and_nothing_is_lost(qtbot: QtBot, db: Database) -> None:
    profile = save_profile(db, actor=admin("t"), code="10507", name="Xã Tân Lập")
    dialog = CommuneDialog(db, profile, actor=desk("t"))
    qtbot.addWidget(dialog)
    dialog.ui.vneidEdit.setText("vneid.gov.vn")
    dialog.ui.phoneEdit.setText("0210 3851 234")
    dialog.accept()
    assert "không phải địa chỉ trang web" in dialog.ui.errorLabel.text()
    assert dialog.ui.phoneEdit.text() == "0210 3851 234"
    assert load_profile(db).desk_phone == ""


def test_the_retention_period_is_set_here(qtbot: QtBot, db: Database) -> None:
    profile = save_profile(db, actor=admin("t"), code="10507", name="Xã Tân Lập")
    dialog = CommuneDialog(db, profile, actor=desk("t"))
    qtbot.addWidget(dialog)
    assert dialog.ui.retentionSpin.value() == 24
    dialog.ui.retentionSpin.setValue(36)
    dialog.accept()
    assert load_profile(db).retention_months == 36
