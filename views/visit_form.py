"""The entry form of the desk log: read what was typed, fill it back, show errors in place."""

from __future__ import annotations

import time
from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from models.reference import ReferenceData
from models.visit_input import FieldError, VisitInput
from ui.ui_desk_log import Ui_DeskLogScreen
from views.form_widgets import (
    AssistanceChips,
    CodedRadios,
    FoldedCompleter,
    ProcedureCompleter,
    folded_matches,
)
from views.qt_dates import from_qdatetime, to_qdatetime

# Fields whose errors share one label: the outcome block.
_OUTCOME_FIELDS = ("outcome", "dossier_code", "reason")


class VisitForm(QObject):
    """Binds the form widgets of ``Ui_DeskLogScreen`` to :class:`VisitInput`."""

    changed = Signal()
    submit_requested = Signal()

    def __init__(self, ui: Ui_DeskLogScreen, reference: ReferenceData) -> None:
        super().__init__(ui.entryPanel)
        self.ui = ui
        self.ref = reference
        self.chips = AssistanceChips(ui.assistanceBox, reference, scope=ui.entryPanel)
        self.sex = CodedRadios(
            self, {"male": ui.maleRadio, "female": ui.femaleRadio, "other": ui.otherSexRadio}
        )
        self.channel = CodedRadios(
            self,
            {
                "online_full": ui.channelFullRadio,
                "online_partial": ui.channelPartialRadio,
                "in_person": ui.channelInPersonRadio,
            },
        )
        self.outcome = CodedRadios(
            self,
            {
                "submitted": ui.submittedRadio,
                "helped": ui.helpedRadio,
                "not_completed": ui.notCompletedRadio,
            },
        )
        self.procedure = ProcedureCompleter(ui.procedureEdit, reference)
        village_edit = ui.villageCombo.lineEdit()
        assert village_edit is not None  # the combo is editable in the form
        self.villages = FoldedCompleter(
            village_edit, lambda text: folded_matches([v.name for v in self.ref.villages], text)
        )
        self._errors: dict[str, QLabel] = {
            "occurred_at": ui.whenError,
            "citizen_name": ui.nameError,
            "birth_year": ui.birthYearError,
            "phone": ui.phoneError,
            "id_number": ui.idError,
            "procedure": ui.procedureError,
            "assistance": ui.assistanceError,
            "channel": ui.channelError,
            "outcome": ui.outcomeError,
        }
        self.touched: set[str] = set()
        self.started: float | None = None
        self._label_choices()
        self.set_reference(reference)
        self._connect()
        ui.entryPanel.installEventFilter(self)
        self._fix_tab_order()
        self._show_outcome_fields()

    def _label_choices(self) -> None:
        """Radio labels come from the code table, like every other label of a code."""
        ui, ref = self.ui, self.ref
        for button, kind, code in (
            (ui.maleRadio, "sex", "male"),
            (ui.femaleRadio, "sex", "female"),
            (ui.otherSexRadio, "sex", "other"),
            (ui.channelFullRadio, "channel", "online_full"),
            (ui.channelPartialRadio, "channel", "online_partial"),
            (ui.channelInPersonRadio, "channel", "in_person"),
            (ui.submittedRadio, "outcome", "submitted"),
            (ui.helpedRadio, "outcome", "helped"),
            (ui.notCompletedRadio, "outcome", "not_completed"),
        ):
            button.setText(ref.short_label(kind, code))

    def set_reference(self, reference: ReferenceData) -> None:
        """Refill the lists from new reference data, keeping what is typed."""
        self.ref = reference
        self.procedure.set_reference(reference)
        village = self.ui.villageCombo.currentText()
        self.ui.villageCombo.clear()
        self.ui.villageCombo.addItems([v.name for v in reference.villages])
        self.ui.villageCombo.setCurrentText(village)
        reason = self.ui.reasonCombo.currentData()
        self.ui.reasonCombo.clear()
        self.ui.reasonCombo.addItem(self.tr("— chọn lý do —"), None)
        for code in reference.codes("reason"):
            self.ui.reasonCombo.addItem(reference.label("reason", code), code)
        self.ui.reasonCombo.setCurrentIndex(max(0, self.ui.reasonCombo.findData(reason)))

    def set_clerks(self, names: list[str], current: str) -> None:
        """The clerk names offered, and the one selected (sticky across saves)."""
        self.ui.clerkCombo.clear()
        self.ui.clerkCombo.addItems(names)
        self.ui.clerkCombo.setCurrentText(current)

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        ui = self.ui
        return (
            ui.nameEdit,
            ui.birthYearEdit,
            ui.phoneEdit,
            ui.idEdit,
            ui.procedureEdit,
            ui.dossierEdit,
            ui.reasonTextEdit,
            ui.noteEdit,
        )

    def _connect(self) -> None:
        ui = self.ui
        for edit in self._line_edits():
            edit.textEdited.connect(lambda _t, e=edit: self._on_edit(e.objectName()))
        for signal, name in (
            (self.chips.toggled, "assistance"),
            (self.channel.changed, "channel"),
            (self.outcome.changed, "outcome"),
            (self.sex.changed, "sex"),
            (ui.phoneConsentCheck.toggled, "phone"),
            (ui.reasonCombo.activated, "reason"),
            (ui.villageCombo.editTextChanged, "village"),
            (ui.whenEdit.dateTimeChanged, "when"),
        ):
            signal.connect(lambda *_a, n=name: self._on_edit(n))
        self.outcome.changed.connect(self._show_outcome_fields)
        ui.procedureEdit.editingFinished.connect(self._default_channel)
        ui.procedureEdit.completer().activated.connect(self._default_channel)

    def _default_channel(self) -> None:
        """A chosen procedure proposes its online level as the channel, unless one was picked."""
        procedure = self.procedure.resolve()
        if procedure is not None and self.channel.code() is None:
            self.channel.set_code(procedure.online_level)

    def _fix_tab_order(self) -> None:
        """Chips are made at run time: slot them between the procedure and the channel."""
        previous: QWidget = self.ui.procedureEdit
        for code in self.ref.codes("assistance"):
            chip = self.chips.button(code)
            QWidget.setTabOrder(previous, chip)
            previous = chip
        QWidget.setTabOrder(previous, self.ui.channelFullRadio)

    _FIELD_OF_WIDGET: ClassVar[dict[str, str]] = {
        "nameEdit": "citizen_name",
        "birthYearEdit": "birth_year",
        "phoneEdit": "phone",
        "idEdit": "id_number",
        "procedureEdit": "procedure",
        "dossierEdit": "dossier_code",
        "reasonTextEdit": "reason",
        "noteEdit": "note",
    }

    def _on_edit(self, name: str) -> None:
        if self.started is None and name != "when":
            self.started = time.monotonic()
        self.touched.add(self._FIELD_OF_WIDGET.get(name, name))
        self.changed.emit()

    def _show_outcome_fields(self) -> None:
        not_completed = self.outcome.code() == "not_completed"
        dossier: tuple[QWidget, ...] = (self.ui.dossierLabel, self.ui.dossierEdit)
        reason: tuple[QWidget, ...] = (
            self.ui.reasonLabel,
            self.ui.reasonCombo,
            self.ui.reasonTextEdit,
        )
        for widget in dossier:
            widget.setVisible(not not_completed)
        for widget in reason:
            widget.setVisible(not_completed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter anywhere in the form saves (fields ignore Enter, so it reaches the panel)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.submit_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def read(self) -> VisitInput:
        """What the form holds now, as input for validation."""
        ui = self.ui
        procedure = self.procedure.resolve()
        typed_procedure = ui.procedureEdit.text().strip()
        seconds = None if self.started is None else round(time.monotonic() - self.started)
        return VisitInput(
            occurred_at=from_qdatetime(ui.whenEdit.dateTime()).replace(second=0),
            citizen_name=ui.nameEdit.text(),
            birth_year=ui.birthYearEdit.text(),
            sex=self.sex.code(),
            phone=ui.phoneEdit.text(),
            phone_consent=ui.phoneConsentCheck.isChecked(),
            id_number=ui.idEdit.text(),
            village=ui.villageCombo.currentText(),
            ethnic_minority=ui.ethnicCheck.isChecked(),
            disability=ui.disabilityCheck.isChecked(),
            procedure_code=procedure.code if procedure else typed_procedure,
            assistance=self.chips.selected(),
            channel=self.channel.code(),
            outcome=self.outcome.code() or "",
            # The reason replaces the dossier code on screen; a hidden value is not saved.
            dossier_code="" if self.outcome.code() == "not_completed" else ui.dossierEdit.text(),
            reason_code=ui.reasonCombo.currentData(),
            reason_text=ui.reasonTextEdit.text(),
            clerk_name=ui.clerkCombo.currentText(),
            note=ui.noteEdit.text(),
            service_seconds=seconds,
        )

    def fill(self, visit: VisitInput) -> None:
        """Put a stored visit in the form for editing."""
        ui = self.ui
        ui.whenEdit.setDateTime(to_qdatetime(visit.occurred_at))
        ui.nameEdit.setText(visit.citizen_name)
        ui.birthYearEdit.setText(str(visit.birth_year or ""))
        self.sex.set_code(visit.sex)
        ui.phoneEdit.setText(visit.phone)
        ui.phoneConsentCheck.setChecked(visit.phone_consent)
        ui.idEdit.setText(visit.id_number)
        ui.villageCombo.setCurrentText(visit.village)
        ui.ethnicCheck.setChecked(visit.ethnic_minority)
        ui.disabilityCheck.setChecked(visit.disability)
        self.apply_template(visit.procedure_code, visit.assistance, visit.channel)
        self.outcome.set_code(visit.outcome)
        ui.dossierEdit.setText(visit.dossier_code)
        ui.reasonCombo.setCurrentIndex(max(0, ui.reasonCombo.findData(visit.reason_code)))
        ui.reasonTextEdit.setText(visit.reason_text)
        ui.clerkCombo.setCurrentText(visit.clerk_name)
        ui.noteEdit.setText(visit.note)
        self.touched = set(self._errors)
        self.started = None
        self._show_outcome_fields()

    def apply_template(
        self,
        procedure_code: str | None,
        assistance: list[str] | tuple[str, ...],
        channel: str | None,
    ) -> None:
        """Set procedure, assistance types and channel at once (quick templates, Ctrl+D)."""
        procedure = self.ref.procedure(procedure_code)
        self.ui.procedureEdit.setText(procedure.display if procedure else (procedure_code or ""))
        self.ui.procedureEdit.setCursorPosition(0)  # the code and the start of the name
        self.chips.set_selected(list(assistance))
        self.channel.set_code(channel)

    def clear(self, now: datetime, keep_backdated_day: bool) -> None:
        """Empty the form for the next citizen; the clerk and a backdated day stay."""
        ui = self.ui
        when = now
        if keep_backdated_day:
            kept = from_qdatetime(ui.whenEdit.dateTime())
            when = (
                kept.replace(hour=now.hour, minute=now.minute) if kept.date() != now.date() else now
            )
        ui.whenEdit.setDateTime(to_qdatetime(when.replace(second=0, microsecond=0)))
        for edit in self._line_edits():
            edit.clear()
        ui.villageCombo.setCurrentText("")
        for box in (ui.phoneConsentCheck, ui.ethnicCheck, ui.disabilityCheck):
            box.setChecked(False)
        self.sex.set_code(None)
        self.chips.set_selected([])
        self.channel.set_code(None)
        self.outcome.set_code(None)
        ui.reasonCombo.setCurrentIndex(0)
        self.touched.clear()
        self.started = None
        self.show_errors([], (), show_all=False)
        ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_errors(
        self, errors: list[FieldError], warnings: tuple[str, ...], *, show_all: bool
    ) -> None:
        """Show each error under its field (only fields already touched, unless ``show_all``)."""
        messages: dict[str, list[str]] = {}
        for error in errors:
            target = "outcome" if error.field in _OUTCOME_FIELDS else error.field
            if show_all or error.field in self.touched or target in self.touched:
                messages.setdefault(target, []).append(error.message)
        if warnings and "id_number" not in messages:
            messages["id_number"] = [f"⚠ {w}" for w in warnings]
        for field, label in self._errors.items():
            text = "\n".join(messages.get(field, []))
            label.setText(text)
            label.setVisible(bool(text))

    def first_error_widget(self, errors: list[FieldError]) -> QWidget | None:
        """The widget to put the cursor in after a refused save."""
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "occurred_at": ui.whenEdit,
            "citizen_name": ui.nameEdit,
            "birth_year": ui.birthYearEdit,
            "phone": ui.phoneEdit,
            "id_number": ui.idEdit,
            "procedure": ui.procedureEdit,
            "channel": ui.channelFullRadio,
            "outcome": ui.submittedRadio,
            "dossier_code": ui.dossierEdit,
            "reason": ui.reasonCombo,
        }
        if self.chips.first() is not None:
            widgets["assistance"] = self.chips.first()  # type: ignore[assignment]
        for error in errors:
            if error.field in widgets:
                return widgets[error.field]
        return None
