"""The handout step texts: one valid, NFC, plain-Vietnamese file for every catalog procedure."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import handout_texts
from models.handout_texts import (
    HandoutText,
    HandoutTextError,
    handout_codes,
    load_handout_text,
    validate_handout_text,
)
from models.resources import resource_path

CATALOG: list[dict[str, Any]] = json.loads(
    resource_path("catalog", "procedures.json").read_text(encoding="utf-8")
)["procedures"]
CODES = [procedure["code"] for procedure in CATALOG]
NAMES = {procedure["code"]: procedure["name"] for procedure in CATALOG}
KEYS = {"code", "title", "steps", "papers", "processing_time", "fee", "tips"}


def has_vietnamese_mark(text: str) -> bool:
    """True when ``text`` has a letter with a Vietnamese diacritic (or đ)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "đ" in text.lower() or any(unicodedata.combining(ch) for ch in decomposed)


def all_strings(data: dict[str, Any]) -> list[str]:
    """Every string value of a handout file, lists flattened."""
    found: list[str] = []
    for value in data.values():
        found.extend(value if isinstance(value, list) else [value])
    return found


def good_data(code: str = "1.001193") -> dict[str, Any]:
    """A small valid handout text."""
    return {
        "code": code,
        "title": "Đăng ký khai sinh",
        "steps": ["Vào trang dichvucong.gov.vn, bấm «Đăng nhập»."] * 5,
        "papers": ["Giấy chứng sinh"],
        "processing_time": "Trong ngày",
        "fee": "Miễn lệ phí",
        "tips": ["Mang điện thoại đã cài VNeID mức 2."],
    }


def test_every_catalog_procedure_has_a_handout() -> None:
    assert sorted(CODES) == handout_codes()


@pytest.mark.parametrize("code", CODES)
def test_handout_file_is_valid_nfc_plain_vietnamese(code: str) -> None:
    raw = resource_path("handouts", f"{code}.json").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    data = json.loads(raw)
    assert set(data) == KEYS
    assert validate_handout_text(data, expected_code=code) == []
    assert data["code"] == code
    assert data["title"] == NAMES[code]
    assert 5 <= len(data["steps"]) <= 9
    assert data["papers"] and 1 <= len(data["tips"]) <= 3
    for text in all_strings(data):
        assert isinstance(text, str) and text.strip()
        assert unicodedata.is_normalized("NFC", text)
    for step in data["steps"]:
        assert len(step.split()) <= 20, step
    assert any(has_vietnamese_mark(step) for step in data["steps"])
    assert has_vietnamese_mark(data["processing_time"] + data["fee"])
    assert all(has_vietnamese_mark(paper) for paper in data["papers"])


@pytest.mark.parametrize("code", CODES)
def test_load_handout_text(code: str) -> None:
    text = load_handout_text(code)
    assert isinstance(text, HandoutText)
    assert text.code == code and text.title == NAMES[code]
    assert isinstance(text.steps, tuple) and len(text.steps) >= 5


def test_in_person_procedures_say_online_is_not_available() -> None:
    for procedure in CATALOG:
        steps = " ".join(load_handout_text(procedure["code"]).steps)
        if procedure["online_level"] == "in_person":
            assert "chưa làm trực tuyến" in steps
        else:
            assert "VNeID" in steps


def test_partly_online_procedures_say_to_come_to_the_commune() -> None:
    for procedure in CATALOG:
        if procedure["online_level"] == "online_partial":
            steps = load_handout_text(procedure["code"]).steps
            assert any("đến xã" in step for step in steps), procedure["code"]


def test_validate_reports_problems() -> None:
    assert validate_handout_text(good_data()) == []
    missing = good_data()
    del missing["fee"]
    assert validate_handout_text(missing) == ["Thiếu mục «fee»."]
    empty = good_data() | {"steps": []}
    assert any("steps" in problem for problem in validate_handout_text(empty))
    long_step = good_data() | {"steps": [" ".join(["một"] * 21) + "."]}
    assert any("21 từ" in problem for problem in validate_handout_text(long_step))
    assert validate_handout_text(good_data("abc"))
    assert validate_handout_text(good_data(), expected_code="1.000656")
    assert validate_handout_text(["not", "a", "dict"])


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
FIELD = st.sampled_from(sorted(KEYS)) | st.text(max_size=6)


@given(st.dictionaries(FIELD, JSON | st.lists(st.text(), max_size=12), max_size=9))
def test_validate_never_crashes_on_arbitrary_dicts(data: dict[str, Any]) -> None:
    problems = validate_handout_text(data, expected_code="1.001193")
    assert isinstance(problems, list) and all(isinstance(p, str) for p in problems)
    assert problems or set(KEYS) <= set(data)


@given(JSON, st.text())
def test_validate_never_crashes_on_anything(data: object, code: str) -> None:
    assert isinstance(validate_handout_text(data, expected_code=code), list)


@given(st.lists(st.text(), min_size=1, max_size=9))
def test_validate_never_crashes_on_arbitrary_steps(steps: list[str]) -> None:
    assert isinstance(validate_handout_text(good_data() | {"steps": steps}), list)


@pytest.fixture
def fake_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """resources/ pointed at an empty temporary folder with a handouts/ subfolder."""
    folder = tmp_path / "handouts"
    folder.mkdir()

    def fake_path(*parts: str) -> Path:
        return tmp_path.joinpath(*parts)

    monkeypatch.setattr(handout_texts, "resource_path", fake_path)
    return folder


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[1, 2]",
        json.dumps({"code": "1.001193", "title": "Đăng ký khai sinh"}),
        json.dumps(good_data("1.000656")),
    ],
)
def test_malformed_file_raises(fake_resources: Path, content: str) -> None:
    (fake_resources / "1.001193.json").write_text(content, encoding="utf-8")
    with pytest.raises(HandoutTextError):
        load_handout_text("1.001193")


def test_missing_file_and_bad_code_raise(fake_resources: Path) -> None:
    with pytest.raises(HandoutTextError, match="Chưa có"):
        load_handout_text("1.001193")
    with pytest.raises(HandoutTextError):
        load_handout_text("../catalog/procedures")
    assert handout_codes() == []


def test_load_cleans_decomposed_text(fake_resources: Path) -> None:
    data = good_data()
    data["title"] = unicodedata.normalize("NFD", "  Đăng ký   khai sinh ")
    (fake_resources / "1.001193.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_handout_text("1.001193").title == "Đăng ký khai sinh"
    assert handout_codes() == ["1.001193"]
