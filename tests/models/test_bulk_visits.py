"""Visits added with plain inserts (save, import) are stored and audited as the ORM does."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from models.bulk_visits import _VISIT_COLUMNS, insert_visits
from models.db import Database
from models.entities import AuditEntry, Visit
from models.reference import ReferenceData
from models.visit_input import VisitInput, validate_visit
from models.visits import add_visit, save_visit, snapshot

NOW = datetime(2026, 11, 23, 10, 0)


def visit_input(name: str) -> VisitInput:
    return VisitInput(
        occurred_at=datetime(2026, 11, 20, 8, 15),
        citizen_name=name,
        birth_year=1961,
        sex="female",
        phone="0912345678",
        phone_consent=True,
        id_number="001161012345",
        village="Thôn Đồng Tâm",
        procedure_code="1.001193",
        assistance=["portal_login", "file_on_behalf"],
        channel="online_full",
        outcome="submitted",
        dossier_code="H12.34-261120-0001",
        clerk_name="Lê Thị Hoa",
        note="Ghi chú",
        service_seconds=600,
    )


def test_bulk_rows_and_audit_match_the_single_save(db: Database, ref: ReferenceData) -> None:
    one, _ = validate_visit(visit_input("Nguyễn Thị Hoa"), ref, NOW)
    many, _ = validate_visit(visit_input("Nguyễn Thị Hòa"), ref, NOW)
    assert one is not None and many is not None
    with db.transaction() as session:  # the ORM's one-at-a-time path
        single_id = add_visit(session, db, one, actor="clerk").id
    many_id = save_visit(db, many, actor="clerk")  # plain inserts, as the import's
    with db.transaction() as session:
        assert len(insert_visits(session, db, [many], actor="clerk")) == 1
    with db.reading() as session:
        single = session.scalars(select(Visit).where(Visit.id == single_id)).one()
        bulk = session.scalars(select(Visit).where(Visit.id == many_id)).one()
        audits = {
            a.entity_id: a for a in session.scalars(select(AuditEntry)) if a.entity == "visit"
        }
        columns = [c.key for c in Visit.__table__.columns]
        differ = {c for c in columns if getattr(single, c) != getattr(bulk, c)}
        # "Hòa" and "Hoa" fold alike: the folded name and the natural key are the same.
        assert differ == {"id", "citizen_name", "created_at", "updated_at"}
        for visit in (single, bulk):
            entry = audits[visit.id]
            assert (entry.actor, entry.action, entry.before) == ("clerk", "create", None)
            assert json.loads(entry.after or "") == json.loads(
                json.dumps(snapshot(visit), ensure_ascii=False, default=str)
            )


def test_the_row_builder_fills_every_column_of_a_new_visit_in_order() -> None:
    # VisitRows.visit builds its tuples in this order; a column added to Visit must be added there.
    table_columns = [c.name for c in Visit.__table__.columns if c.name != "deleted_at"]
    assert table_columns == _VISIT_COLUMNS
