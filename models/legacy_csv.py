"""CSV files as communes have them: UTF-8 (with or without BOM), UTF-16, or Windows-1258.

Excel writes "CSV UTF-8" with a byte-order mark, "Unicode Text" as tab-separated UTF-16, and
plain "CSV" in the Windows code page: Windows-1258 on a Vietnamese Windows, but on an English one
the bytes of text typed in a TCVN3 or VNI font come out unchanged. An 8-bit file is therefore read
twice, as Windows-1258 and byte for byte, and :mod:`models.legacy_import` picks per column.
The import reads a file row by row (:func:`csv_rows`): its encoding is checked first, in pieces,
so that a large file is never held whole.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, cast

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


def csv_grid(path: Path) -> Grid:
    """Read a CSV file into a :class:`Grid` (raises ``csv.Error`` and ``OSError`` as they come)."""
    with CsvRows(path) as reading:
        rows: list[list[object]] = []
        legacy: list[list[object]] = []
        for values, legacy_values in reading:
            rows.append(values)
            legacy.append(legacy_values if legacy_values is not None else values)
        eight_bit = reading.eight_bit
        return Grid(rows, legacy_rows=legacy if eight_bit else None, text_encoding=reading.encoding)


# Pieces read while checking a file's encoding, and the text the delimiter is chosen from: the
# first rows of any real logbook fit many times over.
_PIECE = 1 << 20
_HEAD_CHARS = 1 << 20


def _codec_of(path: Path) -> str:
    """The codec that reads the whole file (by its byte-order mark, else UTF-8, else cp1258),
    found by decoding it in pieces: the file is never held whole."""
    with path.open("rb") as handle:
        start = handle.read(4)
        handle.seek(0)
        codec = next((c for bom, c in _BOMS if start.startswith(bom)), None)
        decoder = codecs.getincrementaldecoder(codec or "utf-8")()
        try:
            while piece := handle.read(_PIECE):
                decoder.decode(piece)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            if codec is None:
                return "cp1258"
            raise RecordsError(
                f"Tệp {path.name} bị hỏng: có byte không đọc được theo mã {codec.upper()}. "
                "Hãy mở tệp bằng Excel và lưu lại dạng «CSV UTF-8»."
            ) from exc
    return codec or "utf-8"


class CsvRows:
    """A CSV file's rows, one at a time: ``(cells, cells read byte for byte)`` (the second is
    ``None`` unless the file is 8-bit, :attr:`eight_bit`). A context manager: it holds the file
    open. Reads as :func:`decode_csv_bytes` decodes (the Windows-1258 reading in NFC) and splits
    with the delimiter :func:`choose_delimiter` picks from the first rows; raises ``csv.Error``
    and ``OSError`` as they come.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.encoding = _codec_of(path)
        self.eight_bit = self.encoding == "cp1258"
        self._files = ExitStack()
        self._main: io.TextIOWrapper | None = None
        self._size = path.stat().st_size

    def _open(self, encoding: str) -> io.TextIOWrapper:
        # newline="\n": lines split as a str of the whole file splits them (\r\n kept for csv).
        errors = "replace" if self.eight_bit else "strict"
        return self._files.enter_context(
            self.path.open(encoding=encoding, errors=errors, newline="\n")
        )

    def __enter__(self) -> CsvRows:
        head = self._open(self.encoding).read(_HEAD_CHARS)
        if self.eight_bit:
            head = unicodedata.normalize("NFC", head)
        if len(head) == _HEAD_CHARS:  # a partial last line would count as a row
            head = head[: head.rfind("\n") + 1] or head
        self.delimiter = choose_delimiter(head)
        return self

    def __exit__(self, *exc: object) -> None:
        self._files.close()

    def read_share(self) -> float:
        """How much of the file the rows handed on so far have read (0 to 1)."""
        if self._main is None:
            return 0.0
        size = self._size
        buffer: IO[bytes] = self._main.buffer  # type: ignore[assignment]
        return min(1.0, buffer.tell() / size) if size else 1.0

    def __iter__(self) -> Iterator[tuple[list[object], list[object] | None]]:
        self._main = self._open(self.encoding)
        rows = _reader(self._main, self.delimiter, normalise=self.eight_bit)
        if not self.eight_bit:
            for values in rows:
                yield values, None
            return
        legacy = _reader(self._open("latin-1"), self.delimiter, normalise=False)
        # Both readings give one character per byte, so the delimiters fall alike.
        for values, legacy_values in zip(rows, legacy, strict=True):
            yield values, legacy_values if len(legacy_values) == len(values) else values


def _reader(handle: IO[str], delimiter: str, normalise: bool) -> Iterator[list[object]]:
    # from_csv_text only where a cell opens with its apostrophe: most cells never do.
    for line in csv.reader(handle, delimiter=delimiter):
        cells = [from_csv_text(c) if c[:1] == "'" else c for c in line]
        if normalise:
            cells = [unicodedata.normalize("NFC", c) for c in cells]
        yield cast(list[object], cells)
