"""One row of the canonical visit file, to a visit and back.

Reading turns cells into a :class:`VisitInput` and hands it to :func:`validate_visit`, the same
validation the desk-log form uses, so a file can never store what the form would refuse. Writing
turns a visit into cells with the Vietnamese labels of :class:`ReferenceData`.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from models.import_answers import Answers
from models.import_mapping import LABEL_KINDS
from models.records_format import (
    ASSISTANCE,
    BIRTH_YEAR,
    CHANNEL,
    CLERK,
    COLUMNS,
    DATE,
    DOSSIER_CODE,
    ID_NUMBER,
    NAME,
    NOTE,
    OUTCOME,
    PERSONAL,
    PHONE,
    PROCEDURE_CODE,
    PROCEDURE_NAME,
    REASON,
    SEX,
    TIME,
    VILLAGE,
    Cell,
    Cells,
    RowError,
    SourceRow,
)
from models.reference import ProcedureRef, ReferenceData
from models.text import clean
from models.validation import Invalid, mask_id, parse_date, parse_time
from models.visit_input import CleanVisit, VisitInput, validate_visit

ASSISTANCE_SEPARATOR = ";"
# Which column a form field's error belongs to.
_FIELD_COLUMNS = {
    "occurred_at": DATE,
    "citizen_name": NAME,
    "birth_year": BIRTH_YEAR,
    "phone": PHONE,
    "id_number": ID_NUMBER,
    "procedure": PROCEDURE_CODE,
    "assistance": ASSISTANCE,
    "channel": CHANNEL,
    "outcome": OUTCOME,
    "dossier_code": DOSSIER_CODE,
    "reason": REASON,
}


# Labels, villages, clerks, times: a file of 100,000 rows holds a few hundred of each.
_clean_repeated = lru_cache(maxsize=4096)(clean)


def cell_text(value: Cell) -> str:
    """A cell as clean NFC text; a whole number that a spreadsheet stored as 1965.0 reads "1965"."""
    if isinstance(value, str):  # most cells, first
        return clean(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean(str(value))


def _whole_number(value: Cell) -> int | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    return None


# Excel drops the leading zeros of a phone or ID number typed as a number: put them back.
def _phone_text(value: Cell) -> str:
    number = _whole_number(value)
    return cell_text(value) if number is None else f"0{number}"


def _id_text(value: Cell) -> str:
    number = _whole_number(value)
    return cell_text(value) if number is None else str(number).zfill(12)


def _moment_of(raw_date: Cell) -> time:
    """The time of day a date cell carries: a date-time's, or a date serial's fraction."""
    if isinstance(raw_date, datetime):
        return raw_date.time()
    if isinstance(raw_date, float) and not raw_date.is_integer() and raw_date > 0:
        return parse_time(raw_date % 1)
    return time(0, 0)


def _labels(ref: ReferenceData, kind: str) -> str:
    return ", ".join(ref.labels.get(kind, {}).values())


class _RowReader:
    """Reads the cells of one row into a :class:`VisitInput`, collecting every problem."""

    def __init__(self, row: SourceRow, ref: ReferenceData, answers: Answers | None) -> None:
        self.row = row
        self.cells = row.cells
        self.ref = ref
        self.answers = answers or Answers(ref)
        self.where = (row.sheet, row.number)
        self.errors: list[RowError] = []

    def error(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.row.number, column, message, self.row.sheet))

    def text(self, column: str) -> str:
        value = self.cells.get(column)
        if type(value) is str:  # nearly every cell: cell_text's first case, a call fewer
            return clean(value)
        return cell_text(value)

    def repeated_text(self, column: str) -> str:
        """:meth:`text` of a column whose few values come back row after row (codes, villages)."""
        value = self.cells.get(column)
        if type(value) is str:
            return _clean_repeated(value)
        return cell_text(value)

    def occurred_at(self) -> datetime | None:
        raw_date, raw_time = self.row.get(DATE), self.row.get(TIME)
        try:
            day = parse_date(raw_date)
        except Invalid as exc:
            self.error(DATE, exc.message)
            return None
        if not (_clean_repeated(raw_time) if type(raw_time) is str else cell_text(raw_time)):
            # An Excel date-time in Ngày carries its own time (as does a date serial with a
            # fraction, 45693.5 being noon); a bare date: time unknown, 00:00.
            return datetime.combine(day, _moment_of(raw_date).replace(microsecond=0))
        try:
            return datetime.combine(day, parse_time(raw_time))
        except Invalid as exc:
            self.error(TIME, exc.message)
            return None

    def code(self, column: str, kind: str, what: str) -> str | None:
        text = self.repeated_text(column)
        if not text:
            return None
        if kind in LABEL_KINDS:
            code = self.answers.label(kind, text, self.where)
        else:
            code = self.ref.match_code(kind, text)
        if code is None:
            choices = _labels(self.ref, kind)
            self.error(column, f"{what} «{text}» không có trong danh mục: ghi một trong {choices}.")
        return code

    def assistance(self) -> list[str]:
        codes: list[str] = []
        unknown: list[str] = []
        for part in self.repeated_text(ASSISTANCE).split(ASSISTANCE_SEPARATOR):
            if not clean(part):
                continue
            code = self.answers.label("assistance", part, self.where)
            if code is None:
                unknown.append(f"«{clean(part)}»")
            else:
                codes.append(code)
        if unknown:
            self.error(
                ASSISTANCE,
                f"Không có trong danh mục hình thức hỗ trợ: {', '.join(unknown)}. Ghi tên như "
                f"trong danh mục ({_labels(self.ref, 'assistance')}), cách nhau bằng dấu «;»; "
                "hoặc chọn một lần hình thức tương ứng (bảng «Cần xác nhận» của trình nhập, "
                'mục "assistance" của tệp ghép cột).',
            )
        return codes

    def procedure(self) -> str:
        code_cell = self.row.get(PROCEDURE_CODE)
        code_text = _clean_repeated(code_cell) if type(code_cell) is str else cell_text(code_cell)
        if code_text:
            found = self._procedure_by_code(code_cell, code_text)
            if found is None:
                self.error(
                    PROCEDURE_CODE,
                    f"Mã thủ tục «{code_text}» không có trong danh mục: kiểm tra mã, "
                    "hoặc để trống và ghi đúng «Tên thủ tục».",
                )
            return found.code if found else ""
        name = self.text(PROCEDURE_NAME)
        if not name:
            return ""
        by_name, problem = self.answers.procedure(name, self.where)
        if problem is not None:
            self.error(PROCEDURE_NAME, problem)
        return by_name.code if by_name else ""

    def _procedure_by_code(self, value: Cell, text: str) -> ProcedureRef | None:
        candidates = [text]
        if isinstance(value, float):
            # A code typed into Excel as a number loses its trailing zeros: 1.000890 → 1.00089.
            candidates.append(f"{value:.6f}")
        return next((p for c in candidates if (p := self.ref.procedure(c)) is not None), None)

    def reason(self) -> tuple[str | None, str]:
        return parse_reason(self.repeated_text(REASON), self.ref)


def parse_reason(text: str, ref: ReferenceData) -> tuple[str | None, str]:
    """Read "label", "label: free text" or free text; free text alone is reason ``other``."""
    text = clean(text)
    if not text:
        return None, ""
    code = ref.match_code("reason", text)
    if code is not None:
        return code, ""
    head, colon, tail = text.partition(":")
    if colon:
        code = ref.match_code("reason", head)
        if code is not None:
            return code, clean(tail)
    return "other", text


def row_to_input(
    row: SourceRow, ref: ReferenceData, answers: Answers | None = None
) -> tuple[VisitInput | None, list[RowError]]:
    """Read one row's cells into a :class:`VisitInput`, with every problem found on the way.

    The input is ``None`` only when the date or time cannot be read; the other checks are made
    by :func:`validate_visit` (see :func:`convert_row`).
    """
    reader = _RowReader(row, ref, answers)
    occurred_at = reader.occurred_at()
    phone = _phone_text(row.get(PHONE))
    reason_code, reason_text = reader.reason()
    raw = VisitInput(
        occurred_at=occurred_at or datetime.combine(date.today(), time(0, 0)),
        citizen_name=reader.text(NAME),
        birth_year=reader.text(BIRTH_YEAR) or None,
        sex=reader.code(SEX, "sex", "Giới tính"),
        phone=phone,
        # The canonical file holds a phone only where consent was recorded when it was taken.
        phone_consent=bool(phone),
        id_number=_id_text(row.get(ID_NUMBER)),
        village=reader.repeated_text(VILLAGE),
        procedure_code=reader.procedure(),
        assistance=reader.assistance(),
        channel=reader.code(CHANNEL, "channel", "Kênh nộp"),
        outcome=reader.code(OUTCOME, "outcome", "Kết quả") or "",
        dossier_code=reader.text(DOSSIER_CODE),
        reason_code=reason_code,
        reason_text=reason_text,
        clerk_name=reader.repeated_text(CLERK),
        note=reader.text(NOTE),
    )
    _check_outcome_fields(reader, raw)
    return (raw if occurred_at is not None else None), reader.errors


def _check_outcome_fields(reader: _RowReader, raw: VisitInput) -> None:
    # The form has no reason for other outcomes; a file that fills it would lose it.
    if raw.outcome and raw.outcome != "not_completed" and raw.reason_code:
        reader.error(
            REASON,
            "Lý do chỉ ghi khi kết quả là «Chưa hoàn thành»: sửa kết quả, hoặc chuyển lý do "
            "sang cột «Ghi chú».",
        )


def convert_row(
    row: SourceRow,
    ref: ReferenceData,
    now: datetime | None = None,
    answers: Answers | None = None,
) -> tuple[CleanVisit | None, list[RowError]]:
    """Read and validate one row: the clean visit, or ``None`` and every problem of the row.

    ``now`` is the commune's local time (naive): a visit dated in the future is refused.
    ``answers`` resolve procedure names and labels the catalog does not hold as written, and
    collect the questions the row raises (:mod:`models.import_answers`).
    """
    raw, errors = row_to_input(row, ref, answers)
    # Validate even a row whose date is unreadable, so the clerk sees all its problems at once.
    probe = raw or _placeholder_input(row, ref, answers)
    clean_visit, field_errors = validate_visit(probe, ref, now if raw else None)
    reported = {error.column for error in errors}
    for field_error in field_errors:
        column = _FIELD_COLUMNS.get(field_error.field, "")
        if column == PROCEDURE_CODE and not cell_text(row.get(PROCEDURE_CODE)):
            column = PROCEDURE_NAME if cell_text(row.get(PROCEDURE_NAME)) else PROCEDURE_CODE
        if column not in reported:  # one message per cell: the reader's is the more precise
            errors.append(RowError(row.number, column, field_error.message, row.sheet))
    if errors:
        # In the file's column order, so the clerk can walk along the row while fixing it.
        errors.sort(key=lambda e: COLUMNS.index(e.column) if e.column in COLUMNS else len(COLUMNS))
        return None, errors
    return clean_visit, []


def _placeholder_input(row: SourceRow, ref: ReferenceData, answers: Answers | None) -> VisitInput:
    # The row's input with today's date standing in for an unreadable one (errors dropped).
    dated = SourceRow(row.number, {**row.cells, DATE: date.today(), TIME: None}, row.sheet)
    raw, _ = row_to_input(dated, ref, answers)
    assert raw is not None  # today's date always reads
    return raw


def _reason_cell(code: str | None, text: str, ref: ReferenceData) -> str:
    if not code:
        return ""
    label = ref.label("reason", code)
    return f"{label}: {text}" if text else label


def _masked_id(id_number: str) -> str:
    # Only the last four digits ever leave the database; a full number would be personal data.
    digits = "".join(ch for ch in id_number if ch.isdigit())
    return mask_id(digits[-4:]) if len(digits) >= 4 else ""


def input_to_cells(
    raw: VisitInput,
    ref: ReferenceData,
    *,
    with_personal_data: bool,
    procedure_name: str | None = None,
) -> Cells:
    """The cells of one visit in the canonical format, values as Vietnamese labels.

    Personal fields (name, birth year, phone, ID number, note) stay empty unless
    ``with_personal_data``; the ID number is always written masked (``********1234``).
    ``procedure_name`` overrides the catalog's (a visit may name a procedure since retired).
    """
    procedure = ref.procedure(raw.procedure_code)
    if procedure_name is None:
        procedure_name = procedure.name if procedure else ""
    order = ref.codes("assistance")
    assistance = sorted(raw.assistance, key=lambda c: order.index(c) if c in order else len(order))
    cells: Cells = {
        DATE: raw.occurred_at.date(),
        TIME: raw.occurred_at.strftime("%H:%M"),
        NAME: raw.citizen_name,
        BIRTH_YEAR: int(raw.birth_year) if raw.birth_year else None,
        SEX: ref.label("sex", raw.sex),
        PHONE: raw.phone if raw.phone_consent else "",
        ID_NUMBER: _masked_id(raw.id_number),
        VILLAGE: raw.village,
        PROCEDURE_CODE: raw.procedure_code,
        PROCEDURE_NAME: procedure_name,
        ASSISTANCE: "; ".join(ref.label("assistance", code) for code in assistance),
        CHANNEL: ref.label("channel", raw.channel),
        OUTCOME: ref.label("outcome", raw.outcome),
        DOSSIER_CODE: raw.dossier_code,
        REASON: _reason_cell(raw.reason_code, raw.reason_text, ref),
        CLERK: raw.clerk_name,
        NOTE: raw.note,
    }
    if not with_personal_data:
        cells.update(dict.fromkeys(PERSONAL))
    return cells
