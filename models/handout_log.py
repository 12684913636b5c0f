"""The log of printed handouts: who printed which procedure's sheet, when, how many copies.

Each print is also an audit entry, and the sum of copies per local day is the summary's
"handouts printed".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from models import audit
from models.db import Database
from models.entities import HandoutPrint


def record_print(
    db: Database,
    procedure_code: str,
    *,
    actor: str,
    copies: int = 1,
    personalised: bool = False,
    visit_id: str | None = None,
) -> None:
    """Log one print job (``copies`` sheets of one procedure's handout); audited."""
    if copies < 1:
        raise ValueError("copies must be at least 1")
    now = datetime.now(UTC)
    with db.transaction() as session:
        row = HandoutPrint(
            printed_at=now,
            local_date=now.astimezone(db.tz).date(),
            actor=actor,
            procedure_code=procedure_code,
            personalised=personalised,
            copies=copies,
            visit_id=visit_id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="print",
            entity="handout",
            entity_id=row.id,
            after={"procedure": procedure_code, "copies": copies, "personalised": personalised},
        )


def handouts_printed(db: Database, first: date, last: date) -> int:
    """Sheets printed on the local days ``first`` to ``last``."""
    with db.reading() as session:
        total = session.scalar(
            select(func.coalesce(func.sum(HandoutPrint.copies), 0)).where(
                HandoutPrint.local_date >= first, HandoutPrint.local_date <= last
            )
        )
    return int(total or 0)
