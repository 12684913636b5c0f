"""Layout pieces of the citizen handout: type sizes, page geometry, QR codes, wrapped links.

Everything is black on white and upright: the sheet is read at home, often by an elderly citizen
without glasses. The QR codes are drawn as vector squares (crisp on any printer), each with a quiet
zone of four modules that nothing else overlaps.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from printing.fonts import FontFamily

QUIET_ZONE = 4  # modules of white around each code (ISO/IEC 18004 asks for 4)
MIN_QR_WIDTH = 30 * mm  # the symbol itself, quiet zone not counted
SCAN_HINT = "Mở Camera hoặc Zalo, quét mã"


@dataclass(frozen=True)
class HandoutGeometry:
    """Paper, margins and QR size of one handout format."""

    pagesize: tuple[float, float]
    margin: float
    qr_width: float  # width of the symbol without its quiet zone

    @property
    def frame_width(self) -> float:
        """The width text can use."""
        return self.pagesize[0] - 2 * self.margin

    @property
    def frame_height(self) -> float:
        """The height text can use."""
        return self.pagesize[1] - 2 * self.margin


def geometry(size: str, large_print: bool) -> HandoutGeometry:
    """A4 or A5 portrait; larger codes in large print."""
    if size == "A5":
        return HandoutGeometry(A5, 9 * mm, (34 if large_print else 30) * mm)
    return HandoutGeometry(A4, 11 * mm, (42 if large_print else 32) * mm)


@dataclass(frozen=True)
class HandoutStyles:
    """The type sizes of a handout (points) in the embedded serif family; never italic."""

    family: FontFamily
    body_size: float
    heading_size: float
    title_size: float
    dossier_size: float

    @classmethod
    def for_print(cls, family: FontFamily, large_print: bool) -> HandoutStyles:
        """Body 14 pt and headings 18 pt; large print body 18 pt and headings 22 pt."""
        if large_print:
            return cls(family, body_size=18, heading_size=22, title_size=26, dossier_size=30)
        return cls(family, body_size=14, heading_size=18, title_size=22, dossier_size=24)

    def _make(self, name: str, size: float, *, bold: bool = False, **kwargs: Any) -> ParagraphStyle:
        kwargs.setdefault("leading", round(size * 1.18, 1))
        kwargs.setdefault("alignment", TA_LEFT)
        font = self.family.bold if bold else self.family.regular
        return ParagraphStyle(
            f"handout-{name}", fontName=font, fontSize=size, textColor="black", **kwargs
        )

    @property
    def header(self) -> ParagraphStyle:
        """The commune and desk at the top, bold, centred."""
        return self._make("header", self.body_size, bold=True, alignment=TA_CENTER)

    @property
    def title(self) -> ParagraphStyle:
        """The procedure's name."""
        return self._make(
            "title", self.title_size, bold=True, alignment=TA_CENTER, spaceBefore=4, spaceAfter=4
        )

    @property
    def heading(self) -> ParagraphStyle:
        """A section heading kept with what follows."""
        return self._make(
            "heading", self.heading_size, bold=True, spaceBefore=6, spaceAfter=2, keepWithNext=1
        )

    @property
    def body(self) -> ParagraphStyle:
        """Running text."""
        return self._make("body", self.body_size, spaceAfter=1)

    @property
    def item(self) -> ParagraphStyle:
        """A numbered step or a bullet, the number hanging in the margin."""
        indent = self.body_size * 1.5
        return self._make(
            "item",
            self.body_size,
            leftIndent=indent,
            bulletIndent=0,
            bulletFontName=self.family.bold,
            bulletFontSize=self.body_size,
            spaceAfter=1,
        )

    @property
    def bullet(self) -> ParagraphStyle:
        """A bulleted line (papers, tips)."""
        indent = self.body_size * 1.5
        return self._make(
            "bullet",
            self.body_size,
            leftIndent=indent,
            bulletIndent=self.body_size * 0.4,
            bulletFontName=self.family.regular,
            bulletFontSize=self.body_size,
        )

    @property
    def label(self) -> ParagraphStyle:
        """The bold name of a QR code, centred under it."""
        return self._make("label", self.body_size, bold=True, alignment=TA_CENTER)

    @property
    def link(self) -> ParagraphStyle:
        """The short link under a QR code, centred."""
        return self._make("link", self.body_size, alignment=TA_CENTER)

    @property
    def dossier(self) -> ParagraphStyle:
        """The dossier code in large type."""
        return self._make("dossier", self.dossier_size, spaceBefore=2, spaceAfter=2)

    @property
    def sizes(self) -> dict[str, float]:
        """Every style's font size by name, for checks."""
        names = ("header", "title", "heading", "body", "item", "bullet", "label", "link", "dossier")
        return {name: float(getattr(self, name).fontSize) for name in names}


@functools.lru_cache(maxsize=256)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of ``data`` as a QR code (error correction M), quiet zone included.

    Cached: a stack of handouts prints the same few links again and again.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


@functools.lru_cache(maxsize=256)
def qr_path(matrix: tuple[tuple[bool, ...], ...], module: float) -> str:
    """The PDF operators that fill the dark modules, one rectangle per run of them.

    Written once per code and size: a QR code is a few hundred rectangles, and formatting their
    numbers one ``canvas.rect`` at a time was most of the time a handout took.
    """
    count = len(matrix)
    size = module * count
    ops: list[str] = []
    for y, row in enumerate(matrix):
        x = 0
        while x < count:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < count and row[x]:
                x += 1
            top = size - (y + 1) * module
            numbers = (start * module, top, (x - start) * module, module)
            ops.append(" ".join(_number(n) for n in numbers) + " re")
    ops.append("f")
    return "\n".join(ops)


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code drawn in vector squares; ``symbol_width`` excludes the quiet zone."""

    def __init__(self, data: str, symbol_width: float) -> None:
        super().__init__()
        self.data = data
        self.matrix = qr_matrix(data)
        count = len(self.matrix)
        self.module = symbol_width / (count - 2 * QUIET_ZONE)
        self.size = self.module * count  # symbol and quiet zone
        self.width = self.height = self.size
        self.hAlign = "CENTER"

    def pad_to(self, box: float) -> None:
        """Take ``box`` points each way, the code centred: codes in a row line up their labels."""
        self.width = self.height = max(box, self.size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        offset = (self.width - self.size) / 2
        canvas.translate(offset, offset)
        canvas.setFillColor("white")
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillColor("black")
        canvas.addLiteral(qr_path(self.matrix, self.module))
        canvas.restoreState()


def short_link(url: str) -> str:
    """The link as a person types it: without ``https://``, ``www.`` or a trailing slash, and
    with Vietnamese letters instead of their percent-codes (a browser encodes them again)."""
    url = unquote(url)
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
            break
    if url.startswith("www."):
        url = url[4:]
    return url.rstrip("/")


def wrap_link(link: str, font: str, size: float, width: float) -> list[str]:
    """``link`` cut into lines no wider than ``width``, after ``/ ? & = -`` or a space."""
    lines: list[str] = []
    current = ""
    for piece in _pieces(link):
        if current and stringWidth(current + piece, font, size) > width:
            lines.append(current)
            current = ""
        while stringWidth(piece, font, size) > width and len(piece) > 1:
            cut = len(piece)
            while cut > 1 and stringWidth(piece[:cut], font, size) > width:
                cut -= 1
            lines.append(piece[:cut])
            piece = piece[cut:]
        current += piece
    if current:
        lines.append(current)
    return lines


def _pieces(link: str) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in link:
        current += ch
        if ch in "/?&=- ":
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces
