"""The same migrations and services on PostgreSQL (the local server; see conftest.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

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


def test_demo_bulk_rows_and_the_name_search_fallback(
    pg_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from models.demo import generate_demo
    from models.records_import import export_records, import_records
    from models.text import fold
    from models.visit_search import search_visits

    monkeypatch.setattr("models.demo.local_now", lambda _tz: datetime(2026, 11, 23, 10, 0))
    summary = generate_demo(pg_db, days=10, seed=4, per_day_mean=25)
    rows = [row for day in range(13, 24) for row in visits_on(pg_db, date(2026, 11, day))]
    assert len(rows) == summary.visits > 50
    assert all(row.assistance and 7 <= row.occurred_at.hour <= 17 for row in rows)
    page = search_visits(pg_db, "nguyen", limit=10)  # no FTS5 here: the LIKE fallback
    assert len(page.rows) == 10 and page.after == 10
    assert all("nguyen" in fold(row.citizen_name).split() for row in page.rows)
    # The bulk import writes through the same rows: export, wipe nothing, re-import adds nothing.
    out = tmp_path / "visits.csv"
    export_records(pg_db, date(2026, 11, 1), date(2026, 11, 30), out, True, actor="test")
    report = import_records(pg_db, out, actor="test", now=datetime(2026, 11, 23, 12, 0))
    assert (report.added, report.duplicates) == (0, summary.visits)
