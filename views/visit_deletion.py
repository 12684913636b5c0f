"""Deleting visits from the desk log: ask first, then delete; the audit trail keeps them.

The texts keep the desk log's translation context: the question is the desk log's.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from models.day_lock import DayLocked
from models.db import Database
from models.visits import VisitNotFound, delete_visits

log = logging.getLogger(__name__)


def ask_and_delete(parent: QWidget, db: Database, ids: list[str], *, actor: str) -> bool:
    """Delete ``ids`` once the clerk says yes; False when they said no or it failed (said why)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DeskLogScreen", "Xóa lượt hỗ trợ"),
        QCoreApplication.translate(
            "DeskLogScreen",
            "Xóa {count} lượt hỗ trợ đã chọn? Lượt bị xóa không còn trong danh sách và "
            "số liệu, nhưng vẫn được ghi trong nhật ký thay đổi.",
        ).format(count=len(ids)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        delete_visits(db, ids, actor=actor)
    except (VisitNotFound, DayLocked) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("DeskLogScreen", "Không xóa được"), exc.message
        )
        return False
    except SQLAlchemyError:
        log.exception("deleting visits failed")
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("DeskLogScreen", "Không xóa được"),
            QCoreApplication.translate(
                "DeskLogScreen",
                "Không xóa được vì cơ sở dữ liệu không phản hồi. Hãy thử lại sau ít phút; "
                "nếu vẫn lỗi, báo người phụ trách kỹ thuật.",
            ),
        )
        return False
    return True
