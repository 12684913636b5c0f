"""The desk log's keyboard: a clerk records a citizen without the mouse (Trợ giúp → Phím tắt).

Each key works anywhere on the screen (Esc only in the entry form, Delete only in the day's list),
never in another screen of the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

if TYPE_CHECKING:
    from views.desk_log import DeskLogScreen


def add_desk_shortcuts(screen: DeskLogScreen) -> None:
    """Ctrl+S, Ctrl+P, Esc, Ctrl+D, Ctrl+F, Ctrl+Shift+F, Alt+←/→ and Delete on ``screen``."""
    ui = screen.ui
    for keys, slot, where in (
        ("Ctrl+S", screen.save, screen),
        ("Ctrl+P", screen.save_and_print, screen),
        ("Escape", screen.clear_or_cancel, ui.entryPanel),
        ("Ctrl+D", screen.repeat_last, screen),
        ("Ctrl+F", screen.focus_filter, screen),
        ("Ctrl+Shift+F", screen.search_history, screen),
        ("Alt+Left", lambda: screen.shift_day(-1), screen),
        ("Alt+Right", lambda: screen.shift_day(1), screen),
        ("Delete", screen.delete_selected, ui.visitTable),
    ):
        shortcut = QShortcut(QKeySequence(keys), where)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
