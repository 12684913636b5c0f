"""The daily report (a day or a period) as a PDF in the Decree 30/2020/NĐ-CP layout.

The commune's People's Committee reports to the upper level, so the document carries aggregates
only: no citizen, no village, no clerk. Tables split across pages with their header row repeated.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.commune import CommuneProfile
from models.daily_summary import DailySummary
from models.day_lock import DayLock
from models.reference import ReferenceData
from printing.daily_report_content import (
    Figure,
    ReportTable,
    at_text,
    date_line,
    introduction,
    key_figures,
    local_time,
    lock_status,
    place_of,
    report_tables,
    title_lines,
    unit_name,
)
from printing.fonts import register_fonts
from printing.official import (
    FRAME_WIDTH,
    Styles,
    build,
    letterhead,
    para,
    signature_block,
    title_block,
)

ISSUER = "ỦY BAN NHÂN DÂN"
NUMBER_LINE = "Số:" + "\u00a0" * 10 + "/BC-UBND"  # the number is given by the registry
RECIPIENTS = ("- Như trên;", "- Lưu: VT.")
SIGNER = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
STT_WIDTH = 14 * mm
COUNT_WIDTH = 22 * mm
CODE_WIDTH = 26 * mm
TABLE_START_ROOM = 40 * mm


def number_text(value: int) -> str:
    """1.234: the Vietnamese thousands separator."""
    return f"{value:,}".replace(",", ".")


def figure_text(figure: Figure) -> str:
    """A key figure as printed: "25", "62,5%", "12,5"; "không có số liệu" when not measurable."""
    if figure.value is None:
        return "không có số liệu"
    if figure.kind == "percent":
        return f"{figure.value * 100:.1f}%".replace(".", ",")
    if figure.kind == "minutes":
        return f"{figure.value:.1f}".replace(".", ",")
    return number_text(int(figure.value))


def _key_figures(styles: Styles, summary: DailySummary) -> list[Flowable]:
    figures = key_figures(summary)
    lines: list[Flowable] = [para("I. KẾT QUẢ CHUNG", styles.heading)]
    for index, figure in enumerate(figures):
        end = "." if index == len(figures) - 1 else ";"
        lines.append(para(f"- {figure.label}: {figure_text(figure)}{end}", styles.body))
    return lines


def _cell(value: str | int, styles: Styles, *, bold: bool = False) -> Paragraph | str:
    """Text wraps inside a Paragraph; numbers stay plain strings, centred by the table style."""
    if isinstance(value, int):
        return number_text(value)
    style = styles.make(12, weight="bold" if bold else "regular", alignment=TA_LEFT, leading=14)
    return para(value, style)


def _widths(table: ReportTable) -> list[float]:
    counts = len(table.columns) - table.text_columns
    fixed = [CODE_WIDTH] * (table.text_columns - 1)
    label = FRAME_WIDTH - STT_WIDTH - sum(fixed) - counts * COUNT_WIDTH
    return [STT_WIDTH, *fixed, label, *([COUNT_WIDTH] * counts)]


def _table_style(table: ReportTable, styles: Styles, rows: int) -> TableStyle:
    family = styles.family
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), family.regular, 12, 14),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (table.text_columns + 1, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if table.total is not None:
        last = rows - 1
        commands += [
            ("SPAN", (0, last), (table.text_columns, last)),
            ("FONT", (0, last), (-1, last), family.bold, 12, 14),
        ]
    return TableStyle(commands)


def _table(table: ReportTable, styles: Styles) -> Table:
    head_style = styles.make(12, weight="bold", leading=14, alignment=TA_CENTER)
    header = [para(label, head_style) for label in ("STT", *table.columns)]
    body: list[list[Paragraph | str]] = [
        [str(number), *(_cell(value, styles) for value in row)]
        for number, row in enumerate(table.rows, start=1)
    ]
    rows: list[list[Paragraph | str]] = [header, *body]
    if table.total is not None:
        counts = table.total[table.text_columns :]
        label = para(table.total[0], head_style)  # spans the STT and text columns
        rows.append([label, *[""] * table.text_columns, *(_cell(n, styles) for n in counts)])
    grid = Table(rows, colWidths=_widths(table), repeatRows=1, hAlign="LEFT")
    grid.setStyle(_table_style(table, styles, len(rows)))
    return grid


def _details(styles: Styles, summary: DailySummary, ref: ReferenceData) -> list[Flowable]:
    story: list[Flowable] = [para("II. SỐ LIỆU CHI TIẾT", styles.heading)]
    # Not keepWithNext: that would push a long table whole to the next page before splitting it.
    # A heading needs room for itself, the header row and a few rows, or it starts a new page.
    heading = styles.heading.clone("table-heading", keepWithNext=0)
    for number, table in enumerate(report_tables(summary, ref), start=1):
        story.append(CondPageBreak(TABLE_START_ROOM))
        story.append(para(f"{number}. {table.title}", heading))
        if table.rows:
            story.append(_table(table, styles))
        else:
            story.append(para(table.empty_text, styles.body))
    return story


def _status(styles: Styles, lock: DayLock | None, generated_at: datetime) -> list[Flowable]:
    italic = styles.make(13, weight="italic", alignment=TA_LEFT, firstLineIndent=10 * mm)
    return [
        para("III. TÌNH TRẠNG SỐ LIỆU", styles.heading),
        para(f"{lock_status(lock)}. Báo cáo lập lúc {at_text(generated_at)}.", italic),
        Spacer(1, 3 * mm),
    ]


def write_daily_pdf(
    path: Path | str,
    summary: DailySummary,
    profile: CommuneProfile,
    ref: ReferenceData,
    lock: DayLock | None,
    *,
    place: str | None = None,
    generated_at: datetime | None = None,
) -> Path:
    """Write the daily report (or the report of a period) as an official PDF; return its path.

    ``place`` is the place in the place-and-date line (default: the commune's name without "Xã");
    ``generated_at`` (default now; a naive value is taken as UTC) dates the document in the
    commune's local time. Labels of codes come from ``ref``; no personal data is printed.
    """
    target = Path(path)
    family = register_fonts()
    styles = Styles(family)
    moment = generated_at or datetime.now(UTC)
    title, subtitle = title_lines(summary)
    story: list[Flowable] = [
        letterhead(
            styles,
            (ISSUER, unit_name(profile.name).upper()),
            NUMBER_LINE,
            date_line(place or place_of(profile.name), local_time(moment).date()),
        ),
        *title_block(styles, title, subtitle, profile.upper_level),
        para(introduction(summary, profile), styles.body),
        *_key_figures(styles, summary),
        *_details(styles, summary, ref),
        # The status and the signature stay together: a signature alone on a page signs nothing.
        KeepTogether([*_status(styles, lock, moment), signature_block(styles, RECIPIENTS, SIGNER)]),
    ]
    build(target, story, family, title=f"{title} - {subtitle}", author=unit_name(profile.name))
    return target
