"""Reading digitization items: the rows of the screen and of ``digitization list``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db import Database
from models.digitization_workflow import DUE_STATES, FINAL_STATES, STATES
from models.entities import DigitizationEvent, DigitizationItem, DigitizationReuse, Visit
from models.text import fold


@dataclass(frozen=True)
class ItemRow:
    """A digitization item as lists show it, with who moved it last and how often it was reused."""

    id: str
    kind: str
    reference: str
    document_name: str
    procedure_code: str | None
    visit_id: str | None
    pages: int
    owner_name: str
    received_date: date
    due_date: date
    state: str
    flag_reason: str | None
    flag_note: str
    file_path: str | None
    file_size: int | None
    file_sha256: str | None
    created_by: str
    last_actor: str
    last_moved_at: datetime | None
    reused: int

    @property
    def flagged(self) -> bool:
        """True for an item sent back to be scanned again (until its new scan passes the check)."""
        return self.flag_reason is not None

    @property
    def is_open(self) -> bool:
        """True until the paper is returned or archived."""
        return self.state not in FINAL_STATES

    def age_days(self, today: date) -> int:
        """Calendar days since the paper was received."""
        return max(0, (today - self.received_date).days)

    def overdue(self, today: date) -> bool:
        """True for an item not yet uploaded past its due date."""
        return self.state in DUE_STATES and today > self.due_date


@dataclass(frozen=True)
class ItemFilter:
    """What the list shows; every field empty means every item that is still open."""

    state: str | None = None
    kind: str | None = None
    clerk: str = ""
    overdue: bool = False
    include_final: bool = False
    text: str = ""
    visit_id: str | None = None


def list_items(db: Database, flt: ItemFilter | None = None, *, today: date) -> list[ItemRow]:
    """Items matching ``flt``, oldest due first (what should be done next on top)."""
    flt = flt or ItemFilter()
    query = select(DigitizationItem)
    if flt.state:
        query = query.where(DigitizationItem.state == flt.state)
    elif not flt.include_final:
        query = query.where(DigitizationItem.state.not_in(FINAL_STATES))
    if flt.kind:
        query = query.where(DigitizationItem.kind == flt.kind)
    if flt.overdue:
        query = query.where(
            DigitizationItem.due_date < today, DigitizationItem.state.in_(DUE_STATES)
        )
    if flt.visit_id:
        query = query.where(DigitizationItem.visit_id == flt.visit_id)
    query = query.order_by(
        DigitizationItem.due_date, DigitizationItem.received_date, DigitizationItem.reference
    )
    with db.reading() as session:
        items = list(session.scalars(query))
        ids = [item.id for item in items]
        last = _last_events(session, ids)
        reuse = _reuse_counts(session, ids)
    rows = [_row(item, last.get(item.id), reuse.get(item.id, 0)) for item in items]
    if flt.clerk:
        wanted = fold(flt.clerk)
        rows = [r for r in rows if wanted in (fold(r.created_by), fold(r.last_actor))]
    if flt.text:
        needle = fold(flt.text)
        rows = [
            r for r in rows if needle in fold(f"{r.reference} {r.document_name} {r.owner_name}")
        ]
    return rows


def _last_events(session: Session, ids: list[str]) -> dict[str, tuple[str, datetime]]:
    found: dict[str, tuple[str, datetime]] = {}
    for chunk in _chunks(ids):
        query = (
            select(DigitizationEvent.item_id, DigitizationEvent.actor, DigitizationEvent.at)
            .where(DigitizationEvent.item_id.in_(chunk))
            .order_by(DigitizationEvent.at, DigitizationEvent.id)
        )
        for item_id, actor, at in session.execute(query):
            found[item_id] = (actor, at)  # the latest wins
    return found


def _reuse_counts(session: Session, ids: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for chunk in _chunks(ids):
        query = (
            select(DigitizationReuse.item_id, func.count())
            .where(DigitizationReuse.item_id.in_(chunk))
            .group_by(DigitizationReuse.item_id)
        )
        counts.update({item_id: int(n) for item_id, n in session.execute(query)})
    return counts


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    # SQLite limits the parameters of one statement.
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def _row(item: DigitizationItem, last: tuple[str, datetime] | None, reused: int) -> ItemRow:
    return ItemRow(
        id=item.id,
        kind=item.kind,
        reference=item.reference,
        document_name=item.document_name,
        procedure_code=item.procedure_code,
        visit_id=item.visit_id,
        pages=item.pages,
        owner_name=item.owner_name,
        received_date=item.received_date,
        due_date=item.due_date,
        state=item.state,
        flag_reason=item.flag_reason,
        flag_note=item.flag_note,
        file_path=item.file_path,
        file_size=item.file_size,
        file_sha256=item.file_sha256,
        created_by=item.created_by,
        last_actor=last[0] if last else item.created_by,
        last_moved_at=last[1] if last else None,
        reused=reused,
    )


def state_counts(db: Database) -> dict[str, int]:
    """How many items are in each state now, every state present."""
    query = select(DigitizationItem.state, func.count()).group_by(DigitizationItem.state)
    with db.reading() as session:
        found = {state: int(n) for state, n in session.execute(query)}
    return {state: found.get(state, 0) for state in STATES}


def events_of(db: Database, item_id: str) -> list[DigitizationEvent]:
    """The history of one item, oldest first."""
    with db.reading() as session:
        return list(
            session.scalars(
                select(DigitizationEvent)
                .where(DigitizationEvent.item_id == item_id)
                .order_by(DigitizationEvent.at, DigitizationEvent.id)
            )
        )


def short_id(item_id: str) -> str:
    """What the command line shows of an id: its last eight characters, random in every id."""
    return item_id[-8:]


def resolve_ids(db: Database, prefixes: list[str]) -> tuple[list[str], list[str]]:
    """Full ids for ids, or unique short forms typed at the command line: (found, not found).

    The short form the command line shows is an id's last eight characters: ids are time-ordered
    (version-7 UUIDs), so items registered together share their first characters. A unique
    beginning is accepted too.
    """
    with db.reading() as session:
        all_ids = list(session.scalars(select(DigitizationItem.id)))
    found: list[str] = []
    unknown: list[str] = []
    for prefix in prefixes:
        typed = prefix.strip().lower()
        matches = [i for i in all_ids if typed and (i.startswith(typed) or i.endswith(typed))]
        if len(matches) == 1:
            found.append(matches[0])
        else:
            unknown.append(prefix)
    return found, unknown


@dataclass(frozen=True)
class VisitPapers:
    """What a visit with "Số hóa giấy tờ" proposes for its papers."""

    visit_id: str
    reference: str
    owner_name: str
    procedure_code: str | None
    document_hint: str


def papers_for_visit(db: Database, visit_id: str) -> VisitPapers | None:
    """The proposal for a saved visit: its dossier code (else its time) as the reference."""
    with db.reading() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            return None
        moment = visit.occurred_at.astimezone(db.tz)
        reference = visit.dossier_code or f"Lượt {moment:%d/%m/%Y %H:%M}"
        procedure = visit.procedure.name if visit.procedure else ""
        return VisitPapers(
            visit_id=visit.id,
            reference=reference,
            owner_name=visit.citizen_name,
            procedure_code=visit.procedure_code,
            document_hint=f"Giấy tờ hồ sơ {procedure}".strip() if procedure else "",
        )
