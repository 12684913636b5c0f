"""Exporting from the chair's screen, and the reminder when today is neither locked nor sent."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from models.commune import save_profile
from models.day_lock import lock_day
from models.db import Database
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit
from printing.daily_export import was_exported
from tests.actors import admin, chair, desk
from tests.views.conftest import NOW
from views.export_dialog import ExportDialog, period_of
from views.main_window import MainWindow


def add_visit(db: Database, ref: ReferenceData, when: datetime = datetime(2026, 11, 23, 8)) -> None:
    clean, errors = validate_visit(
        VisitInput(
            occurred_at=when, citizen_name="Vàng Thị Dợ", assistance=["vneid"], outcome="helped"
        ),
        ref,
    )
    assert clean is not None, errors
    save_visit(db, clean, actor="desk")


def test_periods_are_the_day_its_week_and_its_month() -> None:
    day = date(2026, 11, 25)
    assert period_of("day", day) == (day, day)
    assert period_of("week", day) == (date(2026, 11, 23), date(2026, 11, 29))
    assert period_of("month", day) == (date(2026, 11, 1), date(2026, 11, 30))
    assert period_of("month", date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_export_writes_the_chosen_formats_to_the_folder(
    qtbot: QtBot, db: Database, ref: ReferenceData, tmp_path: Path
) -> None:
    save_profile(db, actor=admin("t"), code="10507", name="Xã Tân Lập")
    add_visit(db, ref)
    dialog = ExportDialog(db, NOW.date(), tmp_path / "usb", actor=desk("chair"))
    qtbot.addWidget(dialog)
    dialog.ui.csvCheck.setChecked(False)
    dialog.export_button.click()
    names = sorted(p.name for p in (tmp_path / "usb").iterdir())
    assert names == [f"BC-NGAY_10507_2026-11-23.{ext}" for ext in ("json", "pdf", "xlsx")]
    doc = json.loads((tmp_path / "usb" / "BC-NGAY_10507_2026-11-23.json").read_text("utf-8"))
    assert doc["totals"]["visits"] == 1 and "Vàng" not in json.dumps(doc, ensure_ascii=False)
    assert "Đã lưu 3 tệp" in dialog.ui.resultLabel.text()
    assert was_exported(db, NOW.date())


def test_export_says_what_is_missing(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = ExportDialog(db, NOW.date(), tmp_path, actor=desk("chair"))
    qtbot.addWidget(dialog)
    dialog.export_button.click()
    assert "Thông tin xã" in dialog.ui.resultLabel.text()  # no commune profile yet
    dialog.ui.folderEdit.setText("")
    dialog.export_button.click()
    assert "thư mục" in dialog.ui.resultLabel.text()


def test_the_reminder_comes_once_after_its_time_unless_locked_or_sent(
    qtbot: QtBot, db: Database, ref: ReferenceData
) -> None:
    add_visit(db, ref)
    clock = [datetime(2026, 11, 23, 16, 0)]
    window = MainWindow(db, actor=desk("chair"), clock=lambda: clock[0])
    qtbot.addWidget(window)
    assert not window.check_reminder()  # before 16:30
    clock[0] = datetime(2026, 11, 23, 16, 31)
    assert window.check_reminder()
    assert "chưa chốt" in window.ui.statusBar.currentMessage()
    assert not window.check_reminder()  # once a day
    clock[0] = datetime(2026, 11, 24, 16, 45)
    add_visit(db, ref, datetime(2026, 11, 24, 9))
    lock_day(db, date(2026, 11, 24), actor=chair("chair"))
    assert not window.check_reminder()  # locked: nothing to remind


def test_export_can_send_the_files_by_email(
    qtbot: QtBot, db: Database, ref: ReferenceData, tmp_path: Path
) -> None:
    from aiosmtpd.controller import Controller

    from models.mail import MailSettings, save_mail_settings
    from tests.models.test_mail import Inbox, free_port

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        save_profile(db, actor=admin("t"), code="10507", name="Xã Tân Lập")
        save_mail_settings(
            db,
            MailSettings(
                host="127.0.0.1",
                port=port,
                security="none",
                sender="xa@example.org",
                recipient="tinh@example.org",
            ),
            actor=desk("admin"),
        )
        add_visit(db, ref)
        dialog = ExportDialog(
            db, NOW.date(), tmp_path / "usb", actor=desk("chair"), config_dir=tmp_path / "config"
        )
        qtbot.addWidget(dialog)
        assert dialog.ui.sendCheck.isEnabled() and "tinh@example.org" in dialog.ui.sendCheck.text()
        dialog.ui.xlsxCheck.setChecked(False)
        dialog.ui.sendCheck.setChecked(True)
        dialog.export_button.click()
    finally:
        controller.stop()
    (message,) = inbox.messages
    names = sorted(part.get_filename() for part in message.iter_attachments())
    assert names == ["BC-NGAY_10507_2026-11-23.json", "BC-NGAY_10507_2026-11-23.pdf"]
    assert "Đã gửi thư tới tinh@example.org" in dialog.ui.resultLabel.text()


def test_a_failed_email_keeps_the_files_and_says_so(
    qtbot: QtBot, db: Database, ref: ReferenceData, tmp_path: Path
) -> None:
    from models.mail import MailSettings, save_mail_settings
    from tests.models.test_mail import free_port

    save_profile(db, actor=admin("t"), code="10507", name="Xã Tân Lập")
    save_mail_settings(
        db,
        MailSettings(
            host="127.0.0.1",
            port=free_port(),
            security="none",
            sender="xa@example.org",
            recipient="tinh@example.org",
        ),
        actor=desk("admin"),
    )
    dialog = ExportDialog(
        db, NOW.date(), tmp_path / "usb", actor=desk("chair"), config_dir=tmp_path / "config"
    )
    qtbot.addWidget(dialog)
    dialog.ui.sendCheck.setChecked(True)
    dialog.export_button.click()
    assert len(list((tmp_path / "usb").iterdir())) == 3
    assert "đã được lưu" in dialog.ui.resultLabel.text()
