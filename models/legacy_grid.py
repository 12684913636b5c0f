"""The cells of one sheet of an old logbook, as read, before the header is found.

A commune's old workbooks are not the canonical file: the header sits under title rows, cells are
merged, text may be typed in a legacy font. The readers (:mod:`models.legacy_csv`,
:mod:`models.legacy_sheets`) all hand over this one shape, so finding the header and converting
the text (:mod:`models.legacy_import`) is written once for CSV, XLSX and XLS.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from models.legacy_text import convert
from models.records_format import RecordsError
from models.text import fold

Position = tuple[int, int]  # (row, column), both from 0

# TCVN3's capitals fonts: .VnTimeH, .VnArialH, .VnCentury SchoolbookH ... Text typed in one of
# them is stored in small letters and shown in capitals.
_CAPITALS_FONT = re.compile(r"\.vn.*h")


@dataclass
class Grid:
    """Every row of one sheet (row 1 first), with what the file says about its cells.

    ``legacy_rows`` is set only for a CSV that is not Unicode: the same cells read byte for byte
    (latin-1), which is where TCVN3 or VNI text is found, while ``rows`` holds the Windows-1258
    reading. ``merge_copies`` are cells that got their value from a merged range's first cell
    further left (a header cell spread over two columns names one column, not two);
    ``capitals`` are text cells in a TCVN3 capitals font.
    """

    rows: list[list[object]]
    legacy_rows: list[list[object]] | None = None
    merge_copies: set[Position] = field(default_factory=set)
    capitals: set[Position] = field(default_factory=set)
    sheet: str | None = None
    text_encoding: str | None = None

    def cell(self, row: int, column: int, *, legacy: bool = False) -> object:
        """The value at ``(row, column)`` (``None`` past a short row's end)."""
        rows = self.legacy_rows if legacy and self.legacy_rows is not None else self.rows
        values = rows[row] if row < len(rows) else []
        return values[column] if column < len(values) else None

    @property
    def width(self) -> int:
        """The number of columns of the widest row."""
        return max((len(row) for row in self.rows), default=0)


def is_capitals_font(name: str | None) -> bool:
    """Whether a font name is one of TCVN3's capitals fonts (``.VnTimeH`` and its kin)."""
    return name is not None and _CAPITALS_FONT.fullmatch(clean_name(name)) is not None


def clean_name(name: str) -> str:
    """A font or sheet name compared without case and surrounding space."""
    return name.strip().casefold()


def fill_merged(
    grid: Grid, first_row: int, first_column: int, last_row: int, last_column: int
) -> None:
    """Give every cell of a merged range (0-based, inclusive) the value of its top-left cell.

    That is what the clerk saw: one date written once beside the day's visits applies to each.
    """
    value = grid.cell(first_row, first_column)
    capital = (first_row, first_column) in grid.capitals
    for row in range(first_row, last_row + 1):
        while len(grid.rows) <= row:
            grid.rows.append([])
        values = grid.rows[row]
        values.extend([None] * (last_column + 1 - len(values)))
        for column in range(first_column, last_column + 1):
            if (row, column) == (first_row, first_column):
                continue
            values[column] = value
            if capital:
                grid.capitals.add((row, column))
            if column != first_column:
                grid.merge_copies.add((row, column))


def choose_sheet(names: Sequence[str], wanted: str | None, file_name: str) -> int:
    """The index of the sheet called ``wanted`` (the first sheet when ``None``).

    A name typed at a terminal may lack accents or be typed in Unicode where the sheet's name is
    in TCVN3 or VNI: an exact name wins, else the one sheet whose name folds the same.
    """
    if not names:
        raise RecordsError(f"Tệp {file_name} không có trang tính nào.")
    if wanted is None:
        return 0
    if wanted in names:
        return list(names).index(wanted)
    key = fold(wanted)
    found = [
        index
        for index, name in enumerate(names)
        if key in {fold(convert(name, encoding)) for encoding in ("none", "tcvn3", "vni")}
    ]
    if len(found) == 1:
        return found[0]
    listed = ", ".join(f"«{name}»" for name in names)
    if found:
        raise RecordsError(
            f"Tệp {file_name} có nhiều trang tính giống «{wanted}»: hãy ghi đúng tên, có dấu. "
            f"Các trang tính trong tệp: {listed}."
        )
    raise RecordsError(
        f"Tệp {file_name} không có trang tính «{wanted}». Các trang tính trong tệp: {listed}."
    )
