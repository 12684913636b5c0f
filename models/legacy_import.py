"""Reading a commune's old logbook (CSV, XLSX or XLS) into the rows of the canonical format.

The canonical file is a special case: row 1 the header, Unicode text. Old sheets have title rows
above the header, other names for the columns, merged cells, and text typed in TCVN3 or VNI fonts.
This module finds the header (:mod:`models.legacy_header`), converts every text cell column by
column to NFC Unicode (:func:`models.legacy_text.convert_column`, the header cell being evidence
too) and hands over a :class:`LegacyTable`, which the import treats like any other table.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from models.legacy_csv import csv_grid
from models.legacy_grid import Grid
from models.legacy_header import HeaderMatch, column_named, find_header
from models.legacy_sheets import xls_grid, xlsx_grid
from models.legacy_text import ConvertedColumn, Encoding, Override, convert, convert_column
from models.records_format import DATE, RecordsError, SourceRow, Table
from models.text import clean

IMPORT_SUFFIXES = (".csv", ".xlsx", ".xls")
OVERRIDES: tuple[Override, ...] = ("auto", "tcvn3", "vni", "none")
# How the CLI and the report name each legacy encoding.
ENCODING_LABELS: dict[str, str] = {
    "tcvn3": "TCVN3 (ABC, phông .VnTime)",
    "vni": "VNI (phông VNI-Times)",
}


@dataclass
class LegacyTable(Table):
    """The data rows of an old logbook, and how they were found and read.

    ``header_row`` is the spreadsheet row of the header (1 in a canonical file); ``encodings``
    names, for each canonical column whose text was converted, the legacy encoding it was read
    in (columns already in Unicode are not listed).
    """

    header_row: int = 1
    encodings: dict[str, Encoding] = field(default_factory=dict)
    sheet: str | None = None
    text_encoding: str | None = None


def check_import_suffix(path: Path) -> str:
    """The lower-case suffix of ``path`` if it can be imported; otherwise a Vietnamese refusal."""
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise RecordsError(f"Tệp {path.name} phải có đuôi .csv, .xlsx hoặc .xls.")
    return suffix


def read_grid(path: Path, sheet: str | None = None) -> Grid:
    """Every cell of the file (of one sheet of a workbook), as read; refusals in Vietnamese."""
    suffix = check_import_suffix(path)
    if not path.is_file():
        raise RecordsError(f"Không tìm thấy tệp {path}.")
    if sheet is not None and suffix == ".csv":
        raise RecordsError(f"Tệp CSV {path.name} chỉ có một trang: bỏ tùy chọn chọn trang tính.")
    try:
        if suffix == ".csv":
            return csv_grid(path)
        return xlsx_grid(path, sheet) if suffix == ".xlsx" else xls_grid(path, sheet)
    except csv.Error as exc:
        raise RecordsError(f"Không đọc được tệp CSV {path.name}: {exc}.") from exc
    except OSError as exc:
        raise RecordsError(
            f"Không mở được tệp {path.name}: {exc.strerror or exc}. Nếu tệp đang mở trong "
            "Excel, hãy đóng tệp rồi thử lại."
        ) from exc


def read_legacy_table(
    path: Path, *, sheet: str | None = None, legacy_encoding: Override = "auto"
) -> LegacyTable:
    """Read an old logbook: find its header, convert its text, keep its non-empty rows.

    ``legacy_encoding`` is ``"auto"`` (detected per column), or the person's choice for every
    column: ``"tcvn3"``, ``"vni"`` or ``"none"`` (already Unicode). Row numbers stay the
    spreadsheet's own. Raises :class:`RecordsError` when the file cannot be read or no header
    row names every required column.
    """
    if legacy_encoding not in OVERRIDES:
        raise RecordsError(
            f"Bảng mã «{legacy_encoding}» không có: chọn auto, tcvn3, vni hoặc none."
        )
    grid = read_grid(path, sheet)
    if all(_is_blank(value) for row in grid.rows for value in row):
        raise RecordsError(f"Tệp {path.name} trống: không có dòng nào.")
    header = find_header(grid, path.name)
    columns, encodings = _convert(grid, header.index, legacy_encoding)
    table = LegacyTable(
        header_row=header.index + 1,
        sheet=grid.sheet,
        text_encoding=grid.text_encoding,
        encodings={
            column: encodings[index]
            for index, column in header.mapping.items()
            if encodings[index] != "none"
        },
        ignored_columns=_ignored(columns, header),
    )
    for index in range(header.index + 1, len(grid.rows)):
        cells = {column: columns[i][index - header.index] for i, column in header.mapping.items()}
        if all(_is_blank(value) for value in cells.values()):
            continue  # blank in every column of the format (an "STT" alone does not count)
        if _names_date(cells):
            continue  # the header again: a sheet pasted month after month, or a second line of it
        table.rows.append(SourceRow(index + 1, cells))
    return table


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not clean(value))


def _convert(
    grid: Grid, header_index: int, override: Override
) -> tuple[list[list[object]], list[Encoding]]:
    """Every column from the header down, converted; and the encoding each was read in."""
    columns: list[list[object]] = []
    encodings: list[Encoding] = []
    rows = range(header_index, len(grid.rows))
    for column in range(grid.width):
        values = [grid.cell(row, column) for row in rows]
        legacy = [grid.cell(row, column, legacy=True) for row in rows]
        converted = convert_column((v if isinstance(v, str) else None for v in legacy), override)
        if converted.encoding == "none" and grid.legacy_rows is not None:
            # An 8-bit CSV column that is no legacy font: its Windows-1258 reading is the text.
            converted = ConvertedColumn("none", tuple(_text(v) for v in values), None)
        texts = list(converted.values)
        for offset, row in enumerate(rows):
            text = texts[offset]
            # .VnTimeH draws small letters as capitals: the clerk saw, and meant, capitals.
            if (
                (row, column) in grid.capitals
                and text
                and (converted.encoding == "tcvn3" or text.isascii())
            ):
                texts[offset] = text.upper()
        columns.append([t if isinstance(v, str) else v for v, t in zip(legacy, texts, strict=True)])
        encodings.append(converted.encoding)
    return columns, encodings


def _text(value: object) -> str | None:
    return convert(value, "none") if isinstance(value, str) else None


def _ignored(columns: list[list[object]], header: HeaderMatch) -> list[str]:
    names = []
    for index, values in enumerate(columns):
        name = values[0] if values else None
        if index not in header.mapping and isinstance(name, str) and clean(name):
            names.append(clean(name))
    return names


def _names_date(cells: dict[str, object]) -> bool:
    """Whether the date cell holds a name of the date column: a header, never a visit."""
    found = column_named(cells.get(DATE), None)
    return found is not None and found[0] == DATE
