"""The batch print of handouts: common procedures first, one job, copies as pages, stop, log."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.commune import load_profile
from models.db import Database
from models.entities import HandoutPrint, Procedure
from models.handout_edits import current_text
from models.handout_log import handouts_printed
from models.handout_stack import common_procedures
from models.reference import ReferenceData, procedure_details
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit
from printing.handout import write_handout
from printing.handout_request import HandoutRequest
from tests.actors import DESK
from views.batch_print_dialog import BatchPrintDialog
from views.workers import Background

TODAY = date(2026, 11, 23)
MARRIAGE = "1.000894"  # Đăng ký kết hôn
RESIDENCE = "1.004222"  # Đăng ký thường trú
BIRTH = "1.001193"  # Đăng ký khai sinh
DEATH = "1.000656"  # Đăng ký khai tử
NO_TEXT = "9.999999"  # a procedure the commune added, without a handout text yet


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdf_info(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def page_count(path: Path) -> int:
    found = re.search(r"^Pages:\s+(\d+)$", pdf_info(path), re.M)
    assert found is not None
    return int(found.group(1))


def handout_pdf(db: Database, code: str, size: str, path: Path) -> Path:
    """The handout of ``code`` on its own, as the handout screen writes it."""
    details = procedure_details(db, code)
    assert details is not None
    request = HandoutRequest(
        procedure_code=code,
        procedure_name=details.name,
        portal_url=details.portal_url,
        text=current_text(db, code),
        size=size,
    )
    return write_handout(path, request, load_profile(db))


def save_visits(db: Database, ref: ReferenceData, code: str, count: int) -> None:
    for hour in range(8, 8 + count):
        clean, errors = validate_visit(
            VisitInput(
                occurred_at=datetime(2026, 11, 20, hour),
                citizen_name="Nguyễn Thị Lan",
                assistance=["guided_self_filing"],
                procedure_code=code,
                outcome="helped",
            ),
            ref,
        )
        assert clean is not None, errors
        save_visit(db, clean, actor="desk")


def logged(db: Database) -> list[tuple[str, int, bool, str]]:
    with db.reading() as session:
        rows = session.scalars(select(HandoutPrint).order_by(HandoutPrint.printed_at))
        return [(r.procedure_code, r.copies, r.personalised, r.actor) for r in rows]


def sheets_today(db: Database) -> int:
    today = db.local_now().date()
    return handouts_printed(db, today, today)


@pytest.fixture
def make_dialog(qtbot: QtBot, db: Database) -> Callable[[], BatchPrintDialog]:
    def make() -> BatchPrintDialog:
        dialog = BatchPrintDialog(db, actor=DESK, today=TODAY)
        qtbot.addWidget(dialog)
        return dialog

    return make


def choose(dialog: BatchPrintDialog, codes: list[str], copies: int) -> None:
    """Tick exactly ``codes`` (in list order) and set the copies."""
    dialog.ui.uncheckAllButton.click()
    for row in range(dialog.ui.procedureList.count()):
        item = dialog.ui.procedureList.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in codes:
            item.setCheckState(Qt.CheckState.Checked)
    dialog.ui.copiesSpin.setValue(copies)


def test_the_common_procedures_come_first_and_are_ticked(
    db: Database, ref: ReferenceData, make_dialog: Callable[[], BatchPrintDialog]
) -> None:
    save_visits(db, ref, RESIDENCE, 3)
    save_visits(db, ref, MARRIAGE, 2)
    dialog = make_dialog()
    assert dialog.windowTitle() == "In chồng tờ hướng dẫn để sẵn"
    common = common_procedures(db, TODAY)
    assert common[:2] == [RESIDENCE, MARRIAGE]
    listed = dialog.listed_codes()
    assert listed[: len(common)] == common
    assert sorted(listed) == sorted(p.code for p in ref.procedures)
    assert dialog.checked_codes() == common
    assert dialog.ui.copiesSpin.value() == 5
    assert (dialog.ui.copiesSpin.minimum(), dialog.ui.copiesSpin.maximum()) == (1, 50)
    assert not dialog.ui.stopButton.isEnabled()


def test_three_procedures_two_copies_print_six_pages_in_one_job_and_are_logged(
    db: Database, tmp_path: Path, make_dialog: Callable[[], BatchPrintDialog]
) -> None:
    dialog = make_dialog()
    choose(dialog, [BIRTH, MARRIAGE, RESIDENCE], copies=2)
    steps: list[tuple[int, int]] = []
    ended: list[int] = []
    dialog.progressed.connect(lambda done, total: steps.append((done, total)))
    dialog.printed.connect(ended.append)
    out = tmp_path / "stack.pdf"
    printer = pdf_printer(out)
    printer.setCopyCount(3)  # a job's copy count would repeat the whole stack
    assert dialog.start(printer)
    assert printer.copyCount() == 1
    assert page_count(out) == 6
    assert sheets_today(db) == 6
    in_list_order = [c for c in dialog.listed_codes() if c in (BIRTH, MARRIAGE, RESIDENCE)]
    assert logged(db) == [(code, 2, False, "desk") for code in in_list_order]
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert ended == [3]
    assert dialog.ui.statusLabel.text().startswith("Đã in xong 3/3 thủ tục")
    assert dialog.ui.progressBar.value() == 3
    assert not dialog.is_printing() and not dialog.ui.stopButton.isEnabled()
    assert dialog.ui.printButton.isEnabled()


def test_stop_after_the_first_procedure_logs_only_the_first(
    db: Database, tmp_path: Path, make_dialog: Callable[[], BatchPrintDialog]
) -> None:
    dialog = make_dialog()
    choose(dialog, [BIRTH, MARRIAGE, RESIDENCE], copies=2)
    first = dialog.checked_codes()[0]
    seen_stop_enabled: list[bool] = []

    def stop_after_first(done: int, _total: int) -> None:
        seen_stop_enabled.append(dialog.ui.stopButton.isEnabled())
        if done == 1:
            dialog.cancel()

    dialog.progressed.connect(stop_after_first)
    out = tmp_path / "stopped.pdf"
    assert dialog.start(pdf_printer(out))
    assert seen_stop_enabled == [True]  # Dừng works while printing, and nothing ran after it
    assert logged(db) == [(first, 2, False, "desk")]
    assert sheets_today(db) == 2
    assert page_count(out) == 2  # a PDF cannot be aborted: the painted copies are kept
    assert dialog.ui.statusLabel.text() == "Đã dừng: đã in 1/3 thủ tục."
    assert not dialog.is_printing() and not dialog.ui.stopButton.isEnabled()


def test_nothing_ticked_prints_nothing(
    db: Database, tmp_path: Path, make_dialog: Callable[[], BatchPrintDialog]
) -> None:
    dialog = make_dialog()
    dialog.ui.uncheckAllButton.click()
    out = tmp_path / "none.pdf"
    assert not dialog.start(pdf_printer(out))
    assert "chọn ít nhất một thủ tục" in dialog.ui.statusLabel.text()
    assert not out.exists()
    assert sheets_today(db) == 0


def test_a_procedure_without_a_handout_text_is_skipped(
    db: Database, tmp_path: Path, make_dialog: Callable[[], BatchPrintDialog]
) -> None:
    with db.transaction() as session:
        session.add(Procedure(code=NO_TEXT, name="Thủ tục mới của xã", name_folded="thu tuc moi"))
    dialog = make_dialog()
    choose(dialog, [NO_TEXT, DEATH], copies=3)
    out = tmp_path / "skipped.pdf"
    assert dialog.start(pdf_printer(out))
    assert logged(db) == [(DEATH, 3, False, "desk")]
    assert page_count(out) == 3
    status = dialog.ui.statusLabel.text()
    assert status.startswith("Đã in xong 1/2 thủ tục")
    assert f"Chưa có tờ hướng dẫn cho thủ tục {NO_TEXT}" in status
    assert "Traceback" not in status


def test_the_print_dialog_gets_the_chosen_paper_and_cancelling_it_prints_nothing(
    db: Database,
    tmp_path: Path,
    make_dialog: Callable[[], BatchPrintDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "a5.pdf"
    answers = [QPrintDialog.DialogCode.Rejected, QPrintDialog.DialogCode.Accepted]

    def answer(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setCopyCount(4)  # ignored: the copies are pages of the job
        return int(answers.pop(0).value)

    monkeypatch.setattr(QPrintDialog, "exec", answer)
    dialog = make_dialog()
    choose(dialog, [BIRTH], copies=1)
    dialog.ui.sizeCombo.setCurrentIndex(dialog.ui.sizeCombo.findData("A5"))
    assert not dialog.start()
    assert sheets_today(db) == 0 and not out.exists()
    assert dialog.start()
    assert "A5" in pdf_info(out)
    assert page_count(out) == page_count(handout_pdf(db, BIRTH, "A5", tmp_path / "one.pdf"))
    assert logged(db) == [(BIRTH, 1, False, "desk")]


def test_closing_while_a_handout_is_being_written_stops_without_logging(
    db: Database,
    tmp_path: Path,
    make_dialog: Callable[[], BatchPrintDialog],
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]],
) -> None:
    held: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def hold(_parent: object, work: Callable[[], Any], on_done: Callable[[Any], None], *_a: Any):
        held.append((work, on_done))  # the PDF is "still being written"

    monkeypatch.setattr(Background, "run", staticmethod(hold))
    dialog = make_dialog()
    dialog.show()
    choose(dialog, [BIRTH, DEATH], copies=2)
    assert dialog.start(pdf_printer(tmp_path / "closed.pdf"))
    assert dialog.is_printing() and dialog.ui.stopButton.isEnabled()
    assert dialog.ui.statusLabel.text().startswith("Đang in 1/2: ")
    dialog.reject()  # Esc, Đóng or the window's close button
    assert dialogs and dialogs[-1][0] == "question"
    assert not dialog.is_printing() and not dialog.isVisible()
    work, on_done = held.pop()
    written = work()
    on_done(written)  # the late result of a stopped job is dropped, its file removed
    assert not Path(written).exists()
    assert logged(db) == [] and sheets_today(db) == 0
    assert dialog.ui.statusLabel.text() == "Đã dừng: đã in 0/2 thủ tục."


def test_escape_closes_when_not_printing(
    qtbot: QtBot, make_dialog: Callable[[], BatchPrintDialog], dialogs: list[tuple[str, str]]
) -> None:
    dialog = make_dialog()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialogs == []
