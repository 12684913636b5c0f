"""What imports remember for next time: column mappings per header layout, and aliases.

A clerk who told the import once that "Nội dung công việc" is the assistance column, that "Cấp
lại app VNeID" is the assistance type ``vneid_install``, or that "Khai sinh cho con" is procedure
1.001193 is not asked again. Kept in the ``app_setting`` table (one JSON value), shared by the
commune's desks, written in the import's own transaction so a dry run or a cancelled import
remembers nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from models import audit
from models.db import Database
from models.entities import Setting
from models.import_mapping import LABEL_KINDS, ImportMapping, key_of

MEMORY_KEY = "import_memory"


@dataclass
class ImportMemory:
    """Column mappings by :func:`models.import_mapping.layout_key`, and the confirmed aliases."""

    layouts: dict[str, dict[str, str | None]] = field(default_factory=dict)
    aliases: ImportMapping = field(default_factory=ImportMapping)

    def mapping_for(self, layout: str) -> ImportMapping | None:
        """The column mapping used last for this layout, if any."""
        columns = self.layouts.get(layout)
        return ImportMapping(columns=dict(columns)) if columns else None


def _parse(text: str) -> ImportMemory:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError:
        return ImportMemory()  # a damaged memory costs a question, never an import
    if not isinstance(data, dict):
        return ImportMemory()

    def table(value: object) -> dict[str, Any]:
        return value if isinstance(value, dict) else {}

    layouts = {
        k: {h: (c if isinstance(c, str) else None) for h, c in table(v).items()}
        for k, v in table(data.get("layouts")).items()
    }
    procedures = {k: v for k, v in table(data.get("procedures")).items() if isinstance(v, str)}
    labels = {
        kind: {k: v for k, v in table(data.get(kind)).items() if isinstance(v, str)}
        for kind in LABEL_KINDS
    }
    return ImportMemory(layouts, ImportMapping(procedures=procedures, labels=labels))


def read_memory(session: Session) -> ImportMemory:
    """The memory as stored (empty before the first import that taught it anything)."""
    row = session.get(Setting, MEMORY_KEY)
    return _parse(row.value) if row is not None else ImportMemory()


def load_memory(db: Database) -> ImportMemory:
    """The memory, read in a session of its own."""
    with db.reading() as session:
        return read_memory(session)


def remember(
    session: Session,
    *,
    actor: str,
    layout: str | None = None,
    columns: dict[str, str | None] | None = None,
    answers: ImportMapping | None = None,
) -> bool:
    """Add a layout's column mapping and confirmed aliases to the memory; audited.

    Aliases are stored by :func:`key_of`, so "Khai sinh cho con" and "KHAI SINH CHO CON" are one.
    Returns whether anything changed (nothing is written then).
    """
    memory = read_memory(session)
    before = _dump(memory)
    if layout and columns:
        memory.layouts[layout] = dict(columns)
    if answers is not None:
        for name, code in answers.procedures.items():
            memory.aliases.procedures[key_of(name)] = code
        for kind, entries in answers.labels.items():
            target = memory.aliases.labels.setdefault(kind, {})
            for label, code in entries.items():
                target[key_of(label)] = code
    after = _dump(memory)
    if after == before:
        return False
    session.merge(Setting(key=MEMORY_KEY, value=json.dumps(after, ensure_ascii=False)))
    # What was learnt (header names, procedure names, labels): no personal data.
    learnt = {
        section: {k: v for k, v in entries.items() if before.get(section, {}).get(k) != v}
        for section, entries in after.items()
    }
    audit.record(
        session,
        actor=actor,
        action="configure",
        entity="import_memory",
        after={section: entries for section, entries in learnt.items() if entries},
    )
    return True


def _dump(memory: ImportMemory) -> dict[str, Any]:
    data: dict[str, Any] = {
        "layouts": memory.layouts,
        "procedures": memory.aliases.procedures,
    }
    for kind in LABEL_KINDS:
        data[kind] = memory.aliases.labels.get(kind, {})
    copy: dict[str, Any] = json.loads(json.dumps(data))  # before and after compare as values
    return copy
