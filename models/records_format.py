"""The canonical visit file (CSV or XLSX): its columns, and reading and writing its cells.

This module knows files and cells only; turning a row into a visit (and back) lives in
:mod:`models.records_rows`, and the import and export services in :mod:`models.records_import`.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from models.cell_safety import csv_text, text_only
from models.text import clean
from models.validation import format_date

DATE = "Ngày"
TIME = "Giờ"
NAME = "Họ và tên"
BIRTH_YEAR = "Năm sinh"
SEX = "Giới tính"
PHONE = "Số điện thoại"
ID_NUMBER = "Số định danh"
VILLAGE = "Thôn/Tổ dân phố"
PROCEDURE_CODE = "Mã thủ tục"
PROCEDURE_NAME = "Tên thủ tục"
ASSISTANCE = "Hình thức hỗ trợ"
CHANNEL = "Kênh nộp"
OUTCOME = "Kết quả"
DOSSIER_CODE = "Mã hồ sơ"
REASON = "Lý do chưa hoàn thành"
CLERK = "Cán bộ hỗ trợ"
NOTE = "Ghi chú"

COLUMNS: tuple[str, ...] = (
    DATE,
    TIME,
    NAME,
    BIRTH_YEAR,
    SEX,
    PHONE,
    ID_NUMBER,
    VILLAGE,
    PROCEDURE_CODE,
    PROCEDURE_NAME,
    ASSISTANCE,
    CHANNEL,
    OUTCOME,
    DOSSIER_CODE,
    REASON,
    CLERK,
    NOTE,
)
REQUIRED: tuple[str, ...] = (DATE, NAME, ASSISTANCE, OUTCOME)
# Written only with --with-personal-data: reports that leave the commune carry none of these.
PERSONAL: frozenset[str] = frozenset({NAME, BIRTH_YEAR, PHONE, ID_NUMBER, NOTE})
SUFFIXES = (".csv", ".xlsx")

# Characters wide, so that a clerk opening the export in Excel can read every column at once.
_WIDTHS = {
    DATE: 12, TIME: 7, NAME: 26, BIRTH_YEAR: 9, SEX: 9, PHONE: 14, ID_NUMBER: 15, VILLAGE: 18,
    PROCEDURE_CODE: 11, PROCEDURE_NAME: 36, ASSISTANCE: 40, CHANNEL: 20, OUTCOME: 16,
    DOSSIER_CODE: 22, REASON: 36, CLERK: 20, NOTE: 30,
}  # fmt: skip

Cell = object
Cells = dict[str, Cell]


class RecordsError(Exception):
    """A file (or request) that cannot be read or written as asked; ``message`` is Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RowError:
    """A problem in one row: the spreadsheet row number (header = 1), the column, the message."""

    row: int
    column: str
    message: str
    sheet: str | None = None  # set when several sheets of a workbook are imported together

    def describe(self) -> str:
        """ "Dòng 5, cột «Năm sinh»: …", the way the CLI and the import dialog list it."""
        where = f"Dòng {self.row}, cột «{self.column}»" if self.column else f"Dòng {self.row}"
        if self.sheet is not None:
            where = f"Trang «{self.sheet}», {where[0].lower()}{where[1:]}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class SourceRow:
    """One non-empty data row: its spreadsheet number and its cells by canonical column."""

    number: int
    cells: Cells
    sheet: str | None = None

    def get(self, column: str) -> Cell:
        """The raw cell of ``column`` (``None`` when the file has no such column)."""
        return self.cells.get(column)


@dataclass
class Table:
    """The data rows of a file, and the header columns that are not part of the format."""

    rows: list[SourceRow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def header_key(name: object) -> str:
    """How header names are compared: NFC, spaces cleaned, case-insensitive."""
    return clean("" if name is None else str(name)).casefold()


_CANONICAL = {header_key(name): name for name in COLUMNS}


def match_header(header: Sequence[object]) -> tuple[dict[int, str], list[str]]:
    """Map header cells to canonical columns: ``({index: column}, [ignored header names])``.

    Raises :class:`RecordsError` when a required column is missing or a column appears twice.
    """
    mapping: dict[int, str] = {}
    ignored: list[str] = []
    for index, name in enumerate(header):
        key = header_key(name)
        column = _CANONICAL.get(key)
        if column is None:
            if key:
                ignored.append(clean(str(name)))
            continue
        if column in mapping.values():
            raise RecordsError(f"Cột «{column}» có hai lần ở dòng tiêu đề: hãy xóa một cột.")
        mapping[index] = column
    missing = [name for name in REQUIRED if name not in mapping.values()]
    if missing:
        names = ", ".join(f"«{name}»" for name in missing)
        raise RecordsError(
            f"Tệp thiếu cột bắt buộc {names}. Dòng 1 phải là dòng tiêu đề theo mẫu "
            f"(xem docs/import-format.md): {', '.join(COLUMNS)}."
        )
    return mapping, ignored


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not clean(value))


def build_table(lines: Iterable[Sequence[object]]) -> Table:
    """Turn raw rows (row 1 the header) into a :class:`Table`; entirely empty rows are skipped."""
    iterator = iter(lines)
    header = next(iterator, None)
    if header is None or all(_is_blank(value) for value in header):
        raise RecordsError("Tệp trống hoặc dòng 1 không phải dòng tiêu đề.")
    mapping, ignored = match_header(header)
    table = Table(ignored_columns=ignored)
    for number, values in enumerate(iterator, start=2):
        if all(_is_blank(value) for value in values):
            continue
        cells = {column: values[i] for i, column in mapping.items() if i < len(values)}
        table.rows.append(SourceRow(number, cells))
    return table


def check_suffix(path: Path) -> str:
    """The lower-case suffix of ``path`` if it is .csv or .xlsx; otherwise a Vietnamese refusal."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return suffix
    if suffix == ".xls":
        raise RecordsError(
            f"Tệp {path.name} là định dạng Excel cũ (.xls): hãy mở bằng Excel, "
            "lưu lại dạng .xlsx hoặc CSV UTF-8, rồi dùng tệp mới."
        )
    raise RecordsError(f"Tệp {path.name} phải có đuôi .csv hoặc .xlsx.")


def read_table(path: Path) -> Table:
    """Read a file as import-records does: canonical, or an old logbook (models.legacy_import)."""
    from models.legacy_import import read_legacy_table  # it builds on this module: no cycle

    return read_legacy_table(path)


def _csv_value(value: Cell) -> str:
    if isinstance(value, date | datetime):
        return format_date(value)
    return "" if value is None else csv_text(str(value))


def _write_csv(path: Path, rows: Iterable[Cells]) -> None:
    # The BOM tells Excel the file is UTF-8; without it Vietnamese letters come out garbled.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_csv_value(row.get(column)) for column in COLUMNS])


def _write_xlsx(path: Path, rows: Iterable[Cells]) -> None:
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Lượt hỗ trợ"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS[column]
    sheet.freeze_panes = "A2"
    for row in rows:
        sheet.append([row.get(column) for column in COLUMNS])
        date_cell = sheet.cell(row=sheet.max_row, column=1)
        if isinstance(date_cell.value, date | datetime):
            date_cell.number_format = "DD/MM/YYYY"
    text_only(book)
    book.save(path)


def write_table(path: Path, rows: Iterable[Cells]) -> None:
    """Write rows (cells by canonical column) as CSV (UTF-8 with BOM, ",") or XLSX.

    Dates are real Excel dates in XLSX and dd/mm/yyyy text in CSV. The file appears only once it
    is complete, so a failed export never leaves half a file behind.
    """
    suffix = check_suffix(path)
    partial = path.with_name(f".{path.name}.part")
    try:
        if suffix == ".csv":
            _write_csv(partial, rows)
        else:
            _write_xlsx(partial, rows)
        os.replace(partial, path)
    except OSError as exc:
        raise RecordsError(
            f"Không ghi được tệp {path}: {exc.strerror or exc}. Kiểm tra thư mục và quyền ghi, "
            "và đóng tệp nếu đang mở trong Excel."
        ) from exc
    finally:
        partial.unlink(missing_ok=True)  # gone already after a successful replace
