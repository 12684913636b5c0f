"""The import's reading of a file: header and columns from its first rows, then row after row.

A CSV is never held whole: its first rows (:data:`PREFIX_ROWS`) are read as a sheet, where the
header is found (in the first 30 rows) and each column's encoding decided (on the header and the
2,000 rows under it, :mod:`models.legacy_rows`); every later row is read as it comes, with the
same readings, and handed on as a :class:`SourceRow` while the file is still open. The rows are
those :func:`models.legacy_import.read_legacy_table` gives for the same file, in the same order.
An XLSX sheet is streamed the same way (openpyxl's read-only mode, merged ranges read first:
:class:`models.legacy_sheets.XlsxRows`). An XLS workbook is read whole (xlrd has no other way),
and so is every sheet of a workbook imported at once; their rows are handed on from memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from models.import_mapping import ImportMapping
from models.legacy_csv import CsvRows
from models.legacy_footer import FooterFinder
from models.legacy_grid import Grid
from models.legacy_header import HEADER_SCAN_ROWS
from models.legacy_import import (
    LegacyTable,
    check_override,
    check_source,
    read_all_sheets,
    read_legacy_table,
    reading_errors,
    source_of,
    source_rows,
    table_head,
)
from models.legacy_rows import SAMPLE_ROWS, RowReader, data_rows, is_blank
from models.legacy_sheets import XlsxRows
from models.legacy_text import Override
from models.records_format import RecordsError, SourceRow

# The rows read before the first row is handed on: where the header may be, and the sample.
PREFIX_ROWS = HEADER_SCAN_ROWS + SAMPLE_ROWS


@dataclass
class StreamedTable:
    """One sheet's header and columns (``table``, its rows left empty), and its rows, read as
    they are asked for; ``table.footer_rows`` is known once every row has been read."""

    table: LegacyTable
    rows: Iterable[SourceRow]


@dataclass
class StreamedTables:
    """The sheets an import reads, in order, and the sheets left out (with why, in Vietnamese).

    ``read_share`` says how much of the file has been read (0 to 1; ``None`` when the rows are
    all in memory already), so that progress can be shown before the rows are counted.
    """

    tables: list[StreamedTable]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    read_share: Callable[[], float] | None = None

    def rows(self) -> Iterator[SourceRow]:
        """Every sheet's rows, one sheet after the other."""
        return chain.from_iterable(table.rows for table in self.tables)

    def expected_rows(self, read: int) -> int:
        """How many rows there will be in all, ``read`` of them having been read."""
        if self.read_share is None:
            return max(read, sum(len(list_rows(t)) for t in self.tables))
        share = self.read_share()
        return max(read, round(read / share)) if share > 0 else read


def list_rows(table: StreamedTable) -> list[SourceRow]:
    """The rows of a sheet read whole."""
    assert isinstance(table.rows, list)
    return table.rows


@contextmanager
def streamed_tables(
    path: Path,
    *,
    sheet: str | None = None,
    legacy_encoding: Override = "auto",
    mapping: ImportMapping | None = None,
    all_sheets: bool = False,
) -> Iterator[StreamedTables]:
    """Open ``path`` for an import: its header read, its rows to be read (while in the block).

    Refuses (:class:`RecordsError`) as :func:`models.legacy_import.read_legacy_table` and
    :func:`models.legacy_import.read_all_sheets` do; a CSV that turns out broken further down
    is refused as its rows are read.
    """
    check_override(legacy_encoding)
    suffix = check_source(path, None if all_sheets else sheet)
    if suffix == ".xls" or (suffix == ".xlsx" and all_sheets):
        yield _workbook(path, sheet, legacy_encoding, mapping, all_sheets)
        return
    with ExitStack() as stack:
        with reading_errors(path):
            if suffix == ".csv":
                raw = _csv_raw(stack.enter_context(CsvRows(path)))
            else:
                raw = _xlsx_raw(stack.enter_context(XlsxRows(path, sheet, PREFIX_ROWS)))
        table = _streamed(path, raw, legacy_encoding, mapping)
        yield StreamedTables([table], read_share=raw.read_share or (lambda: 0.0))


@dataclass
class Raw:
    """A sheet's rows as read, before the header is found: ``(cells, cells byte for byte or
    None, columns in a capitals font or None)``, and what the reader knows of them."""

    rows: Iterator[tuple[list[object], list[object] | None, set[int] | None]]
    sheet: str | None = None
    text_encoding: str | None = None
    eight_bit: bool = False
    merge_copies: set[tuple[int, int]] = field(default_factory=set)
    read_share: Callable[[], float] | None = None


def _csv_raw(reading: CsvRows) -> Raw:
    return Raw(
        ((values, legacy, None) for values, legacy in reading),
        text_encoding=reading.encoding,
        eight_bit=reading.eight_bit,
        read_share=reading.read_share,
    )


def _xlsx_raw(book: XlsxRows) -> Raw:
    rows = ((values, None, capitals) for values, capitals in book)
    return Raw(rows, sheet=book.sheet, merge_copies=book.merge_copies, read_share=book.read_share)


def _workbook(
    path: Path,
    sheet: str | None,
    legacy_encoding: Override,
    mapping: ImportMapping | None,
    all_sheets: bool,
) -> StreamedTables:
    if all_sheets:
        read = read_all_sheets(path, legacy_encoding=legacy_encoding, mapping=mapping)
        return StreamedTables([_whole(table) for table in read.tables], read.skipped)
    table = read_legacy_table(path, sheet=sheet, legacy_encoding=legacy_encoding, mapping=mapping)
    return StreamedTables([_whole(table)])


def _whole(table: LegacyTable) -> StreamedTable:
    rows, table.rows = table.rows, []
    return StreamedTable(table, rows)


def _streamed(
    path: Path, raw: Raw, legacy_encoding: Override, mapping: ImportMapping | None
) -> StreamedTable:
    rows = raw.rows
    with reading_errors(path):
        prefix = list(islice(rows, PREFIX_ROWS))
        grid = Grid(
            [values for values, _legacy, _capitals in prefix],
            legacy_rows=[legacy or values for values, legacy, _c in prefix]
            if raw.eight_bit
            else None,
            merge_copies=raw.merge_copies,
            capitals={
                (i, c) for i, (_v, _l, capitals) in enumerate(prefix) for c in capitals or ()
            },
            sheet=raw.sheet,
            text_encoding=raw.text_encoding,
        )
        del prefix
        if all(is_blank(value) for row in grid.rows for value in row) and all(
            is_blank(value) for values, _legacy, _capitals in rows for value in values
        ):
            raise RecordsError(f"Tệp {path.name} trống: không có dòng nào.")
    source = source_of(grid, path.name, legacy_encoding, mapping)
    table = table_head(source, mapping)
    reader = RowReader(source.readings)
    footers = FooterFinder()

    def cells() -> Iterator[list[object]]:
        yield from source_rows(source)
        for values, legacy, capitals in rows:
            yield reader(values, legacy, capitals)

    def visits() -> Iterator[SourceRow]:
        with reading_errors(path):
            yield from data_rows(source.header_index, table.assigned, cells(), footers)
        table.footer_rows = footers.count

    return StreamedTable(table, visits())
