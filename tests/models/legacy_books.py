"""Old logbooks built by the tests: the same visits as a commune would have typed them.

Legacy text is made with the encoders of ``tests/models/test_legacy_text.py``, which rebuild the
TCVN3 and VNI tables from byte values written out there: the str a cell holds is those bytes read
as cp1252, exactly what openpyxl or xlrd hands over for text typed in a .VnTime or VNI-Times font.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Font

from tests.models.test_legacy_text import encode_tcvn3

Encoder = Callable[[str], str]
EXCEL_EPOCH = date(1899, 12, 30)
TONES = "\u0300\u0301\u0303\u0309\u0323"

TITLES = ["ỦY BAN NHÂN DÂN XÃ HÒA TIẾN", "SỔ THEO DÕI HỖ TRỢ DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2025"]
# Column names as clerks wrote them: none is the canonical name but "Giờ" and "Năm sinh".
HEADER = ["STT", "Ngày tiếp nhận", "Giờ", "Họ tên", "Năm sinh", "Giới tính", "Thôn/xóm",
          "Tên thủ tục", "Nội dung hỗ trợ", "Hình thức nộp", "Kết quả", "Mã hồ sơ", "Lý do",
          "Cán bộ", "Ghi chú"]  # fmt: skip
# Every capital these hold is one the plain .VnTime font has (ASCII, Ă Â Ê Ô Ơ Ư Đ).
ROWS: list[list[object]] = [
    [1, "05/02/2025", "08:30", "Nguyễn Văn Hùng", 1985, "Nam", "Thôn Thượng Điền",
     "Đăng ký khai sinh", "Nộp hồ sơ trực tuyến thay", "Trực tuyến toàn trình", "Đã nộp",
     "H12.34-250205-0001", "", "Lê Thị Lan", "Con đi cùng"],
    [2, "5/2/25", "09:10", "Trần Thị Hường", None, "Nữ", "Bản Nà Lừa", "đăng ký kết hôn",
     "Tra cứu tình trạng hồ sơ", "", "Chưa hoàn thành", "", "Thiếu giấy tờ: mất bản chính",
     "Lê Thị Lan", ""],
    [3, "2025-02-06", "14:05", "Giàng A Páo", 1950, "", "Bản Nà Lừa", "",
     "Hỗ trợ cài đặt, kích hoạt VNeID", "", "Đã hỗ trợ xong", "", "", "Đặng Thị Yến",
     "Người già, đi cùng cháu"],
]  # fmt: skip
NAMES = ["Nguyễn Văn Hùng", "Trần Thị Hường", "Giàng A Páo"]
DAYS = (date(2025, 2, 5), date(2025, 2, 6))


def serial(day: date | datetime) -> float:
    """The Excel serial number of a day (with the time as a fraction)."""
    moment = day if isinstance(day, datetime) else datetime.combine(day, datetime.min.time())
    return (moment - datetime.combine(EXCEL_EPOCH, datetime.min.time())).total_seconds() / 86400


def encode_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 as Windows writes it: a letter the code page lacks is its base
    letter (with breve, circumflex or horn) followed by a combining tone mark."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return out


def encoded(cells: Sequence[object], encoder: Encoder) -> list[object]:
    """Text cells through ``encoder`` (numbers, dates and empty cells as they are)."""
    return [encoder(cell) if isinstance(cell, str) else cell for cell in cells]


def h_font(text: str) -> str:
    """Text typed in .VnTimeH: the clerk typed small letters and the font drew capitals."""
    return encode_tcvn3(text, uppercase_font=True)


def logbook(
    path: Path,
    encoder: Encoder,
    *,
    header_font: str | None = None,
    sheet: str = "Năm 2025",
    rows: Sequence[Sequence[object]] = ROWS,
) -> Path:
    """An XLSX logbook: two merged title rows, then the header (row 3) and the visits.

    ``header_font`` names the font of the header cells; with ".VnTimeH" they are typed as that
    font wants, in small letters. In a TCVN3 book the titles are in .VnTimeH too: the plain font
    has no capital with a tone mark.
    """
    book = openpyxl.Workbook()
    worksheet = book.active
    worksheet.title = sheet
    capitals = encoder is encode_tcvn3
    for title in TITLES:
        worksheet.append([h_font(title) if capitals else encoder(title)])
        row = worksheet.max_row
        worksheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADER))
        if capitals:
            worksheet.cell(row=row, column=1).font = Font(name=".VnTimeH", bold=True)
    header_encoder = h_font if header_font == ".VnTimeH" else encoder
    worksheet.append([header_encoder(name) for name in HEADER])
    if header_font:
        for cell in worksheet[3]:
            cell.font = Font(name=header_font, bold=True)
    for row in rows:
        worksheet.append(encoded(row, encoder))
    book.save(path)
    return path


def same(text: str) -> str:
    """The encoder of a file already in Unicode."""
    return text


def xls_logbook(path: Path) -> Path:
    """An old Excel (.xls) logbook in TCVN3: titles merged, the header in .VnTimeH, one date
    cell merged down over two visits, an Excel date and a serial number."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    capitals = xlwt.easyxf("font: name .VnTimeH, bold on")
    plain = xlwt.easyxf("font: name .VnTime")
    dated = xlwt.easyxf("font: name .VnTime", num_format_str="DD/MM/YYYY")
    sheet.write_merge(0, 0, 0, len(HEADER) - 1, h_font("Sổ theo dõi năm 2025"), capitals)
    for column, name in enumerate(HEADER):
        sheet.write(2, column, h_font(name), capitals)
    for offset, row in enumerate(encoded(r, encode_tcvn3) for r in ROWS):
        for column, value in enumerate(row):
            if value is not None and value != "" and column != 1:
                sheet.write(3 + offset, column, value, plain)
    sheet.write_merge(3, 4, 1, 1, date(2025, 2, 5), dated)
    sheet.write(5, 1, serial(date(2025, 2, 6)), plain)
    book.save(str(path))
    return path


# A logbook whose clerk named the columns her own way: "Người đến làm việc" is the name (a
# required column no alias knows), "Việc cần làm" a column of her own; a procedure name that only
# comes close to the catalog's, an assistance label of her own, and the table's footer.
ODD_HEADER = ["STT", "Ngày tiếp nhận", "Người đến làm việc", "Việc cần làm", "Tên thủ tục",
              "Nội dung hỗ trợ", "Kết quả"]  # fmt: skip
NEAR_NAME = "Dang ky khai sinh cho tre"  # «Đăng ký khai sinh», 1.001193
OWN_LABEL = "Cài app trên điện thoại"  # the clerk's word for «Hỗ trợ cài đặt, kích hoạt VNeID»
ODD_ROWS: list[list[object]] = [
    [1, "05/02/2025", "Nguyễn Văn Hùng", "Làm giấy khai sinh", NEAR_NAME,
     "Hướng dẫn tự nộp trực tuyến", "Đã hỗ trợ xong"],
    [2, "05/02/2025", "Trần Thị Hường", "", "", OWN_LABEL, "Đã hỗ trợ xong"],
    [3, "06/02/2025", "Giàng A Páo", "", NEAR_NAME.upper(), "Tra cứu", "Đã hỗ trợ xong"],
]  # fmt: skip
FOOTER: list[list[object]] = [
    ["Tổng cộng: 3 lượt"],
    [None, None, None, None, None, None, 3],  # a count alone under a column
    [],
    [None, None, "Hòa Tiến, ngày 28 tháng 02 năm 2025"],
    [None, None, "NGƯỜI LẬP BIỂU"],
    [None, None, "(Ký, ghi rõ họ tên)"],
    [None, None, "Lê Thị Lan"],  # the signer's name, in the name column
]
ODD_NAMES = ["Nguyễn Văn Hùng", "Trần Thị Hường", "Giàng A Páo"]


def odd_logbook(
    path: Path,
    *,
    sheets: Sequence[str] = ("Tháng 2",),
    encoder: Encoder = same,
    footer: bool = True,
    other_sheets: Sequence[str] = (),
) -> Path:
    """An XLSX book of :data:`ODD_ROWS` under one title row, on each of ``sheets``; then
    ``other_sheets`` with another layout (a summary page)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for index, name in enumerate(sheets):
        sheet = book.create_sheet(name)
        sheet.append([encoder(TITLES[1])])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ODD_HEADER))
        sheet.append([encoder(name) for name in ODD_HEADER])
        for row in ODD_ROWS:
            # Each sheet a month of its own: the same people came again a month later.
            shifted = [*row[:1], row[1].replace("/02/", f"/{2 + index:02d}/"), *row[2:]]  # type: ignore[union-attr]
            sheet.append(encoded(shifted, encoder))
        if footer:
            for row in FOOTER:
                sheet.append(encoded(row, encoder))
            total = sheet.max_row - len(FOOTER) + 1
            sheet.merge_cells(start_row=total, start_column=1, end_row=total, end_column=3)
    for name in other_sheets:
        sheet = book.create_sheet(name)
        sheet.append(["Tháng", "Số lượt"])
        sheet.append(["2", 3])
    book.save(path)
    return path
