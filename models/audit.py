"""The audit trail: every change is written in the same transaction as the change itself."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from models.entities import AuditEntry


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append an audit entry to ``session``; it commits or rolls back with the change."""
    session.add(
        AuditEntry(
            at=datetime.now(UTC),
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=None if before is None else json.dumps(before, ensure_ascii=False, default=str),
            after=None if after is None else json.dumps(after, ensure_ascii=False, default=str),
        )
    )
