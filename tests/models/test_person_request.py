"""A citizen's request: every visit of one person found by ID or by name and birth year, copied
out with their own data, erased without changing a figure; each step audited without details."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from sqlalchemy import select

from models.access import PermissionDenied
from models.daily_summary import compute_summary
from models.db import Database
from models.entities import AuditEntry, Visit
from models.person_request import (
    PersonQuery,
    PersonQueryError,
    erase_person,
    export_person,
    find_person,
)
from models.records_format import read_table
from models.reference import ReferenceData
from tests.actors import chair, clerk
from tests.models.test_daily_summary import DAY, ID_NUMBER, save_fixture_visits

BY_ID = PersonQuery(id_number=ID_NUMBER)
BY_NAME = PersonQuery(name="lò thị mỷ", birth_year=1990)


@pytest.fixture
def fixture_db(db: Database, ref: ReferenceData) -> Database:
    save_fixture_visits(db, ref)
    return db


def test_found_by_id_or_by_name_and_birth_year(fixture_db: Database) -> None:
    assert len(find_person(fixture_db, chair(), BY_ID)) == 2  # typed with and without accents
    assert len(find_person(fixture_db, chair(), BY_NAME)) == 2
    with pytest.raises(PersonQueryError):
        find_person(fixture_db, chair(), PersonQuery(name="Lò Thị Mỷ"))
    with pytest.raises(PersonQueryError):
        find_person(fixture_db, chair(), PersonQuery(id_number="123"))


def test_a_clerk_cannot_look_a_person_up(fixture_db: Database) -> None:
    with pytest.raises(PermissionDenied):
        find_person(fixture_db, clerk(), BY_ID)


def test_the_copy_holds_their_visits_with_their_own_data(
    fixture_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ban-sao.csv"
    assert export_person(fixture_db, chair(), BY_NAME, path) == 2
    names = {row.get("Họ và tên") for row in read_table(path).rows}
    assert names == {"Lò Thị Mỷ"}


def test_erasing_keeps_every_figure_and_audits_no_details(
    fixture_db: Database, ref: ReferenceData
) -> None:
    before = asdict(compute_summary(fixture_db, ref, DAY, DAY))
    assert erase_person(fixture_db, chair(), BY_ID) == 2
    assert asdict(compute_summary(fixture_db, ref, DAY, DAY)) == before
    assert find_person(fixture_db, chair(), BY_ID) == []
    with fixture_db.reading() as session:
        names = {v.citizen_name for v in session.scalars(select(Visit))}
        trail = " ".join(
            (row.after or "") for row in session.scalars(select(AuditEntry))
            if row.entity == "person"
        )  # fmt: skip
    assert "Hoàng Văn Khải" not in names and "Lò Thị Mỷ" in names
    assert ID_NUMBER not in trail and "Hoàng" not in trail
