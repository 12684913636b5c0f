"""An old logbook's rows under its header: each column read in its encoding, footers set aside.

How a column was typed (Unicode, TCVN3 or VNI; for an 8-bit CSV, which of its two readings is
the text) is decided once, on the header cell and the first :data:`SAMPLE_ROWS` rows below it
(:func:`decide_readings`); every cell of the column is then read so (:func:`read_cells`). The
rows become :class:`SourceRow` one at a time (:func:`data_rows`), totals and the signature block
counted apart: the whole sheet (the wizard's preview) and a file streamed row by row (the
import, :mod:`models.legacy_stream`) go through the same steps and give the same rows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from models.legacy_footer import FooterFinder
from models.legacy_grid import Grid
from models.legacy_header import column_named
from models.legacy_text import Detection, Encoding, Override, analyse_encoding, convert
from models.records_format import DATE, NAME, SourceRow

# Rows under the header that decide a column's encoding: a few thousand words of a name column,
# many times the evidence needed, and all a streamed import holds before its first row is read.
SAMPLE_ROWS = 2_000


@dataclass(frozen=True)
class ColumnReading:
    """How one column's text is read: its encoding, and for an 8-bit CSV whether its
    Windows-1258 reading (``windows``) is the text rather than its bytes in a legacy font."""

    encoding: Encoding
    windows: bool = False


def _cells(rows: list[list[object]], first: int, end: int, column: int) -> list[object]:
    return [values[column] if column < len(values) else None for values in rows[first:end]]


def decide_readings(grid: Grid, header_index: int, override: Override) -> list[ColumnReading]:
    """How to read each column of ``grid``, decided on its header and first sample rows."""
    end = header_index + 1 + SAMPLE_ROWS
    eight_bit = grid.legacy_rows is not None
    legacy_rows = grid.legacy_rows if grid.legacy_rows is not None else grid.rows
    readings = []
    for column in range(grid.width):
        values = _cells(grid.rows, header_index, end, column)
        legacy = _cells(legacy_rows, header_index, end, column)
        if override == "auto":
            detection = analyse_encoding(v for v in legacy if isinstance(v, str))
            encoding = detection.encoding
            if eight_bit and _reads_as_windows_1258(values, detection):
                encoding = "none"
        else:
            encoding = override
        readings.append(ColumnReading(encoding, eight_bit and encoding == "none"))
    return readings


def _reads_as_windows_1258(values: list[object], legacy: Detection) -> bool:
    """Whether an 8-bit CSV column reads as Vietnamese in Windows-1258 at least as well as in
    the legacy font its bytes suggest: then it was typed in Unicode and saved by Windows.

    The byte-for-byte reading alone misjudges such a column: Windows-1258 writes a tone as a
    separate byte, and some of those bytes are TCVN3 letters.
    """
    windows = analyse_encoding(v for v in values if isinstance(v, str))
    return windows.unicode_words >= max(legacy.tcvn3_words, legacy.vni_words)


def read_cell(value: object, legacy: object, reading: ColumnReading, capital: bool) -> object:
    """One cell as the clerk saw it: ``legacy`` is the cell as read byte for byte (the cell
    itself but in an 8-bit CSV); ``capital`` says it is drawn in a TCVN3 capitals font."""
    if not isinstance(legacy, str):
        return legacy
    source = value if reading.windows else legacy
    if not isinstance(source, str):
        return None
    text = convert(source, reading.encoding)
    # .VnTimeH draws small letters as capitals: the clerk saw, and meant, capitals.
    if capital and text and (reading.encoding == "tcvn3" or text.isascii()):
        return text.upper()
    return text


class RowReader:
    """Reads the rows of a file streamed row by row, one cell per column."""

    def __init__(self, readings: list[ColumnReading]) -> None:
        self.readings = readings
        self.width = len(readings)
        # Unicode throughout (the canonical file): only NFC to make sure of.
        self.unicode = all(r.encoding == "none" and not r.windows for r in readings)

    def __call__(
        self, values: list[object], legacy: list[object] | None, capitals: set[int] | None = None
    ) -> list[object]:
        """The row's cells as read; ``legacy`` the same row byte for byte (an 8-bit CSV),
        ``capitals`` the columns whose text is in a TCVN3 capitals font (a workbook)."""
        width = self.width
        if len(values) < width:
            values = values + [None] * (width - len(values))
        if capitals:
            return [
                read_cell(values[i], values[i], r, i in capitals)
                for i, r in enumerate(self.readings)
            ]
        if legacy is None and self.unicode:
            nfc = unicodedata.normalize
            return [nfc("NFC", v) if isinstance(v, str) else v for v in values[:width]]
        if legacy is None:
            legacy = values
        elif len(legacy) < width:
            legacy = legacy + [None] * (width - len(legacy))
        return [read_cell(values[i], legacy[i], r, False) for i, r in enumerate(self.readings)]


def data_rows(
    header_index: int,
    assigned: dict[int, str],
    rows: Iterable[list[object]],
    footers: FooterFinder,
    sheet: str | None = None,
) -> Iterator[SourceRow]:
    """The visit rows among ``rows`` (the rows under the header, cells read), numbered as in the
    spreadsheet: empty rows, footers (counted by ``footers``) and repeated headers left out."""
    for offset, values in enumerate(rows, start=1):
        if all(is_blank(value) for value in values):
            continue
        cells = {column: values[i] for i, column in assigned.items()}
        if footers.is_footer(cells.get(DATE), cells.get(NAME), values, list(cells.values())):
            continue  # "Tổng cộng", the signature block: counted, neither a visit nor an error
        if all(is_blank(value) for value in cells.values()):
            continue  # blank in every column of the format (an "STT" alone does not count)
        if _names_date(cells):
            continue  # the header again: a sheet pasted month after month, or a second line of it
        yield SourceRow(header_index + offset + 1, cells, sheet)


def is_blank(value: object) -> bool:
    """Whether a cell holds nothing: ``None``, or nothing but white space."""
    # Empty once cleaned means nothing but white space (NFC maps no other character to space).
    return value is None or (isinstance(value, str) and (not value or value.isspace()))


def _names_date(cells: dict[str, object]) -> bool:
    """Whether the date cell holds a name of the date column: a header, never a visit."""
    found = column_named(cells.get(DATE), None)
    return found is not None and found[0] == DATE
