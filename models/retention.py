"""Keeping personal data no longer than needed: after the retention period (24 months by
default, in the commune profile) the personal fields of old visits are erased; the figures stay.

Name, phone, ID hash and last digits, dossier code, note and free-text reason are cleared. What
the figures are made of stays: date, procedure, assistance, channel, outcome, sex, birth year (the
60-and-over count), village, ethnic-minority and disability flags. So that the number of citizens
of an old day does not change, each erased visit keeps a token computed from the old name/birth
year or ID hash with a random salt that is thrown away at once: visits of one person in one run
share a token, and nobody can compute it again from a name.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import date

from sqlalchemy import select

from models import audit
from models.db import Database
from models.entities import DigitizationItem, Visit

ERASED_PREFIX = "erased:"
DEFAULT_MONTHS = 24


def erase_fields(visit: Visit, salt: bytes) -> None:
    """Clear the personal fields of ``visit``; ``salt`` (random, never kept) makes the token."""
    person = visit.id_hash or f"{visit.name_folded}|{visit.birth_year or ''}"
    token = hashlib.sha256(salt + person.encode("utf-8")).hexdigest()[:40]
    visit.citizen_name = ""
    visit.name_folded = ERASED_PREFIX + token
    visit.phone = None
    visit.phone_consent = False
    visit.id_hash = None
    visit.id_last4 = None
    visit.dossier_code = None
    visit.reason_text = ""
    visit.note = ""
    # The natural key is a plain hash of time, name and birth year: guessable, so salted.
    visit.dedup_key = hashlib.sha256(salt + visit.dedup_key.encode()).hexdigest()


def cutoff(today: date, months: int) -> date:
    """The first day that is kept: ``months`` calendar months before ``today``."""
    total = today.year * 12 + (today.month - 1) - months
    year, month = divmod(total, 12)
    day = min(today.day, 28)  # every month has a 28th
    return date(year, month + 1, day)


def erase_old_personal_data(
    db: Database, today: date, *, months: int = DEFAULT_MONTHS, actor: str, dry_run: bool = False
) -> int:
    """Erase the personal fields of visits dated before the cutoff; return how many visits."""
    if months < 1:
        raise ValueError("months must be at least 1")
    first_kept = cutoff(today, months)
    salt = secrets.token_bytes(32)
    with db.transaction() as session:
        visits = session.scalars(
            select(Visit).where(
                Visit.local_date < first_kept, Visit.name_folded.not_like(f"{ERASED_PREFIX}%")
            )
        ).all()
        if dry_run:
            return len(visits)
        for visit in visits:
            erase_fields(visit, salt)
        # The owner's name on papers received before the cutoff goes with the visits' names.
        owners = session.scalars(
            select(DigitizationItem).where(
                DigitizationItem.received_date < first_kept, DigitizationItem.owner_name != ""
            )
        ).all()
        for item in owners:
            item.owner_name = ""
        if visits or owners:
            audit.record(
                session,
                actor=actor,
                action="erase",
                entity="personal_data",
                entity_id=first_kept.isoformat(),
                after={
                    "visits": len(visits),
                    "digitization_items": len(owners),
                    "before": first_kept.isoformat(),
                    "months": months,
                },
            )
    return len(visits)
