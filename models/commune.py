"""The commune profile: settings shared by every desk of a commune, kept in the database."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from models import audit
from models.access import Actor, Permission, require
from models.db import Database
from models.entities import Setting
from models.text import clean, excerpt

PROFILE_KEY = "commune_profile"


@dataclass(frozen=True)
class CommuneProfile:
    """Who the commune is and whom it reports to (the province since the 2025 reform)."""

    code: str = ""
    name: str = ""
    upper_level: str = "UBND tỉnh"
    unit_name: str = "Bộ phận Một cửa"
    # The province's target share of dossiers filed online (80% in the seeds' provinces).
    online_target: float = 0.8
    # When the chair is reminded that today is neither locked nor exported (local time, HH:MM).
    reminder_time: str = "16:30"
    # Handouts: where citizens get help, and the links printed as QR codes. Every link is data: the
    # portal changed its addresses in 2026 and will again. {code}, {name}: filled per procedure.
    desk_phone: str = ""
    opening_hours: str = "Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu"
    portal_url_template: str = (
        "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword={code}"
    )
    lookup_url: str = "https://dichvucong.gov.vn/tra-cuu-ho-so"
    vneid_url: str = "https://vneid.gov.vn"
    # Months the personal fields of a visit are kept (models.retention); the figures stay.
    retention_months: int = 24

    @property
    def is_set(self) -> bool:
        """True once the commune's code and name have been configured."""
        return bool(self.code and self.name)


def _read(session: Session) -> CommuneProfile:
    row = session.get(Setting, PROFILE_KEY)
    if row is None:
        return CommuneProfile()
    known = {f.name for f in fields(CommuneProfile)}
    return CommuneProfile(**{k: v for k, v in json.loads(row.value).items() if k in known})


def load_profile(db: Database) -> CommuneProfile:
    """The commune profile, or an empty one before ``configure`` was run."""
    with db.reading() as session:
        return _read(session)


_TEXT_FIELDS = (
    "code",
    "name",
    "upper_level",
    "unit_name",
    "desk_phone",
    "opening_hours",
    "portal_url_template",
    "lookup_url",
    "vneid_url",
)
_LINK_FIELDS = ("portal_url_template", "lookup_url", "vneid_url")


class ProfileError(ValueError):
    """A profile value that cannot be saved; the message is Vietnamese, for the person typing."""


def check_link(value: str) -> str | None:
    """Why ``value`` cannot be printed as a QR link, or ``None`` when it can (empty: no code)."""
    if not value:
        return None
    if not value.startswith(("https://", "http://")) or " " in value or "." not in value:
        return f"«{excerpt(value)}» không phải địa chỉ trang web (phải bắt đầu bằng https://)."
    return None


def save_profile(
    db: Database,
    *,
    actor: Actor,
    online_target: float | None = None,
    reminder_time: str | None = None,
    retention_months: int | None = None,
    **texts: str | None,
) -> CommuneProfile:
    """Change the given fields of the profile, keep the others; audited.

    ``texts`` are the text fields by name (``code``, ``name``, ``desk_phone``, ``lookup_url``…);
    ``None`` keeps a field. A link that is not a web address raises ProfileError.
    """
    require(db, actor, Permission.EDIT_SETTINGS)
    unknown = set(texts) - set(_TEXT_FIELDS)
    if unknown:
        raise TypeError(f"unknown profile fields: {sorted(unknown)}")
    changes: dict[str, Any] = {k: clean(v) for k, v in texts.items() if v is not None}
    for key in _LINK_FIELDS:
        problem = check_link(str(changes.get(key, "")))
        if problem:
            raise ProfileError(problem)
    if online_target is not None:
        changes["online_target"] = online_target
    if reminder_time is not None:
        changes["reminder_time"] = reminder_time
    if retention_months is not None:
        if not 1 <= retention_months <= 120:
            raise ProfileError("Thời gian lưu dữ liệu cá nhân phải từ 1 đến 120 tháng.")
        changes["retention_months"] = retention_months
    with db.transaction() as session:
        before = _read(session)
        after = replace(before, **changes)
        session.merge(Setting(key=PROFILE_KEY, value=json.dumps(asdict(after), ensure_ascii=False)))
        audit.record(
            session,
            actor=actor.name,
            action="configure",
            entity="commune_profile",
            before=asdict(before),
            after=asdict(after),
        )
    return after
