"""The chair's screen: figures, drill-down with masked names, lock and reopen."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from models.day_lock import lock_of
from models.db import Database
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit
from tests.actors import DESK, desk
from tests.views.conftest import NOW
from views.daily_summary_screen import DailySummaryScreen
from views.desk_log import DeskLogScreen


def add(db: Database, ref: ReferenceData, when: datetime, name: str, **changes: object) -> str:
    values: dict[str, object] = {
        "occurred_at": when,
        "citizen_name": name,
        "assistance": ["file_on_behalf"],
        "procedure_code": "1.001193",
        "channel": "online_full",
        "outcome": "submitted",
        "dossier_code": "H1",
    }
    values.update(changes)
    clean, errors = validate_visit(VisitInput(**values), ref)  # type: ignore[arg-type]
    assert clean is not None, errors
    return save_visit(db, clean, actor="desk")


@pytest.fixture
def chair(qtbot: QtBot, db: Database, ref: ReferenceData) -> DailySummaryScreen:
    add(db, ref, datetime(2026, 11, 20, 9), "Trần Văn Hải")  # Friday, the previous working day
    add(db, ref, datetime(2026, 11, 23, 8), "Nguyễn Thị Minh Khai")
    add(
        db,
        ref,
        datetime(2026, 11, 23, 9),
        "Lò Văn Pá",
        assistance=["vneid"],
        procedure_code="",
        channel=None,
        outcome="not_completed",
        dossier_code="",
        reason_code="missing_papers",
    )
    screen = DailySummaryScreen(db, actor=desk("Chủ tịch"), clock=lambda: NOW)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_tiles_show_the_day_beside_the_last_working_day(chair: DailySummaryScreen) -> None:
    visits = chair.tiles["visits"].text().split("\n")
    assert visits[:2] == ["2", "Lượt hỗ trợ"]
    assert visits[2].startswith("Ngày 20/11: 1")  # Friday, not Sunday's zero
    assert chair.tiles["online"].text().startswith("1 (100%)")  # 1 of 1 procedure visit
    assert chair.tiles["not_completed"].text().startswith("1\n")


def test_a_tile_lists_its_visits_with_names_masked(chair: DailySummaryScreen) -> None:
    dialog = chair.show_visits_behind("not_completed")
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Lò V. P."
    assert "Chưa hoàn thành" in dialog.ui.titleLabel.text()


def test_locking_from_the_screen_then_an_edit_at_the_desk_is_refused(
    chair: DailySummaryScreen,
    qtbot: QtBot,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]],
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("đủ số liệu", True))
    chair.lock_shown_day()
    lock = lock_of(db, NOW.date())
    assert lock is not None and lock.note == "đủ số liệu" and lock.locked_by == "Chủ tịch"
    assert "Chủ tịch" in chair.ui.lockStateLabel.text()
    assert not chair.ui.lockButton.isVisible() and chair.ui.reopenButton.isVisible()

    desk = DeskLogScreen(db, actor=DESK, clock=lambda: NOW)
    qtbot.addWidget(desk)
    visit_id = desk.model.row_at(0).id
    desk.edit_visit(visit_id)
    desk.ui.noteEdit.setText("sửa sau khi chốt")
    desk.save()
    assert dialogs[-1][0] == "warning" and "đã chốt số liệu" in dialogs[-1][1]
    assert desk.ui.noteEdit.text() == "sửa sau khi chốt"  # nothing typed is lost


def test_reopening_needs_a_reason(
    chair: DailySummaryScreen,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]],
) -> None:
    answers = iter([("", True), ("", True), ("Sót một lượt", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(answers))
    chair.lock_shown_day()
    chair.reopen_shown_day()
    assert "lý do" in dialogs[-1][1] and lock_of(db, NOW.date()) is not None
    chair.reopen_shown_day()
    assert lock_of(db, NOW.date()) is None
    assert chair.ui.lockButton.isVisible()


def test_a_tile_shows_the_pages_digitized_and_the_backlog(qtbot: QtBot, db: Database) -> None:
    from models.digitization import NewItem, create_items, move_items
    from views.qt_dates import to_qdate

    ids = create_items(
        db,
        [NewItem("dossier_component", f"H{n}", "Giấy chứng sinh", pages=4) for n in range(3)],
        actor="thu",
    )
    move_items(db, ids[:2], actor="thu")
    move_items(db, ids[:2], actor="lan")
    move_items(db, ids[:1], actor="lan", to_state="scan_again", reason="blurred")
    screen = DailySummaryScreen(db, actor=desk("Chủ tịch"), clock=lambda: NOW)
    qtbot.addWidget(screen)
    screen.show()  # the figures are computed when the screen is first shown
    screen.ui.dayEdit.setDate(to_qdate(db.local_now().date()))  # the moves are dated today
    assert screen.tiles["digitized"].text().split("\n") == [
        "8 trang",
        "Số hóa (2 tài liệu)",
        "Tồn: 3 · Trả lại: 1",
    ]
