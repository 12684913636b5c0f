"""Alembic environment: always run from ``models.migrate`` with an open connection."""

from __future__ import annotations

from alembic import context

from models.entities import Base
from models.visit_search import is_search_index

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters a table by copying it: batch mode does that for every ALTER.
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
    # The FTS5 name index is raw SQL of migration 0005, not an entity: autogenerate leaves it be.
    include_name=lambda name, kind, _parent: not (kind == "table" and is_search_index(name)),
)
with context.begin_transaction():
    context.run_migrations()
