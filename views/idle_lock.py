"""The idle lock: a shared desk PC left alone hides its screen until the user's password is typed.

Citizens' names stay on screen otherwise. What was typed is kept: the screens are hidden, not
closed, and come back as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from models.access import Actor
from models.db import Database
from views.login_dialog import LoginDialog

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without keyboard or mouse (0: never)."""

    def __init__(self, window: QMainWindow, db: Database, actor: Actor, *, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor = actor
        self.dialog: LoginDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.dialog is None:
            self.timer.start()
        return False

    @property
    def is_locked(self) -> bool:
        """True while the password is asked."""
        return self.dialog is not None

    def lock(self) -> None:
        """Hide the screens and ask the signed-in user's password (window-modal)."""
        if self.dialog is not None:
            return
        central = self.window.centralWidget()
        if central is not None:
            central.hide()
        self.dialog = LoginDialog(self.db, only=self.actor, parent=self.window)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()

    def _unlocked(self) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.show()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.timer.start()
