"""Bulk writes set the name index's trigger (and the demo the secondary indexes) aside: the
schema ends as it began, and every new visit is in the name search's FTS index."""

from __future__ import annotations

import random
import re
import unicodedata
import uuid
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from models.bulk_visits import insert_visits, name_index_after
from models.db import Database
from models.demo import generate_demo
from models.demo_writer import _RowMaker, _uuid4
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


@given(st.integers(min_value=0, max_value=2**128 - 1))
def test_demo_ids_are_the_uuids_the_uuid_module_makes(bits: int) -> None:
    assert _uuid4(bits) == str(uuid.UUID(int=bits, version=4))


def test_demo_moments_are_bound_as_the_column_type_binds_them(db: Database) -> None:
    draw = random.Random(5)
    moments = [
        datetime(2000, 1, 1) + timedelta(seconds=draw.randrange(36 * 365 * 86_400))
        for _ in range(2_000)
    ]
    with db.transaction() as session:
        maker = _RowMaker(db, session, random.Random(1), "demo")
        assert maker.text_moments
        for local in moments:
            assert maker._utc(local) == maker.moment(local.replace(tzinfo=db.tz)), local
