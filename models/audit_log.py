"""Reading the audit trail (chair and admin): filters by day, person, action and what changed.

The trail itself is append-only (models.audit writes it inside each change's transaction); this
module only reads it, newest first, and never more than ``limit`` rows at a time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import distinct, select

from models.access import Actor, Permission, require
from models.db import Database
from models.entities import AuditEntry

ACTION_LABELS = {
    "create": "Tạo mới",
    "update": "Sửa",
    "edit": "Sửa",
    "delete": "Xóa",
    "lock": "Chốt ngày",
    "reopen": "Mở lại ngày",
    "import": "Nhập tệp",
    "export": "Xuất tệp",
    "export-daily": "Xuất báo cáo",
    "print": "In",
    "configure": "Cài đặt",
    "reset": "Khôi phục gốc",
    "password": "Đổi mật khẩu",
    "login": "Đăng nhập",
    "login-failed": "Đăng nhập sai",
    "restore": "Khôi phục dữ liệu",
}


@dataclass(frozen=True)
class AuditFilter:
    """What to show: local days ``first`` to ``last``, and optionally one person or action."""

    first: date
    last: date
    actor: str = ""
    action: str = ""
    limit: int = 2000


@dataclass(frozen=True)
class AuditRow:
    """One entry as shown: local time, who, action code, what, and the values as JSON text."""

    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str

    @property
    def action_label(self) -> str:
        """The action in Vietnamese (the code itself when it is new)."""
        return ACTION_LABELS.get(self.action, self.action)

    def details(self) -> str:
        """Before and after, readable: one ``key: value`` per line."""
        parts: list[str] = []
        for title, raw in (("Trước", self.before), ("Sau", self.after)):
            if not raw:
                continue
            parts.append(f"{title}:")
            try:
                data = json.loads(raw)
            except json.JSONDecodeError:
                parts.append(f"  {raw}")
                continue
            if isinstance(data, dict):
                parts.extend(f"  {key}: {value}" for key, value in data.items())
            else:
                parts.append(f"  {data}")
        return "\n".join(parts)


def audit_entries(db: Database, actor: Actor, wanted: AuditFilter) -> list[AuditRow]:
    """The entries matching ``wanted``, newest first (chair or admin)."""
    require(db, actor, Permission.REVIEW)
    start = datetime.combine(wanted.first, time.min, tzinfo=db.tz)
    end = datetime.combine(wanted.last + timedelta(days=1), time.min, tzinfo=db.tz)
    query = (
        select(AuditEntry)
        .where(AuditEntry.at >= start, AuditEntry.at < end)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(wanted.limit)
    )
    if wanted.actor:
        query = query.where(AuditEntry.actor == wanted.actor)
    if wanted.action:
        query = query.where(AuditEntry.action == wanted.action)
    with db.reading() as session:
        return [
            AuditRow(
                at=row.at.astimezone(db.tz),
                actor=row.actor,
                action=row.action,
                entity=row.entity,
                entity_id=row.entity_id,
                before=row.before or "",
                after=row.after or "",
            )
            for row in session.scalars(query)
        ]


def audit_actors(db: Database) -> list[str]:
    """Everyone the trail names, for the filter."""
    with db.reading() as session:
        return sorted(session.scalars(select(distinct(AuditEntry.actor))))
