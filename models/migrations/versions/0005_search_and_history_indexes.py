"""full-history name search (FTS5 on SQLite) and indexes for the hot queries

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:00:00

The name search over years of visits cannot use an index with ``LIKE '%x%'``. On SQLite an
FTS5 index over ``visit.name_folded`` (the app's own folding: no diacritics, đ as d, so the
tokenizer's remove_diacritics, which keeps đ, is not relied on) answers word-prefix queries in
milliseconds; triggers keep it in step with every insert, update and delete. It is keyed by the
visit's rowid: a later migration that rebuilds the ``visit`` table (batch mode copies it) must
drop and recreate the triggers and run the FTS ``rebuild`` command, as this one does. SQLite
builds without FTS5 and PostgreSQL get no FTS table; ``models.visit_search`` then uses its
``LIKE`` fallback with the same word-prefix meaning.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FTS_SQL = (
    # prefix: every word typed is a prefix, and a prefix of 1 to 7 letters (a Vietnamese syllable
    # has at most 7) is then one list to read, not the merge of every word it begins.
    "CREATE VIRTUAL TABLE visit_name_fts USING fts5(name_folded, content='visit', "
    "content_rowid='rowid', prefix='1 2 3 4 5 6 7', detail='none', columnsize=0)",
    "CREATE TRIGGER visit_name_fts_ai AFTER INSERT ON visit BEGIN "
    "INSERT INTO visit_name_fts(rowid, name_folded) VALUES (new.rowid, new.name_folded); END",
    "CREATE TRIGGER visit_name_fts_ad AFTER DELETE ON visit BEGIN "
    "INSERT INTO visit_name_fts(visit_name_fts, rowid, name_folded) "
    "VALUES ('delete', old.rowid, old.name_folded); END",
    "CREATE TRIGGER visit_name_fts_au AFTER UPDATE OF name_folded ON visit BEGIN "
    "INSERT INTO visit_name_fts(visit_name_fts, rowid, name_folded) "
    "VALUES ('delete', old.rowid, old.name_folded); "
    "INSERT INTO visit_name_fts(rowid, name_folded) VALUES (new.rowid, new.name_folded); END",
    "INSERT INTO visit_name_fts(visit_name_fts) VALUES ('rebuild')",
)


def _has_fts5(bind: sa.engine.Connection) -> bool:
    options = {str(row[0]) for row in bind.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        # The list of recent entries and the history search read newest recorded first.
        batch_op.create_index("ix_visit_created", ["created_at"], unique=False)
    with op.batch_alter_table("audit_entry") as batch_op:
        # "Was this day exported?" at every start and after every export.
        batch_op.create_index("ix_audit_entry_action_entity", ["action", "entity_id"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and _has_fts5(bind):
        for statement in FTS_SQL:
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("visit_name_fts_ai", "visit_name_fts_ad", "visit_name_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS visit_name_fts")
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.drop_index("ix_audit_entry_action_entity")
    with op.batch_alter_table("visit") as batch_op:
        batch_op.drop_index("ix_visit_created")
