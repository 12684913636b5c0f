"""The quick templates: the commune's frequent combinations as buttons that fill the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pytestqt.qtbot import QtBot

from models.db import Database
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit
from views.desk_log import DeskLogScreen


def test_a_frequent_combination_becomes_a_button_that_fills_the_form(
    db: Database, ref: ReferenceData, make_screen: Callable[..., DeskLogScreen], qtbot: QtBot
) -> None:
    for hour in (8, 9):
        clean, errors = validate_visit(
            VisitInput(
                occurred_at=datetime(2026, 11, 20, hour),
                citizen_name=f"Người {hour}",
                assistance=["vneid"],
                procedure_code="1.001193",
                outcome="helped",
            ),
            ref,
        )
        assert clean is not None, errors
        save_visit(db, clean, actor="desk")
    screen = make_screen()
    # Counted just after the day's list is painted, not before it.
    qtbot.waitUntil(lambda: len(screen.templates.buttons) == 1)
    [button] = screen.templates.buttons
    assert "Đăng ký khai sinh" in button.toolTip() and "2 lần" in button.toolTip()
    button.click()
    assert "Đăng ký khai sinh" in screen.ui.procedureEdit.text()
    assert screen.ui.nameEdit.hasFocus()
