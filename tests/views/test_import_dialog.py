"""The import wizard: an old TCVN3 logbook previewed, dry-run, imported, refused, and broken."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.db import Database
from models.entities import AuditEntry, Visit
from models.records_format import NAME
from models.visit_queries import visits_between
from tests.actors import clerk
from tests.models.legacy_books import DAYS, NAMES, ROWS, logbook
from tests.models.test_legacy_text import encode_tcvn3
from views.import_dialog import IMPORT, MAX_LISTED, ImportDialog
from views.main_window import MainWindow
from views.workers import Background

# The second visit, again, with a day that does not exist: one invalid row (spreadsheet row 7).
BAD_ROW = [4, "31/02/2025", *ROWS[1][2:]]


def counts(db: Database) -> tuple[int, int]:
    """Visits and audit entries: a run that writes nothing changes neither."""
    with db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Visit)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(path), "Sổ Excel")
    )


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> ImportDialog:
    opened = ImportDialog(db, actor=clerk("thu"))
    qtbot.addWidget(opened)
    return opened


def open_book(dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    choose(monkeypatch, path)
    dialog.ui.browseButton.click()


def test_the_preview_shows_a_tcvn3_book_in_vietnamese_and_says_how_it_was_read(
    dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert not dialog.ui.importButton.isEnabled()  # nothing to import before a file is read
    open_book(dialog, monkeypatch, logbook(tmp_path / "so-cu.xlsx", encode_tcvn3))
    model = dialog.preview
    column = model.columns().index(NAME)
    assert [model.index(row, column).data() for row in range(model.rowCount())] == NAMES
    assert model.headerData(0, Qt.Orientation.Vertical) == "4"  # the spreadsheet's own row
    day = model.columns().index("Ngày")  # "05/02/2025", "5/2/25", "2025-02-06" in the book
    assert [model.index(row, day).data() for row in range(3)] == [
        "05/02/2025", "05/02/2025", "06/02/2025",
    ]  # fmt: skip
    note = dialog.ui.previewLabel.text()
    assert "«Năm 2025»" in note and "dòng tiêu đề là dòng 3" in note
    assert "TCVN3" in note and "«Họ và tên»" in note
    assert dialog.ui.sheetCombo.count() == 1 and dialog.ui.sheetCombo.currentText() == "Năm 2025"
    assert dialog.ui.importButton.isEnabled() and dialog.ui.dryRunButton.isEnabled()


def test_a_dry_run_reports_and_writes_nothing(
    dialog: ImportDialog, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_book(dialog, monkeypatch, logbook(tmp_path / "so-cu.xlsx", encode_tcvn3))
    before = counts(db)
    dialog.ui.dryRunButton.click()
    assert counts(db) == before
    assert dialog.report is not None and dialog.report.dry_run and dialog.report.added == 3
    summary = dialog.ui.summaryLabel.text()
    assert "sẽ nhập 3 lượt hỗ trợ" in summary and "Chưa nhập gì" in summary


def test_an_import_writes_the_visits_and_the_report_counts_them(
    qtbot: QtBot, dialog: ImportDialog, db: Database, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    open_book(dialog, monkeypatch, logbook(tmp_path / "so-cu.xlsx", encode_tcvn3))
    with qtbot.waitSignal(dialog.imported):
        dialog.ui.importButton.click()
    assert [visit.citizen_name for visit in visits_between(db, *DAYS)] == NAMES
    summary = dialog.ui.summaryLabel.text()
    assert "3 dòng; đã nhập 3 lượt hỗ trợ, bỏ qua 0 lượt đã có, 0 dòng có lỗi" in summary
    assert "Chưa nhập gì" not in summary
    with qtbot.assertNotEmitted(dialog.imported):
        dialog.ui.importButton.click()  # the same book again adds nothing
    assert "đã nhập 0 lượt hỗ trợ, bỏ qua 3 lượt đã có" in dialog.ui.summaryLabel.text()


def test_an_invalid_row_refuses_the_file_unless_skipped(
    dialog: ImportDialog, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    book = logbook(tmp_path / "so-cu.xlsx", encode_tcvn3, rows=[*ROWS, BAD_ROW])
    open_book(dialog, monkeypatch, book)
    bad = dialog.preview.index(3, dialog.preview.columns().index("Ngày"))
    assert "không hợp lệ" in bad.data(Qt.ItemDataRole.ToolTipRole)  # red in the preview already
    assert bad.data() == "⚠ 31/02/2025"  # and marked, for eyes that miss the red
    before = counts(db)
    dialog.ui.importButton.click()
    assert counts(db) == before
    assert "Không nhập dòng nào: 1/4 dòng có lỗi" in dialog.ui.summaryLabel.text()
    assert dialog.ui.errorsText.toPlainText().startswith("Dòng 7, cột «Ngày»")
    dialog.ui.skipInvalidCheck.setChecked(True)
    dialog.ui.importButton.click()
    assert [visit.citizen_name for visit in visits_between(db, *DAYS)] == NAMES
    assert "đã nhập 3 lượt hỗ trợ, bỏ qua 0 lượt đã có, 1 dòng có lỗi không nhập" in (
        dialog.ui.summaryLabel.text()
    )


def test_only_the_first_errors_are_listed(
    dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    book = logbook(tmp_path / "so.xlsx", encode_tcvn3, rows=[BAD_ROW] * (MAX_LISTED + 5))
    open_book(dialog, monkeypatch, book)
    dialog.ui.dryRunButton.click()
    lines = dialog.ui.errorsText.toPlainText().splitlines()
    assert len([line for line in lines if line.startswith("Dòng ")]) == MAX_LISTED
    assert "và 5 lỗi khác" in lines[MAX_LISTED]


def test_a_broken_file_shows_the_models_message(
    dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a workbook at all")
    open_book(dialog, monkeypatch, broken)
    assert "Không đọc được tệp Excel hong.xlsx" in dialog.ui.previewLabel.text()
    assert "Traceback" not in dialog.ui.previewLabel.text()
    assert dialog.preview.rowCount() == 0 and not dialog.ui.importButton.isEnabled()
    assert dialog.ui.sheetCombo.isHidden()


def test_a_csv_has_no_sheet_to_choose(
    dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "so.csv"
    path.write_text(
        "Ngày,Họ và tên,Hình thức hỗ trợ,Kết quả\n05/02/2025,Lò Văn Sáng,VNeID,Đã hỗ trợ xong\n",
        encoding="utf-8",
    )
    open_book(dialog, monkeypatch, path)
    assert dialog.ui.sheetCombo.isHidden()
    assert dialog.preview.rowCount() == 1
    assert "Dòng tiêu đề là dòng 1" in dialog.ui.previewLabel.text()


def test_cancel_drops_a_dry_run_and_stops_an_import_with_nothing_written(
    dialog: ImportDialog, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_book(dialog, monkeypatch, logbook(tmp_path / "so.xlsx", encode_tcvn3))

    pending: list[object] = []  # jobs held back, as if still running in the thread pool
    monkeypatch.setattr(Background, "run", classmethod(lambda cls, *args: pending.append(args)))
    dialog.ui.dryRunButton.click()
    assert dialog.ui.cancelButton.isEnabled() and dialog.ui.progressBar.isVisibleTo(dialog)
    dialog.ui.cancelButton.click()
    _parent, work, on_done, _failed = pending.pop()  # type: ignore[misc]
    on_done(work())  # the dry run finishes after the cancel: its result is dropped
    assert dialog.report is None and "Đã hủy chạy thử" in dialog.ui.summaryLabel.text()
    before = counts(db)
    dialog.ui.importButton.click()
    assert dialog.ui.cancelButton.isEnabled() and not dialog.ui.closeButton.isEnabled()
    assert "hoàn lại" in dialog.ui.cancelButton.toolTip()
    dialog.reject()
    assert dialog.running == IMPORT  # closing would hide the outcome: still there
    dialog.ui.cancelButton.click()
    assert not dialog.ui.cancelButton.isEnabled()  # once asked, it is stopping
    assert "Đang hủy" in dialog.ui.summaryLabel.text()
    _parent, work, on_done, _failed = pending.pop()  # type: ignore[misc]
    on_done(work())  # the import sees the cancel and rolls back
    assert dialog.report is not None and dialog.report.cancelled
    assert counts(db) == before
    assert "Đã hủy: không lượt hỗ trợ nào được ghi" in dialog.ui.summaryLabel.text()
    assert dialog.ui.closeButton.isEnabled()


def test_the_file_menu_imports_and_the_desk_log_reloads(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = MainWindow(db, actor=clerk("thu"), clock=lambda: datetime(2025, 2, 5, 17, 0))
    qtbot.addWidget(window)
    assert window.ui.importAction.isEnabled()
    assert window.desk_log.model.rowCount() == 0
    window.ui.importAction.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    open_book(dialog, monkeypatch, logbook(tmp_path / "so.xlsx", encode_tcvn3))
    dialog.ui.importButton.click()
    assert window.desk_log.model.rowCount() == 2  # the two visits of 05/02/2025
