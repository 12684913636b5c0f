"""Printed handouts are logged, audited and counted in the daily summary."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.daily_summary import compute_summary
from models.db import Database
from models.entities import AuditEntry
from models.handout_log import handouts_printed, record_print
from models.reference import ReferenceData


def test_prints_count_their_copies_in_the_summary(db: Database, ref: ReferenceData) -> None:
    record_print(db, "1.001193", actor="desk", copies=3)
    record_print(db, "1.000894", actor="desk", personalised=True, visit_id="v1")
    today = db.local_now().date()
    assert handouts_printed(db, today, today) == 4
    assert compute_summary(db, ref, today, today).handouts_printed == 4
    with db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
    assert len(entries) == 2
    with pytest.raises(ValueError):
        record_print(db, "1.001193", actor="desk", copies=0)
