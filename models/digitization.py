"""Digitization services: register papers, move them through the workflow, record their reuse.

Open to every signed-in user (clerks scan), so the services take the audit name. Each call is one
unit of work: a batch move is all or nothing, and every change writes an event and an audit entry
in the same transaction. The rules of the moves are in :mod:`models.digitization_workflow`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import audit
from models.access import Actor, Permission, require
from models.appointments import add_working_days
from models.day_lock import locks_in
from models.db import Database
from models.digitization_workflow import (
    KINDS,
    REASON_LABELS,
    REASONS,
    RECEIVED,
    SCAN_AGAIN,
    SCANNED,
    STATE_LABELS,
    WorkflowError,
    check_move,
    next_step,
)
from models.entities import DigitizationEvent, DigitizationItem, DigitizationReuse, Setting
from models.text import clean, fold
from models.validation import format_date

SETTING_KEY = "digitization"
DEFAULT_DUE_WORKING_DAYS = 2
MAX_PAGES = 100_000
MAX_BATCH_VOLUMES = 500


class DigitizationError(WorkflowError):
    """Input a person can fix (empty reference, pages not a number, unknown item)."""


@dataclass(frozen=True)
class NewItem:
    """What a clerk types to register one paper; ``due_date`` defaults from the setting."""

    kind: str
    reference: str
    document_name: str
    pages: int
    procedure_code: str | None = None
    visit_id: str | None = None
    owner_name: str = ""
    received_date: date | None = None
    due_date: date | None = None


def due_working_days(db: Database) -> int:
    """Working days a paper may wait from reception to upload (the commune's setting)."""
    with db.reading() as session:
        row = session.get(Setting, SETTING_KEY)
    if row is None:
        return DEFAULT_DUE_WORKING_DAYS
    try:
        return int(json.loads(row.value).get("due_working_days", DEFAULT_DUE_WORKING_DAYS))
    except (ValueError, TypeError, AttributeError):
        return DEFAULT_DUE_WORKING_DAYS


def set_due_working_days(db: Database, days: int, *, actor: Actor) -> None:
    """Change the default time allowed (admin); audited."""
    require(db, actor, Permission.EDIT_SETTINGS)
    if not 0 <= days <= 365:
        raise DigitizationError("Số ngày làm việc phải từ 0 đến 365.")
    before = due_working_days(db)
    with db.transaction() as session:
        session.merge(Setting(key=SETTING_KEY, value=json.dumps({"due_working_days": days})))
        audit.record(
            session,
            actor=actor.name,
            action="update",
            entity="setting",
            entity_id=SETTING_KEY,
            before={"due_working_days": before},
            after={"due_working_days": days},
        )


def _clean_new(item: NewItem, today: date, due_days: int) -> NewItem:
    if item.kind not in KINDS:
        raise DigitizationError(f"Loại tài liệu không hợp lệ: «{item.kind}».")
    reference, name = clean(item.reference), clean(item.document_name)
    if not reference:
        raise DigitizationError("Hãy nhập số hiệu: mã hồ sơ, hoặc tên sổ, quyển và năm.")
    if not name:
        raise DigitizationError("Hãy nhập tên tài liệu (ví dụ: Giấy chứng sinh).")
    if isinstance(item.pages, bool) or not 1 <= int(item.pages) <= MAX_PAGES:
        raise DigitizationError(f"Số trang phải là số nguyên từ 1 đến {MAX_PAGES}.")
    received = item.received_date or today
    due = item.due_date or add_working_days(received, due_days)
    if due < received:
        raise DigitizationError("Hạn xử lý không được trước ngày nhận.")
    return NewItem(
        kind=item.kind,
        reference=reference[:200],
        document_name=name[:300],
        pages=int(item.pages),
        procedure_code=clean(item.procedure_code) or None,
        visit_id=item.visit_id or None,
        owner_name=clean(item.owner_name)[:120],
        received_date=received,
        due_date=due,
    )


def _refuse_if_locked(session: Session, db: Database, now: datetime) -> None:
    # Every digitization figure of a day (its backlog included) is read from that day's events:
    # once the chair locks the day, nothing may add to them.
    day = now.astimezone(db.tz).date()
    lock = locks_in(session, [day]).get(day)
    if lock is not None:
        raise WorkflowError(
            f"Ngày {format_date(day)} {lock.describe(db.tz)}: không ghi nhận, chuyển bước hay "
            "ghi dùng lại tài liệu số hóa được nữa trong ngày này. Hãy làm tiếp vào ngày mai, "
            "hoặc đề nghị Chủ tịch mở lại ngày."
        )


def _event(
    session: Session,
    db: Database,
    item: DigitizationItem,
    from_state: str | None,
    actor: str,
    now: datetime,
    *,
    reason: str | None = None,
    note: str = "",
) -> None:
    session.add(
        DigitizationEvent(
            item_id=item.id,
            from_state=from_state,
            to_state=item.state,
            actor=actor,
            at=now,
            local_date=now.astimezone(db.tz).date(),
            reason=reason,
            note=note[:300],
        )
    )


def create_items(db: Database, items: Sequence[NewItem], *, actor: str) -> list[str]:
    """Register papers in state ``received``; all or nothing; return their ids in order."""
    if not items:
        raise DigitizationError("Chưa có tài liệu nào để ghi nhận.")
    today = db.local_now().date()
    due_days = due_working_days(db)
    cleaned = [_clean_new(item, today, due_days) for item in items]
    now = datetime.now(UTC)
    ids: list[str] = []
    with db.transaction() as session:
        _refuse_if_locked(session, db, now)
        for new in cleaned:
            assert new.received_date is not None and new.due_date is not None
            row = DigitizationItem(
                kind=new.kind,
                reference=new.reference,
                document_name=new.document_name,
                procedure_code=new.procedure_code,
                visit_id=new.visit_id,
                pages=new.pages,
                owner_name=new.owner_name,
                received_date=new.received_date,
                due_date=new.due_date,
                state=RECEIVED,
                flag_note="",
                created_by=actor,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            _event(session, db, row, None, actor, now)
            # The audit names the paper, never its owner.
            audit.record(
                session,
                actor=actor,
                action="create",
                entity="digitization_item",
                entity_id=row.id,
                after={"kind": row.kind, "reference": row.reference, "pages": row.pages},
            )
            ids.append(row.id)
    return ids


def book_volumes(
    book: str, year: int | None, volumes: int, pages: Sequence[int], *, document_name: str = ""
) -> list[NewItem]:
    """A whole register as one item per volume: "Sổ đăng ký khai sinh – quyển 2/5 – 1998".

    ``pages`` holds one count for every volume, or a single count used for all.
    """
    if not 1 <= volumes <= MAX_BATCH_VOLUMES:
        raise DigitizationError(f"Số quyển phải từ 1 đến {MAX_BATCH_VOLUMES}.")
    if len(pages) not in (1, volumes):
        raise DigitizationError("Hãy nhập một số trang chung hoặc số trang của từng quyển.")
    name = clean(book)
    if not name:
        raise DigitizationError("Hãy nhập tên sổ (ví dụ: Sổ đăng ký khai sinh).")
    year_text = f" – {year}" if year else ""
    return [
        NewItem(
            kind="civil_status_book",
            reference=f"{name} – quyển {number}/{volumes}{year_text}",
            document_name=clean(document_name) or name,
            pages=pages[0] if len(pages) == 1 else pages[number - 1],
        )
        for number in range(1, volumes + 1)
    ]


def reason_code(text: str | None) -> tuple[str | None, str]:
    """A send-back reason typed as a code or a label ("mờ", "thiếu trang"): (code, note).

    Anything else is the ``other`` reason with the text kept as the note.
    """
    typed = clean(text)
    if not typed:
        return None, ""
    folded = fold(typed)
    for code in REASONS:
        if folded in (code, fold(REASON_LABELS[code])) or fold(code.replace("_", " ")) == folded:
            return code, ""
    aliases = {"mo": "blurred", "thieu trang": "missing_page", "nham": "wrong_document"}
    if folded in aliases:
        return aliases[folded], ""
    return "other", typed


def _describe(item: DigitizationItem) -> str:
    return f"{item.reference} · {item.document_name}"


def move_items(
    db: Database,
    ids: Sequence[str],
    *,
    actor: str,
    to_state: str | None = None,
    reason: str | None = None,
    note: str = "",
) -> list[tuple[str, str, str]]:
    """Move every item of ``ids`` one step (``to_state=None``) or to ``to_state``; a send-back
    (``scan_again``) needs ``reason``. All or nothing: one refused item refuses the batch.

    Returns (id, from state, to state) for each item.
    """
    unique = list(dict.fromkeys(ids))
    if not unique:
        raise DigitizationError("Hãy chọn ít nhất một tài liệu.")
    note = clean(note)
    now = datetime.now(UTC)
    moved: list[tuple[str, str, str]] = []
    try:
        with db.transaction() as session:
            _refuse_if_locked(session, db, now)
            items = {
                row.id: row
                for row in session.scalars(
                    select(DigitizationItem).where(DigitizationItem.id.in_(unique))
                )
            }
            missing = [item_id for item_id in unique if item_id not in items]
            if missing:
                raise DigitizationError(f"Không tìm thấy tài liệu mã {missing[0]}.")
            problems: list[str] = []
            plan: list[tuple[DigitizationItem, str]] = []
            for item_id in unique:
                item = items[item_id]
                target = to_state or next_step(item.state, item.kind) or item.state
                try:
                    check_move(item.state, target, reason=reason, what=_describe(item))
                except WorkflowError as exc:
                    problems.append(exc.message)
                    continue
                plan.append((item, target))
            if problems:
                more = f"\n… và {len(problems) - 3} tài liệu khác." if len(problems) > 3 else ""
                raise WorkflowError(
                    "Không chuyển tài liệu nào (chuyển cả lô hoặc không chuyển):\n"
                    + "\n".join(problems[:3])
                    + more
                )
            for item, target in plan:
                moved.append(_apply(session, db, item, target, actor, now, reason, note))
    except StaleDataError as exc:
        raise WorkflowError(
            "Một tài liệu vừa được người khác chuyển bước. Hãy tải lại danh sách rồi làm lại."
        ) from exc
    return moved


def _apply(
    session: Session,
    db: Database,
    item: DigitizationItem,
    target: str,
    actor: str,
    now: datetime,
    reason: str | None,
    note: str,
) -> tuple[str, str, str]:
    before = item.state
    item.state = target
    item.updated_at = now
    if target == SCAN_AGAIN:
        item.flag_reason = reason
        item.flag_note = note[:300]
    elif before == SCANNED:
        # A scan that passes the check is no longer the flagged one.
        item.flag_reason = None
        item.flag_note = ""
    _event(session, db, item, before, actor, now, reason=reason if target == SCAN_AGAIN else None,
           note=note)  # fmt: skip
    audit.record(
        session,
        actor=actor,
        action="send-back" if target == SCAN_AGAIN else "move",
        entity="digitization_item",
        entity_id=item.id,
        before={"state": before},
        after={"state": target, **({"reason": reason} if target == SCAN_AGAIN else {})},
    )
    return item.id, before, target


def record_reuse(db: Database, item_id: str, dossier_code: str, *, actor: str) -> None:
    """Record that a digitized document served again in a later dossier."""
    code = clean(dossier_code).upper()
    if not code:
        raise DigitizationError("Hãy nhập mã hồ sơ mới đã dùng lại tài liệu này.")
    now = datetime.now(UTC)
    with db.transaction() as session:
        _refuse_if_locked(session, db, now)
        item = session.get(DigitizationItem, item_id)
        if item is None:
            raise DigitizationError(f"Không tìm thấy tài liệu mã {item_id}.")
        if item.state in (RECEIVED, SCAN_AGAIN):
            raise DigitizationError(
                f"Tài liệu «{_describe(item)}» đang ở bước «{STATE_LABELS[item.state]}», chưa có "
                "bản số hóa để dùng lại."
            )
        session.add(
            DigitizationReuse(
                item_id=item.id,
                dossier_code=code[:64],
                at=now,
                local_date=now.astimezone(db.tz).date(),
                actor=actor,
            )
        )
        audit.record(
            session,
            actor=actor,
            action="reuse",
            entity="digitization_item",
            entity_id=item.id,
            after={"dossier_code": code},
        )
