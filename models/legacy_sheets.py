"""Workbooks as communes have them: XLSX (openpyxl) and the old XLS format (xlrd), one sheet each.

Both readers see the whole sheet, formatting included: merged ranges are filled from their first
cell and text in a TCVN3 capitals font is marked, so that :mod:`models.legacy_import` can show
what the clerk saw on screen. The import reads an XLSX sheet row by row instead
(:class:`XlsxRows`, openpyxl's read-only mode, whose cells know their font but which leaves the
merged ranges out: they are read from the sheet's XML first), to the same cells.
A file from outside may break a third-party parser in any way: whatever it raises, the file is
refused with a Vietnamese message, never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from models.legacy_grid import Grid, Position, choose_sheet, fill_merged, is_capitals_font
from models.legacy_text import convert, detect_encoding
from models.records_format import RecordsError

# Passed as the sheet: every sheet of the workbook, in the workbook's order.
ALL_SHEETS = "\x00all"


def xlsx_grid(path: Path, sheet: str | None) -> Grid:
    """Read one sheet of an XLSX workbook (the first unless ``sheet`` names one)."""
    return xlsx_grids(path, sheet)[0]


def xlsx_grids(path: Path, sheet: str | None) -> list[Grid]:
    """Read one sheet of an XLSX workbook, or every sheet when ``sheet`` is :data:`ALL_SHEETS`."""
    import openpyxl  # lazily: start-up stays fast when nobody imports

    broken = f"Không đọc được tệp Excel {path.name}: tệp hỏng hoặc không phải .xlsx."
    try:
        book = openpyxl.load_workbook(path, data_only=True)
    except OSError:
        raise  # a file Excel holds open: the caller says so
    except Exception as exc:
        raise RecordsError(broken) from exc
    try:
        if sheet == ALL_SHEETS:
            return [_xlsx_sheet(worksheet) for worksheet in book.worksheets]
        worksheet = book.worksheets[
            choose_sheet([ws.title for ws in book.worksheets], sheet, path.name)
        ]
        return [_xlsx_sheet(worksheet)]
    except (OSError, RecordsError):
        raise
    except Exception as exc:
        raise RecordsError(broken) from exc
    finally:
        book.close()


def _xlsx_sheet(worksheet: Any) -> Grid:
    grid = Grid([], sheet=str(worksheet.title))
    for row_index, cells in enumerate(worksheet.iter_rows()):
        values: list[object] = []
        for column_index, cell in enumerate(cells):
            values.append(cell.value)
            if not isinstance(cell.value, str):
                continue  # only text is drawn by a font (and a style costs time to read)
            font = getattr(cell, "font", None)  # the hidden cells of a merged range have none
            if font is not None and is_capitals_font(font.name):
                grid.capitals.add((row_index, column_index))
        grid.rows.append(values)
    for merged in worksheet.merged_cells.ranges:
        fill_merged(grid, merged.min_row - 1, merged.min_col - 1, merged.max_row - 1,
                    merged.max_col - 1)  # fmt: skip
    return grid


# A merged range in the sheet's XML (after the rows): <mergeCell ref="A1:O1"/>, any prefix.
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
_PIECE = 1 << 20


class XlsxRows:
    """One sheet of an XLSX workbook, a row at a time: ``(cells, columns in a capitals font)``,
    merged ranges filled as :func:`xlsx_grid` fills them. A context manager (the file is open
    while in it); ``merge_copies`` gathers, for the first ``watched`` rows, the cells that got a
    merged range's value from further left. Refuses a broken file as :func:`xlsx_grids` does.
    """

    def __init__(self, path: Path, sheet: str | None, watched: int) -> None:
        self.path, self.wanted, self.watched = path, sheet, watched
        self.merge_copies: set[Position] = set()
        self.rows_read = 0
        self.broken = f"Không đọc được tệp Excel {path.name}: tệp hỏng hoặc không phải .xlsx."

    def __enter__(self) -> XlsxRows:
        import openpyxl  # lazily: start-up stays fast when nobody imports
        from openpyxl.utils.cell import range_boundaries

        try:
            self.book = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except OSError:
            raise  # a file Excel holds open: the caller says so
        except Exception as exc:
            raise RecordsError(self.broken) from exc
        try:
            names = list(self.book.sheetnames)
            self.worksheet = self.book[names[choose_sheet(names, self.wanted, self.path.name)]]
            self.sheet = str(self.worksheet.title)
            with self.worksheet._get_source() as source:
                refs = _merge_refs(source)
            # (first row, first column, last row, last column), from 0, in the file's order.
            self.merges = [(r0 - 1, c0 - 1, r1 - 1, c1 - 1)
                           for c0, r0, c1, r1 in map(range_boundaries, refs)]  # fmt: skip
        except (OSError, RecordsError):
            self.book.close()
            raise
        except Exception as exc:
            self.book.close()
            raise RecordsError(self.broken) from exc
        return self

    def __exit__(self, *exc: object) -> None:
        self.book.close()

    def read_share(self) -> float:
        """How much of the sheet has been read, by the row count the file declares (0 to 1)."""
        declared = self.worksheet.max_row
        return min(1.0, self.rows_read / declared) if declared else 0.0

    def __iter__(self) -> Iterator[tuple[list[object], set[int]]]:
        try:
            yield from self._rows()
        except (OSError, RecordsError):
            raise
        except Exception as exc:
            raise RecordsError(self.broken) from exc

    def _rows(self) -> Iterator[tuple[list[object], set[int]]]:
        starts: dict[int, list[int]] = {}
        for number, (first_row, *_rest) in enumerate(self.merges):
            starts.setdefault(first_row, []).append(number)
        active: list[int] = []  # the ranges over this row, in the file's order
        filled: dict[int, tuple[object, bool]] = {}  # range → (its first cell, in capitals)
        for index, cells in enumerate(self.worksheet.iter_rows()):
            self.rows_read = index + 1
            values: list[object] = []
            capitals: set[int] = set()
            for column, cell in enumerate(cells):
                values.append(cell.value)
                # Only text is drawn by a font (and a style costs time to read).
                if isinstance(cell.value, str) and is_capitals_font(
                    getattr(cell.font, "name", None)
                ):
                    capitals.add(column)
            if index in starts:
                active = sorted(active + starts[index])
            active = [n for n in active if self.merges[n][2] >= index]
            for number in active:
                self._fill(number, index, values, capitals, filled)
            yield values, capitals

    def _fill(
        self,
        number: int,
        index: int,
        values: list[object],
        capitals: set[int],
        filled: dict[int, tuple[object, bool]],
    ) -> None:
        first_row, first_column, _last_row, last_column = self.merges[number]
        values.extend([None] * (last_column + 1 - len(values)))
        if index == first_row:
            filled[number] = (values[first_column], first_column in capitals)
        value, capital = filled[number]
        for column in range(first_column, last_column + 1):
            if (index, column) == (first_row, first_column):
                continue
            values[column] = value
            if capital:
                capitals.add(column)
            if column != first_column and index < self.watched:
                self.merge_copies.add((index, column))


def _merge_refs(source: Any) -> list[str]:
    """The merged ranges of a sheet's XML, read in pieces (they come after every row)."""
    refs: list[str] = []
    tail = b""
    while piece := source.read(_PIECE):
        text = tail + piece
        cut = max(0, len(text) - 256)  # an element cut in two is found with the next piece
        refs += [m.group(1).decode() for m in _MERGE.finditer(text) if m.start() < cut]
        tail = text[cut:]
    refs += [m.group(1).decode() for m in _MERGE.finditer(tail)]
    return refs


def xls_grid(path: Path, sheet: str | None) -> Grid:
    """Read one sheet of an old Excel (.xls, Excel 97–2003) workbook."""
    return xls_grids(path, sheet)[0]


def xls_grids(path: Path, sheet: str | None) -> list[Grid]:
    """Read one sheet of an .xls workbook, or every sheet when ``sheet`` is :data:`ALL_SHEETS`."""
    try:
        import xlrd
    except ImportError as exc:  # an install without its dependencies
        raise RecordsError(
            f"Máy này chưa cài thư viện đọc tệp .xls: hãy lưu {path.name} lại dạng .xlsx, hoặc "
            "cài lại phần mềm."
        ) from exc
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True)
    except OSError:
        raise
    except Exception as exc:
        raise RecordsError(
            f"Không đọc được tệp Excel cũ {path.name}: tệp hỏng, hoặc là tệp .xlsx bị đổi đuôi "
            "thành .xls (hãy đổi lại đuôi .xlsx)."
        ) from exc
    try:
        if sheet == ALL_SHEETS:
            return [_xls_sheet(book, book.sheet_by_index(i)) for i in range(book.nsheets)]
        index = choose_sheet(book.sheet_names(), sheet, path.name)
        return [_xls_sheet(book, book.sheet_by_index(index))]
    except (OSError, RecordsError):
        raise
    except Exception as exc:
        raise RecordsError(f"Không đọc được tệp Excel cũ {path.name}: tệp hỏng.") from exc
    finally:
        book.release_resources()


def _xls_sheet(book: Any, worksheet: Any) -> Grid:
    grid = Grid([], sheet=str(worksheet.name))
    for row_index in range(worksheet.nrows):
        values: list[object] = []
        for column_index, cell in enumerate(worksheet.row(row_index)):
            value = _xls_value(book, cell)
            values.append(value)
            if isinstance(value, str) and is_capitals_font(_xls_font(book, cell)):
                grid.capitals.add((row_index, column_index))
        grid.rows.append(values)
    for first_row, end_row, first_column, end_column in worksheet.merged_cells:
        fill_merged(grid, first_row, first_column, end_row - 1, end_column - 1)
    return grid


def _xls_value(book: Any, cell: Any) -> object:
    """A cell as openpyxl would give it: dates as ``datetime`` (or ``time``), whole numbers int."""
    import xlrd

    kind, value = cell.ctype, cell.value
    if kind == xlrd.XL_CELL_TEXT:
        return str(value)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_DATE:
        try:
            moment: datetime = xlrd.xldate_as_datetime(value, book.datemode)
        except Exception:  # a date Excel itself could not show: keep the number
            return float(value)
        return moment.time() if value < 1 else moment
    if kind == xlrd.XL_CELL_NUMBER:
        number = float(value)
        return int(number) if number.is_integer() else number
    return None  # empty, blank, or an error value such as #N/A


def _xls_font(book: Any, cell: Any) -> str | None:
    try:
        font_index = book.xf_list[cell.xf_index].font_index
        return str(book.font_list[font_index].name)
    except (AttributeError, IndexError, TypeError):
        return None


def sheet_names(path: Path) -> list[tuple[str, str]]:
    """The sheets of a workbook as (name to show, name in the file); empty for a CSV.

    A name typed in a TCVN3 or VNI font is shown converted. A file that cannot be opened gives
    no names: reading it for the preview then says, in Vietnamese, what is wrong with it.
    """
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            import openpyxl  # lazily, as the import itself does

            book = openpyxl.load_workbook(path, read_only=True)
            try:
                names = [str(name) for name in book.sheetnames]
            finally:
                book.close()
        elif suffix == ".xls":
            import xlrd

            xls = xlrd.open_workbook(str(path), on_demand=True)
            try:
                names = [str(name) for name in xls.sheet_names()]
            finally:
                xls.release_resources()
        else:
            return []
    except Exception:  # a broken file: the preview reports it through the model's message
        return []
    return [(convert(name, detect_encoding([name])), name) for name in names]
