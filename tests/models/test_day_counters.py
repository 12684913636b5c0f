"""The desk log's live counters agree with the daily summary (one definition of the share)."""

from __future__ import annotations

from datetime import date, datetime

from models.daily_summary import compute_summary
from models.db import Database
from models.reference import ReferenceData
from models.summary import day_counters
from models.visit_input import VisitInput, validate_visit
from models.visits import save_visit

DAY = date(2026, 11, 23)


def save(db: Database, ref: ReferenceData, minute: int, **values: object) -> None:
    raw = VisitInput(
        occurred_at=datetime(2026, 11, 23, 8, minute), citizen_name="Mã Thị Hoa", **values
    )  # type: ignore[arg-type]
    clean, errors = validate_visit(raw, ref)
    assert clean is not None, errors
    save_visit(db, clean, actor="t")


def test_the_online_share_counts_procedure_visits_only(db: Database, ref: ReferenceData) -> None:
    save(
        db,
        ref,
        1,
        assistance=["file_on_behalf"],
        procedure_code="1.001193",
        channel="online_full",
        outcome="submitted",
        dossier_code="H1",
    )
    save(
        db,
        ref,
        2,
        assistance=["guided_self_filing"],
        procedure_code="2.000815",
        channel="in_person",
        outcome="submitted",
        dossier_code="H2",
    )
    save(db, ref, 3, assistance=["vneid"], outcome="helped")  # no procedure: not in the share
    counters = day_counters(db, DAY)
    assert (counters.visits, counters.online_submissions, counters.procedure_visits) == (3, 1, 2)
    assert counters.online_share == 0.5
    assert counters.online_share == compute_summary(db, ref, DAY, DAY).online_share
