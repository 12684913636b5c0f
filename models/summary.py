"""Figures computed from visits, in one place, with the definitions of the desk-log issue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, select

from models.db import Database
from models.entities import Visit
from models.visit_input import ONLINE_CHANNELS


@dataclass(frozen=True)
class DayCounters:
    """The live counters of the desk log."""

    visits: int = 0
    online_submissions: int = 0
    not_completed: int = 0
    procedure_visits: int = 0

    @property
    def online_share(self) -> float | None:
        """Online submissions as a share of the visits that concerned a procedure.

        The same definition as :attr:`models.daily_summary.DailySummary.online_share`: a VNeID
        activation without a procedure cannot be filed online and does not lower the share.
        """
        return self.online_submissions / self.procedure_visits if self.procedure_visits else None


def day_counters(db: Database, day: date) -> DayCounters:
    """Visits, online submissions and visits not completed on one local day."""
    online = and_(Visit.outcome == "submitted", Visit.channel.in_(ONLINE_CHANNELS))
    query = select(
        func.count(),
        func.coalesce(func.sum(case((online, 1), else_=0)), 0),
        func.coalesce(func.sum(case((Visit.outcome == "not_completed", 1), else_=0)), 0),
        func.count(Visit.procedure_code),
    ).where(Visit.local_date == day, Visit.deleted_at.is_(None))
    with db.reading() as session:
        visits, submissions, not_completed, procedures = session.execute(query).one()
    return DayCounters(int(visits), int(submissions), int(not_completed), int(procedures))
