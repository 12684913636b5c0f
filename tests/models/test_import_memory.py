"""What imports remember: stored once, audited as what was learnt, a damaged value ignored."""

from __future__ import annotations

import json

from sqlalchemy import select

from models.db import Database
from models.entities import AuditEntry, Setting
from models.import_mapping import ImportMapping
from models.import_memory import MEMORY_KEY, load_memory, remember

ANSWERS = ImportMapping(procedures={"Khai sinh cho con": "1.001193"})


def audits(db: Database) -> list[dict[str, object]]:
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "import_memory").order_by(AuditEntry.id)
        )
        return [json.loads(row.after or "{}") for row in rows]


def test_an_alias_is_stored_folded_and_learnt_once(db: Database) -> None:
    with db.transaction() as session:
        assert remember(session, actor="nhap", layout="abc", columns={"Người đến": "Họ và tên"},
                        answers=ANSWERS)  # fmt: skip
    with db.transaction() as session:
        assert not remember(session, actor="nhap", answers=ANSWERS)  # nothing new: no write
    memory = load_memory(db)
    assert memory.aliases.procedures == {"khai sinh cho con": "1.001193"}
    assert memory.mapping_for("abc") == ImportMapping(columns={"Người đến": "Họ và tên"})
    assert memory.mapping_for("other") is None
    assert audits(db) == [
        {"layouts": {"abc": {"Người đến": "Họ và tên"}},
         "procedures": {"khai sinh cho con": "1.001193"}},
    ]  # fmt: skip


def test_a_damaged_memory_costs_a_question_never_an_import(db: Database) -> None:
    with db.transaction() as session:
        session.merge(Setting(key=MEMORY_KEY, value="{not json"))
    assert load_memory(db).aliases == ImportMapping()
    with db.transaction() as session:
        session.merge(Setting(key=MEMORY_KEY, value='{"layouts": [1], "procedures": {"a": 5}}'))
    memory = load_memory(db)
    assert memory.layouts == {} and memory.aliases.procedures == {}
    with db.transaction() as session:
        assert remember(session, actor="nhap", answers=ANSWERS)
    assert load_memory(db).aliases.procedure_for("KHAI SINH CHO CON") == "1.001193"
