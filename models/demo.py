"""Synthetic visits for trying the app and for benchmarks (``demo --days N``).

The visits look like a commune desk's: Vietnamese names with their real frequencies, many elderly
citizens, a few villages, procedures at realistic frequencies, office hours, some visits not
completed. Only some citizens get an ID number, generated valid but random. A commune's adults
are finite (:data:`models.demo_tables.DEMO_POPULATION`): years of history bring the same people
back.

Every generated visit is one :func:`models.visit_input.validate_visit` accepts unchanged (the
tests validate every stored demo visit); they are written in bulk by :mod:`models.demo_writer`,
one transaction for the run, because the benchmarks need a million of them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from models.db import Database
from models.demo_draw import DemoDraw, DemoVisit
from models.demo_writer import write_demo_visits
from models.entities import Visit
from models.reference import load_reference

DEFAULT_PER_DAY_MEAN = 20.0
MAX_DAYS = 3660


class DemoRefused(Exception):
    """The demo would mix synthetic visits into a database that already holds visits."""

    message = (
        "Cơ sở dữ liệu này đã có lượt hỗ trợ. Dữ liệu mẫu sẽ lẫn vào số liệu thật: hãy dùng một "
        "cơ sở dữ liệu riêng (--db), hoặc thêm --append nếu thật sự muốn thêm vào."
    )


@dataclass(frozen=True)
class DemoSummary:
    """What a demo run added."""

    seed: int
    first_day: date
    last_day: date
    days_with_visits: int
    visits: int
    submitted: int
    online_submissions: int
    not_completed: int


def local_now(tz: ZoneInfo) -> datetime:
    """The commune's local time now, naive (what visits are dated in); tests replace it."""
    return datetime.now(tz).replace(tzinfo=None, microsecond=0)


def generate_demo(
    db: Database,
    *,
    days: int,
    seed: int | None = None,
    per_day_mean: float = DEFAULT_PER_DAY_MEAN,
    actor: str = "demo",
    allow_existing: bool = False,
) -> DemoSummary:
    """Add synthetic visits for the ``days`` local days ending today; return what was added.

    The visits are drawn day by day (:mod:`models.demo_draw`) and written in bulk in one transaction
    (:mod:`models.demo_writer`), so a failed run adds nothing. Without ``allow_existing`` a
    database that already holds visits is refused (:class:`DemoRefused`), so that demo figures
    never end up in a real report. The same ``seed`` gives the same visits (for the same "now":
    visits later than now today are left out).
    """
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be 1..{MAX_DAYS}")
    if not allow_existing:
        with db.reading() as session:
            if session.scalar(select(Visit.id).limit(1)) is not None:
                raise DemoRefused()
    if seed is None:
        seed = random.SystemRandom().randrange(1, 1_000_000)
    now = local_now(db.tz)
    draw = DemoDraw(random.Random(seed), load_reference(db), per_day_mean)
    first = now.date() - timedelta(days=days - 1)
    now_seconds = now.hour * 3600 + now.minute * 60 + now.second

    def planned() -> Iterator[tuple[date, list[DemoVisit]]]:
        for offset in range(days):
            day = first + timedelta(days=offset)
            yield day, draw.day(day, until=now_seconds if day == now.date() else None)

    counts = write_demo_visits(db, planned(), seed=seed, actor=actor, first=first, last=now.date())
    return DemoSummary(
        seed=seed,
        first_day=first,
        last_day=now.date(),
        days_with_visits=len(counts.days),
        visits=counts.visits,
        submitted=counts.submitted,
        online_submissions=counts.online_submissions,
        not_completed=counts.not_completed,
    )
