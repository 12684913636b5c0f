"""Retention: after the period the personal fields of old visits are gone, every figure stays."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from models.daily_summary import compute_summary
from models.db import Database
from models.entities import AuditEntry, Visit
from models.reference import ReferenceData
from models.retention import cutoff, erase_old_personal_data
from tests.models.test_daily_summary import DAY, NAMES, save_fixture_visits

# DAY is 20/11/2026: with 24 months kept, a run on 21/11/2028 erases it.
LATER = date(2028, 11, 21)


def test_personal_fields_go_and_the_figures_stay(db: Database, ref: ReferenceData) -> None:
    save_fixture_visits(db, ref)
    before = asdict(compute_summary(db, ref, DAY, DAY))
    assert erase_old_personal_data(db, LATER, actor="system", dry_run=True) > 0
    erased = erase_old_personal_data(db, LATER, actor="system")
    assert erased > 0
    assert asdict(compute_summary(db, ref, DAY, DAY)) == before  # citizens included
    with db.reading() as session:
        for visit in session.scalars(select(Visit).where(Visit.local_date <= DAY)):
            assert visit.citizen_name == "" and visit.phone is None and visit.id_hash is None
            assert visit.dossier_code is None and visit.note == "" and visit.reason_text == ""
            assert not any(name.lower() in visit.name_folded for name in NAMES)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "erase")).one()
        assert f'"visits": {erased}' in (entry.after or "")
    assert erase_old_personal_data(db, LATER, actor="system") == 0  # nothing left to erase


def test_visits_inside_the_period_are_untouched(db: Database, ref: ReferenceData) -> None:
    save_fixture_visits(db, ref)
    assert erase_old_personal_data(db, date(2028, 10, 1), actor="system") == 0
    with db.reading() as session:
        names = {v.citizen_name for v in session.scalars(select(Visit))}
    assert names & set(NAMES)


@given(st.dates(date(2000, 1, 1), date(2090, 12, 31)), st.integers(1, 120))
def test_the_cutoff_is_months_back_and_never_after_today(today: date, months: int) -> None:
    first_kept = cutoff(today, months)
    assert first_kept < today
    assert (today.year - first_kept.year) * 12 + today.month - first_kept.month == months


def test_months_must_be_positive(db: Database) -> None:
    with pytest.raises(ValueError):
        erase_old_personal_data(db, LATER, months=0, actor="system")
