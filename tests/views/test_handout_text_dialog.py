"""Rewording a handout in the app: live problems, saved for every desk, reset, export/import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from models.db import Database
from models.handout_edits import current_text, edited_codes
from models.handout_texts import load_handout_text
from tests.actors import desk
from views.handout_text_dialog import HandoutTextDialog
from views.handouts_screen import HandoutsScreen

CODE = "1.001193"
NEW_STEP = "Mở ứng dụng VNeID, chọn «Thủ tục hành chính»."


def save_button(dialog: HandoutTextDialog) -> QDialogButtonBox:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def test_a_reworded_step_is_saved_and_printed(qtbot: QtBot, db: Database) -> None:
    dialog = HandoutTextDialog(db, CODE, actor=desk("Thư"))
    qtbot.addWidget(dialog)
    assert "nội dung gốc" in dialog.ui.originLabel.text()
    assert not dialog.ui.resetButton.isEnabled()
    steps = dialog.ui.stepsEdit.toPlainText().splitlines()
    dialog.ui.stepsEdit.setPlainText("\n".join([NEW_STEP, *steps[1:]]))
    save_button(dialog).click()
    assert dialog.result() == HandoutTextDialog.DialogCode.Accepted
    assert current_text(db, CODE).steps[0] == NEW_STEP


def test_problems_are_listed_and_saving_waits(qtbot: QtBot, db: Database) -> None:
    dialog = HandoutTextDialog(db, CODE, actor=desk("Thư"))
    qtbot.addWidget(dialog)
    dialog.ui.stepsEdit.setPlainText("")
    assert "Mục «steps» chưa có dòng nào." in dialog.ui.problemsLabel.text()
    assert not save_button(dialog).isEnabled()
    long_step = " ".join(["chữ"] * 25) + "."
    dialog.ui.stepsEdit.setPlainText(long_step)
    assert "Bước 1 có câu dài 25 từ" in dialog.ui.problemsLabel.text()
    dialog.accept()  # Enter while a problem is listed: nothing saved, nothing lost
    assert dialog.ui.stepsEdit.toPlainText() == long_step
    assert edited_codes(db) == set()


def test_reset_goes_back_to_the_bundled_text(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = HandoutTextDialog(db, CODE, actor=desk("Thư"))
    qtbot.addWidget(first)
    first.ui.feeEdit.setText("Miễn lệ phí")
    first.accept()
    dialog = HandoutTextDialog(db, CODE, actor=desk("Thư"))
    qtbot.addWidget(dialog)
    assert "do xã sửa" in dialog.ui.originLabel.text()
    assert dialog.ui.feeEdit.text() == "Miễn lệ phí"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.ui.resetButton.click()
    assert current_text(db, CODE) == load_handout_text(CODE)


def test_export_and_import_from_the_screen(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = HandoutsScreen(db, actor=desk("Thư"))
    qtbot.addWidget(screen)
    folder = tmp_path / "texts"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))
    screen.export_texts()
    assert "Đã xuất 20 tệp" in screen.ui.messageLabel.text()
    path = folder / f"{CODE}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["fee"] = "Miễn lệ phí"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(path)], ""))
    screen.import_texts()
    assert "1 tờ hướng dẫn được thay đổi" in screen.ui.messageLabel.text()
    assert current_text(db, CODE).fee == "Miễn lệ phí"


def test_a_broken_import_lists_the_problems_and_changes_nothing(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = HandoutsScreen(db, actor=desk("Thư"))
    qtbot.addWidget(screen)
    broken = tmp_path / "x.json"
    broken.write_text('{"code": "1.001193"}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(broken)], ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    screen.import_texts()
    assert shown and "x.json" in shown[0] and "Thiếu mục «steps»" in shown[0]
    assert edited_codes(db) == set()
