"""Which handouts to keep in a stack at the desk: the commune's most common procedures.

The batch print (views.batch_print_dialog) ticks these first; the clerk can change the choice.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from models.db import Database
from models.entities import Procedure, Visit


def common_procedures(db: Database, today: date, *, days: int = 90, limit: int = 10) -> list[str]:
    """Up to ``limit`` codes of active catalog procedures, the most visited first.

    Counts the live (not deleted) visits of the last ``days`` local days up to ``today``; ties
    and the procedures added to fill the list up to ``limit`` follow the catalog order (by code,
    as the catalog is listed everywhere). Inactive procedures are never returned.
    """
    if limit < 1:
        return []
    uses = func.count(Visit.id).label("uses")
    ranked = (
        select(Visit.procedure_code, uses)
        .join(Procedure, Procedure.code == Visit.procedure_code)
        .where(Visit.local_date > today - timedelta(days=days), Visit.local_date <= today)
        .where(Visit.deleted_at.is_(None), Procedure.active)
        .group_by(Visit.procedure_code)
        .order_by(uses.desc(), Visit.procedure_code)
        .limit(limit)
    )
    with db.reading() as session:
        codes = [code for code, _uses in session.execute(ranked) if code]
        if len(codes) < limit:
            others = session.scalars(
                select(Procedure.code)
                .where(Procedure.active, Procedure.code.not_in(codes))
                .order_by(Procedure.code)
                .limit(limit - len(codes))
            )
            codes.extend(others)
    return codes
