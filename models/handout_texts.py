"""Step texts of the citizen handouts: one JSON file per procedure under resources/handouts/.

The texts are data, not code, so a commune can fix a step when the portal changes. Each file has
the keys ``code``, ``title``, ``steps``, ``papers``, ``processing_time``, ``fee`` and ``tips``;
every string is stored and returned as NFC.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from models.resources import resource_path
from models.text import clean, excerpt

HANDOUT_FOLDER = "handouts"
MAX_SENTENCE_WORDS = 20
"""A sentence of a step may have at most this many words (the aim is about 15)."""

_CODE = re.compile(r"^\d\.\d{6}$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_TEXT_KEYS = ("code", "title", "processing_time", "fee")
_LIST_KEYS = ("steps", "papers", "tips")
REQUIRED_KEYS = ("code", "title", "steps", "papers", "processing_time", "fee", "tips")


class HandoutTextError(Exception):
    """A handout text is missing or malformed; the message is Vietnamese, for the clerk."""


@dataclass(frozen=True)
class HandoutText:
    """The printed texts of one procedure's handout, all NFC."""

    code: str
    title: str
    steps: tuple[str, ...]
    papers: tuple[str, ...]
    processing_time: str
    fee: str
    tips: tuple[str, ...]


def _sentences(text: str) -> list[str]:
    """Split a step into sentences at ``.``, ``!``, ``?`` or ``…`` followed by a space."""
    return [part for part in _SENTENCE_END.split(text.strip()) if part]


def _check_text(data: dict[object, object], key: str, problems: list[str]) -> None:
    """Report ``key`` unless it is a non-empty string."""
    value = data[key]
    if not isinstance(value, str):
        problems.append(f"Mục «{key}» phải là một đoạn chữ.")
    elif not clean(value):
        problems.append(f"Mục «{key}» đang để trống.")


def _check_list(data: dict[object, object], key: str, problems: list[str]) -> list[str]:
    """Report ``key`` unless it is a list of non-empty strings; return its good strings."""
    value = data[key]
    if not isinstance(value, list):
        problems.append(f"Mục «{key}» phải là một danh sách.")
        return []
    good: list[str] = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, str):
            problems.append(f"Mục «{key}», dòng {number}: phải là một đoạn chữ.")
        elif not clean(item):
            problems.append(f"Mục «{key}», dòng {number}: đang để trống.")
        else:
            good.append(item)
    if key != "tips" and not value:
        problems.append(f"Mục «{key}» chưa có dòng nào.")
    return good


def validate_handout_text(data: object, expected_code: str | None = None) -> list[str]:
    """Return the problems of one handout text in Vietnamese; an empty list means it is usable.

    Checks: every key present, texts non-empty, at least one step and one paper, no step sentence
    longer than ``MAX_SENTENCE_WORDS`` words, a code shaped like "1.001193" and, when
    ``expected_code`` is given, equal to it. Never raises, whatever ``data`` is.
    """
    if not isinstance(data, dict):
        return ["Nội dung tờ hướng dẫn phải là một đối tượng JSON (dạng {...})."]
    problems: list[str] = []
    present = [key for key in REQUIRED_KEYS if key in data]
    problems.extend(f"Thiếu mục «{key}»." for key in REQUIRED_KEYS if key not in data)
    for key in _TEXT_KEYS:
        if key in present:
            _check_text(data, key, problems)
    steps: list[str] = []
    for key in _LIST_KEYS:
        if key in present:
            good = _check_list(data, key, problems)
            if key == "steps":
                steps = good
    for number, step in enumerate(steps, start=1):
        for sentence in _sentences(clean(step)):
            words = len(sentence.split())
            if words > MAX_SENTENCE_WORDS:
                problems.append(
                    f"Bước {number} có câu dài {words} từ (tối đa {MAX_SENTENCE_WORDS} từ)."
                )
    code = data.get("code")
    if isinstance(code, str) and clean(code):
        if not _CODE.match(clean(code)):
            problems.append(f"Mã thủ tục «{excerpt(code)}» không đúng dạng (ví dụ 1.001193).")
        elif expected_code is not None and clean(code) != clean(expected_code):
            problems.append(
                f"Mã thủ tục trong tệp là «{excerpt(code)}», nhưng tệp dành cho «{expected_code}»."
            )
    return problems


def _handout_file(code: str) -> Path:
    """The path of the handout file of ``code``, refusing codes that are not a procedure code."""
    if not _CODE.match(code):
        raise HandoutTextError(f"Mã thủ tục «{excerpt(code)}» không đúng dạng (ví dụ 1.001193).")
    return resource_path(HANDOUT_FOLDER, f"{code}.json")


def load_handout_text(code: str) -> HandoutText:
    """Read and check the bundled handout text of procedure ``code``, every string NFC-cleaned.

    Raises ``HandoutTextError`` with a Vietnamese message when the file is missing, unreadable,
    not JSON, or fails ``validate_handout_text``.
    """
    code = clean(code)
    path = _handout_file(code)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise HandoutTextError(f"Chưa có tờ hướng dẫn cho thủ tục {code}.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise HandoutTextError(f"Không đọc được tờ hướng dẫn {code}: {error}") from error
    try:
        data: object = json.loads(raw)
    except json.JSONDecodeError as error:
        raise HandoutTextError(
            f"Tờ hướng dẫn {code} bị lỗi JSON ở dòng {error.lineno}, cột {error.colno}."
        ) from error
    return parse_handout_text(data, expected_code=code)


def parse_handout_text(data: object, expected_code: str | None = None) -> HandoutText:
    """The handout text in ``data`` (the file format), NFC-cleaned; HandoutTextError if wrong."""
    problems = validate_handout_text(data, expected_code=expected_code)
    if problems or not isinstance(data, dict):
        code = expected_code or (str(data.get("code", "")) if isinstance(data, dict) else "")
        name = f"Tờ hướng dẫn {code}" if code else "Tờ hướng dẫn"
        raise HandoutTextError(f"{name} chưa đúng: " + " ".join(problems))
    return HandoutText(
        code=clean(data["code"]),
        title=clean(data["title"]),
        steps=tuple(clean(step) for step in data["steps"]),
        papers=tuple(clean(paper) for paper in data["papers"]),
        processing_time=clean(data["processing_time"]),
        fee=clean(data["fee"]),
        tips=tuple(clean(tip) for tip in data["tips"]),
    )


def handout_data(text: HandoutText) -> dict[str, object]:
    """``text`` in the file format, keys in the order of the bundled files."""
    return {
        "code": text.code,
        "title": text.title,
        "steps": list(text.steps),
        "papers": list(text.papers),
        "processing_time": text.processing_time,
        "fee": text.fee,
        "tips": list(text.tips),
    }


def handout_json(text: HandoutText) -> str:
    """``text`` as the JSON of a handout file (UTF-8 letters, not escapes; newline at the end)."""
    return json.dumps(handout_data(text), ensure_ascii=False, indent=2) + "\n"


def handout_codes() -> list[str]:
    """The procedure codes that have a handout file, sorted."""
    folder = resource_path(HANDOUT_FOLDER)
    if not folder.is_dir():
        return []
    return sorted(path.stem for path in folder.glob("*.json") if _CODE.match(path.stem))
