"""``demo``: realistic synthetic visits through the real services, deterministic for a seed."""

from __future__ import annotations

import dataclasses
import io
import random
import re
from collections.abc import Callable
from datetime import date, datetime, time

import pytest

from cli.app import parse
from cli.context import CommandContext
from models.db import Database
from models.demo_draw import demo_id_number
from models.entities import Visit
from models.paths import AppPaths
from models.reference import ReferenceData
from models.validation import check_id_number
from models.visit_input import validate_visit
from models.visit_queries import load_for_edit, visits_between, visits_on

MONDAY_10AM = datetime(2026, 11, 23, 10, 0)  # so --days 3 is Saturday, Sunday and this morning
SATURDAY, SUNDAY, MONDAY = date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's "today" and "now" are this Monday morning, whenever the tests run."""
    monkeypatch.setattr("models.demo.local_now", lambda _tz: MONDAY_10AM)


def run_demo(db: Database, *args: str) -> tuple[int, str, str]:
    """Run ``demo ARGS`` as main.py would; return the status and what was printed."""
    parsed = parse(["demo", *args])
    out, err = io.StringIO(), io.StringIO()
    ctx = CommandContext(db=db, paths=AppPaths.default(), out=out, err=err)
    status: int = parsed.handler(ctx, parsed)
    return status, out.getvalue(), err.getvalue()


def all_visits(db: Database) -> list[Visit]:
    return visits_between(db, date(2000, 1, 1), date(2100, 1, 1))


def content(db: Database) -> list[dict[str, object]]:
    """What a person sees of every visit, without the ids the database makes."""
    days = sorted({visit.local_date for visit in all_visits(db)})
    rows = [row for day in days for row in visits_on(db, day)]
    return [{k: v for k, v in dataclasses.asdict(row).items() if k != "id"} for row in rows]


def in_office_hours(moment: datetime) -> bool:
    clock = moment.time()
    morning = time(7, 30) <= clock <= time(11, 30)
    afternoon = time(13, 30) <= clock <= time(17, 0)
    if moment.weekday() == 5:
        return morning
    return moment.weekday() < 5 and (morning or afternoon)


def test_demo_adds_visits_that_all_validate(db: Database, ref: ReferenceData) -> None:
    status, out, err = run_demo(db, "--days", "3", "--seed", "1")
    assert (status, err) == (0, "")
    visits = all_visits(db)
    assert visits, "the demo added nothing"
    assert f"Đã thêm {len(visits)} lượt hỗ trợ mẫu" in out
    assert "21/11/2026 đến 23/11/2026" in out and "--seed 1" in out
    for visit in visits:
        loaded = load_for_edit(db, visit.id)
        assert loaded is not None
        clean, errors = validate_visit(loaded[0], ref, MONDAY_10AM)
        assert clean is not None and errors == [], (visit.citizen_name, errors)


def test_demo_visits_fall_in_office_hours_of_working_days(db: Database) -> None:
    run_demo(db, "--days", "3", "--seed", "1")
    moments = [row.occurred_at for day in (SATURDAY, SUNDAY, MONDAY) for row in visits_on(db, day)]
    assert moments
    assert {moment.date() for moment in moments} <= {SATURDAY, MONDAY}
    assert [m for m in moments if not in_office_hours(m)] == []
    assert max(moments) <= MONDAY_10AM  # nothing later than "now"
    assert len(all_visits(db)) == len(moments)


def test_demo_over_two_weeks_skips_sundays(db: Database) -> None:
    run_demo(db, "--days", "14", "--seed", "5", "--per-day-mean", "30")
    days = {visit.local_date for visit in all_visits(db)}
    assert min(days) >= date(2026, 11, 10) and max(days) <= MONDAY
    assert all(day.weekday() != 6 for day in days)
    assert {day for day in days if day.weekday() < 5} == {
        date(2026, 11, d) for d in (10, 11, 12, 13, 16, 17, 18, 19, 20, 23)
    }


def test_demo_skips_public_holidays(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("models.demo.local_now", lambda _tz: datetime(2026, 5, 1, 17, 30))
    run_demo(db, "--days", "3", "--seed", "2", "--per-day-mean", "40")
    # Wednesday 29 April works; 30 April and 1 May are public holidays.
    assert {visit.local_date for visit in all_visits(db)} == {date(2026, 4, 29)}


def test_demo_is_deterministic_for_a_seed(db: Database, other_db: Database) -> None:
    run_demo(db, "--days", "3", "--seed", "1")
    run_demo(other_db, "--days", "3", "--seed", "1")
    assert content(db) and content(db) == content(other_db)


def test_another_seed_gives_other_visits(db: Database, other_db: Database) -> None:
    run_demo(db, "--days", "3", "--seed", "1")
    run_demo(other_db, "--days", "3", "--seed", "2")
    assert content(db) != content(other_db)


def test_demo_refuses_a_database_that_holds_visits(db: Database) -> None:
    run_demo(db, "--days", "3", "--seed", "1")
    before = len(all_visits(db))
    status, out, err = run_demo(db, "--days", "3", "--seed", "1")
    assert (status, out) == (1, "")
    assert "--append" in err
    assert len(all_visits(db)) == before
    status, _, _ = run_demo(db, "--days", "3", "--seed", "9", "--append")
    assert status == 0 and len(all_visits(db)) > before


@pytest.mark.parametrize(
    "args", [["--days", "0"], ["--days", "x"], ["--days", "3", "--per-day-mean", "0"], []]
)
def test_demo_refuses_bad_arguments(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse(["demo", *args])
    assert stopped.value.code == 2


def test_demo_looks_like_a_commune_desk(db: Database) -> None:
    run_demo(db, "--days", "60", "--seed", "3")
    visits = all_visits(db)

    def share(test: Callable[[Visit], bool]) -> float:
        return sum(1 for visit in visits if test(visit)) / len(visits)

    assert len(visits) > 500
    assert 0.05 <= share(lambda v: v.outcome == "not_completed") <= 0.16
    assert 0.08 <= share(lambda v: v.ethnic_minority) <= 0.25
    assert 0.01 <= share(lambda v: v.disability) <= 0.12
    assert 0.10 <= share(lambda v: v.id_hash is not None) <= 0.45
    assert 0.25 <= share(lambda v: v.birth_year is not None and v.birth_year <= 1966) <= 0.6
    assert share(lambda v: v.citizen_name.split()[0] == "Nguyễn") >= 0.25
    assert 2 <= len({v.clerk_name for v in visits}) <= 3
    assert len({v.village_id for v in visits}) == 8
    assert all(30 <= (v.service_seconds or 0) <= 5400 for v in visits)
    for visit in visits:
        middle = visit.citizen_name.split()[1]
        assert (middle, visit.sex) not in {("Thị", "male"), ("Văn", "female")}


def test_demo_outcomes_match_the_help_given(db: Database) -> None:
    run_demo(db, "--days", "30", "--seed", "4")
    visits = all_visits(db)
    submitted = [v for v in visits if v.outcome == "submitted"]
    assert submitted
    for visit in submitted:
        assert visit.procedure_code and visit.channel and visit.dossier_code
        assert re.fullmatch(rf"H12\.34-{visit.local_date:%y%m%d}-\d{{4}}", visit.dossier_code)
    online = [v for v in submitted if v.channel in ("online_full", "online_partial")]
    assert len(online) / len(submitted) >= 0.6
    for visit in visits:
        codes = set(visit.assistance_codes)
        if "vneid" in codes and visit.outcome != "not_completed":
            assert (visit.outcome, visit.procedure_code, visit.channel) == ("helped", None, None)
        if codes == {"status_lookup"}:
            assert visit.outcome in ("helped", "not_completed")
        if visit.outcome == "not_completed":
            assert visit.reason_code and visit.dossier_code is None
            assert visit.reason_code != "other" or visit.reason_text
    dossiers = [v.dossier_code for v in submitted]
    assert len(set(dossiers)) == len(dossiers)
    filed = {v.dossier_code: v for v in submitted}
    lookups = [v for v in visits if v.assistance_codes == ["status_lookup"] and v.dossier_code]
    assert lookups
    for lookup in lookups:  # a lookup concerns a dossier filed here on an earlier day
        original = filed[lookup.dossier_code]
        assert original.procedure_code == lookup.procedure_code
        assert original.local_date < lookup.local_date


def test_demo_id_numbers_are_valid_for_their_birth_year() -> None:
    rng = random.Random(11)
    for _ in range(500):
        year, sex = rng.randint(1900, 2026), rng.choice(["male", "female"])
        number = demo_id_number(rng, sex, year)
        assert check_id_number(number, year, date(2026, 11, 23)).warnings == ()
        assert int(number[3]) % 2 == (1 if sex == "female" else 0)
