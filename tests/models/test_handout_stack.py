"""The handout stack: the commune's most visited procedures first, then the catalog."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from models.db import Database
from models.entities import Procedure
from models.handout_stack import common_procedures
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visits import delete_visits, save_visit

TODAY = date(2026, 11, 23)
NOW = datetime.combine(TODAY, time(16, 0))

BIRTH = "1.001193"  # Đăng ký khai sinh
DEATH = "1.000656"  # Đăng ký khai tử
MARRIAGE = "1.000894"  # Đăng ký kết hôn
RESIDENCE = "1.004222"  # Đăng ký thường trú
TEMPORARY = "1.004194"  # Đăng ký tạm trú


def visit(db: Database, ref: ReferenceData, code: str, day: date, *, hour: int = 9) -> str:
    """Save one live visit about ``code`` on the local ``day``; return its id."""
    clean, errors = validate_visit(
        VisitInput(
            occurred_at=datetime.combine(day, time(hour, 0)),
            citizen_name="Nguyễn Thị Lan",
            assistance=["guided_self_filing"],
            procedure_code=code,
            outcome="helped",
        ),
        ref,
        NOW,
    )
    assert clean is not None, errors
    return save_visit(db, clean, actor="test")


def catalog(db: Database) -> list[str]:
    with db.reading() as session:
        rows = session.query(Procedure.code).filter(Procedure.active).order_by(Procedure.code)
        return [code for (code,) in rows]


def test_the_most_visited_come_first_then_the_catalog_fills_the_list(
    db: Database, ref: ReferenceData
) -> None:
    for _ in range(3):
        visit(db, ref, MARRIAGE, TODAY)
    visit(db, ref, RESIDENCE, TODAY - timedelta(days=10))
    visit(db, ref, TEMPORARY, TODAY - timedelta(days=20))
    visit(db, ref, BIRTH, TODAY - timedelta(days=1))
    visit(db, ref, BIRTH, TODAY - timedelta(days=89))  # the oldest day of the 90
    codes = common_procedures(db, TODAY, limit=7)
    # A tie (one visit each) keeps the catalog order: 1.004194 before 1.004222.
    assert codes[:4] == [MARRIAGE, BIRTH, TEMPORARY, RESIDENCE]
    rest = [code for code in catalog(db) if code not in codes[:4]]
    assert codes[4:] == rest[:3]
    assert len(codes) == len(set(codes)) == 7


def test_deleted_visits_and_visits_outside_the_days_do_not_count(
    db: Database, ref: ReferenceData
) -> None:
    for hour in (8, 9):
        visit(db, ref, RESIDENCE, TODAY, hour=hour)
    deleted = [visit(db, ref, TEMPORARY, TODAY, hour=h) for h in (10, 11, 12)]
    delete_visits(db, deleted, actor="test")
    for hour in (8, 9, 10):
        visit(db, ref, DEATH, TODAY - timedelta(days=90), hour=hour)  # a day before the window
    visit(db, ref, MARRIAGE, TODAY - timedelta(days=30))
    assert common_procedures(db, TODAY, limit=2) == [RESIDENCE, MARRIAGE]
    assert TEMPORARY not in common_procedures(db, TODAY, limit=4)
    # Looking back from yesterday, today's visits are after the window.
    assert common_procedures(db, TODAY - timedelta(days=1), days=60, limit=1) == [MARRIAGE]
    assert common_procedures(db, TODAY, days=91, limit=1) == [DEATH]


def test_inactive_procedures_are_never_listed(db: Database, ref: ReferenceData) -> None:
    for _ in range(2):
        visit(db, ref, DEATH, TODAY)
    visit(db, ref, BIRTH, TODAY)
    with db.transaction() as session:
        procedure = session.get(Procedure, DEATH)
        assert procedure is not None
        procedure.active = False
    codes = common_procedures(db, TODAY, limit=50)
    assert codes[0] == BIRTH
    assert DEATH not in codes
    assert sorted(codes) == sorted(catalog(db))


def test_without_visits_the_catalog_order_and_the_limit(db: Database) -> None:
    assert common_procedures(db, TODAY) == catalog(db)[:10]
    assert common_procedures(db, TODAY, limit=3) == catalog(db)[:3]
    assert common_procedures(db, TODAY, limit=0) == []
