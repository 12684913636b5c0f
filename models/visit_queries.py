"""Reading visits back: the day's list, a visit to edit, and templates for quick entry."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select

from models.db import Database
from models.entities import LockedDay, Procedure, Village, Visit, VisitAssistance
from models.text import fold
from models.validation import mask_id, mask_phone
from models.visit_input import VisitInput


@dataclass(frozen=True)
class VisitRow:
    """One visit as the day's list shows it: personal data already masked."""

    id: str
    version: int
    occurred_at: datetime  # local time, naive
    citizen_name: str
    birth_year: int | None
    village: str
    procedure_code: str | None
    procedure_name: str
    assistance: tuple[str, ...]
    channel: str | None
    outcome: str
    dossier_code: str | None
    reason_code: str | None
    reason_text: str
    clerk_name: str
    phone_masked: str
    id_masked: str
    note: str

    @property
    def search_key(self) -> str:
        """What the list's filter box matches: name, procedure, dossier code, village."""
        parts = [
            self.citizen_name,
            self.procedure_code or "",
            self.procedure_name,
            self.dossier_code or "",
            self.village,
        ]
        return fold(" ".join(parts))


@dataclass(frozen=True)
class QuickTemplate:
    """A frequent combination of procedure, assistance types and channel."""

    procedure_code: str | None
    assistance: tuple[str, ...]
    channel: str | None
    uses: int = 0


def visit_row(db: Database, visit: Visit) -> VisitRow:
    """A stored visit as the lists show it (names of village and procedure, masked fields)."""
    return VisitRow(
        id=visit.id,
        version=visit.version,
        occurred_at=visit.occurred_at.astimezone(db.tz).replace(tzinfo=None),
        citizen_name=visit.citizen_name,
        birth_year=visit.birth_year,
        village=visit.village.name if visit.village else "",
        procedure_code=visit.procedure_code,
        procedure_name=visit.procedure.name if visit.procedure else "",
        assistance=tuple(visit.assistance_codes),
        channel=visit.channel,
        outcome=visit.outcome,
        dossier_code=visit.dossier_code,
        reason_code=visit.reason_code,
        reason_text=visit.reason_text,
        clerk_name=visit.clerk_name,
        phone_masked=mask_phone(visit.phone),
        id_masked=mask_id(visit.id_last4),
        note=visit.note,
    )


def visits_between(db: Database, first: date, last: date) -> list[Visit]:
    """The live visits of the local days ``first`` to ``last``, in time order, detached."""
    with db.reading() as session:
        query = (
            select(Visit)
            .where(Visit.local_date >= first, Visit.local_date <= last)
            .where(Visit.deleted_at.is_(None))
            .order_by(Visit.occurred_at, Visit.id)
        )
        return list(session.scalars(query).unique())


def visits_on(db: Database, day: date) -> list[VisitRow]:
    """The live visits of one local day, in time order.

    Reads bare columns, not whole visits with their relations: the desk's list is the first
    thing on screen, and a busy day holds hundreds of rows.
    """
    window = (Visit.local_date == day, Visit.deleted_at.is_(None))
    query = (
        select(
            Visit.id, Visit.version, Visit.occurred_at, Visit.citizen_name, Visit.birth_year,
            Village.name, Visit.procedure_code, Procedure.name, Visit.channel, Visit.outcome,
            Visit.dossier_code, Visit.reason_code, Visit.reason_text, Visit.clerk_name,
            Visit.phone, Visit.id_last4, Visit.note,
        )
        .outerjoin(Village, Village.id == Visit.village_id)
        .outerjoin(Procedure, Procedure.code == Visit.procedure_code)
        .where(*window)
        .order_by(Visit.occurred_at, Visit.id)
    )  # fmt: skip
    kinds: dict[str, list[str]] = {}
    with db.reading() as session:
        heads = session.execute(query).all()
        for visit_id, code in session.execute(
            select(VisitAssistance.visit_id, VisitAssistance.assistance_code)
            .join(Visit, Visit.id == VisitAssistance.visit_id)
            .where(*window)
            .order_by(VisitAssistance.visit_id, VisitAssistance.assistance_code)
        ):
            kinds.setdefault(visit_id, []).append(code)
    return [
        VisitRow(
            id=h[0],
            version=h[1],
            occurred_at=h[2].astimezone(db.tz).replace(tzinfo=None),
            citizen_name=h[3],
            birth_year=h[4],
            village=h[5] or "",
            procedure_code=h[6],
            procedure_name=h[7] or "",
            assistance=tuple(kinds.get(h[0], ())),
            channel=h[8],
            outcome=h[9],
            dossier_code=h[10],
            reason_code=h[11],
            reason_text=h[12],
            clerk_name=h[13],
            phone_masked=mask_phone(h[14]),
            id_masked=mask_id(h[15]),
            note=h[16],
        )
        for h in heads
    ]


def visit_as_input(db: Database, visit: Visit) -> VisitInput:
    """A stored visit as form input (local time; the ID number masked, as it is stored)."""
    return VisitInput(
        occurred_at=visit.occurred_at.astimezone(db.tz).replace(tzinfo=None),
        citizen_name=visit.citizen_name,
        birth_year=visit.birth_year,
        sex=visit.sex,
        phone=visit.phone or "",
        phone_consent=visit.phone_consent,
        id_number=mask_id(visit.id_last4),
        village=visit.village.name if visit.village else "",
        ethnic_minority=visit.ethnic_minority,
        disability=visit.disability,
        procedure_code=visit.procedure_code or "",
        assistance=visit.assistance_codes,
        channel=visit.channel,
        outcome=visit.outcome,
        dossier_code=visit.dossier_code or "",
        reason_code=visit.reason_code,
        reason_text=visit.reason_text,
        clerk_name=visit.clerk_name,
        note=visit.note,
        service_seconds=visit.service_seconds,
    )


def load_for_edit(db: Database, visit_id: str) -> tuple[VisitInput, int] | None:
    """A live visit as form input, with the version it was read at."""
    with db.reading() as session:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            return None
        return visit_as_input(db, visit), visit.version


def latest_template(db: Database) -> QuickTemplate | None:
    """Procedure, assistance and channel of the most recently saved visit (Ctrl+D)."""
    with db.reading() as session:
        visit = session.scalar(
            select(Visit)
            .where(Visit.deleted_at.is_(None))
            .order_by(Visit.created_at.desc())
            .limit(1)
        )
        if visit is None:
            return None
        return QuickTemplate(visit.procedure_code, tuple(visit.assistance_codes), visit.channel)


def frequent_templates(
    db: Database, today: date, *, days: int = 30, limit: int = 6
) -> list[QuickTemplate]:
    """The commune's most frequent combinations over the last ``days`` days.

    Runs after every save, so it reads bare columns rather than whole visits.
    """
    window = (
        Visit.local_date > today - timedelta(days=days),
        Visit.local_date <= today,
        Visit.deleted_at.is_(None),
    )
    if db.is_sqlite:
        return _frequent_templates_grouped(db, window, limit)
    with db.reading() as session:
        heads = session.execute(
            select(Visit.id, Visit.procedure_code, Visit.channel).where(*window)
        ).all()
        kinds: dict[str, list[str]] = {}
        for visit_id, code in session.execute(
            select(VisitAssistance.visit_id, VisitAssistance.assistance_code)
            .join(Visit, Visit.id == VisitAssistance.visit_id)
            .where(*window)
        ):
            kinds.setdefault(visit_id, []).append(code)
    counts: Counter[tuple[str | None, tuple[str, ...], str | None]] = Counter(
        (procedure, tuple(sorted(kinds.get(visit_id, []))), channel)
        for visit_id, procedure, channel in heads
    )
    return [
        QuickTemplate(procedure, assistance, channel, uses)
        for (procedure, assistance, channel), uses in counts.most_common(limit)
    ]


def _frequent_templates_grouped(
    db: Database, window: tuple[ColumnElement[bool], ...], limit: int
) -> list[QuickTemplate]:
    """:func:`frequent_templates` counted by SQLite: a month of a busy desk is ~8,000 visits,
    and making a Python row of each (and of each assistance) took 120 ms after every save."""
    kinds = (
        select(func.group_concat(VisitAssistance.assistance_code, ","))
        .where(VisitAssistance.visit_id == Visit.id)
        .correlate(Visit)
        .scalar_subquery()
    )
    uses = func.count().label("uses")
    query = (
        select(Visit.procedure_code, kinds.label("kinds"), Visit.channel, uses)
        .where(*window)
        .group_by(Visit.procedure_code, "kinds", Visit.channel)
    )
    counts: Counter[tuple[str | None, tuple[str, ...], str | None]] = Counter()
    with db.reading() as session:
        for procedure, joined, channel, n in session.execute(query):
            # Sorted here: SQLite does not promise group_concat's order, so equal sets merge.
            key = (procedure, tuple(sorted(joined.split(","))) if joined else (), channel)
            counts[key] += n
    return [
        QuickTemplate(procedure, assistance, channel, n)
        for (procedure, assistance, channel), n in counts.most_common(limit)
    ]


def recent_clerks(db: Database, today: date, *, days: int = 90) -> list[str]:
    """The clerk names used in the last ``days`` days, most used first."""
    uses = func.count().label("uses")
    query = (
        select(Visit.clerk_name, uses)
        .where(Visit.local_date > today - timedelta(days=days), Visit.local_date <= today)
        .where(Visit.deleted_at.is_(None), Visit.clerk_name != "")
        .group_by(Visit.clerk_name)
        .order_by(uses.desc(), Visit.clerk_name)
    )
    with db.reading() as session:
        return [name for name, _uses in session.execute(query)]


def day_stamp(db: Database, day: date) -> tuple[int, str, bool]:
    """A cheap fingerprint of one day's list: rows, last change, lock. Other desks' saves, edits,
    deletions and a lock all change it; the desk log polls it on a shared server."""
    with db.reading() as session:
        count, last = session.execute(
            select(func.count(), func.max(Visit.updated_at)).where(Visit.local_date == day)
        ).one()
        locked = session.get(LockedDay, day) is not None
    return int(count), str(last or ""), locked
