"""The daily report (a day or a period) as a formatted XLSX workbook.

Sheet "Báo cáo" holds what the PDF says, laid out for a spreadsheet: numbers are numbers, so the
upper level can add them up. The optional hidden sheet "motcua-data" carries the machine-readable
JSON document in cell A1, so that a commune's figures can be consolidated from the XLSX file
when the JSON file went missing. No personal data is written.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from models.commune import CommuneProfile
from models.daily_summary import DailySummary
from models.day_lock import DayLock
from models.reference import ReferenceData
from printing.daily_report_content import (
    Figure,
    ReportTable,
    date_line,
    key_figures,
    local_time,
    lock_status,
    place_of,
    report_tables,
    title_lines,
    unit_name,
)

SHEET = "Báo cáo"
NUMBER_LINE = "Số:       /BC-UBND"
DATA_SHEET = "motcua-data"
EXCEL_CELL_LIMIT = 32_767  # characters in one cell
FONT = "Times New Roman"  # LibreOffice substitutes the metric-compatible Liberation Serif
# Columns: A STT, B procedure code, C label, D visits, E online submissions.
WIDTHS = {"A": 6, "B": 16, "C": 50, "D": 11, "E": 13}
LAST_COLUMN = 5
NUMBER_FORMATS = {"count": "#,##0", "percent": "0.0%", "minutes": "0.0"}
MM_PER_INCH = 25.4
WRAP_FILL = 0.9  # Times at 12 pt: about 0.9 characters per unit of column width
LINE_HEIGHT = 16  # points per wrapped line

_THIN = Side(style="thin", color="000000")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def _font(*, bold: bool = False, italic: bool = False, size: float = 12) -> Font:
    return Font(name=FONT, bold=bold, italic=italic, size=size)


def _put(
    ws: Worksheet,
    row: int,
    column: int,
    value: str | int | float | None,
    *,
    font: Font | None = None,
    align: Alignment = _LEFT,
    number_format: str | None = None,
) -> XlCell:
    """Write one cell; text is always stored as text, never as a formula (labels are editable)."""
    cell: XlCell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # a label beginning with "=" stays a label
    cell.font = font or _font()
    cell.alignment = align
    if number_format:
        cell.number_format = number_format
    return cell


def _fit_height(ws: Worksheet, row: int, text: str, first: int, last: int) -> None:
    """Make room for wrapped text: spreadsheets do not grow a row for text in merged cells."""
    chars = sum(WIDTHS[get_column_letter(c)] for c in range(first, last + 1)) * WRAP_FILL
    lines = max(1, math.ceil(len(text) / chars))
    if lines > 1:
        current = ws.row_dimensions[row].height or 0
        ws.row_dimensions[row].height = max(current, lines * LINE_HEIGHT)


def _merged(
    ws: Worksheet, row: int, first: int, last: int, value: str, font: Font, align: Alignment
) -> None:
    _put(ws, row, first, value, font=font, align=align)
    _fit_height(ws, row, value, first, last)
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _letterhead(
    ws: Worksheet, profile: CommuneProfile, summary: DailySummary, place_and_date: str
) -> int:
    """The issuing body, national title, date, title and recipient; returns the next row."""
    bold = _font(bold=True)
    _merged(ws, 1, 1, 2, "ỦY BAN NHÂN DÂN", bold, _CENTRE)
    _merged(ws, 2, 1, 2, unit_name(profile.name).upper(), bold, _CENTRE)
    _merged(ws, 1, 3, LAST_COLUMN, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, _CENTRE)
    _merged(
        ws, 2, 3, LAST_COLUMN, "Độc lập - Tự do - Hạnh phúc", _font(bold=True, size=13), _CENTRE
    )
    _merged(ws, 3, 1, 2, NUMBER_LINE, _font(size=13), _CENTRE)
    _merged(ws, 3, 3, LAST_COLUMN, place_and_date, _font(italic=True, size=13), _CENTRE)
    title, subtitle = title_lines(summary)
    _merged(ws, 5, 1, LAST_COLUMN, title, _font(bold=True, size=14), _CENTRE)
    _merged(ws, 6, 1, LAST_COLUMN, subtitle, _font(bold=True, size=13), _CENTRE)
    _merged(ws, 7, 1, LAST_COLUMN, f"Kính gửi: {profile.upper_level}", _font(size=13), _CENTRE)
    return 9


def _facts(ws: Worksheet, row: int, profile: CommuneProfile, lock: DayLock | None) -> int:
    """Who reports, and whether the figures are locked; returns the next row."""
    facts = [
        ("Đơn vị báo cáo", f"{unit_name(profile.name)} - {profile.unit_name}"),
        ("Mã đơn vị", profile.code),
        ("Tình trạng số liệu", lock_status(lock)),
    ]
    for label, value in facts:
        _merged(ws, row, 1, 2, label, _font(bold=True), _LEFT)
        _merged(ws, row, 3, LAST_COLUMN, value, _font(), _LEFT)
        row += 1
    return row + 1


def _heading(ws: Worksheet, row: int, text: str) -> int:
    _merged(ws, row, 1, LAST_COLUMN, text, _font(bold=True, size=13), _LEFT)
    return row + 1


def _key_figures(ws: Worksheet, row: int, figures: Sequence[Figure]) -> int:
    """Each figure on its own row: label in B:C, the number in D."""
    row = _heading(ws, row, "I. KẾT QUẢ CHUNG")
    for number, figure in enumerate(figures, start=1):
        _put(ws, row, 1, number, align=_CENTRE).border = _GRID
        _merged(ws, row, 2, 3, figure.label, _font(), _LEFT)
        _put(ws, row, 4, figure.value, align=_CENTRE, number_format=NUMBER_FORMATS[figure.kind])
        for column in range(2, 5):
            ws.cell(row=row, column=column).border = _GRID
        row += 1
    return row + 1


def _span(table: ReportTable) -> list[tuple[int, int]]:
    """The sheet columns each table column occupies: text in B:C (code in B), counts from D."""
    text = [(2, 2), (3, 3)] if table.text_columns == 2 else [(2, 3)]
    counts = [(4 + i, 4 + i) for i in range(len(table.columns) - table.text_columns)]
    return [(1, 1), *text, *counts]


def _table_row(
    ws: Worksheet, row: int, spans: list[tuple[int, int]], values: Sequence[Any], font: Font
) -> None:
    for (first, last), value in zip(spans, values, strict=True):
        align = _LEFT if isinstance(value, str) and first > 1 else _CENTRE
        _put(ws, row, first, value, font=font, align=align)
        if isinstance(value, str):
            _fit_height(ws, row, value, first, last)
        if isinstance(value, int):
            ws.cell(row=row, column=first).number_format = NUMBER_FORMATS["count"]
        if last > first:
            ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        for column in range(first, last + 1):
            ws.cell(row=row, column=column).border = _GRID


def _table(ws: Worksheet, row: int, number: int, table: ReportTable) -> int:
    row = _heading(ws, row, f"{number}. {table.title}")
    if not table.rows:
        _merged(ws, row, 1, LAST_COLUMN, table.empty_text, _font(italic=True), _LEFT)
        return row + 2
    spans = _span(table)
    _table_row(ws, row, spans, ["STT", *table.columns], _font(bold=True))
    for cell in ws[row]:
        cell.alignment = _CENTRE
    for index, values in enumerate(table.rows, start=1):
        _table_row(ws, row + index, spans, [index, *values], _font())
    row += len(table.rows) + 1
    if table.total is not None:
        # The label spans STT and the text columns, as in the PDF.
        total_spans = [(1, spans[table.text_columns][1]), *spans[table.text_columns + 1 :]]
        total = [table.total[0], *table.total[table.text_columns :]]
        _table_row(ws, row, total_spans, total, _font(bold=True))
        ws.cell(row=row, column=1).alignment = _CENTRE
        row += 1
    return row + 1


def _signature(ws: Worksheet, row: int) -> int:
    """ "Nơi nhận" left, the chair's signature block right, room to sign below it."""
    _merged(ws, row, 1, 2, "Nơi nhận:", _font(bold=True, italic=True), _LEFT)
    _merged(ws, row + 1, 1, 2, "- Như trên;", _font(size=11), _LEFT)
    _merged(ws, row + 2, 1, 2, "- Lưu: VT.", _font(size=11), _LEFT)
    _merged(ws, row, 3, LAST_COLUMN, "TM. ỦY BAN NHÂN DÂN", _font(bold=True, size=13), _CENTRE)
    _merged(ws, row + 1, 3, LAST_COLUMN, "CHỦ TỊCH", _font(bold=True, size=13), _CENTRE)
    return row + 7


def _print_setup(ws: Worksheet, last_row: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages as the tables need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = 30 / MM_PER_INCH
    ws.page_margins.right = 15 / MM_PER_INCH
    ws.page_margins.top = ws.page_margins.bottom = 20 / MM_PER_INCH
    ws.print_options.horizontalCentered = True
    ws.print_area = f"A1:E{last_row}"
    for column, width in WIDTHS.items():
        ws.column_dimensions[column].width = width


def _data_sheet(wb: Workbook, document: dict[str, Any]) -> None:
    """The JSON document in A1 of a hidden sheet (continued in A2, A3... past Excel's limit)."""
    ws = wb.create_sheet(DATA_SHEET)
    ws.sheet_state = "hidden"
    payload = json.dumps(document, ensure_ascii=False, sort_keys=True)
    chunks = [
        payload[start : start + EXCEL_CELL_LIMIT]
        for start in range(0, len(payload), EXCEL_CELL_LIMIT)
    ]
    for row, chunk in enumerate(chunks, start=1):
        cell = ws.cell(row=row, column=1, value=chunk)
        cell.data_type = "s"


def write_daily_xlsx(
    path: Path | str,
    summary: DailySummary,
    profile: CommuneProfile,
    ref: ReferenceData,
    lock: DayLock | None,
    *,
    document: dict[str, Any] | None = None,
    place: str | None = None,
    generated_at: datetime | None = None,
) -> Path:
    """Write the daily report (or the report of a period) as an XLSX workbook; return its path.

    Sheet "Báo cáo": letterhead, recipient, day or period, lock status, key figures, the detail
    tables and the signature block, printable on A4 portrait at page width. With ``document``
    (the JSON export), a hidden sheet "motcua-data" holds it, serialised with sorted keys and no
    ASCII escaping, in A1 (a document longer than a cell's 32,767 characters continues in A2, ...:
    readers join column A). ``place`` and ``generated_at`` date the report as in the PDF.
    """
    target = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new workbook always has one sheet
    ws.title = SHEET
    moment = generated_at or datetime.now(UTC)
    dated = date_line(place or place_of(profile.name), local_time(moment).date())
    row = _letterhead(ws, profile, summary, dated)
    row = _facts(ws, row, profile, lock)
    row = _key_figures(ws, row, key_figures(summary))
    row = _heading(ws, row, "II. SỐ LIỆU CHI TIẾT")
    for number, table in enumerate(report_tables(summary, ref), start=1):
        row = _table(ws, row, number, table)
    last = _signature(ws, row)
    _print_setup(ws, last)
    if document is not None:
        _data_sheet(wb, document)
    wb.save(target)
    return target
