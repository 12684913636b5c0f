"""Nhật ký thao tác: the chair reads who did what; a clerk has no such screen and the service
refuses them."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from models.access import PermissionDenied
from models.audit_log import AuditFilter, audit_entries
from models.day_lock import lock_day, reopen_day
from models.db import Database
from tests.actors import chair, clerk
from tests.views.conftest import NOW
from views.audit_screen import AuditScreen
from views.main_window import MainWindow


def test_the_chair_filters_the_trail_and_reads_before_and_after(qtbot: QtBot, db: Database) -> None:
    today = db.local_now().date()
    lock_day(db, today, actor=chair("Chủ tịch An"), note="đủ")
    reopen_day(db, today, actor=chair("Chủ tịch An"), reason="Sót một lượt")
    screen = AuditScreen(db, actor=chair())
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.model.rowCount() == 2
    assert screen.model.item(0, 2).text() == "Mở lại ngày"  # newest first
    screen.ui.table.selectRow(0)
    assert "reason: Sót một lượt" in screen.ui.detailsEdit.toPlainText()
    assert "locked_by: Chủ tịch An" in screen.ui.detailsEdit.toPlainText()
    screen.ui.actionCombo.setCurrentIndex(screen.ui.actionCombo.findData("lock"))
    screen.refresh()
    assert screen.model.rowCount() == 1
    assert screen.ui.actorCombo.findData("Chủ tịch An") >= 0


def test_a_clerk_has_no_trail(qtbot: QtBot, db: Database) -> None:
    with pytest.raises(PermissionDenied):
        audit_entries(db, clerk(), AuditFilter(date(2026, 1, 1), date(2026, 12, 31)))
    window = MainWindow(db, actor=clerk(), clock=lambda: NOW)
    qtbot.addWidget(window)
    assert window.audit is None
    names = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert "Nhật ký thao tác" not in names
