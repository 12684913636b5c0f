"""Screens of the main window built on first use, so the window shows without waiting for them.

Each lazy screen holds its navigation row with an empty placeholder; choosing the row, or code
asking for the screen, builds it and swaps it in at the same row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyPages:
    """The lazy screens of one stacked widget, by name."""

    def __init__(self, pages: QStackedWidget) -> None:
        self.pages = pages
        self._entries: dict[str, tuple[int, Callable[[], QWidget], QWidget | None]] = {}

    def placeholder(self, name: str, build: Callable[[], QWidget]) -> QWidget:
        """The widget to add at the next row now; ``build`` makes the screen when it is needed."""
        self._entries[name] = (self.pages.count(), build, None)
        return QWidget(self.pages)

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def built(self, name: str) -> QWidget | None:
        """The screen ``name`` if it has been built, without building it."""
        entry = self._entries.get(name)
        return entry[2] if entry else None

    def get(self, name: str) -> QWidget:
        """The screen ``name``, built (in place of its placeholder) on first use."""
        row, build, screen = self._entries[name]
        if screen is None:
            screen = build()
            self._entries[name] = (row, build, screen)
            placeholder = self.pages.widget(row)
            assert placeholder is not None
            current = self.pages.currentIndex()
            blocked = self.pages.blockSignals(True)  # the placeholder's swap is no navigation
            self.pages.insertWidget(row, screen)
            self.pages.removeWidget(placeholder)
            self.pages.setCurrentIndex(current)
            self.pages.blockSignals(blocked)
            placeholder.deleteLater()
        return screen

    def go_to(self, row: int) -> None:
        """Show ``row``, building its screen first if it is a lazy one."""
        for name, (lazy_row, _build, _screen) in self._entries.items():
            if lazy_row == row:
                self.get(name)
        self.pages.setCurrentIndex(row)
