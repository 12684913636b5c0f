"""The import wizard's mapping by hand, confirmations, saved mappings, all sheets, progress."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from models.db import Database
from models.import_mapping import load_mapping
from models.import_memory import load_memory
from models.records_format import NAME
from models.visit_queries import visits_between
from tests.actors import clerk
from tests.models.legacy_books import NEAR_NAME, ODD_NAMES, OWN_LABEL, odd_logbook
from views.import_dialog import ImportDialog
from views.import_mapping_panel import UNKNOWN_BRUSH

UNKNOWN = "Người đến làm việc"
FEB_MAR = (date(2025, 2, 1), date(2025, 3, 31))


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> ImportDialog:
    opened = ImportDialog(db, actor=clerk("thu"))
    qtbot.addWidget(opened)
    return opened


def open_book(dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    dialog.ui.browseButton.click()


def names(db: Database) -> list[str]:
    return sorted(visit.citizen_name for visit in visits_between(db, *FEB_MAR))


def map_by_hand(dialog: ImportDialog) -> None:
    dialog.mapping_panel.choose(UNKNOWN, NAME)
    dialog.mapping_panel.choose("Việc cần làm", None)


def answer(dialog: ImportDialog) -> None:
    dialog.ui.acceptProposalsButton.click()  # the near name: its proposal
    panel = dialog.questions_panel
    row = [q.text for q in panel.questions].index(OWN_LABEL)
    panel.combo(row).setCurrentIndex(panel.combo(row).findData("vneid"))


def test_an_unknown_column_is_highlighted_and_mapping_it_shows_at_once(
    dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_book(dialog, monkeypatch, odd_logbook(tmp_path / "so.xlsx"))
    panel = dialog.mapping_panel
    assert panel.unknown == ["STT", UNKNOWN, "Việc cần làm"]
    table = dialog.ui.mappingTable
    highlighted = [
        table.item(r, 0).text()
        for r in range(table.rowCount())
        if table.item(r, 0).background() == UNKNOWN_BRUSH
    ]
    assert highlighted == ["STT", UNKNOWN, "Việc cần làm"]
    assert table.item(1, 0).text() == "Ngày tiếp nhận"  # known: not highlighted
    assert table.item(1, 0).background() != UNKNOWN_BRUSH
    assert panel.combo(UNKNOWN).currentData() is None  # "Bỏ qua cột này" until chosen
    assert not dialog.ui.importButton.isEnabled()
    assert "«Họ và tên»" in dialog.ui.mappingProblemLabel.text()
    assert "«Họ và tên»" in dialog.ui.importButton.toolTip()
    assert NAME not in dialog.preview.columns()
    panel.choose(UNKNOWN, NAME)
    assert NAME in dialog.preview.columns()  # at once, without reading the file again
    column = dialog.preview.columns().index(NAME)
    assert [dialog.preview.index(r, column).data() for r in range(3)] == ODD_NAMES
    assert dialog.ui.mappingProblemLabel.isHidden()
    assert dialog.ui.importButton.isEnabled()
    # The names to confirm appear once the rows can be read.
    assert dialog.ui.questionsGroup.isVisibleTo(dialog)
    asked = [(q.text, q.proposal) for q in dialog.questions_panel.questions]
    assert asked == [(NEAR_NAME, "1.001193"), (OWN_LABEL, None)]


def test_unconfirmed_names_are_errors_confirmed_ones_import_and_are_remembered(
    qtbot: QtBot, dialog: ImportDialog, db: Database, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    book = odd_logbook(tmp_path / "so.xlsx")
    open_book(dialog, monkeypatch, book)
    map_by_hand(dialog)
    dialog.ui.dryRunButton.click()
    assert dialog.report is not None and not dialog.report.accepted
    assert "Tên thủ tục gần giống (cần xác nhận):" in dialog.ui.errorsText.toPlainText()
    assert dialog.questions_panel.unanswered() == 2
    answer(dialog)
    assert dialog.questions_panel.unanswered() == 0
    with qtbot.waitSignal(dialog.imported):
        dialog.ui.importButton.click()
    assert names(db) == sorted(ODD_NAMES)
    assert "Bỏ qua 6 dòng cuối bảng" in dialog.ui.summaryLabel.text()
    memory = load_memory(db)
    assert memory.aliases.procedure_for(NEAR_NAME) == "1.001193"
    assert memory.aliases.label_for("assistance", OWN_LABEL) == "vneid"
    # Next time: the mapping is proposed and nothing is asked.
    again = ImportDialog(db, actor=clerk("thu"))
    qtbot.addWidget(again)
    open_book(again, monkeypatch, book)
    assert again.mapping_panel.combo(UNKNOWN).currentData() == NAME
    assert "lần nhập trước" in again.ui.previewLabel.text()
    assert again.questions_panel.questions == [] and again.ui.questionsGroup.isHidden()
    again.ui.dryRunButton.click()
    assert again.report is not None and again.report.duplicates == 3


def test_a_mapping_is_saved_and_opened_again(
    qtbot: QtBot, dialog: ImportDialog, db: Database, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    book = odd_logbook(tmp_path / "so.xlsx")
    open_book(dialog, monkeypatch, book)
    map_by_hand(dialog)
    answer(dialog)
    saved = tmp_path / "ghep"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(saved), ""))
    dialog.ui.saveMappingButton.click()
    mapping = load_mapping(tmp_path / "ghep.json")
    assert mapping == dialog.current_mapping()
    assert mapping.columns[UNKNOWN] == NAME and mapping.procedures == {NEAR_NAME: "1.001193"}
    assert "Đã lưu cách ghép cột" in dialog.ui.previewLabel.text()
    fresh = ImportDialog(db, actor=clerk("thu"))
    qtbot.addWidget(fresh)
    chosen = str(tmp_path / "ghep.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (chosen, ""))
    fresh.ui.openMappingButton.click()
    assert fresh.file_mapping == mapping
    open_book(fresh, monkeypatch, book)
    assert fresh.mapping_panel.combo(UNKNOWN).currentData() == NAME
    assert fresh.questions_panel.answers().procedures == {NEAR_NAME: "1.001193"}
    assert fresh.ui.importButton.isEnabled()
    fresh.ui.importButton.click()
    assert names(db) == sorted(ODD_NAMES)


def test_a_bad_mapping_file_is_refused_with_a_message(
    dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "hong.json"
    bad.write_text(json.dumps({"columns": {"A": "Tên"}}), encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    dialog.ui.openMappingButton.click()
    assert len(shown) == 1 and "không phải cột của mẫu" in shown[0]
    assert dialog.file_mapping is None


def test_all_sheets_of_one_layout_with_progress(
    dialog: ImportDialog, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    book = odd_logbook(
        tmp_path / "so.xlsx", sheets=("Tháng 2", "Tháng 3"), other_sheets=("Tổng hợp",)
    )
    open_book(dialog, monkeypatch, book)
    combo = dialog.ui.sheetCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Tháng 2", "Tháng 3", "Tổng hợp", "Tất cả các trang cùng mẫu",
    ]  # fmt: skip
    map_by_hand(dialog)
    answer(dialog)
    combo.setCurrentIndex(combo.count() - 1)
    assert dialog.mapping_panel.combo(UNKNOWN).currentData() == NAME  # kept for every sheet
    assert dialog.questions_panel.unanswered() == 0
    note = dialog.ui.previewLabel.text()
    assert "Nhập các trang cùng mẫu: «Tháng 2», «Tháng 3»." in note
    assert "Bỏ qua trang «Tổng hợp»" in note
    steps: list[tuple[int, int]] = []
    dialog._progress.moved.connect(lambda done, total: steps.append((done, total)))
    dialog.ui.importButton.click()
    assert dialog.report is not None and dialog.report.added == 6, dialog.report
    assert names(db) == sorted(ODD_NAMES * 2)
    assert steps and steps[0] == (0, 12) and all(total == 12 for _done, total in steps)
    assert "Các trang tính cùng mẫu: «Tháng 2», «Tháng 3»." in dialog.ui.summaryLabel.text()
    assert "Bỏ qua trang tính «Tổng hợp»" in dialog.ui.errorsText.toPlainText()
