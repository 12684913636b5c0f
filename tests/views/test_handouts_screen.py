"""The handout screen: the real PDF in the preview, printing logged, Ctrl+P from the desk."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from pytestqt.qtbot import QtBot

from models.db import Database
from models.handout_log import handouts_printed
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit
from tests.actors import DESK
from tests.views.conftest import NOW
from views.handouts_screen import HandoutsScreen
from views.main_window import MainWindow


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_preview_shows_the_chosen_procedure_and_printing_is_counted(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    screen = HandoutsScreen(db, actor=DESK)
    qtbot.addWidget(screen)
    screen.ui.searchEdit.setText("khai sinh")
    assert screen.ui.procedureList.count() >= 1
    screen.select("1.001193")
    assert screen.current_pdf is not None and screen.document.pageCount() == 1
    screen.ui.largePrintCheck.setChecked(True)
    assert screen.document.pageCount() >= 1
    assert screen.print_handout(pdf_printer(tmp_path / "printed.pdf"))
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    today = db.local_now().date()
    assert handouts_printed(db, today, today) == 1


def test_nothing_to_print_without_a_procedure(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    screen = HandoutsScreen(db, actor=DESK)
    qtbot.addWidget(screen)
    assert not screen.print_handout(pdf_printer(tmp_path / "x.pdf"))
    assert "chọn một thủ tục" in screen.ui.messageLabel.text()


def test_ctrl_p_at_the_desk_prints_the_personalised_handout_of_the_visit_just_saved(
    qtbot: QtBot,
    db: Database,
    ref: ReferenceData,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "desk.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    clean, errors = validate_visit(
        VisitInput(
            occurred_at=datetime(2026, 11, 23, 9),
            citizen_name="Nguyễn Thị Lan",
            clerk_name="Phạm Thị Thư",
            assistance=["file_on_behalf"],
            procedure_code="1.001193",
            channel="online_full",
            outcome="submitted",
            dossier_code="H12-0001",
        ),
        ref,
    )
    assert clean is not None, errors
    window = MainWindow(db, actor=DESK, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.desk_log.last_saved_id = save_visit(db, clean, actor="desk")
    window.desk_log.save_and_print()
    assert window.ui.pages.currentWidget() is window.handouts
    assert window.handouts.ui.nameEdit.text() == "Nguyễn Thị Lan"
    assert window.handouts.ui.dossierEdit.text() == "H12-0001"
    assert window.handouts.ui.clerkEdit.text() == "Phạm Thị Thư"
    assert window.handouts.ui.appointmentCheck.isChecked()
    assert out.exists()
    assert handouts_printed(db, db.local_now().date(), db.local_now().date()) == 1
