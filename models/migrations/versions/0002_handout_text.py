"""a commune's own wording of the handout texts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handout_text",
        sa.Column("procedure_code", sa.String(length=32), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("procedure_code"),
    )


def downgrade() -> None:
    op.drop_table("handout_text")
