"""Reference data: code labels, the procedure catalog and villages.

Seeded from resources/ on first start, then owned by the database, so a commune can edit labels,
procedures and villages without a new release. Screens, files and documents take every label of a
stable code from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import audit
from models.access import Actor, Permission, require
from models.db import Database
from models.entities import CodeLabel, Procedure, Village
from models.resources import resource_path
from models.text import clean, fold

KINDS = ("assistance", "channel", "outcome", "reason", "sex")


@dataclass(frozen=True)
class ProcedureRef:
    """A procedure as screens and imports need it."""

    code: str
    name: str
    field: str
    online_level: str
    folded: str

    @property
    def display(self) -> str:
        """ "1.001193 · Đăng ký khai sinh"."""
        return f"{self.code} · {self.name}"


@dataclass(frozen=True)
class VillageRef:
    """A village by id and name."""

    id: int
    name: str


@dataclass
class ReferenceData:
    """A snapshot of the reference tables, loaded once per screen refresh or import."""

    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    short_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    procedures: list[ProcedureRef] = field(default_factory=list)
    villages: list[VillageRef] = field(default_factory=list)
    _matches: dict[tuple[str, str], str | None] = field(
        default_factory=dict, repr=False, compare=False
    )
    _by_code: dict[str, ProcedureRef | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    def codes(self, kind: str) -> list[str]:
        """The active codes of ``kind`` in display order."""
        return list(self.labels.get(kind, {}))

    def label(self, kind: str, code: str | None) -> str:
        """The Vietnamese label of a code; the code itself if it has none."""
        if not code:
            return ""
        return self.labels.get(kind, {}).get(code, code)

    def short_label(self, kind: str, code: str) -> str:
        """The short label used on chips and narrow columns."""
        return self.short_labels.get(kind, {}).get(code) or self.label(kind, code)

    def match_code(self, kind: str, text: str) -> str | None:
        """The code whose code, label or short label equals ``text`` (case-insensitive, NFC)."""
        key = (kind, text)
        if key not in self._matches:  # an import asks the same few texts for every row
            self._matches[key] = self._match_code(kind, text)
        return self._matches[key]

    def _match_code(self, kind: str, text: str) -> str | None:
        wanted = clean(text).casefold()
        if not wanted:
            return None
        for code, label in self.labels.get(kind, {}).items():
            short = self.short_labels.get(kind, {}).get(code, "")
            if wanted in (code.casefold(), label.casefold(), short.casefold()):
                return code
        return None

    def procedure(self, code: str | None) -> ProcedureRef | None:
        """The procedure with this national code."""
        if not code:
            return None
        if code not in self._by_code:  # an import asks for each row's code, twice
            wanted = clean(code)
            self._by_code[code] = next((p for p in self.procedures if p.code == wanted), None)
        return self._by_code[code]

    def find_procedure(self, text: str) -> ProcedureRef | None:
        """The procedure named or coded exactly ``text`` (accent- and case-insensitive)."""
        wanted = fold(text)
        return next(
            (p for p in self.procedures if wanted in (p.code, p.folded, fold(p.display))), None
        )

    def search_procedures(self, query: str) -> list[ProcedureRef]:
        """Procedures whose code or name contains every word of ``query``, accents ignored."""
        words = fold(query).split()
        return [p for p in self.procedures if all(w in f"{p.code} {p.folded}" for w in words)]

    def village_id(self, name: str) -> int | None:
        """The id of the village called ``name`` (accents and case ignored)."""
        wanted = fold(name)
        return next((v.id for v in self.villages if fold(v.name) == wanted), None)


def _read_json(*parts: str) -> dict[str, Any]:
    with resource_path(*parts).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def seed_reference(session: Session) -> None:
    """Fill empty reference tables from resources/; tables that hold rows are left alone."""
    if session.scalar(select(CodeLabel.id).limit(1)) is None:
        codes = _read_json("reference", "codes.json")
        for kind in KINDS:
            for order, item in enumerate(codes[kind]):
                session.add(
                    CodeLabel(
                        kind=kind,
                        code=item["code"],
                        label=clean(item["label"]),
                        short_label=clean(item.get("short_label", "")),
                        sort_order=order,
                        active=True,
                    )
                )
    if session.scalar(select(Procedure.code).limit(1)) is None:
        for item in _read_json("catalog", "procedures.json")["procedures"]:
            name = clean(item["name"])
            session.add(
                Procedure(
                    code=item["code"],
                    name=name,
                    name_folded=fold(name),
                    field=clean(item.get("field", "")),
                    online_level=item.get("online_level", "online_full"),
                    fee_note=clean(item.get("fee_note", "")),
                    processing_days=item.get("processing_days"),
                    portal_url=item.get("portal_url", ""),
                    active=True,
                )
            )
    if session.scalar(select(Village.id).limit(1)) is None:
        for name in _read_json("reference", "villages.json")["villages"]:
            session.add(Village(name=clean(name), name_folded=fold(name), active=True))


def load_reference(db: Database) -> ReferenceData:
    """A snapshot of the active reference data."""
    data = ReferenceData()
    with db.reading() as session:
        rows = session.scalars(
            select(CodeLabel).where(CodeLabel.active).order_by(CodeLabel.kind, CodeLabel.sort_order)
        )
        for row in rows:
            data.labels.setdefault(row.kind, {})[row.code] = row.label
            data.short_labels.setdefault(row.kind, {})[row.code] = row.short_label
        data.procedures = [
            ProcedureRef(p.code, p.name, p.field, p.online_level, p.name_folded)
            for p in session.scalars(
                select(Procedure).where(Procedure.active).order_by(Procedure.code)
            )
        ]
        data.villages = [
            VillageRef(v.id, v.name)
            for v in session.scalars(select(Village).where(Village.active).order_by(Village.name))
        ]
    return data


def ensure_village(session: Session, name: str, *, actor: str) -> Village:
    """The village called ``name`` (accents and case ignored), added and audited when new."""
    name = clean(name)
    if not name:
        raise ValueError("empty village name")
    village = session.scalar(select(Village).where(Village.name_folded == fold(name)))
    if village is None:
        village = Village(name=name, name_folded=fold(name), active=True)
        try:
            # Another desk may add the same village at the same moment (PostgreSQL): the
            # savepoint lets this save go on with theirs instead of failing.
            with session.begin_nested():
                session.add(village)
                session.flush()
        except IntegrityError:
            found = session.scalar(select(Village).where(Village.name_folded == fold(name)))
            if found is None:
                raise
            return found
        audit.record(
            session,
            actor=actor,
            action="create",
            entity="village",
            entity_id=str(village.id),
            after={"name": name},
        )
    return village


def add_village(db: Database, name: str, *, actor: str) -> VillageRef:
    """Add a village from the desk log (or return the existing one of that name)."""
    with db.transaction() as session:
        village = ensure_village(session, name, actor=actor)
        return VillageRef(village.id, village.name)


@dataclass(frozen=True)
class ProcedureDetails:
    """What a handout needs of a procedure beyond its name."""

    code: str
    name: str
    portal_url: str
    processing_days: int | None
    fee_note: str


def procedure_details(db: Database, code: str) -> ProcedureDetails | None:
    """The catalog entry of ``code`` (active or not), or ``None`` for an unknown code."""
    with db.reading() as session:
        row = session.get(Procedure, clean(code))
        if row is None:
            return None
        return ProcedureDetails(
            row.code, row.name, row.portal_url, row.processing_days, row.fee_note
        )


def catalog_details(db: Database) -> list[ProcedureDetails]:
    """Every active procedure of the catalog, by code, in one query."""
    with db.reading() as session:
        rows = session.scalars(select(Procedure).where(Procedure.active).order_by(Procedure.code))
        return [
            ProcedureDetails(r.code, r.name, r.portal_url, r.processing_days, r.fee_note)
            for r in rows
        ]


def save_village_list(db: Database, names: list[str], *, actor: Actor) -> list[VillageRef]:
    """Make ``names`` the commune's active villages (the setup wizard's list); audited.

    A new name is added (or an inactive one switched back on); a village left out is switched
    off, never deleted, so the visits that name it keep their village. Accents and case are
    ignored when names are compared; an empty name is skipped.
    """
    require(db, actor, Permission.EDIT_CATALOG)
    wanted: dict[str, str] = {}
    for name in map(clean, names):
        if name:
            wanted.setdefault(fold(name), name)  # the first spelling wins
    with db.transaction() as session:
        for folded, name in wanted.items():
            village = ensure_village(session, name, actor=actor.name)
            if not village.active:
                village.active = True
                audit.record(
                    session,
                    actor=actor.name,
                    action="edit",
                    entity="village",
                    entity_id=str(village.id),
                    before={"name": village.name, "active": False},
                    after={"name": village.name, "active": True},
                )
            assert village.name_folded == folded
        for village in session.scalars(select(Village).where(Village.active)):
            if village.name_folded not in wanted:
                village.active = False
                audit.record(
                    session,
                    actor=actor.name,
                    action="edit",
                    entity="village",
                    entity_id=str(village.id),
                    before={"name": village.name, "active": True},
                    after={"name": village.name, "active": False},
                )
    return load_reference(db).villages
