"""The services several desks rely on, on both engines (the server part skips without one)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.day_lock import DayLocked, lock_day
from models.db import Database
from models.outbox import Outbox
from models.reference import load_reference
from models.summary import day_counters
from models.visit_input import validate_visit
from models.visit_queries import day_stamp, visits_on
from models.visits import VisitChanged, delete_visits, save_visit, update_visit
from tests.actors import chair
from tests.conftest import TEST_KEY
from tests.integration.test_postgres import visit

DAY = date(2026, 11, 23)


def test_save_edit_conflict_and_lock(engine_db: Database) -> None:
    ref = load_reference(engine_db)
    clean, _ = validate_visit(visit(), ref)
    assert clean is not None
    visit_id = save_visit(engine_db, clean, actor="desk 1")
    assert update_visit(engine_db, visit_id, clean, expected_version=1, actor="desk 2") == 2
    with pytest.raises(VisitChanged):
        update_visit(engine_db, visit_id, clean, expected_version=1, actor="desk 1")
    lock_day(engine_db, DAY, actor=chair())
    with pytest.raises(DayLocked):
        save_visit(engine_db, clean, actor="desk 1")
    assert day_counters(engine_db, DAY).visits == 1


def test_the_day_stamp_changes_with_every_kind_of_change(engine_db: Database) -> None:
    ref = load_reference(engine_db)
    clean, _ = validate_visit(visit(), ref)
    assert clean is not None
    stamps = [day_stamp(engine_db, DAY)]
    visit_id = save_visit(engine_db, clean, actor="desk 2")
    stamps.append(day_stamp(engine_db, DAY))
    update_visit(engine_db, visit_id, clean, expected_version=1, actor="desk 2")
    stamps.append(day_stamp(engine_db, DAY))
    delete_visits(engine_db, [visit_id], actor="desk 2")
    stamps.append(day_stamp(engine_db, DAY))
    lock_day(engine_db, DAY, actor=chair())
    stamps.append(day_stamp(engine_db, DAY))
    assert len(set(stamps)) == len(stamps)


def test_the_outbox_sends_once(engine_db: Database, tmp_path: Path) -> None:
    ref = load_reference(engine_db)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    clean, _ = validate_visit(visit(), ref)
    assert clean is not None
    visit_id = outbox.put(clean, TEST_KEY, actor="desk")
    assert outbox.send_all(engine_db).sent == [visit_id]
    assert [r.id for r in visits_on(engine_db, DAY)] == [visit_id]
    assert visits_on(engine_db, DAY)[0].id_masked.endswith("1234")
