"""Screen fixtures: the desk log on a fixed clock, and a keyboard that types Vietnamese."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from models.db import Database
from tests.actors import desk
from views.desk_log import DeskLogScreen

NOW = datetime(2026, 11, 23, 9, 30)
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
AnyButton = QMessageBox.StandardButton


class Keyboard:
    """Types into whatever has the focus, as a clerk would (QTest cannot type non-ASCII)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for char in text:
            widget = self.focus()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, NO_MODIFIER, char)
                QApplication.sendEvent(widget, event)
        QApplication.processEvents()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        # Through the window, as the platform delivers keys, so that shortcuts fire too.
        window = self.focus().window().windowHandle()
        assert window is not None
        self.qtbot.keyClick(window, key, modifier)
        QApplication.processEvents()

    def tab_to(self, *names: str, limit: int = 40) -> None:
        """Press Tab until a widget called one of ``names`` has the focus."""
        for _ in range(limit):
            if self.focus().objectName() in names:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {' or '.join(names)}")


@pytest.fixture
def keyboard(qtbot: QtBot) -> Keyboard:
    return Keyboard(qtbot)


@pytest.fixture
def make_screen(qtbot: QtBot, db: Database) -> Callable[..., DeskLogScreen]:
    def make(now: datetime = NOW, clerk: str = "Lê Thị Hoa") -> DeskLogScreen:
        screen = DeskLogScreen(db, actor=desk("test"), clerk=clerk, clock=lambda: now)
        qtbot.addWidget(screen)
        screen.resize(1300, 800)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        screen.ui.nameEdit.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.ui.nameEdit)
        return screen

    return make


@pytest.fixture
def screen(make_screen: Callable[..., DeskLogScreen]) -> DeskLogScreen:
    return make_screen()


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """Message boxes never block a test: they are recorded, and questions answered Yes."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, _title: str, text: str, *_args: object) -> AnyButton:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes

        return show

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    yield shown


@pytest.fixture(autouse=True)
def _background_runs_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background jobs finish before the call returns (no waiting, no threads in tests)."""
    from views.workers import Background

    monkeypatch.setattr(Background, "synchronous", True)
