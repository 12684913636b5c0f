"""The full-history name search: FTS5 and its LIKE fallback agree, pages, and the hot queries'
indexes (EXPLAIN QUERY PLAN), so a million visits stay fast (see docs/performance.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from models.db import Database
from models.demo import generate_demo
from models.entities import Visit
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visit_search import _like_page, query_words, search_visits
from models.visits import delete_visits, save_visit, update_visit

NOW = datetime(2026, 11, 23, 10, 0)
QUERIES = ("nguyen", "nguyen thi", "tran van", "lo", "dang h", "ha", "vi", "thi hoa", "xyz")


@pytest.fixture
def history(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr("models.demo.local_now", lambda _tz: NOW)
    generate_demo(db, days=40, seed=3, per_day_mean=30)
    return db


def all_pages(db: Database, query: str, *, limit: int = 37) -> list[str]:
    names, after = [], None
    while True:
        page = search_visits(db, query, after=after, limit=limit)
        names += [row.id for row in page.rows]
        if page.after is None:
            return names
        after = page.after


def like_ids(db: Database, query: str) -> set[str]:
    with db.reading() as session:
        page = _like_page(db, session, query_words(query), 0, 1_000_000)
    return {row.id for row in page.rows}


def save(db: Database, ref: ReferenceData, name: str) -> str:
    raw = VisitInput(
        occurred_at=NOW - timedelta(hours=1), citizen_name=name, assistance=["vneid"],
        outcome="helped",
    )  # fmt: skip
    clean, errors = validate_visit(raw, ref, NOW)
    assert clean is not None, errors
    return save_visit(db, clean, actor="test")


def test_the_fts_index_exists_on_sqlite(db: Database) -> None:
    with db.reading() as session:
        names = session.execute(text("SELECT name FROM sqlite_master")).scalars().all()
    assert "visit_name_fts" in names


@pytest.mark.parametrize("query", QUERIES)
def test_fts_and_the_like_fallback_find_the_same_visits(history: Database, query: str) -> None:
    found = all_pages(history, query)
    assert len(found) == len(set(found)), "a visit came twice across pages"
    assert set(found) == like_ids(history, query)
    if query != "xyz":
        assert found


def test_accents_case_and_d_are_ignored(db: Database, ref: ReferenceData) -> None:
    visit_id = save(db, ref, "Đặng Thị Hòa")
    for query in ("dang hoa", "ĐẶNG", "Hòa", "đ", "d t h"):
        assert [row.id for row in search_visits(db, query).rows] == [visit_id], query
    assert search_visits(db, "ang").rows == []  # a word's beginning, not any part of it
    assert search_visits(db, "  ").rows == []


def test_newest_recorded_first_and_deleted_visits_left_out(
    db: Database, ref: ReferenceData
) -> None:
    first = save(db, ref, "Lê Văn Tám")
    second = save(db, ref, "Lê Thị Tám")
    assert [row.id for row in search_visits(db, "le tam").rows] == [second, first]
    delete_visits(db, [second], actor="test")
    assert [row.id for row in search_visits(db, "le tam").rows] == [first]


def test_the_index_follows_a_changed_name(db: Database, ref: ReferenceData) -> None:
    visit_id = save(db, ref, "Phạm Văn Bình")
    raw = VisitInput(
        occurred_at=NOW - timedelta(hours=1), citizen_name="Phạm Văn Bính",
        assistance=["vneid"], outcome="helped",
    )  # fmt: skip
    clean, _errors = validate_visit(raw, ref, NOW)
    assert clean is not None
    update_visit(db, visit_id, clean, expected_version=1, actor="test")
    assert [row.citizen_name for row in search_visits(db, "pham binh").rows] == ["Phạm Văn Bính"]
    with db.transaction() as session:
        session.execute(
            text("UPDATE visit SET name_folded = 'erased:x' WHERE id = :id"), {"id": visit_id}
        )
    assert search_visits(db, "pham").rows == []
    assert search_visits(db, "erased").rows == []


# ------------------------------------------------- the hot queries use their index


def plan(db: Database, sql: str, **params: object) -> str:
    with db.reading() as session:
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {sql}"), params).all()
    return " | ".join(str(row[-1]) for row in rows)


def test_the_name_search_reads_the_fts_index(history: Database) -> None:
    found = plan(
        history,
        "SELECT visit.id FROM visit JOIN visit_name_fts ON visit_name_fts.rowid = visit.rowid "
        "WHERE visit_name_fts MATCH :q AND visit.deleted_at IS NULL "
        "ORDER BY visit_name_fts.rowid DESC LIMIT 100",
        q='"nguyen"*',
    )
    assert "VIRTUAL TABLE INDEX" in found and "SCAN visit " not in f"{found} "
    assert "USE TEMP B-TREE" not in found


def test_a_day_of_visits_reads_the_day_index(history: Database) -> None:
    found = plan(
        history,
        "SELECT id FROM visit WHERE local_date >= :d AND local_date <= :d AND deleted_at IS NULL",
        d=date(2026, 11, 20),
    )
    assert "USING INDEX ix_visit_day_live" in found


def test_the_last_saved_visit_reads_the_created_index(history: Database) -> None:
    found = plan(
        history,
        "SELECT id FROM visit WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 1",
    )
    assert "ix_visit_created" in found


def test_was_exported_reads_the_audit_index(history: Database) -> None:
    found = plan(
        history,
        "SELECT count(*) FROM audit_entry WHERE action = :a AND entity_id = :e",
        a="export-daily",
        e="2026-11-20",
    )
    assert "ix_audit_entry_action_entity" in found


def test_the_summary_of_a_day_reads_the_day_index(history: Database) -> None:
    found = plan(
        history,
        "SELECT visit_assistance.assistance_code FROM visit_assistance JOIN visit "
        "ON visit.id = visit_assistance.visit_id WHERE visit.local_date >= :d "
        "AND visit.local_date <= :d AND visit.deleted_at IS NULL",
        d=date(2026, 11, 20),
    )
    assert "USING INDEX ix_visit_day_live" in found
    assert "SCAN visit_assistance" not in found


def test_the_quick_templates_read_the_day_index_and_each_visits_assistance(
    history: Database,
) -> None:
    found = plan(
        history,
        "SELECT visit.procedure_code, (SELECT group_concat(visit_assistance.assistance_code, ',') "
        "FROM visit_assistance WHERE visit_assistance.visit_id = visit.id) AS kinds, "
        "visit.channel, count(*) FROM visit WHERE visit.local_date > :a "
        "AND visit.local_date <= :b AND visit.deleted_at IS NULL GROUP BY 1, 2, 3",
        a=date(2026, 10, 21),
        b=date(2026, 11, 20),
    )
    assert "USING INDEX ix_visit_day_live" in found
    assert "SCAN visit_assistance" not in found


def test_demo_rows_are_what_the_validated_path_stores(
    history: Database, ref: ReferenceData
) -> None:
    from models.visit_queries import load_for_edit

    with history.reading() as session:
        visits = session.query(Visit).all()
    assert len(visits) > 500
    for visit in visits:
        loaded = load_for_edit(history, visit.id)
        assert loaded is not None
        clean, errors = validate_visit(loaded[0], ref, NOW)
        assert clean is not None, errors
        assert (clean.citizen_name, clean.name_folded, clean.dedup_key) == (
            visit.citizen_name,
            visit.name_folded,
            visit.dedup_key,
        )
        assert clean.assistance == tuple(visit.assistance_codes)
