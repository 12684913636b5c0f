"""digitization items, their moves and their reuse

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "digitization_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("document_name", sa.String(length=300), nullable=False),
        sa.Column("procedure_code", sa.String(length=32), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("owner_name", sa.String(length=120), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("flag_reason", sa.String(length=32), nullable=True),
        sa.Column("flag_note", sa.String(length=300), nullable=False),
        sa.Column("file_path", sa.String(length=1000), nullable=True),
        sa.Column("file_size", sa.BigInteger(), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_digitization_item_state", "digitization_item", ["state", "due_date"], unique=False
    )
    op.create_index(
        op.f("ix_digitization_item_visit_id"), "digitization_item", ["visit_id"], unique=False
    )
    op.create_table(
        "digitization_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=True),
        sa.Column("to_state", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["digitization_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_digitization_event_day", "digitization_event", ["local_date", "to_state"], unique=False
    )
    op.create_index(
        op.f("ix_digitization_event_item_id"), "digitization_event", ["item_id"], unique=False
    )
    op.create_table(
        "digitization_reuse",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("dossier_code", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["digitization_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_digitization_reuse_item_id"), "digitization_reuse", ["item_id"], unique=False
    )
    op.create_index(
        op.f("ix_digitization_reuse_local_date"), "digitization_reuse", ["local_date"], unique=False
    )


def downgrade() -> None:
    op.drop_table("digitization_reuse")
    op.drop_table("digitization_event")
    op.drop_table("digitization_item")
