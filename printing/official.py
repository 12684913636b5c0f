"""Building blocks of an official document in the Decree 30/2020/NĐ-CP layout (Appendix I).

A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; the issuing body top left
over its number; the national title and motto top right over the place-and-date line, which the
decree centres under the motto; the title centred; page numbers centred in the top margin from the
second page on; the recipients ("Nơi nhận") bottom left and the signature block bottom right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing.fonts import FontFamily

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
ISSUER_WIDTH = 64 * mm  # the rest of the width holds the national title and motto
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RULE = 0.6  # points: the short lines under the issuing body, the motto and the title


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of an official document, in one registered font family."""

    family: FontFamily

    def make(self, size: float, *, weight: str = "regular", **kwargs: Any) -> ParagraphStyle:
        """A style of ``size`` points in the family's ``weight`` (regular, bold, italic, ...)."""
        kwargs.setdefault("leading", round(size * 1.25, 1))
        kwargs.setdefault("alignment", TA_CENTER)
        font = getattr(self.family, weight)
        return ParagraphStyle(f"{weight}-{size}", fontName=font, fontSize=size, **kwargs)

    @property
    def body(self) -> ParagraphStyle:
        """13 pt, justified, first line indented 1 cm."""
        return self.make(13, alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=4)

    @property
    def heading(self) -> ParagraphStyle:
        """A bold section heading kept with what follows it."""
        return self.make(
            13,
            weight="bold",
            alignment=TA_LEFT,
            firstLineIndent=10 * mm,
            spaceBefore=6,
            spaceAfter=4,
            keepWithNext=1,
        )

    @property
    def cell(self) -> ParagraphStyle:
        """12 pt text in a table cell."""
        return self.make(12, alignment=TA_LEFT, leading=14)


def text(value: object) -> str:
    """``value`` as paragraph markup: ``&`` and ``<`` in labels must not be read as tags."""
    return escape(str(value))


def para(value: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped) in ``style``."""
    return Paragraph(text(value), style)


def short_rule(width: float, *, space_before: float = 3, space_after: float = 2) -> HRFlowable:
    """A centred line ``width`` points long, as under the issuing body, the motto or the title."""
    return HRFlowable(
        width=width,
        thickness=RULE,
        color="black",
        hAlign="CENTER",
        spaceBefore=space_before,
        spaceAfter=space_after,
    )


def _width(words: str, font: str, size: float) -> float:
    return float(stringWidth(words, font, size))


def letterhead(styles: Styles, issuer: Sequence[str], number: str, place_and_date: str) -> Table:
    """The top of the first page: issuing body and number left, title, motto and date right.

    ``issuer`` is one or two lines in capitals (bold, a short line under the last one);
    ``number`` is the "Số: .../BC-..." line, on the same row as the place-and-date line.
    """
    family = styles.family
    issuer_style = styles.make(13, weight="bold", leading=15)
    left: list[Flowable] = [para(line, issuer_style) for line in issuer]
    left.append(short_rule(_width(issuer[-1], family.bold, 13) / 2.5))
    motto_width = _width(MOTTO, family.bold, 13)
    right: list[Flowable] = [
        para(NATIONAL_TITLE, styles.make(12, weight="bold", leading=15)),
        para(MOTTO, styles.make(13, weight="bold", leading=15)),
        short_rule(motto_width),
    ]
    rows = [
        [left, right],
        [
            para(number, styles.make(13, leading=16)),
            para(place_and_date, styles.make(13, weight="italic", leading=16)),
        ],
    ]
    table = Table(rows, colWidths=[ISSUER_WIDTH, FRAME_WIDTH - ISSUER_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the short lines
                ("FONT", (0, 0), (-1, -1), family.regular, 13),  # else Helvetica is named
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
            ]
        )
    )
    return table


def title_block(styles: Styles, title: str, subtitle: str, recipient: str | None) -> list[Flowable]:
    """The document's title (bold capitals), its subject line, a short line, and "Kính gửi"."""
    title_style = styles.make(14, weight="bold", leading=17)
    flowables: list[Flowable] = [
        Spacer(1, 8 * mm),
        para(title, title_style),
        para(subtitle, title_style),
        short_rule(_width(subtitle, styles.family.bold, 14) / 2.5, space_before=4, space_after=8),
    ]
    if recipient:
        flowables += [
            para(f"Kính gửi: {recipient}", styles.make(14, leading=17)),
            Spacer(1, 4 * mm),
        ]
    return flowables


def signature_block(styles: Styles, recipients: Sequence[str], signer: Sequence[str]) -> Table:
    """ "Nơi nhận" with its list bottom left; the signer's capacity bottom right, room to sign."""
    left: list[Flowable] = [
        para("Nơi nhận:", styles.make(12, weight="bold_italic", alignment=TA_LEFT, leading=14)),
        *(para(line, styles.make(11, alignment=TA_LEFT, leading=13)) for line in recipients),
    ]
    right: list[Flowable] = [
        para(line, styles.make(13, weight="bold", leading=16)) for line in signer
    ]
    right.append(Spacer(1, 28 * mm))  # signature and seal
    table = Table([[left, right]], colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55])
    family = styles.family
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), family.regular, 13),  # else Helvetica is named
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, 0), 6),
            ]
        )
    )
    return table


def _page_number(family: FontFamily) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        # Decree 30: centred in the top margin, 13 pt upright, not shown on the first page.
        canvas.saveState()
        canvas.setFont(family.regular, 13)
        centre = MARGIN_LEFT + FRAME_WIDTH / 2
        canvas.drawCentredString(centre, PAGE_HEIGHT - MARGIN_TOP / 2 - 4, str(doc.page))
        canvas.restoreState()

    return draw


def build(
    path: Path, story: list[Flowable], family: FontFamily, *, title: str, author: str
) -> None:
    """Lay ``story`` out on A4 pages with the decree's margins and page numbers."""
    # A frame without ReportLab's default 6 pt padding: the text block is exactly the page
    # less the margins, so full-width tables end at the right margin.
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        pageTemplates=[
            PageTemplate(id="first", frames=[frame], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frame], onPage=_page_number(family)),
        ],
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        title=title,
        author=author,
        creator="Một Cửa Desk",
        lang="vi-VN",
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=family.regular,
        initialFontSize=13,
    )
    doc.build(story)
