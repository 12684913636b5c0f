"""Drawing a demo's citizens and visits from one random stream, so a seed gives the same demo.

The benchmarks ask for a million visits, so what repeats is made once. A commune's adults are a
finite pool (:data:`~models.demo_tables.DEMO_POPULATION`), each drawn once as a :class:`Person`;
the help given (procedure, channel, outcome, reason, assistance) takes a few hundred forms, each
one shared :class:`Help`. The writer works out the columns of each person and each form once.
A day's moments, people, kinds of visit and clerks are drawn in batches (``random.choices`` with
``k=``), service times from a precomputed table of the log-normal's quantiles.

Every visit drawn here is one :func:`models.visit_input.validate_visit` accepts unchanged: the
tests validate every stored demo visit.
"""

from __future__ import annotations

import math
import random
from bisect import bisect
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from itertools import accumulate
from statistics import NormalDist
from typing import Any, NamedTuple

from models.demo_tables import (
    AFTERNOON,
    AGE_BANDS,
    CLERKS,
    DEMO_POPULATION,
    DEMO_UNIT_CODE,
    FAMILY_NAMES,
    FILING_REASONS,
    GIVEN_NAMES,
    MIDDLE_NAMES,
    MINORITY_FAMILY_NAMES,
    MOBILE_PREFIXES,
    MORNING,
    OTHER_HELP_NOTES,
    OTHER_REASON_TEXTS,
    PAID_PROCEDURES,
    PROCEDURES,
    SCENARIOS,
    SERVICE_SECONDS,
    VILLAGES,
    VNEID_REASONS,
    WEEKDAY_FACTORS,
    is_working_day,
)
from models.reference import ReferenceData
from models.validation import PROVINCE_CODES

ONLINE_LEVELS = frozenset({"online_full", "online_partial"})
# Lookups concern one of the dossiers filed here lately.
RECENT_DOSSIERS = 300
SERVICE_STEPS = 1024


def _seconds(clock: tuple[time, time]) -> tuple[int, int]:
    """(start, length) in seconds since midnight of an office session."""
    start, end = clock
    first = start.hour * 3600 + start.minute * 60
    return first, end.hour * 3600 + end.minute * 60 - first


MORNING_START, MORNING_LENGTH = _seconds(MORNING)
AFTERNOON_START, AFTERNOON_LENGTH = _seconds(AFTERNOON)


@dataclass(frozen=True, eq=False)
class Person:
    """A citizen of the demo's commune, drawn once and met again on later visits."""

    name: str
    sex: str
    birth_year: int
    village: str
    ethnic_minority: bool
    disability: bool
    id_number: str
    phone: str


@dataclass(frozen=True, eq=False)
class Help:
    """What was done for a visitor, as stored (empty text for none): one object per form."""

    procedure_code: str
    channel: str
    outcome: str
    reason_code: str
    reason_text: str
    note: str
    assistance: tuple[str, ...]  # sorted, no repeats: as the validated path stores them


class DemoVisit(NamedTuple):
    """One visit of a day: its moment in seconds since the local midnight."""

    seconds: int
    person: Person
    help: Help
    clerk_name: str
    service_seconds: int
    dossier_code: str


class _Weighted:
    """A weighted table drawn with one ``random()`` and a bisection (weights added up once)."""

    def __init__(self, rows: Sequence[tuple[Any, ...]], weight_at: int = 1) -> None:
        self.rows = list(rows)
        self.cumulative = list(accumulate(float(row[weight_at]) for row in rows))
        self.total = self.cumulative[-1]
        self.last = len(self.rows) - 1

    def row(self, rng: random.Random) -> tuple[Any, ...]:
        return self.rows[bisect(self.cumulative, rng.random() * self.total, 0, self.last)]

    def code(self, rng: random.Random) -> str:
        return str(self.row(rng)[0])

    def firsts(self, rng: random.Random, count: int) -> list[Any]:
        """The first fields of ``count`` rows drawn (``random.choices`` with ``k=``)."""
        rows = rng.choices(self.rows, cum_weights=self.cumulative, k=count)
        return [row[0] for row in rows]


@dataclass(frozen=True)
class _Kind:
    """A kind of visit: its chance of not completing and its service times' quantiles."""

    name: str
    fail_rate: float
    service: tuple[int, ...]


def _service_quantiles(median: float, spread: float) -> tuple[int, ...]:
    """The log-normal's quantiles at the middle of ``SERVICE_STEPS`` equal steps, in seconds."""
    normal = NormalDist(math.log(median), spread)
    return tuple(
        min(5400, max(30, round(math.exp(normal.inv_cdf((n + 0.5) / SERVICE_STEPS)))))
        for n in range(SERVICE_STEPS)
    )


KINDS = tuple(
    (_Kind(name, fail, _service_quantiles(*SERVICE_SECONDS[name])), weight)
    for name, weight, fail in SCENARIOS
)
_FAMILY = _Weighted(FAMILY_NAMES)
_AGES = _Weighted(AGE_BANDS, 2)
_VILLAGES = _Weighted(VILLAGES)
_CLERKS = _Weighted(CLERKS)
_KINDS = _Weighted(KINDS)
_FILING_REASONS = _Weighted(FILING_REASONS)
_VNEID_REASONS = _Weighted(VNEID_REASONS)
_PROVINCES = sorted(PROVINCE_CODES)


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson count (normal approximation for large means, where exp(-mean) underflows)."""
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def demo_id_number(rng: random.Random, sex: str, birth_year: int) -> str:
    """A valid-looking random ID number: province, century and sex, year, six random digits."""
    province = rng.choice(_PROVINCES)
    century_sex = 2 * (birth_year // 100 - 19) + (1 if sex == "female" else 0)
    serial = rng.randrange(1_000_000)
    return f"{province}{century_sex}{birth_year % 100:02d}{serial:06d}"


class DemoDraw:
    """Draws a demo's days, visit by visit, from ``rng``."""

    def __init__(self, rng: random.Random, ref: ReferenceData, per_day_mean: float) -> None:
        self.rng = rng
        self.per_day_mean = per_day_mean
        self.people: list[Person] = []
        self.dossiers: deque[tuple[str, str]] = deque(maxlen=RECENT_DOSSIERS)
        self.helps: dict[tuple[object, ...], Help] = {}
        known = {p.code for p in ref.procedures}
        procedures = [(code, w) for code, w in PROCEDURES if code in known]
        paid = [(code, w) for code, w in procedures if code in PAID_PROCEDURES]
        self.procedures = _Weighted(procedures) if procedures else None
        self.paid = _Weighted(paid) if paid else None
        self.levels = {p.code: p.online_level for p in ref.procedures}

    def day(self, day: date, until: int | None = None) -> list[DemoVisit]:
        """The visits of one day in time order, none later than ``until`` seconds (if given).

        None on Sundays and holidays. A dossier filed today is looked up on later days only.
        """
        if not is_working_day(day):
            return []
        rng = self.rng
        draw = rng.random
        count = poisson(rng, self.per_day_mean * WEEKDAY_FACTORS[day.weekday()])
        saturday = day.weekday() == 5
        moments = sorted(
            MORNING_START + int(draw() * MORNING_LENGTH)
            if saturday or draw() < 0.6
            else AFTERNOON_START + int(draw() * AFTERNOON_LENGTH)
            for _ in range(count)
        )
        if until is not None:
            moments = moments[: bisect(moments, until)]
        count = len(moments)
        people = self._people(count, day.year)
        kinds: list[_Kind] = _KINDS.firsts(rng, count)
        clerks: list[str] = _CLERKS.firsts(rng, count)
        visits = []
        filed = []
        number = 0
        prefix = f"{DEMO_UNIT_CODE}-{day:%y%m%d}-"
        for seconds, person, kind, clerk in zip(moments, people, kinds, clerks, strict=True):
            help, dossier = self._help(kind, person, day.year)
            if help.outcome == "submitted":
                # Citizens filing from home take numbers too: the desk's are not consecutive.
                number += 1 + int(draw() * 3)
                dossier = f"{prefix}{number:04d}"
                filed.append((help.procedure_code, dossier))
            service = kind.service[int(draw() * SERVICE_STEPS)]
            visits.append(DemoVisit(seconds, person, help, clerk, service, dossier))
        self.dossiers.extend(filed)
        return visits

    def _people(self, count: int, year: int) -> list[Person]:
        if len(self.people) >= DEMO_POPULATION:  # everyone has come: only returns
            return self.rng.choices(self.people, k=count)
        return [self._person(year) for _ in range(count)]

    def _person(self, year: int) -> Person:
        rng = self.rng
        if self.people and (len(self.people) >= DEMO_POPULATION or rng.random() < 0.15):
            return rng.choice(self.people)  # a citizen coming back
        youngest, oldest, _ = _AGES.row(rng)
        birth_year = year - rng.randint(youngest, oldest)
        village, _, minority_share = _VILLAGES.row(rng)
        minority = rng.random() < minority_share
        sex = "female" if rng.random() < 0.52 else "male"
        family = (
            rng.choice(MINORITY_FAMILY_NAMES)
            if minority and rng.random() < 0.6
            else _FAMILY.code(rng)
        )
        middles = MIDDLE_NAMES[sex]
        traditional = rng.random() < (0.75 if birth_year < 1975 else 0.35)
        middle = middles[0] if traditional else rng.choice(middles[1:])
        person = Person(
            name=f"{family} {middle} {rng.choice(GIVEN_NAMES[sex])}",
            sex=sex,
            birth_year=birth_year,
            village=village,
            ethnic_minority=minority,
            disability=rng.random() < (0.09 if birth_year < year - 65 else 0.03),
            id_number=demo_id_number(rng, sex, birth_year) if rng.random() < 0.25 else "",
            phone=(
                rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"
                if rng.random() < 0.3
                else ""
            ),
        )
        self.people.append(person)
        return person

    def _help(self, kind: _Kind, person: Person, year: int) -> tuple[Help, str]:
        """What was done for this visitor, and the dossier concerned (a lookup's)."""
        rng = self.rng
        draw = rng.random
        procedure = channel = dossier = note = ""
        outcome = "helped"
        assistance: tuple[str, ...]
        name = kind.name
        if name == "filing" and self.procedures is not None:
            procedure, channel, assistance = self._filing(self.procedures, person, year)
            outcome = "submitted"
        elif name == "vneid":
            assistance = ("vneid", "portal_login") if draw() < 0.3 else ("vneid",)
        elif name == "lookup":
            assistance = ("status_lookup",)
            if self.dossiers and draw() < 0.7:  # about a dossier filed here earlier
                procedure, dossier = rng.choice(self.dossiers)
            elif draw() < 0.5 and self.procedures is not None:
                procedure = self.procedures.code(rng)
        elif name == "payment" and self.paid is not None:
            assistance = ("online_payment",)
            procedure = self.paid.code(rng)
        elif name == "login":
            assistance = ("portal_login",)
        elif name == "other":
            assistance = ("other",)
            note = rng.choice(OTHER_HELP_NOTES)
        else:
            assistance = ("digitize",)
        reason = reason_text = ""
        if draw() < kind.fail_rate:
            outcome, channel, dossier = "not_completed", "", ""
            reason = (_VNEID_REASONS if name == "vneid" else _FILING_REASONS).code(rng)
            if reason == "other":
                reason_text = rng.choice(OTHER_REASON_TEXTS)
            if reason == "payment_failed" and "online_payment" not in assistance:
                assistance = (*assistance, "online_payment")
        key = (procedure, channel, outcome, reason, reason_text, note, assistance)
        shared = self.helps.get(key)
        if shared is None:
            shared = self.helps[key] = Help(*key[:6], tuple(sorted(set(assistance))))
        return shared, dossier

    def _filing(
        self, procedures: _Weighted, person: Person, year: int
    ) -> tuple[str, str, tuple[str, ...]]:
        draw = self.rng.random
        code = procedures.code(self.rng)
        level = self.levels.get(code, "in_person")
        if level not in ONLINE_LEVELS or draw() < 0.08:
            # Certification and a few others are filed at the counter; the desk scans the papers.
            return code, "in_person", ("digitize",)
        young = person.birth_year > year - 40
        main = "guided_self_filing" if draw() < (0.55 if young else 0.2) else "file_on_behalf"
        assistance = [main]
        if draw() < 0.4:
            assistance.append("portal_login")
        if draw() < 0.3:
            assistance.append("digitize")
        if code in PAID_PROCEDURES and draw() < 0.7:
            assistance.append("online_payment")
        return code, level, tuple(assistance)
