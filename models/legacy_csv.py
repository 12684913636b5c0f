"""CSV files as communes have them: UTF-8 (with or without BOM), UTF-16, or Windows-1258.

Excel writes "CSV UTF-8" with a byte-order mark, "Unicode Text" as tab-separated UTF-16, and
plain "CSV" in the Windows code page: Windows-1258 on a Vietnamese Windows, but on an English one
the bytes of text typed in a TCVN3 or VNI font come out unchanged. An 8-bit file is therefore read
twice, as Windows-1258 and byte for byte, and :mod:`models.legacy_import` picks per column.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from models.cell_safety import from_csv_text
from models.legacy_grid import Grid
from models.records_format import RecordsError

# UTF-32's marks first: FF FE 00 00 also starts with UTF-16's FF FE.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# In order of preference when two split the rows equally wide.
_DELIMITERS = (",", ";", "\t")
_SNIFF_ROWS = 30


@dataclass(frozen=True)
class DecodedText:
    """A CSV file's text, the codec it was read with, and for an 8-bit file its bytes as text."""

    text: str
    encoding: str
    legacy_text: str | None = None


def decode_csv_bytes(data: bytes, file_name: str) -> DecodedText:
    """Read a CSV file's bytes: by its byte-order mark, else UTF-8, else Windows-1258.

    The Windows-1258 reading is normalised to NFC (that code page writes tones as combining
    marks); ``legacy_text`` keeps each byte as the character of the same number (latin-1), as a
    spreadsheet shows text typed in a legacy font.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise RecordsError(
                    f"Tệp {file_name} bị hỏng: có byte không đọc được theo mã {codec.upper()}. "
                    "Hãy mở tệp bằng Excel và lưu lại dạng «CSV UTF-8»."
                ) from exc
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Five byte values have no character in Windows-1258; they cannot be Vietnamese text.
    text = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    return DecodedText(text, "cp1258", data.decode("latin-1"))


def _rows(text: str, delimiter: str) -> Iterable[list[str]]:
    return csv.reader(io.StringIO(text), delimiter=delimiter)


def choose_delimiter(text: str) -> str:
    """The mark that splits the first rows widest: "," or ";" (Excel in Vietnamese) or a tab.

    Title rows above the header may hold any of them once; the header and the data hold the
    right one many times, and a quoted "VNeID; Tra cứu" does not count.
    """

    def width(delimiter: str) -> int:
        try:
            return max((len(row) for row in islice(_rows(text, delimiter), _SNIFF_ROWS)), default=0)
        except csv.Error:  # the real reading reports it
            return 0

    widths = {delimiter: width(delimiter) for delimiter in _DELIMITERS}
    return max(
        _DELIMITERS, key=lambda delimiter: (widths[delimiter], -_DELIMITERS.index(delimiter))
    )


def _parse(text: str, delimiter: str, normalise: bool) -> list[list[object]]:
    rows: list[list[object]] = []
    for line in _rows(text, delimiter):
        cells = (from_csv_text(cell) for cell in line)
        rows.append([unicodedata.normalize("NFC", c) if normalise else c for c in cells])
    return rows


def csv_grid(path: Path) -> Grid:
    """Read a CSV file into a :class:`Grid` (raises ``csv.Error`` and ``OSError`` as they come)."""
    decoded = decode_csv_bytes(path.read_bytes(), path.name)
    delimiter = choose_delimiter(decoded.text)
    eight_bit = decoded.legacy_text is not None
    rows = _parse(decoded.text, delimiter, normalise=eight_bit)
    legacy_rows = None
    if decoded.legacy_text is not None:
        legacy_rows = _parse(decoded.legacy_text, delimiter, normalise=False)
        # Both readings give one character per byte, so the delimiters fall alike; should they
        # not, the byte reading is not trusted.
        if [len(row) for row in legacy_rows] != [len(row) for row in rows]:
            legacy_rows = None
    return Grid(rows, legacy_rows=legacy_rows, text_encoding=decoded.encoding)
