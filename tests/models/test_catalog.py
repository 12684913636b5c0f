"""The administrator's catalog: procedures and villages edited, checked, audited, never deleted."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from models.access import PermissionDenied
from models.catalog import (
    CatalogError,
    ProcedureEntry,
    checked,
    procedures,
    save_procedure,
    save_village,
    villages,
)
from models.db import Database
from models.entities import AuditEntry
from models.reference import load_reference
from tests.actors import admin, clerk

BIRTH = "1.001193"


def audit_of(db: Database, entity: str) -> list[tuple[str, str]]:
    with db.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.entity == entity))
        return [(row.action, row.entity_id) for row in rows]


def birth(db: Database) -> ProcedureEntry:
    return next(p for p in procedures(db) if p.code == BIRTH)


def test_an_edited_procedure_is_what_the_desk_sees(db: Database) -> None:
    url = "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=khai+sinh"
    changed = replace(birth(db), online_level="online_partial", processing_days=3, portal_url=url)

    assert save_procedure(db, changed, actor=admin(), new=False)

    assert birth(db).portal_url == url
    assert load_reference(db).procedure(BIRTH).online_level == "online_partial"  # type: ignore[union-attr]
    assert audit_of(db, "procedure") == [("edit", BIRTH)]


def test_saving_the_same_values_changes_nothing(db: Database) -> None:
    assert not save_procedure(db, birth(db), actor=admin(), new=False)
    assert audit_of(db, "procedure") == []


def test_a_province_procedure_is_added_and_found_without_accents(db: Database) -> None:
    entry = ProcedureEntry(code="2.001234", name="  Đăng ký  biến động đất đai ", field="Đất đai")

    assert save_procedure(db, entry, actor=admin(), new=True)

    found = load_reference(db).search_procedures("bien dong dat")
    assert [p.code for p in found] == ["2.001234"]
    assert found[0].name == "Đăng ký biến động đất đai"
    assert audit_of(db, "procedure") == [("create", "2.001234")]


def test_a_switched_off_procedure_leaves_the_desk_list_but_stays_in_the_catalog(
    db: Database,
) -> None:
    save_procedure(db, replace(birth(db), active=False), actor=admin(), new=False)

    assert load_reference(db).procedure(BIRTH) is None
    assert not birth(db).active


def test_a_code_is_never_added_twice_nor_edited_when_missing(db: Database) -> None:
    with pytest.raises(CatalogError, match="đã có"):
        save_procedure(db, birth(db), actor=admin(), new=True)
    with pytest.raises(CatalogError, match="Không có"):
        save_procedure(db, ProcedureEntry("9.999999", "Thủ tục"), actor=admin(), new=False)


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"name": "  "}, "tên thủ tục"),
        ({"code": "1 001"}, "Mã thủ tục"),
        ({"online_level": "fax"}, "Mức độ"),
        ({"processing_days": 400}, "Thời hạn"),
        ({"portal_url": "dichvucong.gov.vn"}, "https://"),
    ],
)
def test_a_wrong_value_says_what_to_correct(
    db: Database, changes: dict[str, object], says: str
) -> None:
    with pytest.raises(CatalogError, match=says):
        save_procedure(db, replace(birth(db), **changes), actor=admin(), new=False)  # type: ignore[arg-type]


def test_only_the_administrator_edits_the_catalog(db: Database) -> None:
    with pytest.raises(PermissionDenied):
        save_procedure(db, replace(birth(db), fee_note="x"), actor=clerk(), new=False)
    with pytest.raises(PermissionDenied):
        save_village(db, None, "Thôn Mới", actor=clerk())


@given(st.text(max_size=40))
def test_checked_either_cleans_or_refuses_with_a_message(code: str) -> None:
    entry = ProcedureEntry(code=code, name="Thủ tục")
    try:
        result = checked(entry)
    except CatalogError as error:
        assert str(error)
    else:
        assert result.code == result.code.strip() and result.code


def test_villages_are_added_renamed_and_switched_off_with_their_visits_kept(db: Database) -> None:
    added = save_village(db, None, "Bản Phìn Hồ", actor=admin())
    renamed = save_village(db, added.id, "Bản Phìn Hồ Thầu", active=False, actor=admin())

    assert renamed.id == added.id
    listed = {v.name: v for v in villages(db)}
    assert not listed["Bản Phìn Hồ Thầu"].active
    assert "Bản Phìn Hồ Thầu" not in [v.name for v in load_reference(db).villages]
    assert audit_of(db, "village") == [("create", str(added.id)), ("edit", str(added.id))]


def test_two_villages_never_share_a_name_whatever_the_accents(db: Database) -> None:
    save_village(db, None, "Thôn Đông", actor=admin())
    with pytest.raises(CatalogError, match="Đã có"):
        save_village(db, None, "thon dong", actor=admin())
