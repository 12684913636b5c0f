"""Synthetic visits for trying the app and for benchmarks (``demo --days N``).

The visits look like a commune desk's: Vietnamese names with their real frequencies, many elderly
citizens, a few villages, procedures at realistic frequencies, office hours, some visits not
completed. Only some citizens get an ID number, generated valid but random. A commune's adults
are finite (:data:`DEMO_POPULATION`): years of history bring the same people back.

Every generated visit is one :func:`models.visit_input.validate_visit` accepts unchanged (the
tests validate every stored demo visit); they are written in bulk by :mod:`models.demo_writer`,
one transaction for the run, because the benchmarks need a million of them.
"""

from __future__ import annotations

import math
import random
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from models.db import Database
from models.demo_writer import write_demo_visits
from models.entities import Visit
from models.reference import ReferenceData, load_reference
from models.validation import PROVINCE_CODES
from models.visit_input import VisitInput

DEFAULT_PER_DAY_MEAN = 20.0
MAX_DAYS = 3660
DEMO_UNIT_CODE = "H12.34"
# The adults of a merged commune who ever come to the desk: once all have come, every visit is a
# return (years of history then reuse people, as a real commune's do, and cost less to draw).
DEMO_POPULATION = 20_000

# (name, weight): the usual published shares of Vietnamese family names, in percent.
FAMILY_NAMES = (
    ("Nguyễn", 38.4), ("Trần", 12.1), ("Lê", 9.5), ("Phạm", 7.0), ("Hoàng", 3.0),
    ("Huỳnh", 2.1), ("Phan", 4.5), ("Vũ", 2.2), ("Võ", 1.7), ("Đặng", 2.1), ("Bùi", 2.0),
    ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5),
)  # fmt: skip
# Family names common among ethnic minorities of the northern uplands (Tày, Thái, Nùng, Mông).
MINORITY_FAMILY_NAMES = ("Lò", "Lường", "Hà", "Vi", "Nông", "Lục", "Triệu", "Sầm", "Giàng", "Vàng")
# The traditional middle names Văn (men) and Thị (women) dominate among older people.
MIDDLE_NAMES = {
    "male": ("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Đình", "Thanh", "Trọng"),
    "female": ("Thị", "Ngọc", "Thu", "Thanh", "Phương", "Hồng", "Kim", "Minh", "Mai", "Bích"),
}
GIVEN_NAMES = {
    "male": (
        "Hùng Dũng Tuấn Nam Hải Long Sơn Thắng Bình Cường Phong Khánh Tâm Hiếu Trung Quân Lâm "
        "Huy Đạt Phúc Thành Toàn Vinh Khoa Tùng Hòa Lợi Chiến Hưng"
    ).split(),
    "female": (
        "Lan Hoa Hương Mai Hạnh Thảo Linh Trang Hằng Nhung Thu Yến Loan Phương Ngân Huyền Vân "
        "Dung Hiền Nga Liên Hồng Oanh Thủy Tuyết Xuân Anh Chi Quyên Hà"
    ).split(),
}
# (village, weight, share of ethnic-minority residents): about 15% of visitors overall.
VILLAGES = (
    ("Thôn Đồng Tâm", 16, 0.03), ("Thôn Tân Lập", 15, 0.03), ("Thôn Hòa Bình", 13, 0.05),
    ("Thôn Trung Tâm", 12, 0.02), ("Tổ dân phố 1", 14, 0.02), ("Tổ dân phố 2", 12, 0.02),
    ("Bản Nà Ngòi", 9, 0.85), ("Bản Phiêng Lơi", 9, 0.8),
)  # fmt: skip
CLERKS = (("Nguyễn Thị Hà", 45), ("Trần Văn Nam", 35), ("Lò Thị Mai", 20))
# (national code, weight): birth and residence registration and certification come first.
PROCEDURES = (
    ("1.001193", 14), ("3.000722", 8), ("1.004222", 12), ("1.004194", 9), ("2.000815", 11),
    ("2.000884", 5), ("1.004873", 9), ("1.000656", 3), ("2.002913", 2), ("1.000894", 4),
    ("2.000635", 5), ("1.010038", 3), ("1.001776", 4), ("1.001731", 1), ("1.001699", 1),
    ("1.004884", 1), ("1.004859", 2), ("2.000908", 1), ("1.004837", 0.5), ("1.001612", 2),
)  # fmt: skip
# Procedures with a fee or a charge: paid online when filed online.
PAID_PROCEDURES = frozenset(
    "1.004222 1.004194 1.010038 2.000635 1.004873 2.000815 2.000884 1.001612".split()
)
# (kind of visit, weight, chance of not completing it).
SCENARIOS = (
    ("filing", 55, 0.13), ("vneid", 20, 0.12), ("lookup", 12, 0.02), ("digitize", 5, 0.02),
    ("payment", 4, 0.05), ("login", 2, 0.05), ("other", 2, 0.0),
)  # fmt: skip
FILING_REASONS = (
    ("vneid_not_activated", 25), ("missing_papers", 25), ("otp_not_received", 10),
    ("portal_error", 12), ("network_down", 8), ("payment_failed", 8), ("citizen_declined", 7),
    ("other", 5),
)  # fmt: skip
VNEID_REASONS = (("otp_not_received", 40), ("network_down", 20), ("other", 40))
OTHER_REASON_TEXTS = (
    "Chưa mang thẻ căn cước gắn chip",
    "Điện thoại không có NFC, không quét được thẻ",
    "Người dân cần hỏi ý kiến gia đình",
    "Giấy tờ bị mờ, không đọc được",
)
OTHER_HELP_NOTES = (
    "Hướng dẫn cài ứng dụng VssID",
    "Hướng dẫn tra cứu thông tin bảo hiểm y tế",
    "Hỏi thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất",
)
MOBILE_PREFIXES = (
    "032 033 034 035 036 037 038 039 070 076 077 078 079 081 082 083 084 085 086 088 089 "
    "090 091 093 094 096 097 098"
).split()
# (youngest, oldest, weight): desks see many elderly citizens.
AGE_BANDS = ((18, 29, 20), (30, 44, 25), (45, 59, 20), (60, 74, 25), (75, 92, 10))
# Office hours (local time): Monday to Friday both sessions, Saturday mornings only.
MORNING = (time(7, 30), time(11, 30))
AFTERNOON = (time(13, 30), time(17, 0))
WEEKDAY_FACTORS = (1.2, 1.0, 1.0, 0.95, 0.9, 0.25, 0.0)
SOLAR_HOLIDAYS = frozenset({(1, 1), (30, 4), (1, 5), (2, 9)})  # (day, month); Tết not modelled
# Median and spread of the service time by kind of visit (log-normal), in seconds.
SERVICE_SECONDS = {
    "filing": (900, 0.45), "vneid": (480, 0.4), "lookup": (150, 0.5), "digitize": (360, 0.4),
    "payment": (300, 0.4), "login": (240, 0.4), "other": (300, 0.6),
}  # fmt: skip


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


@dataclass(frozen=True)
class _Person:
    name: str
    sex: str
    birth_year: int
    village: str
    ethnic_minority: bool
    disability: bool
    id_number: str
    phone: str


def local_now(tz: ZoneInfo) -> datetime:
    """The commune's local time now, naive (what visits are dated in); tests replace it."""
    return datetime.now(tz).replace(tzinfo=None, microsecond=0)


def is_working_day(day: date) -> bool:
    """Monday to Saturday, except the fixed-date public holidays."""
    return day.weekday() < 6 and (day.day, day.month) not in SOLAR_HOLIDAYS


# Cumulative weights computed once per table: a demo of a million visits draws millions of times.
_CUMULATIVE: dict[int, tuple[object, list[Any], list[float]]] = {}


def _draw(rng: random.Random, table: Sequence[Any], weight_at: int) -> Any:
    """``rng.choices(table, [row[weight_at] ...])[0]``: the same draw, weights added up once."""
    known = _CUMULATIVE.get(id(table))
    if known is None or known[0] is not table:
        weights = accumulate(row[weight_at] for row in table)
        known = _CUMULATIVE[id(table)] = (table, list(table), list(weights))
    _table, items, cumulative = known
    return items[bisect(cumulative, rng.random() * cumulative[-1], 0, len(items) - 1)]


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return str(_draw(rng, weighted, 1)[0])


def _poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    if mean > 30:  # normal approximation; exp(-mean) underflows for large means
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def demo_id_number(rng: random.Random, sex: str, birth_year: int) -> str:
    """A valid-looking random ID number: province, century and sex, year, six random digits."""
    province = rng.choice(sorted(PROVINCE_CODES))
    century_sex = 2 * (birth_year // 100 - 19) + (1 if sex == "female" else 0)
    serial = rng.randrange(1_000_000)
    return f"{province}{century_sex}{birth_year % 100:02d}{serial:06d}"


class _Generator:
    """Draws citizens and visits from one random stream, so a seed gives the same demo."""

    def __init__(self, rng: random.Random, ref: ReferenceData, per_day_mean: float) -> None:
        self.rng = rng
        self.ref = ref
        self.per_day_mean = per_day_mean
        self.people: list[_Person] = []
        self.dossiers: list[tuple[str, str]] = []  # (procedure, dossier code) filed earlier
        known = {p.code for p in ref.procedures}
        self.procedures = tuple((code, w) for code, w in PROCEDURES if code in known)
        self.paid = tuple((code, w) for code, w in self.procedures if code in PAID_PROCEDURES)
        self.levels = {p.code: p.online_level for p in ref.procedures}

    def day(self, day: date) -> list[VisitInput]:
        """The visits of one day, in time order (none on Sundays and holidays)."""
        if not is_working_day(day):
            return []
        count = _poisson(self.rng, self.per_day_mean * WEEKDAY_FACTORS[day.weekday()])
        times = sorted(self._moment(day) for _ in range(count))
        visits = [self._visit(at) for at in times]
        number = 0
        for visit in visits:
            if visit.outcome == "submitted":
                # Citizens filing from home take numbers too: the desk's are not consecutive.
                number += self.rng.randint(1, 3)
                visit.dossier_code = f"{DEMO_UNIT_CODE}-{day:%y%m%d}-{number:04d}"
                self.dossiers.append((visit.procedure_code, visit.dossier_code))
        return visits

    def _moment(self, day: date) -> datetime:
        saturday = day.weekday() == 5
        start, end = MORNING if saturday or self.rng.random() < 0.6 else AFTERNOON
        first = datetime.combine(day, start)
        seconds = (datetime.combine(day, end) - first).seconds
        return first + timedelta(seconds=self.rng.randrange(seconds))

    def _person(self, year: int) -> _Person:
        rng = self.rng
        full = len(self.people) >= DEMO_POPULATION
        if self.people and (full or rng.random() < 0.15):  # a citizen coming back
            return rng.choice(self.people)
        band = _draw(rng, AGE_BANDS, 2)
        birth_year = year - rng.randint(band[0], band[1])
        village, _, minority_share = _draw(rng, VILLAGES, 1)
        minority = rng.random() < minority_share
        sex = "female" if rng.random() < 0.52 else "male"
        family = (
            rng.choice(MINORITY_FAMILY_NAMES)
            if minority and rng.random() < 0.6
            else _pick(rng, FAMILY_NAMES)
        )
        middles = MIDDLE_NAMES[sex]
        traditional = rng.random() < (0.75 if birth_year < 1975 else 0.35)
        middle = middles[0] if traditional else rng.choice(middles[1:])
        person = _Person(
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

    def _visit(self, at: datetime) -> VisitInput:
        rng = self.rng
        person = self._person(at.year)
        scenario, _, fail_rate = _draw(rng, SCENARIOS, 1)
        median, spread = SERVICE_SECONDS[scenario]
        visit = VisitInput(
            occurred_at=at,
            citizen_name=person.name,
            birth_year=person.birth_year,
            sex=person.sex,
            phone=person.phone,
            phone_consent=bool(person.phone),
            id_number=person.id_number,
            village=person.village,
            ethnic_minority=person.ethnic_minority,
            disability=person.disability,
            outcome="helped",
            clerk_name=_pick(rng, CLERKS),
            service_seconds=min(5400, max(30, round(rng.lognormvariate(math.log(median), spread)))),
        )
        self._fill_help(visit, scenario)
        if rng.random() < fail_rate:
            self._not_completed(visit, scenario)
        return visit

    def _fill_help(self, visit: VisitInput, scenario: str) -> None:
        rng = self.rng
        if scenario == "filing":
            self._filing(visit)
        elif scenario == "vneid":
            visit.assistance = ["vneid", "portal_login"] if rng.random() < 0.3 else ["vneid"]
        elif scenario == "lookup":
            visit.assistance = ["status_lookup"]
            if self.dossiers and rng.random() < 0.7:  # about a dossier filed here earlier
                visit.procedure_code, visit.dossier_code = rng.choice(self.dossiers[-300:])
            elif rng.random() < 0.5:
                visit.procedure_code = _pick(rng, self.procedures)
        elif scenario == "payment" and self.paid:
            visit.assistance = ["online_payment"]
            visit.procedure_code = _pick(rng, self.paid)
        elif scenario == "login":
            visit.assistance = ["portal_login"]
        elif scenario == "other":
            visit.assistance = ["other"]
            visit.note = rng.choice(OTHER_HELP_NOTES)
        else:
            visit.assistance = ["digitize"]

    def _filing(self, visit: VisitInput) -> None:
        rng = self.rng
        code = _pick(rng, self.procedures)
        level = self.levels.get(code, "in_person")
        visit.procedure_code = code
        visit.outcome = "submitted"
        if level not in ("online_full", "online_partial") or rng.random() < 0.08:
            # Certification and a few others are filed at the counter; the desk scans the papers.
            visit.channel = "in_person"
            visit.assistance = ["digitize"]
            return
        visit.channel = level
        young = visit.birth_year is not None and int(visit.birth_year) > visit.occurred_at.year - 40
        main = "guided_self_filing" if rng.random() < (0.55 if young else 0.2) else "file_on_behalf"
        extras = [
            extra
            for extra, chance in (("portal_login", 0.4), ("digitize", 0.3))
            if rng.random() < chance
        ]
        if code in PAID_PROCEDURES and rng.random() < 0.7:
            extras.append("online_payment")
        visit.assistance = [main, *extras]

    def _not_completed(self, visit: VisitInput, scenario: str) -> None:
        rng = self.rng
        visit.outcome = "not_completed"
        visit.channel = None
        visit.dossier_code = ""
        visit.reason_code = _pick(rng, VNEID_REASONS if scenario == "vneid" else FILING_REASONS)
        if visit.reason_code == "other":
            visit.reason_text = rng.choice(OTHER_REASON_TEXTS)
        if visit.reason_code == "payment_failed" and "online_payment" not in visit.assistance:
            visit.assistance = [*visit.assistance, "online_payment"]


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

    The visits are generated day by day and written in bulk in one transaction
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
    generator = _Generator(random.Random(seed), load_reference(db), per_day_mean)
    first = now.date() - timedelta(days=days - 1)

    def planned() -> Iterator[tuple[date, list[VisitInput]]]:
        for offset in range(days):
            day = first + timedelta(days=offset)
            yield day, [v for v in generator.day(day) if v.occurred_at <= now]

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
