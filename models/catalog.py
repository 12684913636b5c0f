"""The commune's own catalog: procedures and villages, edited by the administrator.

Online level, fee, processing time and the portal page of a procedure differ by province and change
with the portal (see DOMAIN.md, *check*): they are data the commune corrects here, never code.
Nothing is deleted, because old visits name these rows; a row that no longer applies is switched
off and disappears from the lists the desk picks from. Every change is audited with before/after.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from models import audit
from models.access import Actor, Permission, require
from models.commune import check_link
from models.db import Database
from models.entities import Procedure, Village, Visit
from models.text import clean, excerpt, fold

ONLINE_LEVELS = ("online_full", "online_partial", "in_person")
# National procedure codes look like 1.001193 or 2.000815; a province's own list may add letters.
CODE_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-_]{1,31}$")
MAX_PROCESSING_DAYS = 365


class CatalogError(ValueError):
    """A catalog value that cannot be saved; the message is Vietnamese, for the administrator."""


@dataclass(frozen=True)
class ProcedureEntry:
    """One procedure as the administrator edits it."""

    code: str
    name: str
    field: str = ""
    online_level: str = "online_full"
    fee_note: str = ""
    processing_days: int | None = None
    portal_url: str = ""
    active: bool = True


@dataclass(frozen=True)
class VillageEntry:
    """One village (thôn, xóm, bản) with how many visits name it."""

    id: int
    name: str
    active: bool
    visits: int = 0


def _entry(row: Procedure) -> ProcedureEntry:
    return ProcedureEntry(
        code=row.code,
        name=row.name,
        field=row.field,
        online_level=row.online_level,
        fee_note=row.fee_note,
        processing_days=row.processing_days,
        portal_url=row.portal_url,
        active=row.active,
    )


def procedures(db: Database) -> list[ProcedureEntry]:
    """Every procedure, switched off ones included, by code."""
    with db.reading() as session:
        return [_entry(p) for p in session.scalars(select(Procedure).order_by(Procedure.code))]


def checked(entry: ProcedureEntry) -> ProcedureEntry:
    """``entry`` with its text cleaned, or CatalogError saying what to correct."""
    code = clean(entry.code)
    if not CODE_PATTERN.match(code):
        raise CatalogError(
            f"Mã thủ tục «{excerpt(code)}» không hợp lệ: dùng mã trên Cổng Dịch vụ công, "
            "ví dụ 1.001193."
        )
    name = clean(entry.name)
    if not name:
        raise CatalogError("Hãy nhập tên thủ tục.")
    if len(name) > 300:
        raise CatalogError("Tên thủ tục dài quá 300 ký tự, hãy rút gọn.")
    if entry.online_level not in ONLINE_LEVELS:
        raise CatalogError(f"Mức độ trực tuyến «{excerpt(entry.online_level)}» không có.")
    days = entry.processing_days
    if days is not None and not 0 <= days <= MAX_PROCESSING_DAYS:
        raise CatalogError(
            f"Thời hạn giải quyết phải từ 0 đến {MAX_PROCESSING_DAYS} ngày làm việc."
        )
    url = clean(entry.portal_url)
    problem = check_link(url)
    if problem:
        raise CatalogError(problem)
    return ProcedureEntry(
        code=code,
        name=name,
        field=clean(entry.field)[:100],
        online_level=entry.online_level,
        fee_note=clean(entry.fee_note)[:300],
        processing_days=days,
        portal_url=url,
        active=entry.active,
    )


def save_procedure(db: Database, entry: ProcedureEntry, *, actor: Actor, new: bool) -> bool:
    """Add (``new``) or change a procedure; False when nothing changed.

    A new code that already exists, or a change to a code that does not, is refused: the code is
    the key visits and handouts name, so it is never renamed.
    """
    require(db, actor, Permission.EDIT_CATALOG)
    entry = checked(entry)
    with db.transaction() as session:
        row = session.get(Procedure, entry.code)
        if new and row is not None:
            raise CatalogError(f"Mã {entry.code} đã có trong danh mục ({excerpt(row.name)}).")
        if not new and row is None:
            raise CatalogError(f"Không có thủ tục mã {entry.code} trong danh mục.")
        if row is None:
            row = Procedure(code=entry.code, name=entry.name, name_folded=fold(entry.name))
            session.add(row)
            before = None
        else:
            before = asdict(_entry(row))
            if before == asdict(entry):
                return False
        row.name, row.name_folded = entry.name, fold(entry.name)
        row.field, row.online_level, row.fee_note = entry.field, entry.online_level, entry.fee_note
        row.processing_days, row.portal_url = entry.processing_days, entry.portal_url
        row.active = entry.active
        audit.record(
            session,
            actor=actor.name,
            action="create" if before is None else "edit",
            entity="procedure",
            entity_id=entry.code,
            before=before,
            after=asdict(entry),
        )
    return True


def villages(db: Database) -> list[VillageEntry]:
    """Every village, switched off ones included, by name, with its number of visits."""
    with db.reading() as session:
        rows = session.execute(
            select(Visit.village_id, func.count())
            .where(Visit.village_id.is_not(None))
            .group_by(Visit.village_id)
        )
        counts: dict[int, int] = {village: count for village, count in rows if village is not None}
        return [
            VillageEntry(v.id, v.name, v.active, counts.get(v.id, 0))
            for v in session.scalars(select(Village).order_by(Village.name_folded))
        ]


def save_village(
    db: Database, village_id: int | None, name: str, *, active: bool = True, actor: Actor
) -> VillageEntry:
    """Add a village (``village_id`` None) or rename / switch one on or off."""
    require(db, actor, Permission.EDIT_CATALOG)
    name = clean(name)
    if not name:
        raise CatalogError("Hãy nhập tên thôn, xóm.")
    if len(name) > 120:
        raise CatalogError("Tên thôn, xóm dài quá 120 ký tự.")
    with db.transaction() as session:
        same = session.scalar(select(Village).where(Village.name_folded == fold(name)))
        if same is not None and same.id != village_id:
            raise CatalogError(f"Đã có «{same.name}» trong danh sách.")
        if village_id is None:
            row = Village(name=name, name_folded=fold(name), active=active)
            session.add(row)
            session.flush()
            before = None
        else:
            found = session.get(Village, village_id)
            if found is None:
                raise CatalogError("Thôn, xóm này không còn trong danh sách; hãy mở lại.")
            row = found
            before = {"name": row.name, "active": row.active}
            row.name, row.name_folded, row.active = name, fold(name), active
        after = {"name": row.name, "active": row.active}
        if before != after:
            audit.record(
                session,
                actor=actor.name,
                action="create" if before is None else "edit",
                entity="village",
                entity_id=str(row.id),
                before=before,
                after=after,
            )
        return VillageEntry(row.id, row.name, row.active)
