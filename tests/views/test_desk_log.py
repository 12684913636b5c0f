"""The desk log as a clerk meets it: keyboard entry, the day's list, validation, edit, delete."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.db import Database
from models.summary import day_counters
from models.visit_queries import visits_on
from tests.actors import chair
from tests.views.conftest import NOW, Keyboard
from views.desk_log import DeskLogScreen

ALT = Qt.KeyboardModifier.AltModifier


def type_marriage_visit(keyboard: Keyboard, screen: DeskLogScreen) -> None:
    """A whole visit, keyboard only: name, year, sex, village, procedure, chip, channel, outcome."""
    keyboard.type("Nguyễn Văn An")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("1960")
    keyboard.press(Qt.Key.Key_Tab)
    assert keyboard.focus() is screen.ui.maleRadio
    keyboard.press(Qt.Key.Key_Space)
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("Thôn Đông")
    keyboard.tab_to("procedureEdit")
    keyboard.type("1.000894")
    screen.ui.procedureEdit.completer().popup().hide()
    keyboard.press(Qt.Key.Key_3, ALT)  # Nộp thay
    # Tab enters the channel group on its checked radio (the procedure proposes "Một phần"), or on
    # the first one when none is checked yet.
    keyboard.tab_to("channelFullRadio", "channelPartialRadio")
    if keyboard.focus() is screen.ui.channelFullRadio:
        keyboard.press(Qt.Key.Key_Space)
        keyboard.press(Qt.Key.Key_Right)  # from a checked radio, arrows move the choice
    assert screen.form.channel.code() == "online_partial"
    keyboard.press(Qt.Key.Key_Tab)
    assert keyboard.focus() is screen.ui.submittedRadio
    keyboard.press(Qt.Key.Key_Space)
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("h12.34-261123-0001")


def test_a_visit_typed_with_the_keyboard_is_saved_and_listed(
    screen: DeskLogScreen, keyboard: Keyboard, db: Database
) -> None:
    assert keyboard.focus() is screen.ui.nameEdit
    type_marriage_visit(keyboard, screen)
    assert screen.ui.saveButton.isEnabled()

    keyboard.press(Qt.Key.Key_Return)

    rows = visits_on(db, NOW.date())
    assert len(rows) == 1
    row = rows[0]
    assert row.citizen_name == "Nguyễn Văn An"
    assert row.birth_year == 1960
    assert row.village == "Thôn Đông"
    assert row.procedure_code == "1.000894"
    assert row.assistance == ("file_on_behalf",)
    assert row.channel == "online_partial"
    assert row.outcome == "submitted"
    assert row.dossier_code == "H12.34-261123-0001"
    assert row.clerk_name == "Lê Thị Hoa"
    # The list shows it, the counters moved, the form is empty and the cursor is back in the name.
    assert screen.proxy.rowCount() == 1
    assert screen.proxy.index(0, 1).data() == "Nguyễn Văn An"
    assert "Lượt 1 · Nộp trực tuyến 1 (100%)" in screen.ui.countersLabel.text()
    assert screen.ui.nameEdit.text() == ""
    assert QApplication.focusWidget() is screen.ui.nameEdit
    assert screen.ui.clerkCombo.currentText() == "Lê Thị Hoa"  # sticky


def test_service_time_is_measured_from_the_first_keystroke(
    screen: DeskLogScreen, keyboard: Keyboard, db: Database
) -> None:
    type_marriage_visit(keyboard, screen)
    keyboard.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    from models.entities import Visit

    with db.reading() as session:
        (visit,) = session.query(Visit).all()
    assert visit.service_seconds is not None and visit.service_seconds >= 0


def test_validation_messages_appear_next_to_the_field(
    screen: DeskLogScreen, keyboard: Keyboard, db: Database
) -> None:
    keyboard.type("Trần Thị Bình")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("1985")
    screen.ui.idEdit.setFocus()
    keyboard.type("12345")
    assert screen.ui.idError.isVisible()
    assert screen.ui.idError.text() == "Số định danh phải có 12 chữ số."
    assert not screen.ui.saveButton.isEnabled()
    # Enter on an invalid form saves nothing, shows every error and keeps what was typed.
    keyboard.press(Qt.Key.Key_Return)
    assert visits_on(db, NOW.date()) == []
    assert screen.ui.assistanceError.text() == "Chọn ít nhất một hình thức hỗ trợ."
    assert screen.ui.nameEdit.text() == "Trần Thị Bình"
    assert screen.ui.idEdit.text() == "12345"


def test_id_and_birth_year_must_agree(screen: DeskLogScreen, keyboard: Keyboard) -> None:
    keyboard.type("Lò Văn Páo")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("1970")
    screen.ui.idEdit.setFocus()
    keyboard.type("011080001234")  # encodes 1980
    assert "năm sinh 1980" in screen.ui.idError.text()


def test_phone_needs_consent(screen: DeskLogScreen, keyboard: Keyboard) -> None:
    screen.ui.phoneEdit.setFocus()
    keyboard.type("0912345678")
    assert "đồng ý" in screen.ui.phoneError.text()
    screen.ui.phoneConsentCheck.setChecked(True)
    assert not screen.ui.phoneError.isVisible()


def test_consent_is_never_ticked_for_the_citizen(screen: DeskLogScreen) -> None:
    assert "đồng ý" in screen.ui.purposeLabel.text()
    assert not screen.ui.phoneConsentCheck.isChecked()
    screen.ui.phoneConsentCheck.setChecked(True)
    screen.clear_or_cancel()
    assert not screen.ui.phoneConsentCheck.isChecked()
    screen.repeat_last()
    assert not screen.ui.phoneConsentCheck.isChecked()


def test_not_completed_swaps_dossier_for_reason(screen: DeskLogScreen) -> None:
    screen.ui.notCompletedRadio.setChecked(True)
    assert screen.ui.reasonCombo.isVisible()
    assert not screen.ui.dossierEdit.isVisible()
    screen.ui.helpedRadio.setChecked(True)
    assert not screen.ui.reasonCombo.isVisible()


def test_procedure_suggestions_ignore_accents(screen: DeskLogScreen, keyboard: Keyboard) -> None:
    screen.ui.procedureEdit.setFocus()
    keyboard.type("dang ky ket hon")
    model = screen.ui.procedureEdit.completer().model()
    shown = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert shown == ["1.000894 · Đăng ký kết hôn"]


def test_escape_clears_and_ctrl_d_repeats_the_last_visit(
    screen: DeskLogScreen, keyboard: Keyboard
) -> None:
    type_marriage_visit(keyboard, screen)
    keyboard.press(Qt.Key.Key_Return)
    keyboard.type("Phạm Thị Cúc")
    keyboard.press(Qt.Key.Key_Escape)
    assert screen.ui.nameEdit.text() == ""
    keyboard.press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert screen.ui.procedureEdit.text() == "1.000894 · Đăng ký kết hôn"
    assert screen.form.chips.selected() == ["file_on_behalf"]
    assert screen.form.channel.code() == "online_partial"


def test_filter_is_accent_and_case_insensitive(screen: DeskLogScreen, keyboard: Keyboard) -> None:
    type_marriage_visit(keyboard, screen)
    keyboard.press(Qt.Key.Key_Return)
    screen.ui.filterEdit.setText("nguyen van")
    assert screen.proxy.rowCount() == 1
    screen.ui.filterEdit.setText("DONG")  # the village "Thôn Đông"
    assert screen.proxy.rowCount() == 1
    screen.ui.filterEdit.setText("khai sinh")
    assert screen.proxy.rowCount() == 0


def test_editing_a_row_updates_the_same_visit(
    screen: DeskLogScreen, keyboard: Keyboard, db: Database
) -> None:
    type_marriage_visit(keyboard, screen)
    keyboard.press(Qt.Key.Key_Return)
    screen.edit_visit(visits_on(db, NOW.date())[0].id)
    assert screen.ui.editBanner.isVisible()
    assert "Đang sửa lượt lúc 09:30" in screen.ui.editBannerLabel.text()
    screen.ui.noteEdit.setFocus()
    keyboard.type("Hẹn trả kết quả thứ Sáu")
    keyboard.press(Qt.Key.Key_Return)
    rows = visits_on(db, NOW.date())
    assert len(rows) == 1
    assert rows[0].note == "Hẹn trả kết quả thứ Sáu"
    assert not screen.ui.editBanner.isVisible()


def test_delete_asks_then_removes_from_list_and_counters(
    screen: DeskLogScreen, keyboard: Keyboard, db: Database, dialogs: list[tuple[str, str]]
) -> None:
    type_marriage_visit(keyboard, screen)
    keyboard.press(Qt.Key.Key_Return)
    screen.ui.visitTable.selectRow(0)
    screen.delete_selected()
    assert dialogs and dialogs[0][0] == "question"
    assert visits_on(db, NOW.date()) == []
    assert day_counters(db, NOW.date()).visits == 0
    assert screen.proxy.rowCount() == 0


def test_a_backdated_visit_lands_on_its_day_and_the_day_stays(
    screen: DeskLogScreen, keyboard: Keyboard, db: Database
) -> None:
    from PySide6.QtCore import QDateTime

    screen.ui.whenEdit.setDateTime(QDateTime(datetime(2026, 11, 20, 8, 15)))
    screen.ui.nameEdit.setFocus()
    type_marriage_visit(keyboard, screen)
    keyboard.press(Qt.Key.Key_Return)
    assert len(visits_on(db, date(2026, 11, 20))) == 1
    assert screen.current_day() == date(2026, 11, 20)
    assert screen.ui.whenEdit.dateTime().toPython().date() == date(2026, 11, 20)


def test_future_visits_are_refused(screen: DeskLogScreen, keyboard: Keyboard) -> None:
    from PySide6.QtCore import QDateTime

    screen.ui.whenEdit.setDateTime(QDateTime(datetime(2026, 11, 24, 8, 0)))
    screen.ui.nameEdit.setFocus()
    type_marriage_visit(keyboard, screen)
    keyboard.press(Qt.Key.Key_Return)
    assert "chưa tới" in screen.ui.whenError.text()


def test_a_chosen_procedure_proposes_its_online_level(
    screen: DeskLogScreen, keyboard: Keyboard
) -> None:
    screen.ui.procedureEdit.setFocus()
    keyboard.type("1.001193")
    screen.ui.procedureEdit.completer().popup().hide()
    keyboard.press(Qt.Key.Key_Tab)
    assert screen.form.channel.code() == "online_full"  # Đăng ký khai sinh: toàn trình


def test_village_suggestions_ignore_accents_and_a_new_village_is_added(
    screen: DeskLogScreen, keyboard: Keyboard, db: Database
) -> None:
    type_marriage_visit(keyboard, screen)  # adds "Thôn Đông"
    keyboard.press(Qt.Key.Key_Return)
    assert [v.name for v in screen.ref.villages] == ["Thôn Đông"]
    screen.ui.villageCombo.setFocus()
    keyboard.type("dong")
    model = screen.form.villages.completer.model()
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == ["Thôn Đông"]


def test_a_locked_day_shows_who_locked_it_and_refuses_changes(
    screen: DeskLogScreen, keyboard: Keyboard, db: Database, dialogs: list[tuple[str, str]]
) -> None:
    from models.day_lock import lock_day

    type_marriage_visit(keyboard, screen)
    keyboard.press(Qt.Key.Key_Return)
    lock_day(db, NOW.date(), actor=chair("Chủ tịch Hà Văn Bình"))
    screen.load_day(NOW.date())
    assert screen.ui.dayLockLabel.isVisible()
    assert "Hà Văn Bình" in screen.ui.dayLockLabel.text()
    assert not screen.ui.deleteButton.isEnabled()
    # A new visit on the locked day is refused with the reason, and what was typed stays.
    type_marriage_visit(keyboard, screen)
    keyboard.press(Qt.Key.Key_Return)
    assert dialogs[-1][0] == "warning" and "đã chốt số liệu" in dialogs[-1][1]
    assert screen.ui.nameEdit.text() == "Nguyễn Văn An"
    assert len(visits_on(db, NOW.date())) == 1
