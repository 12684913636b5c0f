"""The daily report as XLSX, read back with openpyxl."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from models.reference import ReferenceData
from printing.daily_report_xlsx import DATA_SHEET, EXCEL_CELL_LIMIT, SHEET, write_daily_xlsx
from tests.printing.conftest import (
    CITIZENS,
    CLERK,
    GENERATED_AT,
    LOCK,
    PHONE,
    VILLAGES,
    ReportCase,
)

DOCUMENT: dict[str, Any] = {
    "schema": "motcua.daily-summary/1",
    "commune": {"code": "10507", "name": "Xã Tân Lập"},
    "date": "2026-11-23",
    "locked": True,
    "totals": {"visits": 4, "citizens": 4},
    "checksum": "sha256:00",
}


def write(case: ReportCase, path: Path, **kwargs: Any) -> Workbook:
    kwargs.setdefault("generated_at", GENERATED_AT)
    write_daily_xlsx(path, case.summary, case.profile, case.ref, LOCK, **kwargs)
    return load_workbook(path)


@pytest.fixture
def book(case: ReportCase, tmp_path: Path) -> Workbook:
    return write(case, tmp_path / "BC-NGAY_10507_2026-11-23.xlsx", document=DOCUMENT)


def sheet(book: Workbook) -> Worksheet:
    ws = book[SHEET]
    assert isinstance(ws, Worksheet)
    return ws


def texts(ws: Worksheet) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


def table_after(ws: Worksheet, title: str) -> dict[str, list[Any]]:
    """The rows of the table under ``title``: first text cell after STT -> the numbers."""
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    start = next(i for i, row in enumerate(rows) if row[0] == title)
    assert rows[start + 1][0] == "STT"
    table: dict[str, list[Any]] = {}
    for row in rows[start + 2 :]:
        if all(value is None for value in row):
            break
        # The label: the last text in B:C (B holds a procedure's code, C its name).
        label = row[0] if row[0] == "Tổng cộng" else [v for v in row[1:3] if v][-1]
        table[label] = [v for v in row[3:] if v is not None]
    return table


def test_the_report_sheet_names_commune_recipient_date_and_lock(book: Workbook) -> None:
    assert book.sheetnames[0] == SHEET
    found = texts(sheet(book))
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN LẬP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tân Lập, ngày 23 tháng 11 năm 2026",
        "BÁO CÁO TỔNG HỢP NGÀY",
        "Ngày 23/11/2026",
        "Kính gửi: UBND tỉnh Phú Thọ",
        "10507",
        "Số liệu đã chốt lúc 16:45 ngày 23/11/2026 bởi Lê Văn Chủ",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nơi nhận:",
    ):
        assert expected in found, expected


def test_key_figures_are_numbers_equal_to_the_summary(book: Workbook, case: ReportCase) -> None:
    ws = sheet(book)
    values = {row[1].value: row[3].value for row in ws.iter_rows(min_row=1) if row[1].value}
    summary = case.summary
    expected = {
        "Tổng số lượt hỗ trợ": summary.visits,
        "Số người dân được hỗ trợ": summary.citizens,
        "Số lượt hỗ trợ có thủ tục hành chính": summary.procedure_visits,
        "Số hồ sơ nộp trực tuyến": summary.online_submitted,
        "Số lượt chưa hoàn thành": summary.not_completed,
        "Số tờ hướng dẫn đã in": 0,
    }
    for label, number in expected.items():
        assert type(values[label]) is int and values[label] == number, label
    assert values["Tỷ lệ nộp trực tuyến trên số lượt có thủ tục hành chính"] == pytest.approx(2 / 3)
    assert values["Thời gian hỗ trợ bình quân (phút/lượt)"] == pytest.approx(10.0)


def test_tables_hold_every_label_in_vietnamese_and_int_counts(
    book: Workbook, case: ReportCase
) -> None:
    ws = sheet(book)
    ref: ReferenceData = case.ref
    assistance = table_after(ws, "1. Theo hình thức hỗ trợ")
    assert list(assistance) == [ref.label("assistance", c) for c in ref.codes("assistance")]
    for code, count in case.summary.by_assistance.items():
        assert assistance[ref.label("assistance", code)] == [count]
    procedures = table_after(ws, "2. Theo thủ tục hành chính")
    assert procedures["Đăng ký khai sinh"] == [2, 2]
    assert procedures["Tổng cộng"] == [3, 2]
    outcomes = table_after(ws, "4. Theo kết quả hỗ trợ")
    assert outcomes["Tổng cộng"] == [4]
    assert table_after(ws, "5. Lý do chưa hoàn thành")["Thiếu giấy tờ"] == [1]
    assert table_after(ws, "6. Người dân thuộc nhóm cần quan tâm")["Người khuyết tật"] == [1]
    for table in (assistance, procedures, outcomes):
        for numbers in table.values():
            assert all(type(n) is int for n in numbers), numbers


def test_no_personal_data_in_any_cell_of_any_sheet(book: Workbook) -> None:
    found = " | ".join(text for ws in book.worksheets for text in texts(ws))
    for secret in (*CITIZENS, CLERK, *VILLAGES, PHONE, "H12.34-261123-0001"):
        assert secret not in found, secret
        assert secret.upper() not in found, secret


def test_the_hidden_data_sheet_holds_the_json_document(book: Workbook) -> None:
    data = book[DATA_SHEET]
    assert data.sheet_state == "hidden"
    assert data["A1"].value == json.dumps(DOCUMENT, ensure_ascii=False, sort_keys=True)
    assert json.loads(data["A1"].value) == DOCUMENT


def test_no_data_sheet_without_a_document(case: ReportCase, tmp_path: Path) -> None:
    assert write(case, tmp_path / "plain.xlsx").sheetnames == [SHEET]


def test_a_document_longer_than_a_cell_continues_down_column_a(
    case: ReportCase, tmp_path: Path
) -> None:
    document = {**DOCUMENT, "by_procedure": [{"name": "Đăng ký khai sinh " * 40}] * 60}
    data = write(case, tmp_path / "long.xlsx", document=document)[DATA_SHEET]
    cells = [row[0].value for row in data.iter_rows()]
    assert len(cells) > 1 and all(len(cell) <= EXCEL_CELL_LIMIT for cell in cells)
    assert json.loads("".join(cells)) == document


def test_a_label_that_looks_like_a_formula_stays_text(case: ReportCase, tmp_path: Path) -> None:
    labels = {kind: dict(codes) for kind, codes in case.ref.labels.items()}
    labels["assistance"]["other"] = '=HYPERLINK("http://x";"Khác")'
    ref = dataclasses.replace(case.ref, labels=labels)
    path = tmp_path / "formula.xlsx"
    write_daily_xlsx(path, case.summary, case.profile, ref, None)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml
    cells = [c for row in sheet(load_workbook(path)).iter_rows() for c in row]
    [cell] = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")]
    assert cell.data_type == "s"


def test_print_setup_is_a4_portrait_fit_to_width(book: Workbook) -> None:
    ws = sheet(book)
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.page_setup.orientation == ws.ORIENTATION_PORTRAIT
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    header_font = ws["A1"].font
    assert header_font.bold and header_font.name == "Times New Roman"
