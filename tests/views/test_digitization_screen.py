"""The Số hóa screen: batch moves, send back with one reason, files dropped and checked, books,
papers proposed from the desk log, and the item model (red when overdue, marked when sent back)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from models.db import Database
from models.digitization import NewItem, create_items, move_items
from models.digitization_queries import ItemFilter, list_items
from models.digitization_workflow import STATES
from models.reference import ReferenceData
from tests.actors import desk
from tests.views.conftest import NOW, Keyboard
from views.desk_log import DeskLogScreen
from views.digitization_dialogs import DigitizationItemDialog, SendBackDialog, parse_pages
from views.digitization_model import DigitizationModel
from views.digitization_screen import DigitizationScreen

TODAY = NOW.date()


def _papers(db: Database, *references: str, received: date | None = None) -> list[str]:
    return create_items(
        db,
        [
            NewItem(
                kind="dossier_component",
                reference=ref,
                document_name="Giấy chứng sinh",
                pages=3,
                received_date=received,
            )
            for ref in references
        ],
        actor="thu",
    )


def _states(db: Database) -> dict[str, str]:
    rows = list_items(db, ItemFilter(include_final=True), today=TODAY)
    return {row.reference: row.state for row in rows}


@pytest.fixture
def make(qtbot: QtBot, db: Database, tmp_path: Path) -> Callable[[], DigitizationScreen]:
    def build() -> DigitizationScreen:
        screen = DigitizationScreen(
            db, actor=desk("lan"), clock=lambda: NOW, scans=tmp_path / "scans"
        )
        qtbot.addWidget(screen)
        screen.resize(1300, 760)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    return build


def test_a_batch_moves_one_step_with_the_button(
    make: Callable[[], DigitizationScreen], db: Database, qtbot: QtBot
) -> None:
    ids = _papers(db, "A", "B", "C")
    screen = make()
    assert screen.tabs.tabText(0) == "Đang xử lý (3)"
    assert screen.tabs.tabText(STATES.index("received") + 1) == "Đã nhận (3)"
    screen.select_ids(ids[:2])
    assert screen.ui.selectionLabel.text() == "Đã chọn 2 tài liệu, 6 trang"
    qtbot.mouseClick(screen.ui.nextButton, Qt.MouseButton.LeftButton)
    assert _states(db) == {"A": "scanned", "B": "scanned", "C": "received"}
    assert screen.tabs.tabText(STATES.index("scanned") + 1) == "Đã quét (2)"
    assert "Đã chuyển 2 tài liệu" in screen.ui.messageLabel.text()


def test_a_refused_batch_says_why_and_moves_nothing(
    make: Callable[[], DigitizationScreen],
    db: Database,
    qtbot: QtBot,
    dialogs: list[tuple[str, str]],
) -> None:
    ids = _papers(db, "A", "B")
    move_items(db, ids[:1], actor="thu")
    screen = make()
    screen.select_ids(ids)
    assert screen.send_back(ids, "blurred") is False  # B was never scanned
    [(kind, text)] = dialogs
    assert kind == "warning" and "B" in text and "cả lô" in text
    assert _states(db) == {"A": "scanned", "B": "received"}


def test_send_back_with_one_reason_marks_the_rows(
    make: Callable[[], DigitizationScreen], db: Database, qtbot: QtBot
) -> None:
    ids = _papers(db, "A", "B")
    move_items(db, ids, actor="thu")
    screen = make()
    screen.select_ids(ids)
    dialog = screen.ask_send_back()
    assert isinstance(dialog, SendBackDialog)
    dialog.ui.reasonCombo.setCurrentIndex(dialog.ui.reasonCombo.findData("missing_page"))
    dialog.ui.noteEdit.setText("thiếu trang 2")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert _states(db) == {"A": "scan_again", "B": "scan_again"}
    screen.tabs.setCurrentIndex(STATES.index("scan_again") + 1)
    texts = [screen.proxy.index(row, 4).data() for row in range(screen.proxy.rowCount())]
    assert texts == ["⚑ Cần quét lại · trả lại: Thiếu trang"] * 2
    assert screen.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_overdue_rows_are_red_and_the_filter_keeps_only_them(
    make: Callable[[], DigitizationScreen], db: Database
) -> None:
    _papers(db, "CU", received=TODAY - timedelta(days=9))
    _papers(db, "MOI")
    screen = make()
    model = screen.model
    late = model.row_of(next(r.id for r in model.rows if r.reference == "CU"))
    fresh = model.row_of(next(r.id for r in model.rows if r.reference == "MOI"))
    assert late is not None and fresh is not None
    assert model.index(late, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(fresh, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(late, 7).data() == "9 ngày"
    # not by colour alone: the due date carries a sign
    assert str(model.index(late, 6).data()).startswith("⚠")
    assert not str(model.index(fresh, 6).data()).startswith("⚠")
    screen.ui.overdueCheck.setChecked(True)
    assert [r.reference for r in screen.model.rows] == ["CU"]


def test_a_file_dropped_on_a_row_is_attached_then_a_change_is_found(
    make: Callable[[], DigitizationScreen],
    db: Database,
    tmp_path: Path,
    dialogs: list[tuple[str, str]],
) -> None:
    [item_id] = _papers(db, "A")
    screen = make()
    scan = tmp_path / "quet.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    table = screen.ui.itemTable
    point = QPointF(table.visualRect(screen.proxy.index(0, 1)).center())
    drop = QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    # Offscreen Qt has no drag manager to deliver a drop: hand it to the screen's filter.
    assert screen.drop.eventFilter(table.viewport(), drop) is True
    [row] = list_items(db, today=TODAY)
    assert row.file_path is not None
    kept = Path(row.file_path)
    assert kept.parent.name == item_id  # copied into the scan folder (the box is ticked)
    assert screen.check_files() == (1, 0)
    kept.write_bytes(b"%PDF-1.4 edited")
    assert screen.check_files() == (1, 1)
    assert dialogs[-1][0] == "warning" and "tệp đã bị thay đổi" in dialogs[-1][1]


def test_a_whole_book_is_registered_as_volumes(
    make: Callable[[], DigitizationScreen], db: Database
) -> None:
    screen = make()
    dialog = screen.open_add(book=True)
    dialog.ui.referenceEdit.setText("Sổ đăng ký kết hôn")
    dialog.ui.yearSpin.setValue(2001)
    dialog.ui.volumesSpin.setValue(3)
    dialog.ui.pagesEdit.setText("100 80")  # two counts for three volumes: refused, kept
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "số trang" in dialog.ui.errorLabel.text()
    assert dialog.ui.referenceEdit.text() == "Sổ đăng ký kết hôn"
    dialog.ui.pagesEdit.setText("100")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    rows = list_items(db, today=TODAY)
    assert sorted(r.reference for r in rows) == [
        f"Sổ đăng ký kết hôn – quyển {n}/3 – 2001" for n in (1, 2, 3)
    ]
    assert screen.tabs.tabText(0) == "Đang xử lý (3)"


def test_the_desk_log_offers_the_papers_of_a_scanning_visit(
    make_screen: Callable[..., DeskLogScreen],
    make: Callable[[], DigitizationScreen],
    db: Database,
    ref: ReferenceData,
    keyboard: Keyboard,
    qtbot: QtBot,
) -> None:
    desk_log = make_screen()
    keyboard.type("Trần Thị Mai")
    desk_log.form.chips.set_selected(["digitize"])
    desk_log.ui.helpedRadio.setChecked(True)
    offered: list[str] = []
    desk_log.digitization_offered.connect(offered.append)
    desk_log.save()
    [visit_id] = offered
    screen = make()
    dialog = screen.offer_for_visit(visit_id)
    assert isinstance(dialog, DigitizationItemDialog)
    assert dialog.ui.ownerEdit.text() == "Trần Thị Mai"
    assert dialog.ui.referenceEdit.text().startswith("Lượt 23/11/2026")
    dialog.ui.documentEdit.setText("Giấy khai sinh; Sổ hộ khẩu")
    dialog.ui.pagesEdit.setText("1 4")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    rows = list_items(db, ItemFilter(visit_id=visit_id), today=TODAY)
    assert sorted((r.document_name, r.pages) for r in rows) == [
        ("Giấy khai sinh", 1),
        ("Sổ hộ khẩu", 4),
    ]


def test_a_visit_without_scanning_offers_nothing(
    make_screen: Callable[..., DeskLogScreen],
) -> None:
    desk_log = make_screen()
    offered: list[str] = []
    desk_log.digitization_offered.connect(offered.append)
    desk_log.form.chips.set_selected(["vneid"])
    desk_log.ui.nameEdit.setText("Lê Văn Tám")
    desk_log.ui.helpedRadio.setChecked(True)
    desk_log.save()
    assert desk_log.last_saved_id is not None  # saved, and yet nothing offered
    assert offered == []


def test_pages_are_parsed_as_people_type_them() -> None:
    assert parse_pages("3") == [3]
    assert parse_pages(" 120 98, 143 ") == [120, 98, 143]
    assert parse_pages("ba") is None
    assert parse_pages("") is None


def test_the_model_alone(db: Database) -> None:
    _papers(db, "A")
    model = DigitizationModel(TODAY)
    model.set_rows(list_items(db, today=TODAY), TODAY)
    assert model.rowCount() == 1 and model.columnCount() == 10
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Số hiệu"
    assert model.index(0, 4).data() == "Đã nhận"
    assert "Giấy chứng sinh" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
