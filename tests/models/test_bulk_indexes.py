"""Bulk writes set the name index's trigger (and the demo the secondary indexes) aside: the
schema ends as it began, and every new visit is in the name search's FTS index."""

from __future__ import annotations

import random
import re
import unicodedata
import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from models.bulk_visits import insert_visits, name_index_after
from models.db import Database
from models.demo import generate_demo
from models.demo_writer import CONSTANT_COLUMNS, NULLABLE, VISIT_COLUMNS, RowMaker
from models.entities import Visit
from models.reference import ReferenceData
from models.text import clean
from models.visit_input import validate_visit
from tests.models.test_bulk_visits import NOW, visit_input


def schema(db: Database) -> set[tuple[str, str]]:
    with db.reading() as session:
        rows = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        ).all()
    return {(name, sql) for name, sql in rows}


def fts_rowids(db: Database) -> tuple[list[int], list[int]]:
    with db.reading() as session:
        indexed = session.scalars(
            text("SELECT rowid FROM visit_name_fts WHERE visit_name_fts MATCH 'nguyen*'")
        ).all()
        named = session.scalars(
            text("SELECT rowid FROM visit WHERE name_folded LIKE 'nguyen %'")
        ).all()
    return sorted(indexed), sorted(named)


def integrity(db: Database) -> None:
    with db.transaction() as session:
        session.execute(
            text("INSERT INTO visit_name_fts (visit_name_fts) VALUES ('integrity-check')")
        )


def test_demo_leaves_the_schema_as_it_was_and_indexes_every_name(db: Database) -> None:
    before = schema(db)
    generate_demo(db, days=20, seed=3)
    generate_demo(db, days=5, seed=4, allow_existing=True)  # rows after existing ones
    assert schema(db) == before
    indexed, named = fts_rowids(db)
    assert indexed and indexed == named
    integrity(db)


def test_bulk_insert_indexes_every_name_and_keeps_the_trigger(
    db: Database, ref: ReferenceData
) -> None:
    before = schema(db)
    save = validate_visit(visit_input("Nguyễn Văn Một"), ref, NOW)[0]
    assert save is not None
    with db.transaction() as session:
        insert_visits(session, db, [save], actor="clerk")  # through the trigger
    names = ["Nguyễn Thị Hai", "Nguyễn Văn Ba", "Trần Thị Bốn"]
    clean_visits = [validate_visit(visit_input(name), ref, NOW)[0] for name in names]
    with db.transaction() as session, name_index_after(db, session):
        insert_visits(session, db, [v for v in clean_visits if v is not None], actor="clerk")
    assert schema(db) == before
    indexed, named = fts_rowids(db)
    assert len(indexed) == 3 and indexed == named
    integrity(db)


def test_a_failed_bulk_insert_restores_the_trigger(db: Database, ref: ReferenceData) -> None:
    before = schema(db)
    clean_visit = validate_visit(visit_input("Nguyễn Văn Năm"), ref, NOW)[0]
    assert clean_visit is not None
    with pytest.raises(RuntimeError), db.transaction() as session, name_index_after(db, session):
        insert_visits(session, db, [clean_visit], actor="clerk")
        raise RuntimeError
    assert schema(db) == before
    assert fts_rowids(db) == ([], [])


_SPACES = re.compile(r"\s+")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_clean_collapses_space_as_the_regex_did(value: str) -> None:
    expected = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    assert clean(value) == expected


def test_demo_ids_are_version_7_uuids_of_their_visit_moment(db: Database) -> None:
    generate_demo(db, days=20, seed=3)
    with db.reading() as session:
        rows = session.execute(text("SELECT id, occurred_at FROM visit ORDER BY rowid")).all()
    assert len(rows) > 100
    stamps = []
    for visit_id, occurred_at in rows:
        parsed = uuid.UUID(visit_id)
        assert str(parsed) == visit_id
        assert (parsed.version, parsed.variant) == (7, uuid.RFC_4122)
        moment = datetime.fromisoformat(occurred_at).replace(tzinfo=UTC)
        assert parsed.int >> 80 == int(moment.timestamp()) * 1000
        stamps.append(parsed.int >> 80)
    assert stamps == sorted(stamps)  # appended at the end of the primary key's index


def test_demo_rows_store_null_and_flags_as_the_orm_does(db: Database) -> None:
    generate_demo(db, days=20, seed=3)
    optional = sorted(NULLABLE)
    with db.reading() as session:
        empty = [
            name
            for name in optional
            if session.scalar(text(f"SELECT count(*) FROM visit WHERE {name} = ''"))
        ]
        nulls = {
            name: session.scalar(text(f"SELECT count(*) FROM visit WHERE {name} IS NULL"))
            for name in ("phone", "id_hash", "id_last4", "procedure_code", "dossier_code")
        }
        flags = session.execute(
            text(
                "SELECT DISTINCT typeof(phone_consent), typeof(ethnic_minority), "
                "typeof(disability) FROM visit"
            )
        ).all()
        stamps = session.execute(
            text("SELECT DISTINCT version, created_at, updated_at FROM visit")
        ).all()
    assert empty == []
    assert all(nulls.values()), nulls
    assert len(stamps) == 1 and stamps[0][0] == 1 and stamps[0][1] == stamps[0][2]
    # As the column type binds a moment on SQLite.
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", stamps[0][1])
    assert flags == [("integer", "integer", "integer")]


def test_demo_rows_fill_every_column_but_deleted_at() -> None:
    written = (*VISIT_COLUMNS, *CONSTANT_COLUMNS)
    assert len(set(written)) == len(written)
    assert set(written) == {c.name for c in Visit.__table__.columns} - {"deleted_at"}


@pytest.mark.parametrize("tz_name", ["Asia/Ho_Chi_Minh", "Europe/Paris", "Australia/Sydney"])
def test_demo_moments_are_bound_as_the_column_type_binds_them(db: Database, tz_name: str) -> None:
    draw = random.Random(5)
    days = [date(2000, 1, 1) + timedelta(days=draw.randrange(36 * 365)) for _ in range(300)]
    days += [date(2026, 3, 29), date(2026, 10, 25), date(2026, 4, 5), date(2026, 10, 4)]
    db.tz = ZoneInfo(tz_name)
    with db.transaction() as session:
        maker = RowMaker(db, session, random.Random(1), "demo")
        assert maker.text_moments
        for day in days:
            seconds = sorted(draw.randrange(86_400) for _ in range(20))
            texts, millis = maker.moments(day, seconds)
            for s, bound, ms in zip(seconds, texts, millis, strict=True):
                local = datetime.combine(day, time.min) + timedelta(seconds=s)
                aware = local.replace(tzinfo=db.tz)
                assert bound == maker.moment(aware), (day, s)
                assert ms == int(aware.timestamp()) * 1000, (day, s)
