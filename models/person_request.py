"""A citizen's request about their own data (Decree 356/2025): find every visit of one person,
give them a copy, erase it. Each step is audited without the person's details. Corrections are
made in the desk log, where each edit is audited with its values before and after.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from models import audit
from models.access import Actor, Permission, require
from models.db import Database
from models.entities import DigitizationItem, Visit
from models.records_format import write_table
from models.records_rows import input_to_cells
from models.reference import load_reference
from models.retention import erase_fields
from models.text import clean, fold
from models.visit_queries import visit_as_input


class PersonQueryError(ValueError):
    """The person cannot be looked up as given; the message says what to type."""


@dataclass(frozen=True)
class PersonQuery:
    """One person: by ID number, or by full name and birth year."""

    name: str = ""
    birth_year: int | None = None
    id_number: str = ""

    def describe_kind(self) -> str:
        """How the person was looked up, for the audit (never the details themselves)."""
        return "id" if self.id_number else "name+birth_year"


def _visits(db: Database, query: PersonQuery) -> list[str]:
    digits = re.sub(r"[\s.\-]", "", clean(query.id_number))
    if query.id_number:
        if not re.fullmatch(r"[0-9]{12}", digits):
            raise PersonQueryError("Số định danh cá nhân phải có đủ 12 chữ số.")
        condition = Visit.id_hash == db.hasher.hash(digits)
    else:
        if not clean(query.name) or query.birth_year is None:
            raise PersonQueryError("Hãy nhập số định danh, hoặc họ tên đầy đủ và năm sinh.")
        condition = (Visit.name_folded == fold(query.name)) & (Visit.birth_year == query.birth_year)
    with db.reading() as session:
        rows = session.scalars(
            select(Visit.id)
            .where(condition, Visit.deleted_at.is_(None))
            .order_by(Visit.occurred_at)
        )
        return list(rows)


def _audit(db: Database, actor: Actor, action: str, query: PersonQuery, count: int) -> None:
    with db.transaction() as session:
        audit.record(
            session,
            actor=actor.name,
            action=action,
            entity="person",
            after={"by": query.describe_kind(), "visits": count},
        )


def find_person(db: Database, actor: Actor, query: PersonQuery) -> list[str]:
    """The ids of the person's live visits, oldest first (chair or admin); audited."""
    require(db, actor, Permission.REVIEW)
    ids = _visits(db, query)
    _audit(db, actor, "person-find", query, len(ids))
    return ids


def export_person(db: Database, actor: Actor, query: PersonQuery, path: Path) -> int:
    """Write the person's visits, their own data included, as CSV or XLSX; audited."""
    require(db, actor, Permission.REVIEW)
    ids = _visits(db, query)
    ref = load_reference(db)
    with db.reading() as session:
        visits = [session.get(Visit, visit_id) for visit_id in ids]
        rows = [
            input_to_cells(
                visit_as_input(db, visit),
                ref,
                with_personal_data=True,
                procedure_name=visit.procedure.name if visit.procedure else "",
            )
            for visit in visits
            if visit is not None
        ]
    write_table(path, rows)
    _audit(db, actor, "person-export", query, len(rows))
    return len(rows)


def erase_person(db: Database, actor: Actor, query: PersonQuery) -> int:
    """Erase the person's personal fields on every visit; the figures stay; audited."""
    require(db, actor, Permission.REVIEW)
    ids = _visits(db, query)
    salt = secrets.token_bytes(32)
    with db.transaction() as session:
        for visit_id in ids:
            visit = session.get(Visit, visit_id)
            if visit is not None:
                erase_fields(visit, salt)
                visit.version += 1
        # Papers registered from those visits carry the owner's name too.
        for item in session.scalars(
            select(DigitizationItem).where(DigitizationItem.visit_id.in_(ids or [""]))
        ):
            item.owner_name = ""
        audit.record(
            session,
            actor=actor.name,
            action="person-erase",
            entity="person",
            after={"by": query.describe_kind(), "visits": len(ids)},
        )
    return len(ids)
