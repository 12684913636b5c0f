"""Sửa nội dung tờ hướng dẫn: the commune rewords a procedure's steps when the portal changes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit, QWidget

from models.access import Actor
from models.db import Database
from models.handout_edits import bundled_text, current_text, edited_codes, reset_text, save_text
from models.handout_texts import (
    HandoutText,
    HandoutTextError,
    parse_handout_text,
    validate_handout_text,
)
from ui.ui_handout_text_dialog import Ui_HandoutTextDialog


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class HandoutTextDialog(QDialog):
    """Edits one procedure's handout text; saving is refused while a problem is listed."""

    def __init__(
        self, db: Database, code: str, *, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.code = code
        self.actor = actor
        self.ui = Ui_HandoutTextDialog()
        self.ui.setupUi(self)
        self.changed = False
        self._fill(current_text(db, code))
        edited = code in edited_codes(db)
        self.ui.originLabel.setText(
            self.tr("Thủ tục {code}: đang dùng nội dung do xã sửa.").format(code=code)
            if edited
            else self.tr("Thủ tục {code}: đang dùng nội dung gốc của phần mềm.").format(code=code)
        )
        self.ui.resetButton.setEnabled(edited and bundled_text(code) is not None)
        for line in (self.ui.titleEdit, self.ui.feeEdit, self.ui.timeEdit):
            line.textChanged.connect(self._check)
        for box in (self.ui.stepsEdit, self.ui.papersEdit, self.ui.tipsEdit):
            box.textChanged.connect(self._check)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.resetButton.clicked.connect(self._reset)
        self._check()

    def _fill(self, text: HandoutText) -> None:
        ui = self.ui
        ui.titleEdit.setText(text.title)
        ui.stepsEdit.setPlainText("\n".join(text.steps))
        ui.papersEdit.setPlainText("\n".join(text.papers))
        ui.feeEdit.setText(text.fee)
        ui.timeEdit.setText(text.processing_time)
        ui.tipsEdit.setPlainText("\n".join(text.tips))

    def data(self) -> dict[str, object]:
        """What is typed, in the handout file format."""
        ui = self.ui
        return {
            "code": self.code,
            "title": ui.titleEdit.text(),
            "steps": _lines(ui.stepsEdit),
            "papers": _lines(ui.papersEdit),
            "processing_time": ui.timeEdit.text(),
            "fee": ui.feeEdit.text(),
            "tips": _lines(ui.tipsEdit),
        }

    def _check(self) -> list[str]:
        problems = validate_handout_text(self.data(), expected_code=self.code)
        self.ui.problemsLabel.setText("\n".join(problems))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)
        return problems

    def accept(self) -> None:
        """Save the wording for every desk; what was typed stays if it cannot be saved."""
        if self._check():
            return
        try:
            self.changed = save_text(
                self.db, parse_handout_text(self.data(), self.code), actor=self.actor
            )
        except HandoutTextError as exc:
            self.ui.problemsLabel.setText(str(exc))
            return
        super().accept()

    def _reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục nội dung gốc"),
            self.tr("Bỏ nội dung xã đã sửa và dùng lại nội dung gốc của phần mềm?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.changed = reset_text(self.db, self.code, actor=self.actor)
        super().accept()
