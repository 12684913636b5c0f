"""The import's reading of a file: header and columns from its first rows, then row after row.

A CSV is never held whole: its first rows (:data:`PREFIX_ROWS`) are read as a sheet, where the
header is found (in the first 30 rows) and each column's encoding decided (on the header and the
2,000 rows under it, :mod:`models.legacy_rows`); every later row is read as it comes, with the
same readings, and handed on as a :class:`SourceRow` while the file is still open. The rows are
those :func:`models.legacy_import.read_legacy_table` gives for the same file, in the same order.
Workbooks are read whole, as the wizard reads them (openpyxl's read-only mode hides the merged
ranges and fonts the reading depends on; xlrd has no other mode), and their rows handed on so.
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
    if path.suffix.lower() != ".csv":
        yield _workbook(path, sheet, legacy_encoding, mapping, all_sheets)
        return
    check_source(path, None if all_sheets else sheet)
    with ExitStack() as stack:
        with reading_errors(path):
            reading = stack.enter_context(CsvRows(path))
        yield StreamedTables([_csv_table(path, reading, legacy_encoding, mapping)],
                             read_share=reading.read_share)  # fmt: skip


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


def _csv_table(
    path: Path, reading: CsvRows, legacy_encoding: Override, mapping: ImportMapping | None
) -> StreamedTable:
    rows = iter(reading)
    with reading_errors(path):
        prefix = list(islice(rows, PREFIX_ROWS))
        grid = Grid(
            [values for values, _legacy in prefix],
            legacy_rows=[legacy or values for values, legacy in prefix]
            if reading.eight_bit
            else None,
            text_encoding=reading.encoding,
        )
        del prefix
        if all(is_blank(value) for row in grid.rows for value in row) and all(
            is_blank(value) for values, _legacy in rows for value in values
        ):
            raise RecordsError(f"Tệp {path.name} trống: không có dòng nào.")
    source = source_of(grid, path.name, legacy_encoding, mapping)
    table = table_head(source, mapping)
    reader = RowReader(source.readings)
    footers = FooterFinder()

    def cells() -> Iterator[list[object]]:
        yield from source_rows(source)
        for values, legacy in rows:
            yield reader(values, legacy)

    def visits() -> Iterator[SourceRow]:
        with reading_errors(path):
            yield from data_rows(source.header_index, table.assigned, cells(), footers)
        table.footer_rows = footers.count

    return StreamedTable(table, visits())
