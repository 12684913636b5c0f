"""The rows under the table, every sheet of one layout, and the issue's "done when"."""

from __future__ import annotations

import codecs
import unicodedata
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import xlwt

from models.db import Database
from models.import_mapping import ImportMapping
from models.legacy_footer import FooterFinder, is_signature, is_total
from models.legacy_import import read_all_sheets, read_legacy_table
from models.records_format import RecordsError
from models.records_import import ImportOptions, import_records
from models.visit_queries import visits_between, visits_on
from tests.models.legacy_books import (
    FOOTER,
    HEADER,
    ODD_NAMES,
    ROWS,
    encode_cp1258,
    logbook,
    odd_logbook,
)
from tests.models.test_legacy_text import encode_tcvn3

NOW = datetime(2026, 11, 23, 12, 0)
BY_HAND = ImportMapping(
    {"Người đến làm việc": "Họ và tên", "Việc cần làm": None},
    procedures={"Dang ky khai sinh cho tre": "1.001193"},
    labels={"assistance": {"Cài app trên điện thoại": "vneid"}},
)


@pytest.mark.parametrize(
    "text",
    ["Tổng cộng", "TỔNG CỘNG: 25 lượt", "Cộng", "Cộng tháng 1", "Tổng số: 12", "Lũy kế 3"],
)
def test_totals_are_recognised(text: str) -> None:
    assert is_total([text])


@pytest.mark.parametrize("text", ["Công dân", "Cộng tác viên", "Tổ Công nghệ số", "Đã nộp"])
def test_words_that_only_start_alike_are_no_total(text: str) -> None:
    assert not is_total([text])


@pytest.mark.parametrize(
    "text",
    ["NGƯỜI LẬP BIỂU", "Người lập", "(Ký, ghi rõ họ tên)", "Hòa Tiến, ngày 28 tháng 02 năm 2025",
     "Xã Hòa Tiến, ngày ... tháng ... năm 2025", "TM. UBND XÃ", "KT. CHỦ TỊCH",
     "Thủ trưởng đơn vị"],
)  # fmt: skip
def test_signature_blocks_are_recognised(text: str) -> None:
    assert is_signature([text])


def test_a_row_with_a_date_is_never_a_footer_and_a_busy_row_is_no_signature() -> None:
    finder = FooterFinder()
    assert not finder.is_footer("05/02/2025", None, ["05/02/2025", "Tổng cộng"])
    busy = ["31/02/2025", "An", "Người lập biểu", "VNeID", "Đã nộp"]
    assert not finder.is_footer("31/02/2025", "An", busy)  # a visit with a bad date: an error
    assert finder.is_footer(None, None, [None, None, "Người lập biểu"])
    assert finder.is_footer(None, "Lê Thị Lan", [None, "Lê Thị Lan"])  # the signer
    assert finder.count == 2


def test_footer_rows_are_skipped_and_counted_not_errors(db: Database, tmp_path: Path) -> None:
    path = odd_logbook(tmp_path / "so.xlsx")
    table = read_legacy_table(path, mapping=BY_HAND)
    assert [row.number for row in table.rows] == [3, 4, 5]
    assert table.footer_rows == len([row for row in FOOTER if row])  # the blank row: just blank
    report = import_records(
        db, path, actor="nhap", now=NOW, dry_run=True, options=ImportOptions(mapping=BY_HAND)
    )
    assert (report.accepted, report.invalid, report.footer_rows) == (True, [], 6)


def test_every_sheet_of_the_first_sheets_layout_is_imported(db: Database, tmp_path: Path) -> None:
    path = odd_logbook(
        tmp_path / "so.xlsx", sheets=("Tháng 2", "Tháng 3"), other_sheets=("Tổng hợp",)
    )
    book = openpyxl.load_workbook(path)
    other = book.create_sheet("Mẫu khác")  # a header of the format, in another order
    other.append(["Kết quả", "Ngày", "Họ và tên", "Hình thức hỗ trợ"])
    other.append(["Đã hỗ trợ xong", "07/02/2025", "Lò Văn Sáng", "VNeID"])
    book.create_sheet("Trống")
    book.save(path)
    read = read_all_sheets(path, mapping=BY_HAND)
    assert [table.sheet for table in read.tables] == ["Tháng 2", "Tháng 3"]
    skipped = dict(read.skipped)
    assert list(skipped) == ["Tổng hợp", "Mẫu khác", "Trống"]
    assert "không đọc được dòng tiêu đề" in skipped["Tổng hợp"]
    assert "khác mẫu của trang «Tháng 2»" in skipped["Mẫu khác"]
    assert skipped["Trống"] == "trang trống"
    options = ImportOptions(mapping=BY_HAND, all_sheets=True)
    report = import_records(db, path, actor="nhap", now=NOW, options=options)
    assert (report.written, report.added, report.total) == (True, 6, 6)
    assert report.sheets == ["Tháng 2", "Tháng 3"] and len(report.skipped_sheets) == 3
    names = [v.citizen_name for v in visits_between(db, date(2025, 2, 1), date(2025, 3, 31))]
    assert sorted(names) == sorted(ODD_NAMES * 2)


def test_errors_of_several_sheets_name_their_sheet(db: Database, tmp_path: Path) -> None:
    path = odd_logbook(tmp_path / "so.xlsx", sheets=("Tháng 2", "Tháng 3"))
    options = ImportOptions(mapping=ImportMapping(BY_HAND.columns), all_sheets=True)
    report = import_records(db, path, actor="nhap", now=NOW, dry_run=True, options=options)
    described = [error.describe() for error in report.invalid]
    assert described[0].startswith("Trang «Tháng 2», dòng 3, cột «Tên thủ tục»")
    assert any(text.startswith("Trang «Tháng 3», dòng 4") for text in described)


def test_no_sheet_with_a_header_is_refused(tmp_path: Path) -> None:
    path = odd_logbook(tmp_path / "so.xlsx")  # "Họ và tên" is only there with the mapping
    with pytest.raises(RecordsError, match="thiếu cột bắt buộc «Họ và tên»"):
        read_all_sheets(path)


CSV_BYTES = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 BOM": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16": lambda text: text.encode("utf-16"),
    "windows-1258": encode_cp1258,
}


@pytest.mark.parametrize("encoding", sorted(CSV_BYTES))
def test_a_csv_logbook_in_each_encoding_imports_the_same_visits(
    db: Database, tmp_path: Path, encoding: str
) -> None:
    lines = [TITLE_LINE, ",".join(HEADER)]
    lines += [",".join("" if c is None else f'"{c}"' for c in row) for row in ROWS]
    lines += ['"Tổng cộng: 3 lượt"', ',,"NGƯỜI LẬP BIỂU"', ',,,"Lê Thị Lan"']
    path = tmp_path / "so.csv"
    path.write_bytes(CSV_BYTES[encoding]("\r\n".join(lines) + "\r\n"))
    report = import_records(db, path, actor="nhap", now=NOW)
    assert (report.added, report.footer_rows, report.invalid) == (3, 3, [])
    names = [v.citizen_name for v in visits_between(db, date(2025, 2, 5), date(2025, 2, 6))]
    assert sorted(names) == sorted(["Nguyễn Văn Hùng", "Trần Thị Hường", "Giàng A Páo"])
    assert import_records(db, path, actor="nhap", now=NOW).added == 0  # again: nothing new


TITLE_LINE = "SỔ THEO DÕI HỖ TRỢ DỊCH VỤ CÔNG NĂM 2025"


def test_done_when_a_five_year_old_tcvn3_book_puts_every_name_in_that_days_list(
    db: Database, tmp_path: Path
) -> None:
    """The issue's "done when": titles above the header, .VnTime text, November 2021."""
    people = ["Nguyễn Thị Oanh", "Hoàng Văn Bảy", "Lường Thị Ưng", "Đỗ Quốc Việt", "Phạm Ngọc Ân"]
    rows = [
        [i + 1, "18/11/2021", f"{8 + i:02d}:15", name, 1950 + 7 * i, "", "Thôn Đông",
         "Đăng ký khai tử" if i % 2 else "", "Tra cứu tình trạng hồ sơ", "", "Đã hỗ trợ xong",
         "", "", "Lê Thị Lan", ""]
        for i, name in enumerate(people)
    ]  # fmt: skip
    path = logbook(tmp_path / "so-2021.xlsx", encode_tcvn3, header_font=".VnTimeH", rows=rows)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet.append([encode_tcvn3("Tổng cộng: 5 lượt")])
    sheet.append([None, None, None, encode_tcvn3("Người lập biểu")])
    book.save(path)
    report = import_records(db, path, actor="nhap", now=NOW)
    assert (report.written, report.added, report.header_row) == (True, 5, 3)
    assert report.footer_rows == 2 and report.invalid == []
    day = visits_on(db, date(2021, 11, 18))
    shown = [row.citizen_name for row in day]
    assert sorted(shown) == sorted(people)
    assert all(unicodedata.is_normalized("NFC", name) for name in shown)


def test_every_sheet_of_an_old_excel_file(tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    for month in (2, 3):
        sheet = book.add_sheet(f"T{month}")
        sheet.write(0, 0, "Sổ tiếp dân")
        for column, name in enumerate(["Ngày", "Họ tên", "Nội dung hỗ trợ", "Kết quả"]):
            sheet.write(1, column, name)
        for column, value in enumerate([f"05/0{month}/2025", "Lò Văn Sáng", "VNeID", "Xong"]):
            sheet.write(2, column, value)
        sheet.write(3, 1, "Người lập biểu")
    book.add_sheet("Ghi chú").write(0, 0, "Không có gì")
    path = tmp_path / "so.xls"
    book.save(str(path))
    read = read_all_sheets(path)
    assert [table.sheet for table in read.tables] == ["T2", "T3"]
    assert [table.footer_rows for table in read.tables] == [1, 1]
    assert [row.sheet for table in read.tables for row in table.rows] == ["T2", "T3"]
    assert [name for name, _why in read.skipped] == ["Ghi chú"]
