"""Consolidation at the upper level: the communes' daily summaries into one table.

The same app, run at the province (or district), is the reader: it takes the JSON exports (or the
XLSX exports, whose hidden sheet carries the same document, when a commune sent no JSON), refuses
what is malformed or altered, keeps only the newest revision of each commune's date, and adds up.
A refused file never stops the others. Rules are documented in docs/daily-summary-schema.md.

The consolidated XLSX is written here rather than in printing/: it is a machine format for the
upper level's own records and scripts (one row per commune, numbers as numbers), not a document
for people to sign.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.consolidate_files import (
    Refusal,
    read_document,
)
from models.db import COMMUNE_TZ
from models.summary_document import (
    SCHEMA,
    TOTAL_KEYS,
    verify_checksum,
)
from models.text import excerpt
from models.validation import format_date

CONSOLIDATION_SCHEMA = "motcua.consolidation/1"
TABLE_KEYS = ("by_assistance", "by_channel", "by_outcome", "not_completed_reasons")


@dataclass(frozen=True)
class FileNote:
    """A file that was refused or not counted, and why (Vietnamese)."""

    file: str
    reason: str

    def describe(self) -> str:
        """ "Tệp BC-NGAY_…json: mã kiểm tra không khớp …"."""
        return f"Tệp {self.file}: {self.reason}"


@dataclass(frozen=True)
class Report:
    """One commune's accepted summary of a day or a period."""

    file: str
    code: str
    name: str
    first: date
    last: date
    locked: bool
    revision: int
    generated_at: datetime
    checksum: str
    totals: dict[str, int]
    procedure_visits: int
    tables: dict[str, dict[str, int]]
    procedures: list[tuple[str, str, int, int]]  # code, name, visits, online submissions
    # Absent (None) in files from before the digitization feature.
    digitization: dict[str, int] | None = None
    backlog: dict[str, int] | None = None

    @property
    def days(self) -> int:
        """How many days the report covers."""
        return (self.last - self.first).days + 1

    def overlaps(self, other: Report) -> bool:
        """True when both reports count some day twice."""
        return self.first <= other.last and other.first <= self.last


@dataclass
class CommuneRow:
    """The figures of one commune (or of all: the totals row)."""

    code: str
    name: str
    reports: int = 0
    days: int = 0
    locked: bool = True
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TOTAL_KEYS, 0))
    procedure_visits: int = 0

    @property
    def online_share(self) -> float | None:
        """Online submissions as a share of visits that concerned a procedure."""
        online = self.totals["online_submitted"]
        return online / self.procedure_visits if self.procedure_visits else None

    def add(self, report: Report) -> None:
        """Add one report's figures."""
        self.reports += 1
        self.days += report.days
        self.locked = self.locked and report.locked
        self.procedure_visits += report.procedure_visits
        for key in TOTAL_KEYS:
            self.totals[key] += report.totals[key]


@dataclass
class Consolidation:
    """The result: one row per commune, the totals, the summed tables, and every file's fate."""

    rows: list[CommuneRow] = field(default_factory=list)
    totals: CommuneRow = field(default_factory=lambda: CommuneRow("", "Tổng cộng"))
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    procedures: list[tuple[str, str, int, int]] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    refused: list[FileNote] = field(default_factory=list)
    skipped: list[FileNote] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    unexpected: list[str] = field(default_factory=list)
    expected_given: bool = False
    # Flows summed over the reports that carry them; the backlog of each commune's latest report.
    digitization: dict[str, int] = field(default_factory=dict)
    backlog: dict[str, int] = field(default_factory=dict)

    @property
    def first(self) -> date | None:
        """The first day covered by an accepted report."""
        return min((r.first for r in self.reports), default=None)

    @property
    def last(self) -> date | None:
        """The last day covered by an accepted report."""
        return max((r.last for r in self.reports), default=None)


# --- reading one file ------------------------------------------------------------------------


def _bad(key: str) -> Refusal:
    return Refusal(f"trường «{key}» thiếu hoặc sai kiểu: tệp không đúng lược đồ {SCHEMA}")


def _count(value: object, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _bad(key)
    return value


def _counts(doc: dict[str, Any], key: str) -> dict[str, int]:
    table = doc.get(key)
    if not isinstance(table, dict):
        raise _bad(key)
    return {str(code): _count(n, f"{key}.{code}") for code, n in table.items()}


def _day(value: object, key: str) -> date:
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _bad(key)


def _moment(value: object) -> datetime:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None:
        raise _bad("generated_at")
    return moment if moment.tzinfo else moment.replace(tzinfo=COMMUNE_TZ)


def _procedures(doc: dict[str, Any]) -> list[tuple[str, str, int, int]]:
    items = doc.get("by_procedure")
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise _bad("by_procedure")
    return [
        (
            str(item.get("code", "")),
            str(item.get("name", "")),
            _count(item.get("visits"), "by_procedure.visits"),
            _count(item.get("online_submitted"), "by_procedure.online_submitted"),
        )
        for item in items
    ]


def _digitization(doc: dict[str, Any]) -> tuple[dict[str, int] | None, dict[str, int] | None]:
    section = doc.get("digitization")
    if section is None:
        return None, None
    if not isinstance(section, dict):
        raise _bad("digitization")
    flows = {
        str(key): _count(value, f"digitization.{key}")
        for key, value in section.items()
        if key != "backlog"
    }
    return flows, _counts(section, "backlog") if "backlog" in section else None


def _check_identity(doc: dict[str, Any]) -> None:
    schema = doc.get("schema")
    if schema is None:
        raise Refusal("không phải báo cáo tổng hợp ngày của Một Cửa Desk (thiếu «schema»)")
    if schema != SCHEMA:
        raise Refusal(
            f"lược đồ «{excerpt(schema)}» không được hỗ trợ (cần «{SCHEMA}»); hãy cập nhật phần mềm"
        )
    if "checksum" not in doc:
        raise Refusal("thiếu mã kiểm tra «checksum»")
    if not verify_checksum(doc):
        raise Refusal(
            "mã kiểm tra (checksum) không khớp: nội dung đã bị sửa sau khi xuất; "
            "hãy đề nghị xã xuất và gửi lại tệp"
        )


def parse_report(file: str, doc: dict[str, Any]) -> Report:
    """Check a document (schema, checksum, fields) and turn it into a :class:`Report`."""
    _check_identity(doc)
    commune = doc.get("commune")
    if not isinstance(commune, dict) or not isinstance(commune.get("code"), str):
        raise _bad("commune.code")
    code = commune["code"].strip()
    if not code:
        raise _bad("commune.code")
    last = _day(doc.get("date"), "date")
    first = last
    if "period" in doc:
        period = doc["period"]
        if not isinstance(period, dict):
            raise _bad("period")
        first, last = _day(period.get("from"), "period.from"), _day(period.get("to"), "period.to")
        if first > last:
            raise _bad("period")
    totals = doc.get("totals")
    if not isinstance(totals, dict):
        raise _bad("totals")
    procedures = _procedures(doc)
    procedure_visits = doc.get("procedure_visits", sum(item[2] for item in procedures))
    digitization, backlog = _digitization(doc)
    return Report(
        file=file,
        code=code,
        name=str(commune.get("name", "")),
        first=first,
        last=last,
        locked=doc.get("locked") is True,
        revision=_count(doc.get("revision", 1), "revision"),
        generated_at=_moment(doc.get("generated_at")),
        checksum=str(doc["checksum"]).lower(),
        totals={key: _count(totals.get(key), f"totals.{key}") for key in TOTAL_KEYS},
        procedure_visits=_count(procedure_visits, "procedure_visits"),
        tables={key: _counts(doc, key) for key in TABLE_KEYS},
        procedures=procedures,
        digitization=digitization,
        backlog=backlog,
    )


# --- choosing what counts --------------------------------------------------------------------


def _read_all(paths: list[Path], result: Consolidation) -> list[Report]:
    reports: list[Report] = []
    read_json: set[Path] = set()
    # JSON first: an XLSX is read only where the JSON of the same name is missing or refused.
    ordered = sorted(paths, key=lambda p: p.suffix.lower() != ".json")
    for path in ordered:
        if path.suffix.lower() == ".xlsx" and path.with_suffix(".json") in read_json:
            result.skipped.append(FileNote(path.name, "đã đọc tệp JSON cùng tên, không tính lại"))
            continue
        try:
            reports.append(parse_report(path.name, read_document(path)))
        except Refusal as refusal:
            result.refused.append(FileNote(path.name, str(refusal)))
            continue
        if path.suffix.lower() == ".json":
            read_json.add(path)
    return reports


def _newest(reports: list[Report], skipped: list[FileNote]) -> list[Report]:
    groups: dict[tuple[str, date, date], list[Report]] = {}
    for report in reports:
        groups.setdefault((report.code, report.first, report.last), []).append(report)
    kept: list[Report] = []
    for group in groups.values():
        group.sort(key=lambda r: (r.revision, r.generated_at, r.checksum), reverse=True)
        winner = group[0]
        kept.append(winner)
        for other in group[1:]:
            if other.checksum == winner.checksum:
                why = f"trùng hệt tệp {winner.file}: chỉ tính một lần"
            else:
                why = (
                    f"đã có bản mới hơn (lần xuất {winner.revision}) trong tệp {winner.file}: "
                    f"bản này (lần xuất {other.revision}) không được tính"
                )
            skipped.append(FileNote(other.file, why))
    return kept


def _without_overlaps(reports: list[Report], skipped: list[FileNote]) -> list[Report]:
    # A week and a day inside it from the same commune would count that day twice: the report
    # that starts first (the longer one at the same start) counts, the other is named and skipped.
    reports.sort(key=lambda r: (r.code, r.first, -r.days, r.file))
    kept: list[Report] = []
    for report in reports:
        clash = next((k for k in kept if k.code == report.code and k.overlaps(report)), None)
        if clash is None:
            kept.append(report)
            continue
        skipped.append(
            FileNote(
                report.file,
                f"các ngày {format_date(report.first)}–{format_date(report.last)} trùng với "
                f"báo cáo đã tính trong tệp {clash.file}: không cộng hai lần",
            )
        )
    return kept


def code_key(code: str) -> str:
    """How commune codes are matched: "00004" and "4" are one code (Excel drops leading zeros)."""
    text = code.strip()
    return (text.lstrip("0") or "0") if text.isdigit() else text.casefold()


def _add_up(result: Consolidation) -> None:
    rows: dict[str, CommuneRow] = {}
    procedures: dict[str, tuple[str, int, int]] = {}
    latest_backlog: dict[str, tuple[date, dict[str, int]]] = {}
    # The newest report names the commune, in case it was renamed during the period.
    for report in sorted(result.reports, key=lambda r: r.generated_at):
        row = rows.setdefault(report.code, CommuneRow(report.code, report.name))
        row.name = report.name or row.name
        row.add(report)
        result.totals.add(report)
        for key, table in report.tables.items():
            summed = result.tables.setdefault(key, {})
            for code, count in table.items():
                summed[code] = summed.get(code, 0) + count
        for code, name, visits, online in report.procedures:
            known, before, before_online = procedures.get(code, (name, 0, 0))
            procedures[code] = (known, before + visits, before_online + online)
        for key, count in (report.digitization or {}).items():
            result.digitization[key] = result.digitization.get(key, 0) + count
        if report.backlog is not None:
            # A backlog is a stock, not a flow: only each commune's latest one is added up.
            seen = latest_backlog.get(report.code)
            if seen is None or report.last >= seen[0]:
                latest_backlog[report.code] = (report.last, report.backlog)
    for _last, backlog in latest_backlog.values():
        for state, count in backlog.items():
            result.backlog[state] = result.backlog.get(state, 0) + count
    result.rows = sorted(rows.values(), key=lambda row: row.code)
    result.procedures = sorted(
        ((code, name, visits, online) for code, (name, visits, online) in procedures.items()),
        key=lambda item: (-item[2], item[0]),
    )


def consolidate(paths: Iterable[Path], expected: dict[str, str] | None = None) -> Consolidation:
    """Read the communes' exports and add them up; every file's fate is in the result.

    ``expected`` (commune code → name) lists the communes that should report: those without an
    accepted report land in ``missing``, reports from communes not on it in ``unexpected``.
    """
    result = Consolidation(expected_given=expected is not None)
    reports = _read_all(list(paths), result)
    result.reports = _without_overlaps(_newest(reports, result.skipped), result.skipped)
    _add_up(result)
    if expected is not None:
        reported = {code_key(row.code) for row in result.rows}
        result.missing = {c: n for c, n in expected.items() if code_key(c) not in reported}
        wanted = {code_key(code) for code in expected}
        result.unexpected = [row.code for row in result.rows if code_key(row.code) not in wanted]
    return result
