"""Alembic environment: always run from ``models.migrate`` with an open connection."""

from __future__ import annotations

from alembic import context

from models.entities import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters a table by copying it: batch mode does that for every ALTER.
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
