"""Procedure names and labels the catalog does not hold as written: asked, answered, remembered."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from models.db import Database
from models.import_answers import PROCEDURE, Answers
from models.import_mapping import ImportMapping
from models.import_memory import load_memory
from models.records_format import RecordsError
from models.records_import import ImportOptions, import_records
from models.reference import ReferenceData
from models.visit_queries import visits_between
from tests.models.legacy_books import DAYS, NEAR_NAME, ODD_NAMES, OWN_LABEL, odd_logbook

NOW = datetime(2026, 1, 1, 12, 0)
COLUMNS = {"Người đến làm việc": "Họ và tên", "Việc cần làm": None}
HERE = (None, 4)


def test_an_exact_name_without_accents_is_the_procedure(ref: ReferenceData) -> None:
    answers = Answers(ref)
    found, problem = answers.procedure("DANG KY KHAI SINH", HERE)
    assert (found and found.code, problem) == ("1.001193", None)
    assert answers.questions == {}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Dang ky khai sinh cho tre", "1.001193"),
        ("Đăng ký kết hôn lần đầu", "1.000894"),
        ("đăng kí khai tử", "1.000656"),
        ("tach ho", "1.010038"),  # exact once folded: no question
        ("Chứng thực chữ kí", "2.000884"),
    ],
)
def test_a_near_name_is_proposed_never_taken_silently(
    ref: ReferenceData, name: str, code: str
) -> None:
    answers = Answers(ref)
    found, problem = answers.procedure(name, HERE)
    if found is not None:  # exact once folded
        assert found.code == code and problem is None
        return
    assert problem is not None and "gần giống" in problem and "chưa được xác nhận" in problem
    (question,) = answers.open_questions()
    assert (question.kind, question.proposal, question.rows) == (PROCEDURE, code, [HERE])
    assert code in question.describe() and "dòng 4" in question.describe()


def test_accepting_near_matches_takes_the_proposal_and_lists_it(ref: ReferenceData) -> None:
    answers = Answers(ref, accept_near=True)
    found, problem = answers.procedure(NEAR_NAME, HERE)
    assert (found and found.code, problem) == ("1.001193", None)
    assert answers.open_questions() == []
    assert [q.text for q in answers.accepted_near()] == [NEAR_NAME]
    assert answers.to_remember().procedures == {NEAR_NAME: "1.001193"}


def test_a_name_far_from_every_procedure_has_no_proposal(ref: ReferenceData) -> None:
    answers = Answers(ref, accept_near=True)
    found, problem = answers.procedure("Xin giấy phép xây dựng nhà ở", HERE)
    assert found is None and problem is not None and "Không tìm thấy thủ tục" in problem
    assert answers.open_questions()[0].proposal is None


def test_an_unknown_label_is_asked_once_for_all_its_rows(ref: ReferenceData) -> None:
    answers = Answers(ref)
    assert answers.label("assistance", OWN_LABEL, (None, 4)) is None
    assert answers.label("assistance", OWN_LABEL.upper(), (None, 9)) is None
    (question,) = answers.open_questions()
    assert question.kind == "assistance" and question.rows == [(None, 4), (None, 9)]
    assert answers.label("outcome", "da nop", HERE) == "submitted"  # accents left out: exact
    given = Answers(ref, ImportMapping(labels={"assistance": {OWN_LABEL: "VNeID"}}))
    assert given.label("assistance", OWN_LABEL.lower(), HERE) == "vneid"  # a short label too
    channel = Answers(ref, ImportMapping(labels={"channel": {"Qua mạng": "Toàn trình"}}))
    assert channel.label("channel", "qua mang", HERE) == "online_full"
    assert channel.label("outcome", "Xong rồi", HERE) is None
    assert [q.kind_name for q in channel.open_questions()] == ["Kết quả"]


def test_answers_that_name_no_code_of_the_catalog_are_refused(ref: ReferenceData) -> None:
    with pytest.raises(RecordsError, match=r"«9\.999999», không có trong danh mục thủ tục"):
        Answers(ref, ImportMapping(procedures={"Khai sinh": "9.999999"}))
    with pytest.raises(RecordsError, match="không có trong danh mục hình thức hỗ trợ"):
        Answers(ref, ImportMapping(labels={"assistance": {"Cài app": "cai_app"}}))


def test_the_dry_run_lists_the_near_names_and_unknown_labels(db: Database, tmp_path: Path) -> None:
    path = odd_logbook(tmp_path / "so.xlsx")
    options = ImportOptions(mapping=ImportMapping(COLUMNS))
    report = import_records(db, path, actor="nhap", now=NOW, dry_run=True, options=options)
    assert not report.accepted
    near = [q for q in report.questions if q.kind == PROCEDURE]
    assert [(q.text, q.proposal, [r for _s, r in q.rows]) for q in near] == [
        (NEAR_NAME, "1.001193", [3, 5])  # one question for both spellings
    ]
    labels = [q for q in report.questions if q.kind == "assistance"]
    assert [(q.text, [r for _s, r in q.rows]) for q in labels] == [(OWN_LABEL, [4])]
    assert {e.row for e in report.invalid} == {3, 4, 5}


def test_confirmed_answers_are_remembered_and_the_next_import_needs_none(
    db: Database, tmp_path: Path
) -> None:
    path = odd_logbook(tmp_path / "so.xlsx")
    answers = ImportMapping(COLUMNS, labels={"assistance": {OWN_LABEL: "vneid"}})
    options = ImportOptions(mapping=answers, accept_near_matches=True)
    report = import_records(db, path, actor="nhap", now=NOW, options=options)
    assert report.written and report.added == 3, [e.describe() for e in report.invalid]
    assert [q.text for q in report.accepted_near] == [NEAR_NAME]
    by_name = {v.citizen_name: v for v in visits_between(db, *DAYS)}
    assert sorted(by_name) == sorted(ODD_NAMES)
    first, second, third = (by_name[name] for name in ODD_NAMES)
    assert (first.procedure_code, third.procedure_code) == ("1.001193", "1.001193")
    assert [a.assistance_code for a in second.assistance] == ["vneid"]
    memory = load_memory(db)
    assert memory.aliases.procedure_for(NEAR_NAME) == "1.001193"
    # Next month's sheet: the same words, no question, nothing accepted by a flag.
    again = odd_logbook(tmp_path / "thang3.xlsx", sheets=("Tháng 2", "Tháng 3"))
    options = ImportOptions(sheet="Tháng 3", mapping=ImportMapping(COLUMNS))
    later = import_records(db, again, actor="nhap", now=NOW, options=options)
    assert later.questions == [] and later.invalid == [] and later.added == 3
