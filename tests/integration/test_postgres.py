"""The same migrations and services on PostgreSQL (the local server; see conftest.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from models.db import Database
from models.migrate import current_revision, head_revision
from models.reference import load_reference
from models.summary import day_counters
from models.visit_input import VisitInput, validate_visit
from models.visit_queries import visits_on
from models.visits import VisitChanged, save_visit, update_visit

pytestmark = pytest.mark.postgres


def visit(**changes: object) -> VisitInput:
    values: dict[str, object] = {
        "occurred_at": datetime(2026, 11, 23, 0, 30),
        "citizen_name": "Hà Văn Sơn",
        "birth_year": 1955,
        "id_number": "019055001234",
        "procedure_code": "1.004222",
        "assistance": ["file_on_behalf"],
        "channel": "online_full",
        "outcome": "submitted",
        "dossier_code": "H1-0001",
    }
    values.update(changes)
    return VisitInput(**values)  # type: ignore[arg-type]


def test_migrations_seed_and_a_visit_round_trip(pg_db: Database) -> None:
    assert current_revision(pg_db.engine) == head_revision()
    ref = load_reference(pg_db)
    assert len(ref.procedures) >= 20
    clean, errors = validate_visit(visit(), ref)
    assert errors == [] and clean is not None
    save_visit(pg_db, clean, actor="test")
    # 00:30 in Hà Nội is the previous day in UTC: the visit still belongs to the local day.
    (row,) = visits_on(pg_db, date(2026, 11, 23))
    assert row.occurred_at == datetime(2026, 11, 23, 0, 30)
    assert row.id_masked == "********1234"
    assert day_counters(pg_db, date(2026, 11, 23)).online_submissions == 1


def test_a_stale_edit_is_refused(pg_db: Database) -> None:
    ref = load_reference(pg_db)
    clean, _ = validate_visit(visit(), ref)
    assert clean is not None
    visit_id = save_visit(pg_db, clean, actor="test")
    update_visit(pg_db, visit_id, clean, expected_version=1, actor="desk 1")
    with pytest.raises(VisitChanged):
        update_visit(pg_db, visit_id, clean, expected_version=1, actor="desk 2")


def test_digitization_moves_and_figures(pg_db: Database) -> None:
    from models.digitization import NewItem, create_items, move_items
    from models.digitization_figures import digitization_figures
    from models.digitization_workflow import WorkflowError

    ids = create_items(
        pg_db, [NewItem("result", "H1-0001", "Trích lục khai sinh", pages=2)] * 2, actor="thu"
    )
    move_items(pg_db, ids, actor="thu")
    with pytest.raises(WorkflowError):
        move_items(pg_db, ids, to_state="signed", actor="thu")
    today = pg_db.local_now().date()
    figures = digitization_figures(pg_db, today, today)
    assert (figures.documents_scanned, figures.pages_scanned, figures.results_digitized) == (
        2,
        4,
        2,
    )
    assert figures.backlog["scanned"] == 2
