"""What the daily report says, once, for both the PDF and the XLSX.

The two writers only lay out what this module returns: the title, the key figures and the tables,
with every code's label taken from the reference data. By design nothing here reads a person's
data: the report goes to the upper level, so it carries aggregates only (no village, no clerk).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

from models.commune import CommuneProfile
from models.daily_summary import DailySummary
from models.day_lock import DayLock
from models.db import COMMUNE_TZ
from models.digitization_figures import FLOW_KEYS, FLOW_LABELS
from models.digitization_workflow import STATE_LABELS
from models.reference import ReferenceData
from models.validation import format_date

FigureKind = Literal["count", "percent", "minutes"]
Cell = str | int
TOTAL_LABEL = "Tổng cộng"

# Administrative prefixes of a commune-level unit's name, longest first.
UNIT_PREFIXES = ("Thị trấn", "Đặc khu", "Phường", "Xã")


@dataclass(frozen=True)
class Figure:
    """One key figure; ``value`` is ``None`` when there is nothing to measure (no visits)."""

    label: str
    value: int | float | None
    kind: FigureKind = "count"


@dataclass(frozen=True)
class ReportTable:
    """A table whose rows are numbered (STT); ``columns`` excludes that STT column.

    The first ``text_columns`` columns hold text, the others counts (ints).
    """

    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    text_columns: int = 1
    total: tuple[Cell, ...] | None = None
    empty_text: str = "Không có."


def _split_prefix(name: str) -> tuple[str, str]:
    """("Xã", "Tân Lập") for "Xã Tân Lập"; ("", name) when the name has no prefix."""
    for prefix in UNIT_PREFIXES:
        if name.casefold().startswith(prefix.casefold() + " "):
            return prefix, name[len(prefix) :].strip()
    return "", name.strip()


def unit_name(commune: str) -> str:
    """The commune's name with its prefix, "Xã" when it was configured without one."""
    prefix, bare = _split_prefix(commune)
    return f"{prefix or 'Xã'} {bare}"


def place_of(commune: str) -> str:
    """The place in the place-and-date line: the name without "Xã " ("Tân Lập")."""
    return _split_prefix(commune)[1]


def in_sentence(commune: str) -> str:
    """ "xã Tân Lập": the name as it reads inside a sentence."""
    full = unit_name(commune)
    return full[0].lower() + full[1:]


def date_line(place: str, day: date) -> str:
    """ "Tân Lập, ngày 05 tháng 02 năm 2026": Decree 30 pads days under 10 and months 1 and 2."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def local_time(moment: datetime) -> datetime:
    """A stored moment in the commune's time; a naive moment is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(COMMUNE_TZ)


def at_text(moment: datetime) -> str:
    """ "16:45 ngày 23/11/2026" in the commune's local time."""
    local = local_time(moment)
    return f"{local:%H:%M} ngày {format_date(local.date())}"


def lock_status(lock: DayLock | None) -> str:
    """Whether the figures are locked, by whom and when (local time)."""
    if lock is None:
        return "Số liệu chưa chốt"
    return f"Số liệu đã chốt lúc {at_text(lock.locked_at)} bởi {lock.locked_by}"


def title_lines(summary: DailySummary) -> tuple[str, str]:
    """The report's title and the line naming its day or period."""
    if summary.is_single_day:
        return "BÁO CÁO TỔNG HỢP NGÀY", f"Ngày {format_date(summary.first)}"
    return (
        "BÁO CÁO TỔNG HỢP",
        f"Từ ngày {format_date(summary.first)} đến ngày {format_date(summary.last)}",
    )


def period_phrase(summary: DailySummary) -> str:
    """ "ngày 23/11/2026" or "từ ngày 01/11/2026 đến ngày 30/11/2026"."""
    _title, line = title_lines(summary)
    return line[0].lower() + line[1:]


def introduction(summary: DailySummary, profile: CommuneProfile) -> str:
    """The opening sentence of the body."""
    return (
        f"Ủy ban nhân dân {in_sentence(profile.name)} báo cáo kết quả hỗ trợ người dân thực hiện "
        f"thủ tục hành chính, dịch vụ công trực tuyến tại {profile.unit_name} "
        f"{period_phrase(summary)} như sau:"
    )


def key_figures(summary: DailySummary) -> list[Figure]:
    """The headline figures, in the order the report lists them."""
    seconds = summary.average_service_seconds
    minutes = seconds / 60 if seconds is not None else None
    return [
        Figure("Tổng số lượt hỗ trợ", summary.visits),
        Figure("Số người dân được hỗ trợ", summary.citizens),
        Figure("Số lượt hỗ trợ có thủ tục hành chính", summary.procedure_visits),
        Figure("Số hồ sơ nộp trực tuyến", summary.online_submitted),
        Figure(
            "Tỷ lệ nộp trực tuyến trên số lượt có thủ tục hành chính",
            summary.online_share,
            "percent",
        ),
        Figure("Số lượt chưa hoàn thành", summary.not_completed),
        Figure("Thời gian hỗ trợ bình quân (phút/lượt)", minutes, "minutes"),
        Figure("Số tờ hướng dẫn đã in", summary.handouts_printed),
        Figure("Số hồ sơ, tài liệu đã số hóa", summary.documents_digitized),
        Figure("Số trang tài liệu đã số hóa", summary.pages_digitized),
    ]


def _coded(
    ref: ReferenceData, kind: str, counts: dict[str, int], title: str, column: str, *, total: bool
) -> ReportTable:
    rows: list[tuple[Cell, ...]] = [(ref.label(kind, code), n) for code, n in counts.items()]
    return ReportTable(
        title=title,
        columns=(column, "Số lượt"),
        rows=rows,
        total=(TOTAL_LABEL, sum(counts.values())) if total else None,
    )


def _procedures(summary: DailySummary) -> ReportTable:
    rows: list[tuple[Cell, ...]] = [
        (p.code, p.name, p.visits, p.online_submitted) for p in summary.by_procedure
    ]
    total: tuple[Cell, ...] = (
        TOTAL_LABEL,
        "",
        sum(p.visits for p in summary.by_procedure),
        sum(p.online_submitted for p in summary.by_procedure),
    )
    return ReportTable(
        title="Theo thủ tục hành chính",
        columns=("Mã thủ tục", "Tên thủ tục hành chính", "Số lượt", "Nộp trực tuyến"),
        rows=rows,
        text_columns=2,
        total=total if rows else None,
        empty_text="Không có lượt hỗ trợ nào về thủ tục hành chính.",
    )


def _inclusion(summary: DailySummary) -> ReportTable:
    inclusion = summary.inclusion
    rows: list[tuple[Cell, ...]] = [
        ("Người từ 60 tuổi trở lên", inclusion.aged_60_plus),
        ("Phụ nữ", inclusion.women),
        ("Người dân tộc thiểu số", inclusion.ethnic_minority),
        ("Người khuyết tật", inclusion.disability),
    ]
    return ReportTable(
        title="Người dân thuộc nhóm cần quan tâm",
        columns=("Nhóm", "Số lượt"),
        rows=rows,
    )


def _digitization(summary: DailySummary) -> ReportTable:
    figures = summary.digitization
    rows: list[tuple[Cell, ...]] = [(FLOW_LABELS[key], getattr(figures, key)) for key in FLOW_KEYS]
    rows += [
        (f"Tồn cuối kỳ: {STATE_LABELS[state].lower()}", count)
        for state, count in figures.backlog.items()
    ]
    return ReportTable(title="Số hóa hồ sơ, tài liệu", columns=("Nội dung", "Số lượng"), rows=rows)


def report_tables(summary: DailySummary, ref: ReferenceData) -> list[ReportTable]:
    """The detail tables, in order; code-keyed tables list every code, zeros included.

    No total under assistance types or inclusion groups: one visit can count in several rows.
    """
    return [
        _coded(
            ref,
            "assistance",
            summary.by_assistance,
            "Theo hình thức hỗ trợ",
            "Hình thức hỗ trợ",
            total=False,
        ),
        _procedures(summary),
        _coded(ref, "channel", summary.by_channel, "Theo kênh nộp hồ sơ", "Kênh nộp", total=True),
        _coded(ref, "outcome", summary.by_outcome, "Theo kết quả hỗ trợ", "Kết quả", total=True),
        _coded(ref, "reason", summary.by_reason, "Lý do chưa hoàn thành", "Lý do", total=True),
        _inclusion(summary),
        _digitization(summary),
    ]
