"""What an import did (:class:`ImportReport`), and how it is asked to run (:class:`ImportOptions`).

The report is what the CLI prints, the wizard shows and the audit entry sums up; the options
carry the wizard's choices and its progress bar and cancel button to :mod:`models.records_import`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from models.import_answers import Question
from models.import_mapping import ImportMapping
from models.legacy_text import Override
from models.records_format import RowError


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do): counts, invalid rows, warnings.

    ``written`` says the visits were committed; ``accepted`` that the import went through (in a
    dry run: would have), so a dry run reports ``accepted`` and never ``written``. ``header_row``
    is the spreadsheet row of the header, ``sheet`` the sheet read (workbooks only), and
    ``encodings`` the legacy encoding each converted column was read in (TCVN3 or VNI; columns
    already in Unicode are not listed).
    """

    file_name: str
    total: int = 0
    added: int = 0
    duplicates: int = 0
    invalid: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    written: bool = False
    accepted: bool = False
    dry_run: bool = False
    header_row: int = 1
    sheet: str | None = None
    encodings: dict[str, str] = field(default_factory=dict)
    footer_rows: int = 0
    questions: list[Question] = field(default_factory=list)
    accepted_near: list[Question] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)
    all_sheets: bool = False
    cancelled: bool = False

    @property
    def invalid_rows(self) -> int:
        """How many rows have at least one problem."""
        return len({error.row for error in self.invalid})

    def audit_summary(self, skip_invalid: bool) -> dict[str, Any]:
        """The audit entry's content: the file name and counts, never personal data."""
        return {
            "file": self.file_name,
            "rows": self.total,
            "added": self.added,
            "duplicates": self.duplicates,
            "invalid_rows": self.invalid_rows,
            "skip_invalid": skip_invalid,
            "sheet": self.sheet,
            "sheets": self.sheets if self.all_sheets else None,
            "header_row": self.header_row,
            "footer_rows": self.footer_rows,
            "encodings": self.encodings,
        }


@dataclass
class ImportOptions:
    """How to read the file and what to do with near matches; progress and cancel hooks.

    ``progress(done, total)`` is called as rows are checked and written; ``cancelled()`` is
    asked as often: when it answers True, the import stops and writes nothing.
    """

    sheet: str | None = None
    legacy_encoding: Override = "auto"
    mapping: ImportMapping | None = None
    all_sheets: bool = False
    accept_near_matches: bool = False
    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def tick(self, done: int, total: int) -> None:
        """Report progress, and stop (:class:`ImportCancelled`) when asked to."""
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        if self.progress is not None:
            self.progress(done, total)


class ImportCancelled(Exception):
    """The person cancelled the import: everything done so far is rolled back."""
