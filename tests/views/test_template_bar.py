"""The quick templates: the commune's frequent combinations as buttons that fill the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from models.db import Database
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visit_queries import QuickTemplate
from models.visits import save_visit
from views.desk_log import DeskLogScreen
from views.workers import Background


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


def test_a_count_that_finishes_after_a_newer_one_is_dropped(
    db: Database,
    make_screen: Callable[..., DeskLogScreen],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = make_screen()
    qtbot.waitUntil(lambda: not screen._templates_timer.isActive())
    jobs: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []
    monkeypatch.setattr(
        Background, "run", lambda _parent, work, done, _failed: jobs.append((work, done))
    )
    older = QuickTemplate("1.001193", ("vneid",), None, 9)
    newer = QuickTemplate("1.004222", ("digitize",), "in_person", 3)
    screen.refresh_templates()
    screen.refresh_templates()
    assert len(jobs) == 2  # counted off the GUI thread, nothing shown yet
    jobs[1][1]([newer])
    jobs[0][1]([older])  # the older count arrives last
    [button] = screen.templates.buttons
    assert "3 lần" in button.toolTip()
