"""Accessibility: every control reachable by keyboard, symbols explained, status not by colour."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from models.db import Database
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit
from tests.actors import admin
from tests.views.conftest import Keyboard
from views.desk_log import DeskLogScreen
from views.item_models import NOT_COMPLETED_BRUSH
from views.main_window import MainWindow

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractButton,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)
# Figures on the chair's screen with no list behind them: shown, not operated.
DISPLAY_ONLY = {"tile_citizens", "tile_service", "tile_digitized"}
TABS = 150
QT_OWNERS = (QLineEdit, QTabBar)


def _reached(widget: QWidget, seen: set[int]) -> bool:
    """Focus on the widget, a parent (a combo's line edit) or a child counts."""
    parent: QWidget | None = widget
    while parent is not None:
        if id(parent) in seen:
            return True
        parent = parent.parentWidget()
    return any(id(child) in seen for child in widget.findChildren(QWidget))


def test_tab_reaches_every_enabled_input_of_every_screen(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, actor=admin("test"))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    for row in range(window.ui.pages.count()):
        window.ui.navList.setCurrentRow(row)  # Ctrl+1 … from the keyboard
        QApplication.processEvents()
        page = window.ui.pages.widget(row)
        wanted = [
            w
            for w in page.findChildren(QWidget)
            if isinstance(w, INPUTS)
            and w.isVisibleTo(window)
            and w.isEnabled()
            and w.objectName() not in DISPLAY_ONLY
            and not w.objectName().startswith("qt_")  # Qt's own corner buttons
        ]
        assert wanted, type(page).__name__
        page.focusNextChild()
        seen: set[int] = set()
        for _ in range(TABS):
            focus = QApplication.focusWidget()
            assert focus is not None
            seen.add(id(focus))
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
        missed = [
            (type(w).__name__, w.objectName())
            for w in wanted
            if not _reached(w, seen)
            and not (isinstance(w, QAbstractButton) and not w.shortcut().isEmpty())
        ]
        assert missed == [], type(page).__name__


def test_symbol_buttons_say_what_they_do(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, actor=admin("test"))
    qtbot.addWidget(window)
    for button in window.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_") or isinstance(button.parent(), QT_OWNERS):
            continue  # Qt's own: a line edit's clear button, a tab bar's scroll arrows
        text = button.text().replace("&", "")
        if not text and button.icon().isNull():
            continue  # a figure tile, filled when its screen is first shown
        if not any(ch.isalnum() for ch in text):
            assert button.toolTip(), button.objectName()
            assert button.accessibleName() == button.toolTip(), button.objectName()


def _visit(db: Database, ref: ReferenceData, hour: int, **changes: object) -> None:
    fields: dict[str, object] = {
        "occurred_at": datetime(2026, 11, 23, hour),
        "citizen_name": f"Người {hour}",
        "assistance": ["vneid"],
        "procedure_code": "1.001193",
        "outcome": "helped",
    }
    fields.update(changes)
    clean, errors = validate_visit(VisitInput(**fields), ref)  # type: ignore[arg-type]
    assert clean is not None, errors
    save_visit(db, clean, actor="desk")


def test_a_quick_template_is_reached_from_the_keyboard_without_taking_the_focus(
    qtbot: QtBot,
    db: Database,
    ref: ReferenceData,
    make_screen: Callable[..., DeskLogScreen],
    keyboard: Keyboard,
) -> None:
    for hour in (8, 9):
        _visit(db, ref, hour)
    screen = make_screen()
    # counted after the first paint; a button added to a shown bar shows on the next event turn
    qtbot.waitUntil(lambda: any(b.isVisible() for b in screen.templates.buttons))
    [button] = screen.templates.buttons
    assert button.shortcut().toString() == "F5"
    assert "(F5)" in button.toolTip()
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert button.isVisible(), "the bar is shown"
    keyboard.press(Qt.Key.Key_F5)
    # A button's shortcut "animates" the click: it lands after Qt's short press animation.
    keyboard.qtbot.waitUntil(lambda: "Đăng ký khai sinh" in screen.ui.procedureEdit.text())
    assert screen.ui.nameEdit.hasFocus()


def test_a_not_completed_visit_says_so_in_words_not_only_in_colour(
    db: Database, ref: ReferenceData, make_screen: Callable[..., DeskLogScreen]
) -> None:
    _visit(db, ref, 8, outcome="not_completed", reason_code=ref.codes("reason")[0])
    screen = make_screen()
    model = screen.model
    outcome = model.index(0, 7)
    assert model.data(outcome, Qt.ItemDataRole.BackgroundRole) == NOT_COMPLETED_BRUSH
    assert model.data(outcome) == ref.label("outcome", "not_completed")
    # The row's shade differs from white in lightness, not only in hue (greyscale printers).
    assert NOT_COMPLETED_BRUSH.color().lightness() < 250
