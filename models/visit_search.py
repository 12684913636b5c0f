"""Searching the whole history of visits by name, accents and case ignored, a page at a time.

Meaning: every word typed must begin a word of the citizen's name, accents, đ and case ignored
("nguyen hoa" finds "Nguyễn Thị Hòa" and "Nguyễn Văn Hoàng"; "guyen" finds nothing). Unlike the
day's list, which matches any part of its few hundred rows, the history holds a million visits:
only a word-prefix match can use an index. Newest recorded first.

On SQLite the FTS5 index of migration 0005 answers; on PostgreSQL (or a SQLite without FTS5) the
same meaning is asked with ``LIKE`` (tests/models/test_visit_search.py checks both agree).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, column, literal_column, or_, select, table, text
from sqlalchemy.orm import Session

from models.db import Database
from models.entities import Visit
from models.retention import ERASED_PREFIX
from models.text import fold
from models.visit_queries import VisitRow, visit_row

FTS_TABLE = "visit_name_fts"
PAGE_ROWS = 100
_WORD = re.compile(r"[0-9a-z]+")
_fts = table(FTS_TABLE, column("rowid"))
_visit_rowid: ColumnElement[int] = literal_column("visit.rowid")


@dataclass(frozen=True)
class SearchPage:
    """One page of results; ``after`` asks for the next one (``None``: this was the last)."""

    rows: list[VisitRow]
    after: int | None


def query_words(text_: str) -> list[str]:
    """The words of a query as the index holds them: folded, letters and digits only."""
    return _WORD.findall(fold(text_))


def is_search_index(name: str | None) -> bool:
    """True for the FTS table and its shadow tables (not declared entities: Alembic skips them)."""
    return bool(name) and str(name).startswith(FTS_TABLE)


def has_name_index(session: Session) -> bool:
    """True when this database has the FTS5 name index (SQLite with FTS5 only)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).first()
    return found is not None


def _like_condition(words: list[str]) -> ColumnElement[bool]:
    # A word starts the name or follows a space: the same words FTS5's tokenizer sees in a name
    # made of letters and spaces, which is what a folded name is.
    return and_(
        *(
            or_(Visit.name_folded.like(f"{word}%"), Visit.name_folded.like(f"% {word}%"))
            for word in words
        )
    )


def search_visits(
    db: Database, query: str, *, after: int | None = None, limit: int = PAGE_ROWS
) -> SearchPage:
    """The live visits whose name matches ``query`` (see the module), newest recorded first.

    ``after`` is the ``SearchPage.after`` of the previous page. An empty query finds nothing.
    """
    words = query_words(query)
    if not words:
        return SearchPage([], None)
    with db.reading() as session:
        if has_name_index(session):
            return _fts_page(db, session, words, after, limit)
        return _like_page(db, session, words, after or 0, limit)


def _live() -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return Visit.deleted_at.is_(None), Visit.name_folded.not_like(f"{ERASED_PREFIX}%")


def _fts_page(
    db: Database, session: Session, words: list[str], after: int | None, limit: int
) -> SearchPage:
    match = " ".join(f'"{word}"*' for word in words)
    query = (
        select(Visit, _fts.c.rowid)
        .join(_fts, _fts.c.rowid == _visit_rowid)
        .where(literal_column(FTS_TABLE).op("MATCH")(match), *_live())
        .order_by(_fts.c.rowid.desc())
        .limit(limit)
    )
    if after is not None:
        query = query.where(_fts.c.rowid < after)
    found = session.execute(query).unique().all()
    rows = [visit_row(db, visit) for visit, _rowid in found]
    return SearchPage(rows, int(found[-1][1]) if len(found) == limit else None)


def _like_page(
    db: Database, session: Session, words: list[str], offset: int, limit: int
) -> SearchPage:
    query = (
        select(Visit)
        .where(_like_condition(words), *_live())
        .order_by(Visit.created_at.desc(), Visit.id.desc())
        .offset(offset)
        .limit(limit)
    )
    visits = list(session.scalars(query).unique())
    rows = [visit_row(db, visit) for visit in visits]
    return SearchPage(rows, offset + limit if len(visits) == limit else None)
