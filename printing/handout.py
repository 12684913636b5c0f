"""The printed instruction handout a citizen takes home: steps, papers, fee, help and QR codes.

One page, A4 or A5 (large print may run to a second page). Personalised from a visit with the
citizen's name, the dossier code in large type, the appointment date and the clerk's name; never an
ID number (the layout refuses anything that looks like one). Every link comes from the catalog or
the commune profile, so nothing here needs the internet.
"""

from __future__ import annotations

import io
from collections.abc import Hashable
from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.commune import CommuneProfile
from printing.fonts import register_fonts
from printing.handout_layout import (
    SCAN_HINT,
    HandoutGeometry,
    HandoutStyles,
    QrCode,
    geometry,
    short_link,
    wrap_link,
)
from printing.handout_request import HandoutContent, HandoutRequest, handout_links
from printing.official import para, text


def _date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _header(request: HandoutRequest, profile: CommuneProfile, st: HandoutStyles) -> list[Flowable]:
    lines = [line for line in (profile.name.upper(), profile.unit_name.upper()) if line]
    flowables: list[Flowable] = [para(line, st.header) for line in lines]
    flowables.append(para("PHIẾU HƯỚNG DẪN LÀM THỦ TỤC", st.header))
    flowables.append(para(request.procedure_name, st.title))
    flowables.append(HRFlowable(width="100%", thickness=1.2, color="black", spaceAfter=4))
    return flowables


def _personal(request: HandoutRequest, st: HandoutStyles, width: float) -> list[Flowable]:
    if not request.personal:
        return []
    rows: list[list[Flowable]] = []
    if request.citizen_name:
        rows.append([Paragraph(f"Ông/Bà: <b>{text(request.citizen_name)}</b>", st.body)])
    if request.dossier_code:
        code = text(request.dossier_code)
        label = f"<font size={st.body_size}>Mã hồ sơ:</font>"
        rows.append([Paragraph(f"{label} <b>{code}</b>", st.dossier)])
    if request.appointment:
        when = _date(request.appointment)
        rows.append([Paragraph(f"Ngày hẹn trả kết quả: <b>{when}</b>", st.body)])
    if request.clerk_name:
        rows.append([Paragraph(f"Cán bộ tiếp nhận: {text(request.clerk_name)}", st.body)])
    table = Table(rows, colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, "black"),
                ("FONT", (0, 0), (-1, -1), st.family.regular, st.body_size),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return [table, Spacer(1, 2 * mm)]


def _items(values: tuple[str, ...], st: HandoutStyles, *, numbered: bool) -> list[Flowable]:
    flowables: list[Flowable] = []
    for number, value in enumerate(values, start=1):
        if numbered:
            item = Paragraph(text(value), st.item, bulletText=f"{number}.")
        else:
            item = Paragraph(text(value), st.bullet, bulletText="•")
        flowables.append(item)
    return flowables


def _fee_and_time(content: HandoutContent, st: HandoutStyles) -> list[Flowable]:
    fee = content.fee.strip() or "Hỏi cán bộ Một cửa"
    duration = content.processing_time.strip() or "Hỏi cán bộ Một cửa"
    return [
        para("Lệ phí và thời gian", st.heading),
        Paragraph(f"<b>Lệ phí:</b> {text(fee)}", st.body),
        Paragraph(f"<b>Thời gian giải quyết:</b> {text(duration)}", st.body),
    ]


def _help(profile: CommuneProfile, st: HandoutStyles) -> list[Flowable]:
    place = profile.unit_name + (f" {profile.name}" if profile.name else "")
    flowables: list[Flowable] = [
        para("Cần giúp đỡ?", st.heading),
        para(f"Đến {place}, hoặc gọi:", st.body),
    ]
    if profile.desk_phone.strip():
        flowables.append(Paragraph(f"Điện thoại: <b>{text(profile.desk_phone)}</b>", st.body))
    if profile.opening_hours.strip():
        flowables.append(Paragraph(f"Giờ làm việc: {text(profile.opening_hours)}", st.body))
    return flowables


def _side_by_side(
    left: list[Flowable], right: list[Flowable], st: HandoutStyles, width: float
) -> Table:
    gap = 5 * mm
    table = Table([[left, right]], colWidths=[(width - gap) / 2 + gap, (width - gap) / 2])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.family.regular, st.body_size),  # else Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), gap),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _sections(
    request: HandoutRequest,
    profile: CommuneProfile,
    st: HandoutStyles,
    width: float,
    *,
    compact: bool,
) -> list[Flowable]:
    """Steps, papers, fee and time, tips, help; ``compact``: no tips, fee beside help."""
    content = request.text
    flowables: list[Flowable] = []
    if content.steps:
        flowables.append(para("Các bước làm thủ tục trên mạng", st.heading))
        flowables += _items(content.steps, st, numbered=True)
    if content.papers:
        flowables.append(para("Giấy tờ cần chuẩn bị", st.heading))
        flowables += _items(content.papers, st, numbered=False)
    if compact:
        flowables.append(_side_by_side(_fee_and_time(content, st), _help(profile, st), st, width))
        return flowables
    flowables += _fee_and_time(content, st)
    if content.tips:
        flowables.append(para("Lưu ý", st.heading))
        flowables += _items(content.tips, st, numbered=False)
    flowables += _help(profile, st)
    return flowables


def _qr_row(
    request: HandoutRequest, profile: CommuneProfile, st: HandoutStyles, geo: HandoutGeometry
) -> list[Flowable]:
    links = handout_links(
        request.procedure_code, request.procedure_name, request.portal_url, profile
    )
    if not links:
        return []
    column = geo.frame_width / len(links)
    codes = [QrCode(url, geo.qr_width) for _label, url in links]
    for code in codes:
        code.pad_to(max(other.size for other in codes))
    cells: list[list[Flowable]] = []
    for (label, url), code in zip(links, codes, strict=True):
        lines = wrap_link(short_link(url), st.family.regular, st.body_size, column - 4)
        cells.append(
            [
                code,
                para(label, st.label),
                Paragraph("<br/>".join(text(line) for line in lines), st.link),
            ]
        )
    table = Table([cells], colWidths=[column] * len(links))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("FONT", (0, 0), (-1, -1), st.family.regular, st.body_size),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    hint = Paragraph(f"<b>{text(SCAN_HINT)}</b> để mở các trang dưới đây:", st.body)
    return [KeepTogether([Spacer(1, 2 * mm), hint, table])]


def build_story(
    request: HandoutRequest, profile: CommuneProfile, *, compact: bool = False
) -> list[Flowable]:
    """The handout's flowables, top to bottom (``compact``: see ``_sections``)."""
    st = HandoutStyles.for_print(register_fonts(), request.large_print)
    geo = geometry(request.size, request.large_print)
    return [
        *_header(request, profile, st),
        *_personal(request, st, geo.frame_width),
        *_sections(request, profile, st, geo.frame_width, compact=compact),
        *_qr_row(request, profile, st, geo),
    ]


# Points a measured story may run past the frame and still be laid out in full first: the
# measure mirrors the frame's, and the slack keeps a borderline handout on the full path (which
# still falls back to the compact one if it really overflows).
_OVERFLOW_SLACK = 6.0


def overflows(story: list[Flowable], width: float, height: float) -> bool:
    """True when ``story`` clearly needs more than one frame of ``width`` × ``height``.

    Measured as ReportLab's frame places flowables (the space before the first is dropped, and
    overlaps the space after the previous one), without drawing or writing anything: laying a
    handout out in full only to find it takes two pages cost a whole second rendering.
    """
    room = height
    previous_after = 0.0
    # A KeepTogether answers "too high" when it does not fit its room; whether the page holds
    # everything is the question, so its contents are measured one by one.
    flat: list[Flowable] = []
    for flowable in story:
        flat += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
    for number, flowable in enumerate(flat):
        before = 0.0 if number == 0 else max(flowable.getSpaceBefore() - previous_after, 0.0)
        _w, used = flowable.wrapOn(None, width, room - before)
        room -= used + before
        if room < -_OVERFLOW_SLACK:
            return True
        previous_after = flowable.getSpaceAfter()
        room -= previous_after
    return False


def _render(
    target: str | io.BytesIO,
    request: HandoutRequest,
    profile: CommuneProfile,
    *,
    compact: bool = False,
    story: list[Flowable] | None = None,
) -> int:
    family = register_fonts()
    st = HandoutStyles.for_print(family, request.large_print)
    geo = geometry(request.size, request.large_print)
    frame = Frame(
        geo.margin,
        geo.margin,
        geo.frame_width,
        geo.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        target,
        pagesize=geo.pagesize,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        leftMargin=geo.margin,
        rightMargin=geo.margin,
        topMargin=geo.margin,
        bottomMargin=geo.margin,
        # The procedure, never the citizen: file properties travel with a copied file.
        title=f"Hướng dẫn: {request.procedure_name}",
        author=profile.unit_name,
        creator="Một Cửa Desk",
        lang="vi-VN",
        initialFontName=family.regular,  # else Helvetica, not embedded, is named
        initialFontSize=st.body_size,
    )
    doc.build(story if story is not None else build_story(request, profile, compact=compact))
    return int(doc.page)


# Whether a handout's full story overflows, by what decides it: everything but the visit's
# details, and the height their box takes. A stack of handouts of one procedure measures once.
_OVERFLOW_DECISIONS: dict[Hashable, bool] = {}
_DECISIONS_KEPT = 512


def _layout_key(request: HandoutRequest, profile: CommuneProfile) -> Hashable | None:
    """What the full story's height depends on; None when a part cannot be a key."""
    st = HandoutStyles.for_print(register_fonts(), request.large_print)
    width = geometry(request.size, request.large_print).frame_width
    # The visit's details only change the height of their box: the key keeps the height, not them.
    heights = tuple(f.wrapOn(None, width, 10_000)[1] for f in _personal(request, st, width))
    bare = replace(request, citizen_name="", dossier_code="", appointment=None, clerk_name="")
    key = (bare, heights, profile)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _overflows_once(
    request: HandoutRequest, profile: CommuneProfile
) -> tuple[bool, list[Flowable]]:
    """Whether the full story overflows, and the story when it had to be built to know."""
    key = _layout_key(request, profile)
    known = _OVERFLOW_DECISIONS.get(key) if key is not None else None
    if known is not None:
        return known, []
    geo = geometry(request.size, request.large_print)
    full = build_story(request, profile)
    measured = overflows(full, geo.frame_width, geo.frame_height)
    if key is not None:
        if len(_OVERFLOW_DECISIONS) >= _DECISIONS_KEPT:
            _OVERFLOW_DECISIONS.clear()
        _OVERFLOW_DECISIONS[key] = measured
    return measured, full


def write_handout(path: Path | str, request: HandoutRequest, profile: CommuneProfile) -> Path:
    """Write the handout PDF to ``path`` and return it."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Laid out once in memory: nearly always one page, and those bytes are the file. When the tips
    # push the QR codes over, they are left out (the clerk says them) and it is laid out again.
    # The full story is measured first, so a handout known to overflow is laid out once, compact.
    buffer = io.BytesIO()
    compact = False
    full: list[Flowable] = []
    if not request.large_print:
        compact, full = _overflows_once(request, profile)
        if not compact and not full:
            full = build_story(request, profile)
    story = None if compact or request.large_print else full
    pages = _render(buffer, request, profile, compact=compact, story=story)
    if pages > 1 and not request.large_print and not compact:
        buffer = io.BytesIO()
        _render(buffer, request, profile, compact=True)
    target.write_bytes(buffer.getvalue())
    return target


def page_count(request: HandoutRequest, profile: CommuneProfile, *, compact: bool = False) -> int:
    """How many pages the handout takes (laid out in memory)."""
    return _render(io.BytesIO(), request, profile, compact=compact)
