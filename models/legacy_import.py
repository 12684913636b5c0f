"""Reading a commune's old logbook (CSV, XLSX or XLS) into the rows of the canonical format.

The canonical file is a special case: row 1 the header, Unicode text. Old sheets have title rows
above the header, other names for the columns, merged cells, and text typed in TCVN3 or VNI fonts.
This module finds the header (:mod:`models.legacy_header`), converts every text cell column by
column to NFC Unicode (:func:`models.legacy_text.convert_column`, the header cell being evidence
too) and hands over a :class:`LegacyTable`, which the import treats like any other table.
Reading is two steps, so the wizard can remap columns without reading the file again: the sheet
as read and converted (:class:`SourceSheet`), then its rows under the columns detected and mapped
by hand (:func:`table_from`), totals and signature rows set aside (:mod:`models.legacy_footer`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from models.import_mapping import ImportMapping, layout_key
from models.legacy_csv import csv_grid
from models.legacy_footer import FooterFinder
from models.legacy_grid import Grid
from models.legacy_header import find_header
from models.legacy_rows import ColumnReading, data_rows, decide_readings, is_blank, read_cell
from models.legacy_sheets import ALL_SHEETS, xls_grids, xlsx_grids
from models.legacy_text import Encoding, Override
from models.records_format import REQUIRED, RecordsError, Table
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
    headers: list[str] = field(default_factory=list)
    assigned: dict[int, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    layout: str = ""
    footer_rows: int = 0

    def column_mapping(self) -> dict[str, str | None]:
        """Every named header of the file and the column it fills (``None``: left out)."""
        return {h: self.assigned.get(i) for i, h in enumerate(self.headers) if h}


def check_import_suffix(path: Path) -> str:
    """The lower-case suffix of ``path`` if it can be imported; otherwise a Vietnamese refusal."""
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise RecordsError(f"Tệp {path.name} phải có đuôi .csv, .xlsx hoặc .xls.")
    return suffix


def read_grid(path: Path, sheet: str | None = None) -> Grid:
    """Every cell of the file (of one sheet of a workbook), as read; refusals in Vietnamese."""
    return read_grids(path, sheet)[0]


def check_source(path: Path, sheet: str | None) -> str:
    """The suffix of a file that can be read as asked (``sheet``: of a workbook only)."""
    suffix = check_import_suffix(path)
    if not path.is_file():
        raise RecordsError(f"Không tìm thấy tệp {path}.")
    if sheet is not None and sheet != ALL_SHEETS and suffix == ".csv":
        raise RecordsError(f"Tệp CSV {path.name} chỉ có một trang: bỏ tùy chọn chọn trang tính.")
    return suffix


def read_grids(path: Path, sheet: str | None = None) -> list[Grid]:
    """The grid of one sheet (or of every sheet, ``sheet`` being :data:`ALL_SHEETS`)."""
    suffix = check_source(path, sheet)
    with reading_errors(path):
        if suffix == ".csv":
            return [csv_grid(path)]
        return xlsx_grids(path, sheet) if suffix == ".xlsx" else xls_grids(path, sheet)


@contextmanager
def reading_errors(path: Path) -> Iterator[None]:
    """Turn what reading ``path`` may raise (a broken CSV, a file held open) into a refusal."""
    try:
        yield
    except csv.Error as exc:
        raise RecordsError(f"Không đọc được tệp CSV {path.name}: {exc}.") from exc
    except OSError as exc:
        raise RecordsError(
            f"Không mở được tệp {path.name}: {exc.strerror or exc}. Nếu tệp đang mở trong "
            "Excel, hãy đóng tệp rồi thử lại."
        ) from exc


@dataclass
class SourceSheet:
    """One sheet as read and converted, before its columns are given their meaning.

    ``columns`` hold every column's converted values from the header row down (index 0 is the
    header cell); ``headers`` the header cells as text; ``detected`` the columns the header
    names, by cell index (the clerk's mapping, when one was given, included).
    """

    file_name: str
    header_index: int
    headers: list[str]
    detected: dict[int, str]
    columns: list[list[object]]
    readings: list[ColumnReading]
    duplicates: list[str] = field(default_factory=list)
    sheet: str | None = None
    text_encoding: str | None = None

    @property
    def encodings(self) -> list[Encoding]:
        """The encoding each column was read in."""
        return [reading.encoding for reading in self.readings]

    @property
    def layout(self) -> str:
        """The fingerprint of the header row, under which a column mapping is remembered."""
        return layout_key(self.headers)

    def assignment(self, mapping: ImportMapping | None) -> dict[int, str]:
        """The column of the format each cell index fills: as detected, then as mapped."""
        assigned = dict(self.detected)
        if mapping is None:
            return assigned
        for index, header in enumerate(self.headers):
            decided, column = mapping.column_for(header) if header else (False, None)
            if decided:
                assigned.pop(index, None)
                if column is not None:
                    assigned[index] = column
        return dict(sorted(assigned.items()))


def check_assignment(assigned: dict[int, str], headers: list[str]) -> list[str]:
    """Why a header row, columns assigned so, cannot be imported (Vietnamese; empty: it can)."""
    problems = []
    by_column: dict[str, list[str]] = {}
    for index, column in assigned.items():
        name = headers[index] if index < len(headers) and headers[index] else f"số {index + 1}"
        by_column.setdefault(column, []).append(f"«{name}»")
    for column, names in by_column.items():
        if len(names) > 1:
            problems.append(
                f"Cột «{column}» được ghép với nhiều cột của tệp ({', '.join(names)}): "
                "chỉ giữ một, các cột kia chọn «Bỏ qua cột này»."
            )
    missing = [f"«{name}»" for name in REQUIRED if name not in by_column]
    if missing:
        problems.append(
            f"Chưa có cột bắt buộc {', '.join(missing)}: chọn cột nào của tệp điền vào đó."
        )
    return problems


def read_source(
    path: Path,
    *,
    sheet: str | None = None,
    legacy_encoding: Override = "auto",
    mapping: ImportMapping | None = None,
    strict: bool = True,
) -> SourceSheet:
    """Read one sheet of an old logbook: find its header row and convert its text.

    Not ``strict`` (the wizard), a sheet whose header lacks a required column is read anyway,
    with the row that came closest as its header, so the clerk can map the columns by hand.
    """
    return _sources(path, sheet, legacy_encoding, mapping, strict)[0]


def check_override(legacy_encoding: str) -> None:
    """Refuse an encoding that is not one of :data:`OVERRIDES` (a typo at the terminal)."""
    if legacy_encoding not in OVERRIDES:
        raise RecordsError(
            f"Bảng mã «{legacy_encoding}» không có: chọn auto, tcvn3, vni hoặc none."
        )


def _sources(
    path: Path,
    sheet: str | None,
    legacy_encoding: Override,
    mapping: ImportMapping | None,
    strict: bool,
) -> list[SourceSheet]:
    check_override(legacy_encoding)
    grids = read_grids(path, sheet)
    if all(is_blank(value) for grid in grids for row in grid.rows for value in row):
        raise RecordsError(f"Tệp {path.name} trống: không có dòng nào.")
    return [source_of(grid, path.name, legacy_encoding, mapping, strict) for grid in grids]


def source_of(
    grid: Grid,
    file_name: str,
    legacy_encoding: Override,
    mapping: ImportMapping | None = None,
    strict: bool = True,
) -> SourceSheet:
    """A :class:`SourceSheet` of a grid already read (see :func:`read_source`)."""
    header = find_header(grid, file_name, mapping, strict=strict)
    readings = decide_readings(grid, header.index, legacy_encoding)
    columns = _convert(grid, header.index, readings)
    headers = []
    for index, values in enumerate(columns):
        name = values[0] if values else None
        copy = (header.index, index) in grid.merge_copies
        headers.append(clean(name) if isinstance(name, str) and not copy else "")
    return SourceSheet(
        file_name=file_name,
        header_index=header.index,
        headers=headers,
        detected=dict(header.mapping),
        columns=columns,
        readings=readings,
        duplicates=list(header.duplicates),
        sheet=grid.sheet,
        text_encoding=grid.text_encoding,
    )


def table_head(
    source: SourceSheet, mapping: ImportMapping | None = None, *, strict: bool = True
) -> LegacyTable:
    """What :func:`table_from` says of ``source`` but its rows: columns, encodings, problems."""
    assigned = source.assignment(mapping)
    problems = check_assignment(assigned, source.headers)
    if strict and problems:
        raise RecordsError(f"Tệp {source.file_name}: {problems[0]}")
    encodings = source.encodings
    return LegacyTable(
        header_row=source.header_index + 1,
        sheet=source.sheet,
        text_encoding=source.text_encoding,
        encodings={
            column: encodings[index]
            for index, column in assigned.items()
            if encodings[index] != "none"
        },
        ignored_columns=[h for i, h in enumerate(source.headers) if h and i not in assigned],
        headers=list(source.headers),
        assigned=assigned,
        problems=problems,
        layout=source.layout,
    )


def table_from(
    source: SourceSheet, mapping: ImportMapping | None = None, *, strict: bool = True
) -> LegacyTable:
    """The data rows of ``source``, its columns detected and then mapped by ``mapping``.

    Strict, a header that still lacks a required column, or fills one twice, raises
    :class:`RecordsError`; otherwise the problems are listed in ``table.problems``.
    """
    table = table_head(source, mapping, strict=strict)
    footers = FooterFinder()
    table.rows = list(data_rows(source.header_index, table.assigned, source_rows(source), footers))
    table.footer_rows = footers.count
    return table


def source_rows(source: SourceSheet, first: int = 1) -> Iterator[list[object]]:
    """The rows of ``source`` from its ``first`` row under the header, each cell read."""
    height = max((len(values) for values in source.columns), default=0)
    for offset in range(first, height):
        yield [values[offset] if offset < len(values) else None for values in source.columns]


def read_legacy_table(
    path: Path,
    *,
    sheet: str | None = None,
    legacy_encoding: Override = "auto",
    mapping: ImportMapping | None = None,
) -> LegacyTable:
    """Read an old logbook: find its header, convert its text, keep its non-empty rows.

    ``legacy_encoding`` is ``"auto"`` (detected per column), or the person's choice for every
    column: ``"tcvn3"``, ``"vni"`` or ``"none"`` (already Unicode). ``mapping`` gives columns
    whose header is not recognised their meaning (or leaves recognised ones out). Row numbers
    stay the spreadsheet's own; totals and signature rows under the table are counted in
    ``footer_rows``. Raises :class:`RecordsError` when the file cannot be read or no header row
    names every required column.
    """
    return table_from(read_source(path, sheet=sheet, legacy_encoding=legacy_encoding,
                                  mapping=mapping), mapping)  # fmt: skip


@dataclass
class SheetsRead:
    """Every sheet of a workbook with the first readable sheet's layout, and the others."""

    tables: list[LegacyTable]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (sheet, why, in Vietnamese)


def read_all_sheets(
    path: Path, *, legacy_encoding: Override = "auto", mapping: ImportMapping | None = None
) -> SheetsRead:
    """Read every sheet whose header has the layout of the first sheet that has a header.

    A sheet without a header row, or with other columns, is skipped and listed with the reason.
    Raises :class:`RecordsError` when no sheet has a header row.
    """
    check_override(legacy_encoding)
    grids = read_grids(path, ALL_SHEETS)
    result = SheetsRead([])
    first: SourceSheet | None = None
    first_error: RecordsError | None = None
    for grid in grids:
        name = grid.sheet or ""
        if all(is_blank(value) for row in grid.rows for value in row):
            result.skipped.append((name, "trang trống"))
            continue
        try:
            source = source_of(grid, path.name, legacy_encoding, mapping)
            table = table_from(source, mapping)
        except RecordsError as exc:
            first_error = first_error or exc
            result.skipped.append((name, f"không đọc được dòng tiêu đề: {exc.message}"))
            continue
        if first is None:
            first = source
        elif _layout(source, mapping) != _layout(first, mapping):
            result.skipped.append(
                (
                    name,
                    f"dòng tiêu đề khác mẫu của trang «{first.sheet}» (cột khác hoặc thứ tự khác)",
                )
            )
            continue
        # Several sheets: each row and its messages say which sheet they come from.
        table.rows = [replace(row, sheet=name) for row in table.rows]
        result.tables.append(table)
    if not result.tables:
        raise first_error or RecordsError(f"Tệp {path.name} trống: không có dòng nào.")
    return result


def _layout(source: SourceSheet, mapping: ImportMapping | None) -> list[tuple[int, str]]:
    # Same columns of the format at the same places: the rows read alike, whatever the titles.
    return sorted(source.assignment(mapping).items())


def _convert(grid: Grid, header_index: int, readings: list[ColumnReading]) -> list[list[object]]:
    """Every column from the header down, each read as decided."""
    columns: list[list[object]] = []
    rows = range(header_index, len(grid.rows))
    legacy_rows = grid.legacy_rows if grid.legacy_rows is not None else grid.rows
    capitals = grid.capitals
    for column, reading in enumerate(readings):
        values = _column(grid.rows, header_index, column)
        legacy = _column(legacy_rows, header_index, column)
        columns.append(
            [
                read_cell(value, byte, reading, (row, column) in capitals)
                for row, value, byte in zip(rows, values, legacy, strict=True)
            ]
        )
    return columns


def _column(rows: list[list[object]], first: int, column: int) -> list[object]:
    """``grid.cell(row, column)`` for every row from ``first``: a column of 100,000 cells."""
    return [values[column] if column < len(values) else None for values in rows[first:]]
