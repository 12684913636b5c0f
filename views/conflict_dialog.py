"""An edit collided with another desk's: both versions side by side, and the clerk decides."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from models.db import Database
from models.reference import ReferenceData
from models.text import clean
from models.validation import format_date, mask_id
from models.visit_input import VisitInput
from models.visit_queries import load_for_edit
from models.visits import VisitNotFound
from ui.ui_conflict_dialog import Ui_ConflictDialog

DIFFERENT = QColor("#fff4c2")


class Choice(Enum):
    """What the clerk chose."""

    MINE = "mine"  # write my version over the newest one
    THEIRS = "theirs"  # keep what the other desk saved
    LATER = "later"  # decide later; the form keeps what I typed


FIELDS = (
    QT_TRANSLATE_NOOP("ConflictDialog", "Thời điểm"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Họ và tên"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Năm sinh"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Giới tính"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Điện thoại"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Số định danh"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Thôn, tổ"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Thủ tục"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Hình thức hỗ trợ"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Kênh nộp"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Kết quả"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Mã hồ sơ"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Lý do"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Cán bộ"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Ghi chú"),
)


def _id_shown(text: str) -> str:
    """An ID number as the list shows it: never more than its last four digits."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return mask_id(digits[-4:]) if digits else ""


def visit_values(visit: VisitInput, ref: ReferenceData) -> list[str]:
    """The visit's fields as text, in the order of ``FIELDS``."""
    procedure = ref.procedure(visit.procedure_code)
    reason = ref.label("reason", visit.reason_code)
    if visit.reason_text:
        reason = f"{reason}: {visit.reason_text}" if reason else visit.reason_text
    when = visit.occurred_at
    return [
        f"{when:%H:%M} {format_date(when.date())}",
        clean(visit.citizen_name),
        str(visit.birth_year or ""),
        ref.label("sex", visit.sex),
        clean(visit.phone),
        _id_shown(visit.id_number),
        clean(visit.village),
        procedure.display if procedure else clean(visit.procedure_code),
        ", ".join(ref.short_label("assistance", c) for c in sorted(visit.assistance)),
        ref.label("channel", visit.channel),
        ref.label("outcome", visit.outcome),
        clean(visit.dossier_code).upper(),
        reason,
        clean(visit.clerk_name),
        clean(visit.note),
    ]


class ConflictDialog(QDialog):
    """Shows my version and the other desk's, row by row, differences marked."""

    def __init__(
        self,
        mine: VisitInput,
        theirs: VisitInput,
        ref: ReferenceData,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = Choice.LATER
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(
            self.tr(
                "Trong lúc bạn sửa, một bàn khác đã lưu thay đổi cho lượt hỗ trợ này. Không có "
                "gì bị ghi đè. Hãy xem hai bản dưới đây rồi chọn bản giữ lại."
            )
        )
        table = self.ui.fieldsTable
        table.setRowCount(len(FIELDS))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: the buttons take the keys
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):  # both versions get the same width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.differences: list[str] = []
        for row, (name, left, right) in enumerate(
            zip(FIELDS, visit_values(mine, ref), visit_values(theirs, ref), strict=True)
        ):
            title = QCoreApplication.translate("ConflictDialog", str(name))
            items = [QTableWidgetItem(title), QTableWidgetItem(left), QTableWidgetItem(right)]
            if left != right:
                self.differences.append(title)
                for item in items:
                    item.setBackground(QBrush(DIFFERENT))
                font = items[0].font()
                font.setBold(True)
                items[0].setFont(font)
            for column, item in enumerate(items):
                table.setItem(row, column, item)
        self.ui.keepMineButton.clicked.connect(lambda: self._choose(Choice.MINE))
        self.ui.takeTheirsButton.clicked.connect(lambda: self._choose(Choice.THEIRS))
        self.ui.laterButton.clicked.connect(lambda: self._choose(Choice.LATER))

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.LATER:
            self.reject()
        else:
            self.accept()


def ask_about_conflict(
    parent: QWidget, db: Database, ref: ReferenceData, visit_id: str, mine: VisitInput
) -> tuple[Choice, int | None]:
    """Show both versions of a visit another desk changed; return the choice and the version
    now stored (``None`` when the visit was deleted meanwhile: nothing to choose then)."""
    loaded = load_for_edit(db, visit_id)
    if loaded is None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ConflictDialog", "Không lưu được"),
            VisitNotFound.message,
        )
        return Choice.LATER, None
    theirs, version = loaded
    dialog = ConflictDialog(mine, theirs, ref, parent)
    dialog.exec()
    return dialog.choice, version
