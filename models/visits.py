"""Saving, editing and deleting visits: the one way the GUI, the CLI and the demo write them.

Each function is one unit of work in its own transaction, with its audit entry inside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import audit
from models.day_lock import refuse_if_locked
from models.db import Database
from models.entities import Visit, VisitAssistance, new_id
from models.reference import ensure_village
from models.visit_input import CleanVisit
from models.visit_save import save_new_visit


class VisitNotFound(LookupError):
    """The visit does not exist or was deleted."""

    message = "Không tìm thấy lượt hỗ trợ này (có thể đã bị xóa). Hãy tải lại danh sách."


class VisitChanged(RuntimeError):
    """Someone else changed the visit since it was opened for editing."""

    message = (
        "Lượt hỗ trợ này vừa được sửa ở nơi khác. Hãy tải lại danh sách rồi sửa lại; "
        "nội dung bạn đã nhập vẫn còn trên màn hình."
    )


def snapshot(visit: Visit) -> dict[str, Any]:
    """The stored fields of a visit, for the audit trail (the ID number is only ever a hash)."""
    return {
        "occurred_at": visit.occurred_at.isoformat(),
        "citizen_name": visit.citizen_name,
        "birth_year": visit.birth_year,
        "sex": visit.sex,
        "phone": visit.phone,
        "id_last4": visit.id_last4,
        "village_id": visit.village_id,
        "ethnic_minority": visit.ethnic_minority,
        "disability": visit.disability,
        "procedure_code": visit.procedure_code,
        "assistance": visit.assistance_codes,
        "channel": visit.channel,
        "outcome": visit.outcome,
        "dossier_code": visit.dossier_code,
        "reason_code": visit.reason_code,
        "reason_text": visit.reason_text,
        "clerk_name": visit.clerk_name,
        "note": visit.note,
    }


def _apply(db: Database, session: Session, visit: Visit, clean: CleanVisit, actor: str) -> None:
    local = clean.occurred_at.replace(tzinfo=db.tz)
    visit.occurred_at = local.astimezone(UTC)
    visit.local_date = local.date()
    visit.citizen_name = clean.citizen_name
    visit.name_folded = clean.name_folded
    visit.birth_year = clean.birth_year
    visit.sex = clean.sex
    visit.phone = clean.phone
    visit.phone_consent = clean.phone_consent
    if clean.id_digits is not None:
        visit.id_hash = db.hasher.hash(clean.id_digits)
        visit.id_last4 = clean.id_last4
    elif clean.id_last4 != visit.id_last4:
        # A masked number keeps a known hash only while it still names the same last digits.
        visit.id_hash = None
        visit.id_last4 = clean.id_last4
    visit.village_id = (
        ensure_village(session, clean.village, actor=actor).id if clean.village else None
    )
    visit.ethnic_minority = clean.ethnic_minority
    visit.disability = clean.disability
    visit.procedure_code = clean.procedure_code
    visit.channel = clean.channel
    visit.outcome = clean.outcome
    visit.dossier_code = clean.dossier_code
    visit.reason_code = clean.reason_code
    visit.reason_text = clean.reason_text
    visit.clerk_name = clean.clerk_name
    visit.note = clean.note
    visit.dedup_key = clean.dedup_key
    current = set(visit.assistance_codes)
    wanted = set(clean.assistance)
    visit.assistance = [row for row in visit.assistance if row.assistance_code in wanted] + [
        VisitAssistance(assistance_code=code) for code in sorted(wanted - current)
    ]


def add_visit(
    session: Session,
    db: Database,
    clean: CleanVisit,
    *,
    actor: str,
    visit_id: str | None = None,
    id_hash: str | None = None,
) -> Visit:
    """Add a visit inside an open unit of work (imports add many in one transaction).

    ``visit_id`` and ``id_hash`` come from the offline outbox, which made the id and hashed
    the ID number when the visit was typed (it never keeps the number itself).
    """
    refuse_if_locked(session, db, [clean.occurred_at.date()])
    now = datetime.now(UTC)
    visit = Visit(
        id=visit_id or new_id(),
        created_at=now,
        updated_at=now,
        service_seconds=clean.service_seconds,
    )
    _apply(db, session, visit, clean, actor)
    if id_hash is not None and clean.id_digits is None:
        visit.id_hash = id_hash
    session.add(visit)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="visit",
        entity_id=visit.id,
        after=snapshot(visit),
    )
    return visit


def save_visit(db: Database, clean: CleanVisit, *, actor: str) -> str:
    """Save a new visit; return its id.

    The same row and audit entry as :func:`add_visit`, written on the driver's cursor in one
    transaction rather than by an ORM flush (:mod:`models.visit_save`): the clerk presses Enter
    hundreds of times a day (docs/performance.md).
    """
    return save_new_visit(db, clean, actor=actor)


def save_visit_once(
    db: Database, clean: CleanVisit, *, visit_id: str, id_hash: str | None, actor: str
) -> bool:
    """Save a visit under the id it was given; False when that id is already stored.

    A resend of the same visit (the outbox after a lost reply) therefore adds nothing.
    """
    try:
        with db.transaction() as session:
            if session.get(Visit, visit_id) is not None:
                return False
            add_visit(session, db, clean, actor=actor, visit_id=visit_id, id_hash=id_hash)
            return True
    except IntegrityError:
        with db.reading() as session:
            if session.get(Visit, visit_id) is not None:
                return False  # the same visit arrived through another connection meanwhile
        raise


def _live_visit(session: Session, visit_id: str) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise VisitNotFound(visit_id)
    return visit


def update_visit(
    db: Database, visit_id: str, clean: CleanVisit, *, expected_version: int, actor: str
) -> int:
    """Replace a visit's fields with ``clean``; return the new version.

    ``expected_version`` is the version the form was filled from: a visit changed meanwhile at
    another desk raises :class:`VisitChanged` instead of being overwritten.
    """
    try:
        with db.transaction() as session:
            visit = _live_visit(session, visit_id)
            if visit.version != expected_version:
                raise VisitChanged(visit_id)
            refuse_if_locked(session, db, [visit.local_date, clean.occurred_at.date()])
            before = snapshot(visit)
            _apply(db, session, visit, clean, actor)
            visit.updated_at = datetime.now(UTC)
            session.flush()
            audit.record(
                session,
                actor=actor,
                action="update",
                entity="visit",
                entity_id=visit_id,
                before=before,
                after=snapshot(visit),
            )
            return visit.version
    except StaleDataError as exc:
        raise VisitChanged(visit_id) from exc


def delete_visits(db: Database, visit_ids: Iterable[str], *, actor: str) -> int:
    """Soft-delete visits (they stay for the audit trail); return how many were deleted."""
    now = datetime.now(UTC)
    count = 0
    with db.transaction() as session:
        for visit_id in visit_ids:
            visit = _live_visit(session, visit_id)
            refuse_if_locked(session, db, [visit.local_date])
            visit.deleted_at = now
            visit.updated_at = now
            audit.record(
                session,
                actor=actor,
                action="delete",
                entity="visit",
                entity_id=visit_id,
                before=snapshot(visit),
            )
            count += 1
    return count
