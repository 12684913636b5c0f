"""Spreadsheet cells that stay text: no formula injection through a name typed at the desk or a
commune name in another commune's file.

A cell beginning with ``= + - @`` (or a tab or carriage return) is read as a formula by Excel and
LibreOffice (OWASP "CSV injection"). In XLSX such text is stored with the string type, which is
lossless; in CSV it is prefixed with an apostrophe, which spreadsheets hide and our importer
removes again.
"""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    """``value`` as it is written into a CSV cell."""
    return "'" + value if value.startswith(FORMULA_START) else value


def from_csv_text(value: str) -> str:
    """A CSV cell read back: the apostrophe of ``csv_text`` removed."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def text_only(book: Any) -> None:
    """Make every formula-looking cell of an openpyxl workbook plain text (we write none)."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
