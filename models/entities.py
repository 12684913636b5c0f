"""SQLAlchemy entities: the tables of a commune's database.

Reference data (catalog, code labels, villages) is seeded from resources/ and editable later.
A visit carries its citizen's fields itself: a citizen is recognised across visits by the keyed
hash of their ID number, else by folded name and birth year (see ``models.summary``).
"""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored as UTC and read back time-zone aware, on SQLite as on PostgreSQL.

    SQLite keeps no offset, so a naive value read back is UTC by this rule, never local time.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store moments with a time zone")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]


class Base(DeclarativeBase):
    """Declarative base of every table; Alembic's autogenerate compares against its metadata."""


# The version (7) and variant (10) bits of RFC 9562's time-ordered UUID.
_UUID7_SET = (0x7000 << 64) | (0x8000 << 48)
_UUID7_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))


def uuid7_text(unix_ms: int, random_bits: int) -> str:
    """The text of a version-7 UUID: 48 bits of milliseconds since 1970, then 74 random bits."""
    bits = ((unix_ms & 0xFFFF_FFFF_FFFF) << 80) | (random_bits & ((1 << 80) - 1))
    text = f"{(bits & _UUID7_CLEAR) | _UUID7_SET:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def new_id() -> str:
    """A client-made UUID, so several desks can create rows without asking the server first.

    Time-ordered (version 7): a new row's key lands at the end of the primary-key index instead of
    at a random page of it, which keeps inserts into a large table cheap on an old disk.
    """
    return uuid7_text(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big"))


class Setting(Base):
    """Commune-wide settings shared by every desk (profile, URL templates), as JSON text."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CodeLabel(Base):
    """The Vietnamese label of every stable code (assistance, channel, outcome, reason, sex)."""

    __tablename__ = "code_label"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(200))
    short_label: Mapped[str] = mapped_column(String(60), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Procedure(Base):
    """An administrative procedure of the catalog, keyed by its national code."""

    __tablename__ = "procedure"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300), index=True)
    field: Mapped[str] = mapped_column(String(100), default="")
    online_level: Mapped[str] = mapped_column(String(32), default="online_full")
    fee_note: Mapped[str] = mapped_column(String(300), default="")
    processing_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    portal_url: Mapped[str] = mapped_column(String(500), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Village(Base):
    """A village (thôn, bản) or residential group (tổ dân phố) of the commune."""

    __tablename__ = "village"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    name_folded: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VisitAssistance(Base):
    """One assistance type given during a visit."""

    __tablename__ = "visit_assistance"

    visit_id: Mapped[str] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True
    )
    assistance_code: Mapped[str] = mapped_column(String(64), primary_key=True)


class Visit(Base):
    """One recorded help session at the desk (lượt hỗ trợ)."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_day_live", "local_date", "deleted_at"),
        Index("ix_visit_dedup", "dedup_key"),
        Index("ix_visit_created", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=1)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # The commune's local calendar day of occurred_at: what "a day" means in every figure.
    local_date: Mapped[date] = mapped_column(Date)
    citizen_name: Mapped[str] = mapped_column(String(120))
    name_folded: Mapped[str] = mapped_column(String(120))
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sex: Mapped[str | None] = mapped_column(String(16), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(16), nullable=True)
    phone_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    id_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    id_last4: Mapped[str | None] = mapped_column(String(4), nullable=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"), nullable=True)
    ethnic_minority: Mapped[bool] = mapped_column(Boolean, default=False)
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    procedure_code: Mapped[str | None] = mapped_column(ForeignKey("procedure.code"), nullable=True)
    channel: Mapped[str | None] = mapped_column(String(32), nullable=True)
    outcome: Mapped[str] = mapped_column(String(32))
    dossier_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason_text: Mapped[str] = mapped_column(String(300), default="")
    clerk_name: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    service_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # SHA-256 of the natural key (time to the minute, folded name, birth year, procedure,
    # assistance types): lets an import recognise a visit it already holds without a second copy
    # of the name.
    dedup_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)

    assistance: Mapped[list[VisitAssistance]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by=VisitAssistance.assistance_code
    )
    village: Mapped[Village | None] = relationship(lazy="joined")
    procedure: Mapped[Procedure | None] = relationship(lazy="joined")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)

    @property
    def assistance_codes(self) -> list[str]:
        """The assistance codes of this visit, sorted."""
        return [row.assistance_code for row in self.assistance]


class AuditEntry(Base):
    """An append-only record of a change: who, when, what, and the values before and after."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_action_entity", "action", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)


class LockedDay(Base):
    """A local day whose figures were locked; reopening deletes the row (the audit keeps it)."""

    __tablename__ = "locked_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    locked_by: Mapped[str] = mapped_column(String(120))
    locked_at: Mapped[datetime] = mapped_column(UtcDateTime())
    note: Mapped[str] = mapped_column(String(500), default="")


class HandoutPrint(Base):
    """One print of a handout: counted as "handouts printed" in the daily summary."""

    __tablename__ = "handout_print"
    __table_args__ = (Index("ix_handout_print_day", "local_date"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    local_date: Mapped[date] = mapped_column(Date)
    actor: Mapped[str] = mapped_column(String(120))
    procedure_code: Mapped[str] = mapped_column(String(32))
    personalised: Mapped[bool] = mapped_column(Boolean, default=False)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class HandoutTextEdit(Base):
    """A commune's own wording of one procedure's handout, used instead of the bundled file.

    ``content`` is the JSON of the handout file format (models.handout_texts); deleting the row
    goes back to the bundled text (the audit keeps both versions).
    """

    __tablename__ = "handout_text"

    procedure_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    content: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(String(120))


class User(Base):
    """A person who signs in: a clerk, a chair or an admin. Never deleted (the audit names them);
    a person who leaves is made inactive."""

    __tablename__ = "app_user"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)  # folded: one spelling
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)


class DigitizationItem(Base):
    """A paper to digitize (hồ sơ/tài liệu số hóa): a dossier component, a result, a register
    volume or another document, followed from reception to return or archive.

    ``owner_name`` is personal data: erased with the visits by the retention and a person's request.
    """

    __tablename__ = "digitization_item"
    __table_args__ = (Index("ix_digitization_item_state", "state", "due_date"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(32))
    reference: Mapped[str] = mapped_column(String(200))
    document_name: Mapped[str] = mapped_column(String(300))
    procedure_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    pages: Mapped[int] = mapped_column(Integer)
    owner_name: Mapped[str] = mapped_column(String(120), default="")
    received_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16))
    flag_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    flag_note: Mapped[str] = mapped_column(String(300), default="")
    file_path: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    file_size: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    file_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)


class DigitizationEvent(Base):
    """One move of a digitization item (its creation included: ``from_state`` is then null)."""

    __tablename__ = "digitization_event"
    __table_args__ = (Index("ix_digitization_event_day", "local_date", "to_state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[str] = mapped_column(
        ForeignKey("digitization_item.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_state: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    local_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str] = mapped_column(String(300), default="")


class DigitizationReuse(Base):
    """A digitized document reused in a later dossier (counted as "components reused")."""

    __tablename__ = "digitization_reuse"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    item_id: Mapped[str] = mapped_column(
        ForeignKey("digitization_item.id", ondelete="CASCADE"), index=True
    )
    dossier_code: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    local_date: Mapped[date] = mapped_column(Date, index=True)
    actor: Mapped[str] = mapped_column(String(120))
