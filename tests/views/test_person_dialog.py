"""A citizen's request at the desk: find, copy, erase, as the chair."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from models.commune import load_profile
from models.db import Database
from models.reference import ReferenceData
from tests.actors import chair, clerk
from tests.models.test_daily_summary import ID_NUMBER, save_fixture_visits
from tests.views.conftest import NOW
from views.main_window import MainWindow
from views.person_dialog import PersonDialog


def test_the_chair_finds_copies_and_erases_one_person(
    qtbot: QtBot,
    db: Database,
    ref: ReferenceData,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_fixture_visits(db, ref)
    dialog = PersonDialog(db, actor=chair())
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Lò Thị Mỷ")
    assert dialog.find_visits() is None
    assert "năm sinh" in dialog.ui.messageLabel.text()
    dialog.ui.yearEdit.setText("1990")
    assert dialog.find_visits() == 2
    out = tmp_path / "ban-sao.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    assert dialog.export() == 2 and out.exists()
    dialog.ui.nameEdit.clear()
    dialog.ui.yearEdit.clear()
    dialog.ui.idEdit.setText(ID_NUMBER)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    assert dialog.erase() == 2
    assert dialog.find_visits() == 0


def test_only_reviewers_see_the_request_and_the_admin_sets_retention(
    qtbot: QtBot, db: Database
) -> None:
    window = MainWindow(db, actor=clerk(), clock=lambda: NOW)
    qtbot.addWidget(window)
    assert not window.ui.personAction.isEnabled()
    boss = MainWindow(db, actor=chair(), clock=lambda: NOW)
    qtbot.addWidget(boss)
    assert boss.ui.personAction.isEnabled()
    assert load_profile(db).retention_months == 24
