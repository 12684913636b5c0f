"""What a visit looks like on its way in, and the one validation every way in goes through.

The desk-log form, the CSV/XLSX import and the demo generator all build a :class:`VisitInput`
and call :func:`validate_visit`; only a :class:`CleanVisit` can be saved.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from models.reference import ReferenceData
from models.text import clean, fold, title_name
from models.validation import (
    IdNumber,
    Invalid,
    check_birth_year,
    check_id_number,
    check_phone,
)

ONLINE_CHANNELS = ("online_full", "online_partial")
FUTURE_TOLERANCE = timedelta(minutes=5)
MAX_NAME = 120


def is_online_submission(outcome: str | None, channel: str | None) -> bool:
    """The definition every figure uses: submitted, through an online channel."""
    return outcome == "submitted" and channel in ONLINE_CHANNELS


def normalise_dossier_code(text: str) -> str:
    """A portal dossier code without spaces, in capitals: ``h12.34-261120-0001``."""
    # No space at all: clean()'s collapsing of spaces would be undone at once.
    return "".join(unicodedata.normalize("NFC", text or "").split()).upper()


@dataclass
class VisitInput:
    """A visit as typed or read from a file, before validation. ``occurred_at`` is local time."""

    occurred_at: datetime
    citizen_name: str
    birth_year: int | str | None = None
    sex: str | None = None
    phone: str = ""
    phone_consent: bool = False
    id_number: str = ""
    village: str = ""
    ethnic_minority: bool = False
    disability: bool = False
    procedure_code: str = ""
    assistance: list[str] = field(default_factory=list)
    channel: str | None = None
    outcome: str = ""
    dossier_code: str = ""
    reason_code: str | None = None
    reason_text: str = ""
    clerk_name: str = ""
    note: str = ""
    service_seconds: int | None = None


@dataclass(frozen=True)
class FieldError:
    """A message for one field of the form (or one column of a file row)."""

    field: str
    message: str


@dataclass(frozen=True)
class CleanVisit:
    """A validated visit, normalised and ready to store. ``occurred_at`` is local, naive."""

    occurred_at: datetime
    citizen_name: str
    name_folded: str
    birth_year: int | None
    sex: str | None
    phone: str | None
    phone_consent: bool
    id_digits: str | None
    id_last4: str | None
    village: str
    ethnic_minority: bool
    disability: bool
    procedure_code: str | None
    assistance: tuple[str, ...]
    channel: str | None
    outcome: str
    dossier_code: str | None
    reason_code: str | None
    reason_text: str
    clerk_name: str
    note: str
    service_seconds: int | None
    warnings: tuple[str, ...] = ()

    @functools.cached_property
    def dedup_key(self) -> str:
        """The natural key of a visit, hashed: the same visit imported twice has the same key."""
        parts = [
            minute_text(self.occurred_at),
            self.name_folded,
            str(self.birth_year or ""),
            self.procedure_code or "",
            ",".join(sorted(self.assistance)),
        ]
        return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def minute_text(at: datetime) -> str:
    """``at`` as ``strftime("%Y-%m-%d %H:%M")`` writes it, at a fraction of its cost."""
    if at.tzinfo is None and at.year >= 1000:  # strftime writes years before 1000 unpadded
        return at.isoformat(" ", "minutes")
    return at.strftime("%Y-%m-%d %H:%M")


@dataclass
class _Person:
    name: str = ""
    birth_year: int | None = None
    phone: str | None = None
    id_number: IdNumber | None = None


def _check_person(raw: VisitInput, errors: list[FieldError]) -> _Person:
    person = _Person(name=title_name(raw.citizen_name))
    if not person.name:
        errors.append(FieldError("citizen_name", "Hãy nhập họ và tên người dân."))
    elif len(person.name) > MAX_NAME:
        errors.append(FieldError("citizen_name", f"Họ và tên dài quá {MAX_NAME} ký tự."))
    try:
        person.birth_year = check_birth_year(raw.birth_year, raw.occurred_at.date())
    except Invalid as exc:
        errors.append(FieldError("birth_year", exc.message))
    if clean(raw.phone):
        if not raw.phone_consent:
            errors.append(
                FieldError(
                    "phone",
                    "Chỉ lưu số điện thoại khi người dân đồng ý: đánh dấu ô «đồng ý lưu» "
                    "hoặc xóa số.",
                )
            )
        else:
            try:
                person.phone = check_phone(raw.phone)
            except Invalid as exc:
                errors.append(FieldError("phone", exc.message))
    if clean(raw.id_number):
        try:
            person.id_number = check_id_number(
                raw.id_number, person.birth_year, raw.occurred_at.date()
            )
        except Invalid as exc:
            errors.append(FieldError("id_number", exc.message))
    return person


def _check_help(raw: VisitInput, ref: ReferenceData, errors: list[FieldError]) -> None:
    if raw.procedure_code and ref.procedure(raw.procedure_code) is None:
        errors.append(
            FieldError("procedure", "Thủ tục không có trong danh mục: chọn từ danh sách gợi ý.")
        )
    if not raw.assistance:
        errors.append(FieldError("assistance", "Chọn ít nhất một hình thức hỗ trợ."))
    unknown = [code for code in raw.assistance if code not in ref.labels.get("assistance", {})]
    if unknown:
        errors.append(
            FieldError(
                "assistance", f"Hình thức hỗ trợ không có trong danh mục: {', '.join(unknown)}."
            )
        )
    if raw.channel and raw.channel not in ref.labels.get("channel", {}):
        errors.append(FieldError("channel", f"Kênh nộp không có trong danh mục: {raw.channel}."))
    if raw.outcome not in ref.labels.get("outcome", {}):
        errors.append(
            FieldError("outcome", "Chọn kết quả: đã nộp, đã hỗ trợ xong hoặc chưa hoàn thành.")
        )
    if raw.outcome == "submitted":
        if not raw.procedure_code:
            errors.append(FieldError("procedure", "Hồ sơ đã nộp: hãy chọn thủ tục."))
        if not raw.channel:
            errors.append(FieldError("channel", "Hồ sơ đã nộp: hãy chọn kênh nộp."))
        if not normalise_dossier_code(raw.dossier_code):
            errors.append(
                FieldError("dossier_code", "Hồ sơ đã nộp: hãy nhập mã hồ sơ Cổng DVC cấp.")
            )
    if raw.outcome == "not_completed":
        if not raw.reason_code:
            errors.append(FieldError("reason", "Chưa hoàn thành: hãy chọn lý do."))
        elif raw.reason_code not in ref.labels.get("reason", {}):
            errors.append(
                FieldError("reason", f"Lý do không có trong danh mục: {raw.reason_code}.")
            )
        elif raw.reason_code == "other" and not clean(raw.reason_text):
            errors.append(FieldError("reason", "Lý do khác: hãy ghi rõ lý do."))


def validate_visit(
    raw: VisitInput, ref: ReferenceData, now: datetime | None = None
) -> tuple[CleanVisit | None, list[FieldError]]:
    """Check a visit; return the clean visit, or ``None`` and every error found.

    ``now`` is the commune's local time (naive); a visit may be dated earlier (entries copied from
    paper) but not in the future.
    """
    errors: list[FieldError] = []
    if now is not None and raw.occurred_at > now + FUTURE_TOLERANCE:
        errors.append(FieldError("occurred_at", "Thời điểm hỗ trợ chưa tới: kiểm tra ngày giờ."))
    person = _check_person(raw, errors)
    _check_help(raw, ref, errors)
    if errors:
        return None, errors
    id_number = person.id_number
    not_completed = raw.outcome == "not_completed"
    return (
        CleanVisit(
            occurred_at=raw.occurred_at.replace(microsecond=0, tzinfo=None),
            citizen_name=person.name,
            name_folded=fold(person.name),
            birth_year=person.birth_year,
            sex=raw.sex or None,
            phone=person.phone,
            phone_consent=person.phone is not None,
            id_digits=id_number.digits if id_number else None,
            id_last4=id_number.last4 if id_number else None,
            village=clean(raw.village),
            ethnic_minority=raw.ethnic_minority,
            disability=raw.disability,
            procedure_code=clean(raw.procedure_code) or None,
            assistance=tuple(sorted(set(raw.assistance))),
            channel=raw.channel or None,
            outcome=raw.outcome,
            # Kept for any outcome: a status lookup concerns an existing dossier too.
            dossier_code=normalise_dossier_code(raw.dossier_code) or None,
            reason_code=raw.reason_code if not_completed else None,
            reason_text=clean(raw.reason_text) if not_completed else "",
            clerk_name=clean(raw.clerk_name),
            note=clean(raw.note),
            service_seconds=raw.service_seconds,
            warnings=id_number.warnings if id_number else (),
        ),
        [],
    )
