"""Small pieces of the entry form: assistance chips, coded radio groups, the procedure completer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCompleter,
    QGridLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from models.reference import ProcedureRef, ReferenceData
from models.text import fold

MAX_SUGGESTIONS = 12


class AssistanceChips(QObject):
    """Toggle chips for the assistance types, with Alt+1 … Alt+8."""

    toggled = Signal()

    def __init__(
        self, box: QWidget, reference: ReferenceData, scope: QWidget, columns: int = 4
    ) -> None:
        super().__init__(box)
        layout = QGridLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._buttons: dict[str, QToolButton] = {}
        for number, code in enumerate(reference.codes("assistance"), start=1):
            button = QToolButton(box)
            button.setCheckable(True)
            button.setObjectName(f"chip_{code}")
            button.setProperty("role", "chip")
            button.setText(reference.short_label("assistance", code))
            button.setAccessibleName(reference.label("assistance", code))
            if number <= 9:
                # A QShortcut, not the button's own: toggling must not pull the cursor away
                # from the field the clerk is typing in.
                shortcut = QShortcut(QKeySequence(f"Alt+{number}"), scope)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(button.toggle)
                button.setToolTip(f"{reference.label('assistance', code)} (Alt+{number})")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self.toggled)
            layout.addWidget(button, (number - 1) // columns, (number - 1) % columns)
            self._buttons[code] = button

    def button(self, code: str) -> QToolButton:
        """The chip of an assistance code."""
        return self._buttons[code]

    def first(self) -> QToolButton | None:
        """The first chip, for tab order."""
        return next(iter(self._buttons.values()), None)

    def selected(self) -> list[str]:
        """The codes of the chips that are on."""
        return [code for code, button in self._buttons.items() if button.isChecked()]

    def set_selected(self, codes: list[str] | tuple[str, ...]) -> None:
        """Turn on exactly the chips of ``codes``."""
        for code, button in self._buttons.items():
            button.setChecked(code in codes)


class CodedRadios(QObject):
    """Radio buttons standing for stable codes; none checked is allowed."""

    changed = Signal()

    def __init__(self, parent: QObject, buttons: dict[str, QAbstractButton]) -> None:
        super().__init__(parent)
        self._buttons = buttons
        self._group = QButtonGroup(self)
        for button in buttons.values():
            self._group.addButton(button)
            button.toggled.connect(self.changed)

    def code(self) -> str | None:
        """The code of the checked button, if any."""
        return next((c for c, b in self._buttons.items() if b.isChecked()), None)

    def set_code(self, code: str | None) -> None:
        """Check the button of ``code``; ``None`` unchecks all."""
        if code in self._buttons:
            self._buttons[code].setChecked(True)
            return
        # An exclusive group never shows "none checked" unless exclusivity is lifted for a moment.
        self._group.setExclusive(False)
        for button in self._buttons.values():
            button.setChecked(False)
        self._group.setExclusive(True)


class FoldedCompleter(QObject):
    """Suggests as the clerk types, accents and case ignored ("dong" finds "Thôn Đông")."""

    def __init__(self, edit: QLineEdit, suggest: Callable[[str], list[str]]) -> None:
        super().__init__(edit)
        self._edit = edit
        self._suggest_for = suggest
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        # The list is filtered here, accent-insensitively, so Qt must show it as it is.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(MAX_SUGGESTIONS)
        edit.setCompleter(self.completer)
        edit.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        matches = self._suggest_for(text)[:MAX_SUGGESTIONS] if text.strip() else []
        self._model.setStringList(matches)
        if matches:
            self.completer.complete()


def folded_matches(names: list[str], text: str) -> list[str]:
    """The names containing every word of ``text``, accents and case ignored."""
    words = fold(text).split()
    return [name for name in names if all(word in fold(name) for word in words)]


class ProcedureCompleter(FoldedCompleter):
    """Suggests procedures by code or name."""

    def __init__(self, edit: QLineEdit, reference: ReferenceData) -> None:
        self._ref = reference
        super().__init__(edit, lambda text: [p.display for p in self._ref.search_procedures(text)])

    def set_reference(self, reference: ReferenceData) -> None:
        """Suggest from a new catalog."""
        self._ref = reference

    def resolve(self) -> ProcedureRef | None:
        """The procedure the text names: a suggestion, a code or an exact name."""
        text = self._edit.text().strip()
        if not text:
            return None
        code = text.split(" · ", 1)[0]
        return self._ref.procedure(code) or self._ref.find_procedure(text)
