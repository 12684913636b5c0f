"""The setup wizard's village list: added, switched off (never deleted), audited, admin only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.access import PermissionDenied
from models.db import Database
from models.entities import AuditEntry, Village
from models.reference import add_village, load_reference, save_village_list
from tests.actors import admin, clerk


def test_the_list_becomes_the_active_villages_and_old_ones_stay_for_old_visits(
    db: Database,
) -> None:
    add_village(db, "Thôn Cũ", actor="desk")
    names = [v.name for v in save_village_list(db, ["Thôn Mới", " thôn mới ", ""], actor=admin())]
    assert names == ["Thôn Mới"]
    with db.reading() as session:
        old = session.scalar(select(Village).where(Village.name == "Thôn Cũ"))
        assert old is not None and not old.active
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "village")).all()
    assert {e.action for e in entries} == {"create", "edit"}
    # Named again, the old village is switched back on, not duplicated.
    save_village_list(db, ["THÔN CŨ", "Thôn Mới"], actor=admin())
    assert [v.name for v in load_reference(db).villages] == ["Thôn Cũ", "Thôn Mới"]


def test_a_clerk_cannot_change_the_list(db: Database) -> None:
    with pytest.raises(PermissionDenied):
        save_village_list(db, ["Thôn A"], actor=clerk())
