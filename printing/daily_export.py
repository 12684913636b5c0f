"""Exporting the daily summary for the upper level: one service for the command line and the GUI.

Each export counts its revision and writes its audit entry in the same transaction as the file, so
two desks exporting the same day at once still get distinct revisions, and the chair's reminder
knows a day was sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from models import audit
from models.commune import CommuneProfile, load_profile
from models.daily_summary import DailySummary, compute_summary
from models.day_lock import DayLock, locks_between
from models.db import Database
from models.entities import AuditEntry
from models.reference import ReferenceData, load_reference
from models.summary_document import atomic_write, summary_document, write_csv, write_json

EXPORT_ACTION = "export-daily"
AUDIT_ENTITY = "daily_summary"


@dataclass(frozen=True)
class ExportJob:
    """Everything a writer of one export format needs; built once per export."""

    summary: DailySummary
    profile: CommuneProfile
    ref: ReferenceData
    locks: dict[date, DayLock]
    generated_at: datetime
    revision: int

    @property
    def locked(self) -> bool:
        """True when every day of the summary is locked."""
        days = (self.summary.last - self.summary.first).days + 1
        return len(self.locks) == days

    @property
    def lock(self) -> DayLock | None:
        """The lock of a single-day summary (``None`` for a period or an open day)."""
        return self.locks.get(self.summary.first) if self.summary.is_single_day else None

    def document(self) -> dict[str, Any]:
        """The JSON document (also what an XLSX export embeds in its hidden data sheet)."""
        return summary_document(
            self.summary,
            self.profile,
            self.ref,
            locked=self.locked,
            generated_at=self.generated_at,
            revision=self.revision,
        )


def _write_json(path: Path, job: ExportJob) -> None:
    write_json(path, job.document())


def _write_csv(path: Path, job: ExportJob) -> None:
    write_csv(path, job.summary, job.profile, job.ref, job.locked)


# The workbook and the PDF are written to a hidden partial file first, like the JSON and the CSV:
# a crash half-way never leaves half a file under the name the upper level reads.
def _write_xlsx(path: Path, job: ExportJob) -> None:
    # openpyxl and ReportLab load on the first export, not at start: the window shows sooner.
    from printing.daily_report_xlsx import write_daily_xlsx

    document = job.document()
    atomic_write(
        path,
        lambda target: write_daily_xlsx(
            target,
            job.summary,
            job.profile,
            job.ref,
            job.lock,
            document=document,
            generated_at=job.generated_at,
        ),
    )


def _write_pdf(path: Path, job: ExportJob) -> None:
    from printing.daily_report_pdf import write_daily_pdf

    atomic_write(
        path,
        lambda target: write_daily_pdf(
            target, job.summary, job.profile, job.ref, job.lock, generated_at=job.generated_at
        ),
    )


WRITERS: dict[str, Callable[[Path, ExportJob], None]] = {
    "json": _write_json,
    "csv": _write_csv,
    "xlsx": _write_xlsx,
    "pdf": _write_pdf,
}
FORMATS = tuple(WRITERS)


def _days_key(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _export(db: Database, job: ExportJob, path: Path, fmt: str, actor: str) -> ExportJob:
    """Write the file and its audit entry; the revision is counted inside the same transaction."""
    first, last = job.summary.first, job.summary.last
    key = _days_key(first, last)
    with db.transaction() as session:
        # BEGIN IMMEDIATE: two desks exporting the same day at once still get distinct revisions.
        earlier = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == EXPORT_ACTION, AuditEntry.entity_id == key)
        )
        job = replace(job, revision=1 + (earlier or 0))
        WRITERS[fmt](path, job)
        audit.record(
            session,
            actor=actor,
            action=EXPORT_ACTION,
            entity=AUDIT_ENTITY,
            entity_id=key,
            after={
                "file": path.name,
                "from": first.isoformat(),
                "to": last.isoformat(),
                "format": fmt,
                "revision": job.revision,
                "locked": job.locked,
            },
        )
    return job


def build_job(
    db: Database, first: date, last: date, profile: CommuneProfile | None = None
) -> ExportJob:
    """The summary of ``first`` to ``last`` with what every format needs."""
    ref = load_reference(db)
    return ExportJob(
        summary=compute_summary(db, ref, first, last),
        profile=profile or load_profile(db),
        ref=ref,
        locks=locks_between(db, first, last),
        generated_at=datetime.now(db.tz),
        revision=1,
    )


def export_daily(
    db: Database, first: date, last: date, fmt: str, path: Path, *, actor: str
) -> ExportJob:
    """Write one export file of the days ``first`` to ``last`` in format ``fmt``; audited.

    Raises :class:`models.summary_document.ExportError` with a Vietnamese message when the file
    cannot be written.
    """
    return _export(db, build_job(db, first, last), path, fmt, actor)


def was_exported(db: Database, day: date) -> bool:
    """True once the summary of ``day`` has been exported (in any format)."""
    with db.reading() as session:
        count = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == EXPORT_ACTION, AuditEntry.entity_id == day.isoformat())
        )
    return bool(count)
