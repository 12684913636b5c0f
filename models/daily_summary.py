"""The daily summary: every figure of a day or a period, computed in one place.

The chair's screen, the four export formats and the upper level's consolidation all read a
:class:`DailySummary`; nothing else counts visits. Definitions are those of the desk-log issue: a
visit is one recorded help session; citizens are distinct persons (same ID-number hash, else the
same folded name and birth year); an online submission is a visit with outcome ``submitted`` through
an online channel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row, and_, case, func, select

from models.db import Database
from models.digitization_figures import DigitizationFigures, digitization_figures
from models.entities import Village, Visit, VisitAssistance
from models.handout_log import handouts_printed
from models.reference import ReferenceData
from models.visit_input import ONLINE_CHANNELS, is_online_submission

ELDERLY_AGE = 60


@dataclass(frozen=True)
class ProcedureFigures:
    """Visits and online submissions for one procedure."""

    code: str
    name: str
    visits: int
    online_submitted: int


@dataclass(frozen=True)
class Inclusion:
    """Visits by people the Project 06 push must not leave behind."""

    aged_60_plus: int = 0
    women: int = 0
    ethnic_minority: int = 0
    disability: int = 0


@dataclass
class DailySummary:
    """The figures of the local days ``first`` to ``last`` (one day when they are equal)."""

    first: date
    last: date
    visits: int = 0
    citizens: int = 0
    online_submitted: int = 0
    procedure_visits: int = 0
    not_completed: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)
    by_assistance: dict[str, int] = field(default_factory=dict)
    by_procedure: list[ProcedureFigures] = field(default_factory=list)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_outcome: dict[str, int] = field(default_factory=dict)
    by_village: dict[str, int] = field(default_factory=dict)
    by_clerk: dict[str, int] = field(default_factory=dict)
    inclusion: Inclusion = field(default_factory=Inclusion)
    average_service_seconds: float | None = None
    handouts_printed: int = 0
    # First scans of the period (models.digitization_figures); the detail is in ``digitization``.
    documents_digitized: int = 0
    pages_digitized: int = 0
    digitization: DigitizationFigures = field(default_factory=DigitizationFigures)

    @property
    def is_single_day(self) -> bool:
        """True for a daily summary, False for a week, a month or a custom period."""
        return self.first == self.last

    @property
    def online_share(self) -> float | None:
        """Online submissions as a share of the visits that concerned a procedure."""
        return self.online_submitted / self.procedure_visits if self.procedure_visits else None


def _person_key(visit_row: tuple[str | None, str, int | None]) -> tuple[str, ...]:
    id_hash, name_folded, birth_year = visit_row
    if id_hash:
        return ("id", id_hash)
    return ("name", name_folded, str(birth_year or ""))


def compute_summary(db: Database, ref: ReferenceData, first: date, last: date) -> DailySummary:
    """Every figure of the live visits of the local days ``first`` to ``last``.

    Code-keyed tables list every active code of the reference data, zeros included, so that files
    from different communes line up column for column.
    """
    summary = DailySummary(first=first, last=last)
    window = (Visit.local_date >= first, Visit.local_date <= last, Visit.deleted_at.is_(None))
    with db.reading() as session:
        rows = session.execute(
            select(
                Visit.id,
                Visit.id_hash,
                Visit.name_folded,
                Visit.birth_year,
                Visit.sex,
                Visit.ethnic_minority,
                Visit.disability,
                Visit.procedure_code,
                Visit.channel,
                Visit.outcome,
                Visit.reason_code,
                Visit.clerk_name,
                Visit.service_seconds,
                Village.name,
            )
            .outerjoin(Village, Village.id == Visit.village_id)
            .where(*window)
        ).all()
        assistance = Counter(
            code
            for (code,) in session.execute(
                select(VisitAssistance.assistance_code)
                .join(Visit, Visit.id == VisitAssistance.visit_id)
                .where(*window)
            )
        )
    summary.by_assistance = _zeroed(ref, "assistance", assistance)
    _count_visits(summary, ref, rows)
    summary.handouts_printed = handouts_printed(db, first, last)
    summary.digitization = digitization_figures(db, first, last)
    summary.documents_digitized = summary.digitization.documents_scanned
    summary.pages_digitized = summary.digitization.pages_scanned
    return summary


def _zeroed(ref: ReferenceData, kind: str, counts: Counter[str]) -> dict[str, int]:
    table = {code: counts.get(code, 0) for code in ref.codes(kind)}
    table.update({code: n for code, n in counts.items() if code not in table})  # retired codes
    return table


def _procedure_name(ref: ReferenceData, code: str) -> str:
    procedure = ref.procedure(code)
    return procedure.name if procedure else code


def _count_visits(summary: DailySummary, ref: ReferenceData, rows: Sequence[Row[Any]]) -> None:
    persons: set[tuple[str, ...]] = set()
    channels: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    villages: Counter[str] = Counter()
    clerks: Counter[str] = Counter()
    procedures: Counter[str] = Counter()
    procedures_online: Counter[str] = Counter()
    elderly = women = minority = disability = 0
    timed: list[int] = []
    for (
        _id,
        id_hash,
        name_folded,
        birth_year,
        sex,
        ethnic,
        disabled,
        procedure,
        channel,
        outcome,
        reason,
        clerk,
        seconds,
        village,
    ) in rows:
        summary.visits += 1
        persons.add(_person_key((id_hash, name_folded, birth_year)))
        online = is_online_submission(outcome, channel)
        summary.online_submitted += online
        outcomes[outcome] += 1
        if channel:
            channels[channel] += 1
        if outcome == "not_completed":
            reasons[reason or "other"] += 1
        if procedure:
            summary.procedure_visits += 1
            procedures[procedure] += 1
            procedures_online[procedure] += online
        villages[village or ""] += 1
        clerks[clerk or ""] += 1
        elderly += birth_year is not None and summary.last.year - birth_year >= ELDERLY_AGE
        women += sex == "female"
        minority += bool(ethnic)
        disability += bool(disabled)
        if seconds is not None:
            timed.append(seconds)
    summary.citizens = len(persons)
    summary.not_completed = outcomes.get("not_completed", 0)
    summary.by_channel = _zeroed(ref, "channel", channels)
    summary.by_outcome = _zeroed(ref, "outcome", outcomes)
    summary.by_reason = _zeroed(ref, "reason", reasons)
    summary.by_village = dict(villages.most_common())
    summary.by_clerk = dict(clerks.most_common())
    summary.inclusion = Inclusion(elderly, women, minority, disability)
    summary.average_service_seconds = sum(timed) / len(timed) if timed else None
    summary.by_procedure = [
        ProcedureFigures(
            code=code,
            name=_procedure_name(ref, code),
            visits=count,
            online_submitted=procedures_online[code],
        )
        for code, count in sorted(procedures.items(), key=lambda item: (-item[1], item[0]))
    ]


@dataclass(frozen=True)
class DayPoint:
    """One day of the trend chart."""

    day: date
    visits: int
    online_submitted: int
    procedure_visits: int
    not_completed: int = 0

    @property
    def online_share(self) -> float | None:
        """Online submissions as a share of procedure visits, as in :class:`DailySummary`."""
        return self.online_submitted / self.procedure_visits if self.procedure_visits else None


def daily_series(db: Database, first: date, last: date) -> list[DayPoint]:
    """The main counts of every day from ``first`` to ``last``.

    One grouped query rather than a summary per day: the chair's screen draws 30 days at once.
    Days without visits are present with zeros.
    """
    online = and_(Visit.outcome == "submitted", Visit.channel.in_(ONLINE_CHANNELS))
    query = (
        select(
            Visit.local_date,
            func.count(),
            func.coalesce(func.sum(case((online, 1), else_=0)), 0),
            func.count(Visit.procedure_code),
            func.coalesce(func.sum(case((Visit.outcome == "not_completed", 1), else_=0)), 0),
        )
        .where(Visit.local_date >= first, Visit.local_date <= last, Visit.deleted_at.is_(None))
        .group_by(Visit.local_date)
    )
    with db.reading() as session:
        found = {
            day: DayPoint(day, int(visits), int(submitted), int(procedures), int(not_completed))
            for day, visits, submitted, procedures, not_completed in session.execute(query)
        }
    days = (first + timedelta(days=offset) for offset in range((last - first).days + 1))
    return [found.get(day, DayPoint(day, 0, 0, 0)) for day in days]
