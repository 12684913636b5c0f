"""The quick-template buttons above the desk-log form: the commune's most frequent combinations.

One click fills procedure, assistance and channel; the buttons never take the keyboard focus, so
a clerk typing a name is not interrupted.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from models.db import Database
from models.reference import ReferenceData
from models.visit_queries import QuickTemplate, frequent_templates
from views.workers import Background

log = logging.getLogger(__name__)
MAX_TEMPLATES = 5

TEXT_PX = 190  # a button's text is elided in the middle beyond this width
# F5 … F10: one key, the same on every keyboard layout (Ctrl+Shift+digit is not).
FIRST_KEY, LAST_KEY = 5, 10


class TemplateBar(QObject):
    """Shows templates as buttons in ``bar`` (laid out by ``layout``, which ends with a stretch)."""

    chosen = Signal(object)  # the QuickTemplate clicked

    def __init__(
        self, bar: QWidget, layout: QBoxLayout, ref: ReferenceData, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bar = bar
        self.layout = layout
        self.ref = ref
        self.buttons: list[QPushButton] = []
        self._asked = 0

    def refresh(self, db: Database, today: date) -> None:
        """Count the commune's frequent combinations off the GUI thread, then show them.

        On ten years of a busy desk a month is 8,000 visits to count (0.1-0.2 s on an old PC),
        after every save, while the clerk types the next citizen.
        """
        self._asked += 1
        asked = self._asked

        def show(frequent: list[QuickTemplate]) -> None:
            if asked == self._asked:  # an older count finishing after a newer one is dropped
                self.show_templates(frequent)

        Background.run(
            self,
            lambda: frequent_templates(db, today, limit=MAX_TEMPLATES),
            show,
            # A convenience: the buttons stay as they were and the desk goes on.
            lambda _error: log.warning("the quick templates could not be read"),
        )

    def text(self, template: QuickTemplate) -> str:
        """ "Đăng ký khai sinh · VNeID, Nộp thay": the procedure and the assistance types."""
        procedure = self.ref.procedure(template.procedure_code)
        kinds = ", ".join(self.ref.short_label("assistance", c) for c in template.assistance)
        return f"{procedure.name} · {kinds}" if procedure else kinds

    def show_templates(self, templates: list[QuickTemplate]) -> None:
        """One button per template, in order; the bar hides when there is none."""
        for button in self.buttons:
            self.layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.bar.setVisible(bool(templates))
        for number, template in enumerate(templates, start=1):
            text = self.text(template)
            button = QPushButton(self.bar)
            button.setText(
                button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, TEXT_PX)
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tip = self.tr("{text}\nDùng {uses} lần trong 30 ngày qua").format(
                text=text, uses=template.uses
            )
            key = FIRST_KEY + number - 1
            if key <= LAST_KEY:  # reachable from the keyboard without taking the focus
                button.setShortcut(QKeySequence(f"F{key}"))
                tip += f" (F{key})"
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _c=False, t=template: self.chosen.emit(t))
            self.layout.insertWidget(self.layout.count() - 1, button)  # before the stretch
            # Shown now, not when the layout's queued show arrives: the templates come after the
            # first paint, and F5 may be pressed before the event loop turns again.
            button.show()
            self.buttons.append(button)
