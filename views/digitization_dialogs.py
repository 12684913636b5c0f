"""Dialogs of the Số hóa screen: register papers (or a whole book), send back with a reason."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from models.appointments import add_working_days
from models.db import Database
from models.digitization import (
    NewItem,
    book_volumes,
    create_items,
    due_working_days,
)
from models.digitization_queries import VisitPapers
from models.digitization_workflow import KIND_LABELS, KINDS, REASON_LABELS, REASONS, WorkflowError
from ui.ui_digitization_item_dialog import Ui_DigitizationItemDialog
from ui.ui_send_back_dialog import Ui_SendBackDialog
from views.qt_dates import from_qdate, to_qdate


def parse_pages(text: str) -> list[int] | None:
    """ "3" → [3]; "120 98, 143" → [120, 98, 143]; anything else → None."""
    parts = [part for part in re.split(r"[\s,;]+", text.strip()) if part]
    if not parts or not all(part.isdigit() for part in parts):
        return None
    return [int(part) for part in parts]


class DigitizationItemDialog(QDialog):
    """Register the papers of a visit (one item per document) or a whole book (one per volume).

    Errors stay in the dialog with what was typed; ``created`` carries the new ids.
    """

    created = Signal(list)

    def __init__(
        self,
        db: Database,
        *,
        actor: str,
        today: date,
        book: bool = False,
        visit: VisitPapers | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.book = book
        self.visit = visit
        self.today = today
        self.ui = Ui_DigitizationItemDialog()
        self.ui.setupUi(self)
        for code in KINDS:
            self.ui.kindCombo.addItem(KIND_LABELS[code], code)
        self.ui.dueEdit.setDate(to_qdate(add_working_days(today, due_working_days(db))))
        self.ui.yearSpin.setValue(0)
        for widget in (
            self.ui.yearLabel,
            self.ui.yearSpin,
            self.ui.volumesLabel,
            self.ui.volumesSpin,
        ):
            widget.setVisible(book)
        if book:
            self.setWindowTitle(self.tr("Nhập cả sổ: mỗi quyển một mục"))
            self.ui.kindCombo.setCurrentIndex(KINDS.index("civil_status_book"))
            self.ui.kindCombo.setEnabled(False)
            self.ui.referenceLabel.setText(self.tr("Tên &sổ"))
            self.ui.referenceEdit.setPlaceholderText(self.tr("ví dụ: Sổ đăng ký khai sinh"))
            self.ui.documentEdit.setPlaceholderText(self.tr("không bắt buộc"))
            self.ui.introLabel.setText(
                self.tr("Mỗi quyển của sổ thành một mục số hóa riêng, theo dõi từng bước.")
            )
            self.ui.ownerLabel.setVisible(False)
            self.ui.ownerEdit.setVisible(False)
        elif visit is not None:
            self._prefill(visit)
        else:
            self.ui.introLabel.setText(
                self.tr(
                    "Nhiều tài liệu cùng hồ sơ: ghi tên cách nhau bằng dấu ; và số trang "
                    "của từng tài liệu."
                )
            )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _prefill(self, visit: VisitPapers) -> None:
        self.setWindowTitle(self.tr("Số hóa giấy tờ của lượt hỗ trợ"))
        self.ui.introLabel.setText(
            self.tr(
                "Lượt hỗ trợ có «Số hóa giấy tờ». Ghi nhận giấy tờ cần số hóa: nhập số trang "
                "(nhiều tài liệu: cách nhau bằng dấu ;)."
            )
        )
        self.ui.referenceEdit.setText(visit.reference)
        self.ui.ownerEdit.setText(visit.owner_name)
        self.ui.documentEdit.setText(visit.document_hint)
        self.ui.pagesEdit.setFocus()

    def _items(self) -> list[NewItem]:
        pages = parse_pages(self.ui.pagesEdit.text())
        if pages is None:
            raise WorkflowError(self.tr("Hãy nhập số trang bằng chữ số, ví dụ 3 hoặc 120 98 143."))
        due = from_qdate(self.ui.dueEdit.date())
        if self.book:
            year = self.ui.yearSpin.value() or None
            items = book_volumes(
                self.ui.referenceEdit.text(),
                year,
                self.ui.volumesSpin.value(),
                pages,
                document_name=self.ui.documentEdit.text(),
            )
            return [_with_due(item, due) for item in items]
        names = [name.strip() for name in self.ui.documentEdit.text().split(";") if name.strip()]
        names = names or [""]
        if len(pages) not in (1, len(names)):
            raise WorkflowError(
                self.tr("Có {n} tài liệu: nhập một số trang chung hoặc {n} số trang.").format(
                    n=len(names)
                )
            )
        visit = self.visit
        return [
            NewItem(
                kind=str(self.ui.kindCombo.currentData()),
                reference=self.ui.referenceEdit.text(),
                document_name=name,
                pages=pages[0] if len(pages) == 1 else pages[number],
                procedure_code=visit.procedure_code if visit else None,
                visit_id=visit.visit_id if visit else None,
                owner_name=self.ui.ownerEdit.text(),
                due_date=due,
            )
            for number, name in enumerate(names)
        ]

    def save(self) -> None:
        """Create the items; on an error say why and keep everything typed."""
        try:
            ids = create_items(self.db, self._items(), actor=self.actor)
        except WorkflowError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.created.emit(ids)
        self.accept()


def _with_due(item: NewItem, due: date) -> NewItem:
    return NewItem(
        kind=item.kind,
        reference=item.reference,
        document_name=item.document_name,
        pages=item.pages,
        due_date=due,
    )


class SendBackDialog(QDialog):
    """One reason (and a note) for every selected item sent back to be scanned again."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SendBackDialog()
        self.ui.setupUi(self)
        for code in REASONS:
            self.ui.reasonCombo.addItem(REASON_LABELS[code], code)
        self.ui.introLabel.setText(
            self.tr(
                "Trả {n} tài liệu về bước «Cần quét lại». Chúng sẽ hiện đánh dấu ⚑ cho người quét."
            ).format(n=count)
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    @property
    def reason(self) -> str:
        """The reason code chosen."""
        return str(self.ui.reasonCombo.currentData())

    @property
    def note(self) -> str:
        """The note typed (may be empty)."""
        return self.ui.noteEdit.text()
