"""Several desks on one PostgreSQL database: simultaneous saves, conflicts, locks."""

from __future__ import annotations

import multiprocessing
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from models.day_lock import DayLocked, lock_day, reopen_day
from models.db import Database
from models.entities import CodeLabel, Village, Visit
from models.opening import open_database
from models.reference import load_reference
from models.summary import day_counters
from models.visit_input import validate_visit
from models.visits import VisitChanged, save_visit, update_visit
from tests.actors import chair
from tests.conftest import TEST_KEY
from tests.integration.test_postgres import visit

pytestmark = pytest.mark.postgres
DESKS = 4
VISITS_EACH = 25
DAY = date(2026, 11, 23)


def desk_saves(url: str, desk: int, count: int, start: object) -> list[str]:
    """One desk's process: its own engine, ``count`` visits saved as fast as it can."""
    db = open_database(url, hasher=TEST_KEY)
    ref = load_reference(db)
    start.wait()  # type: ignore[attr-defined]
    ids = []
    for n in range(count):
        # Every desk meets the same new village at once: only one row may come of it.
        raw = visit(
            occurred_at=datetime(2026, 11, 23, 8 + desk, n % 60),
            citizen_name=f"Người Dân {desk} {n}",
            dossier_code=f"H{desk}-{n:04d}",
            village="Thôn Đồng Tâm" if n == 0 else "",
        )
        clean, errors = validate_visit(raw, ref)
        assert clean is not None, errors
        ids.append(save_visit(db, clean, actor=f"desk {desk}"))
    db.dispose()
    return ids


def _run_desk(args: tuple[str, int, int, object]) -> list[str]:
    return desk_saves(*args)


def test_desks_saving_at_once_lose_and_duplicate_nothing(pg_db: Database) -> None:
    url = pg_db.engine.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(DESKS)
        with context.Pool(DESKS) as pool:
            results = pool.map(_run_desk, [(url, d, VISITS_EACH, start) for d in range(DESKS)])
    ids = [visit_id for desk_ids in results for visit_id in desk_ids]
    assert len(ids) == len(set(ids)) == DESKS * VISITS_EACH
    with pg_db.reading() as session:
        stored = session.scalars(select(Visit.id)).all()
        villages = session.scalar(
            select(func.count()).select_from(Village).where(Village.name == "Thôn Đồng Tâm")
        )
    assert sorted(stored) == sorted(ids)
    assert villages == 1
    assert day_counters(pg_db, DAY).visits == DESKS * VISITS_EACH


@pytest.fixture
def second_desk(pg_db: Database) -> Database:
    """Another desk: its own engine on the same database."""
    url = pg_db.engine.url.render_as_string(hide_password=False)
    other = open_database(url, hasher=TEST_KEY)
    yield other  # type: ignore[misc]
    other.dispose()


def test_an_edit_made_at_another_desk_is_never_overwritten(
    pg_db: Database, second_desk: Database
) -> None:
    ref = load_reference(pg_db)
    clean, _ = validate_visit(visit(), ref)
    assert clean is not None
    visit_id = save_visit(pg_db, clean, actor="desk 1")
    theirs, _ = validate_visit(visit(note="sửa ở bàn 2"), ref)
    mine, _ = validate_visit(visit(note="sửa ở bàn 1"), ref)
    assert theirs is not None and mine is not None
    assert update_visit(second_desk, visit_id, theirs, expected_version=1, actor="desk 2") == 2
    with pytest.raises(VisitChanged):
        update_visit(pg_db, visit_id, mine, expected_version=1, actor="desk 1")
    with pg_db.reading() as session:
        stored = session.get(Visit, visit_id)
        assert stored is not None and stored.note == "sửa ở bàn 2" and stored.version == 2


def test_a_day_locked_at_one_desk_is_locked_at_all(pg_db: Database, second_desk: Database) -> None:
    ref = load_reference(pg_db)
    clean, _ = validate_visit(visit(), ref)
    assert clean is not None
    visit_id = save_visit(second_desk, clean, actor="desk 2")
    lock_day(pg_db, DAY, actor=chair())
    with pytest.raises(DayLocked):
        save_visit(second_desk, clean, actor="desk 2")
    with pytest.raises(DayLocked):
        update_visit(second_desk, visit_id, clean, expected_version=1, actor="desk 2")
    reopen_day(second_desk, DAY, actor=chair(), reason="bổ sung")
    save_visit(pg_db, clean, actor="desk 1")
    assert day_counters(second_desk, DAY).visits == 2


def desk_opens(url: str, start: object) -> int:
    start.wait()  # type: ignore[attr-defined]
    db = open_database(url, hasher=TEST_KEY)
    with db.reading() as session:
        labels = int(session.scalar(select(func.count()).select_from(CodeLabel)) or 0)
    db.dispose()
    return labels


def _open_desk(args: tuple[str, object]) -> int:
    return desk_opens(*args)


def test_desks_starting_together_on_a_new_server_set_it_up_once(pg_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(3)
        with context.Pool(3) as pool:
            labels = pool.map(_open_desk, [(pg_url, start)] * 3)
    assert len(set(labels)) == 1 and labels[0] > 10
