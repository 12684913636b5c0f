"""What the import wizard reads before anything is written: the sheet, its mapping, questions.

The wizard shows a logbook even when its header lacks a required column (the clerk maps it by
hand), proposes the column mapping used last for the same header layout, and lists the procedure
names and labels that need the clerk's word. Everything here reads; the import itself is
:func:`models.records_import.import_records`, with the mapping the clerk settled on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from models.db import Database
from models.import_answers import Answers, Question
from models.import_mapping import ImportMapping
from models.import_memory import load_memory
from models.legacy_import import (
    LegacyTable,
    SourceSheet,
    read_all_sheets,
    read_source,
    table_from,
)
from models.legacy_sheets import ALL_SHEETS
from models.legacy_text import Override
from models.records_format import RecordsError
from models.records_rows import row_to_input
from models.reference import load_reference


@dataclass
class WizardReading:
    """A sheet as the wizard shows it, the mapping in effect, and what must be confirmed.

    ``remembered`` says the column mapping came from an earlier import of this header layout.
    ``sheets`` and ``skipped`` are set when every sheet of one layout is to be imported.
    """

    source: SourceSheet
    mapping: ImportMapping
    table: LegacyTable
    questions: list[Question]
    remembered: bool = False
    sheets: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def read_for_wizard(
    db: Database,
    path: Path,
    *,
    sheet: str | None = None,
    legacy_encoding: Override = "auto",
    mapping: ImportMapping | None = None,
) -> WizardReading:
    """Read ``path`` for the wizard (``sheet`` may be :data:`ALL_SHEETS`).

    Without a ``mapping`` of the clerk's own, the one remembered for the sheet's header layout
    is proposed. Raises :class:`RecordsError` only when the file cannot be read at all.
    """
    first = None if sheet == ALL_SHEETS else sheet
    source = read_source(
        path, sheet=first, legacy_encoding=legacy_encoding, mapping=mapping, strict=False
    )
    remembered = False
    if mapping is None or not mapping.columns:
        proposed = load_memory(db).mapping_for(source.layout)
        if proposed is not None:
            mapping = (mapping or ImportMapping()).merged(proposed)
            remembered = True
    mapping = mapping or ImportMapping()
    table = table_from(source, mapping, strict=False)
    reading = WizardReading(source, mapping, table, [], remembered)
    tables = [table]
    if sheet == ALL_SHEETS and not table.problems and path.suffix.lower() != ".csv":
        try:
            every = read_all_sheets(path, legacy_encoding=legacy_encoding, mapping=mapping)
        except RecordsError:
            pass  # the first sheet's problems are shown; the others are read at the import
        else:
            tables = every.tables
            reading.sheets = [t.sheet or "" for t in every.tables]
            reading.skipped = every.skipped
    reading.questions = questions_for(db, tables, mapping)
    return reading


def questions_for(
    db: Database, tables: list[LegacyTable], mapping: ImportMapping | None
) -> list[Question]:
    """The procedure names and labels of ``tables`` that neither the catalog nor the remembered
    aliases answer: each distinct one once, with its rows.

    Answers the clerk's ``mapping`` gives are not taken as settled here: the wizard lists such
    names too, with the mapping's answer chosen, so the clerk sees and can change it. Only the
    mapping's columns are used.
    """
    ref = load_reference(db)
    columns_only = ImportMapping(columns=dict(mapping.columns)) if mapping else None
    answers = Answers(ref, columns_only, load_memory(db).aliases)
    for table in tables:
        if table.problems:
            continue  # a column still unmapped: its cells say nothing yet
        for row in table.rows:
            row_to_input(row, ref, answers)
    return answers.open_questions()
