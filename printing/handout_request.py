"""What a handout prints: the request (procedure, wording, format, visit details) and its links.

Kept apart from the layout (printing/handout.py) so that screens can make and check a request
without loading ReportLab.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Protocol
from urllib.parse import quote

from models.commune import CommuneProfile
from models.db import Database
from models.handout_edits import current_text
from models.reference import ProcedureDetails

SIZES = ("A4", "A5")
# Nine or more digits in a row: an ID number (12), an old ID card (9) or a phone; never printed.
_ID_LIKE = re.compile(r"\d[\d .]{7,}\d")


class HandoutContent(Protocol):
    """What a handout text provides (models.handout_texts.HandoutText)."""

    @property
    def code(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def steps(self) -> tuple[str, ...]: ...
    @property
    def papers(self) -> tuple[str, ...]: ...
    @property
    def processing_time(self) -> str: ...
    @property
    def fee(self) -> str: ...
    @property
    def tips(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class HandoutRequest:
    """One handout to print: the procedure, its text, the format and the visit's details."""

    procedure_code: str
    procedure_name: str
    portal_url: str
    text: HandoutContent
    size: str = "A4"
    large_print: bool = False
    citizen_name: str = ""
    dossier_code: str = ""
    appointment: date | None = None
    clerk_name: str = ""

    def __post_init__(self) -> None:
        if self.size not in SIZES:
            raise ValueError(f"khổ giấy không hợp lệ: {self.size} (A4 hoặc A5)")
        for value in (self.citizen_name, self.dossier_code, self.clerk_name):
            if _ID_LIKE.search(value):
                raise ValueError("phiếu hướng dẫn không được in số định danh hay số điện thoại")

    @property
    def personal(self) -> bool:
        """True when the handout carries details of a visit."""
        return bool(self.citizen_name or self.dossier_code or self.appointment or self.clerk_name)


def request_for(
    db: Database,
    details: ProcedureDetails,
    *,
    size: str = "A4",
    large_print: bool = False,
    citizen_name: str = "",
    dossier_code: str = "",
    appointment: date | None = None,
    clerk_name: str = "",
) -> HandoutRequest:
    """The handout of a catalog procedure in the commune's current wording.

    Raises HandoutTextError when the procedure has no text, ValueError for a refused field.
    """
    return HandoutRequest(
        procedure_code=details.code,
        procedure_name=details.name,
        portal_url=details.portal_url,
        text=current_text(db, details.code),
        size=size,
        large_print=large_print,
        citizen_name=citizen_name,
        dossier_code=dossier_code,
        appointment=appointment,
        clerk_name=clerk_name,
    )


def procedure_url(code: str, name: str, portal_url: str, profile: CommuneProfile) -> str:
    """The procedure's page: its catalog URL, else the profile's template filled in."""
    if portal_url.strip():
        return portal_url.strip()
    template = profile.portal_url_template
    return template.replace("{code}", quote(code, safe="")).replace("{name}", quote(name, safe=""))


def handout_links(
    procedure_code: str, procedure_name: str, portal_url: str, profile: CommuneProfile
) -> list[tuple[str, str]]:
    """(label, url) of each QR code: the procedure's page, the dossier lookup, the VNeID app."""
    links = [
        ("Trang thủ tục", procedure_url(procedure_code, procedure_name, portal_url, profile)),
        ("Tra cứu hồ sơ", profile.lookup_url.strip()),
        ("Ứng dụng VNeID", profile.vneid_url.strip()),
    ]
    return [(label, url) for label, url in links if url]
