"""Names and labels an import does not know for sure: answered once, asked otherwise.

A procedure name that folds to a catalog name is that procedure. One that only comes close
("Dang ky khai sinh cho tre" for «Đăng ký khai sinh») is never taken silently: it becomes a
:class:`Question` with the proposed code, and its rows are errors until the clerk confirms (in
the wizard, with ``--accept-near-matches``, or in a mapping file). Assistance, channel and
outcome labels that are not in the reference lists are asked the same way. Answers come from
the mapping file or the wizard, and from what earlier imports remembered
(:mod:`models.import_memory`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from models.import_mapping import LABEL_KINDS, ImportMapping, key_of
from models.records_format import RecordsError
from models.reference import ProcedureRef, ReferenceData

PROCEDURE = "procedure"
# How alike two folded names must be (difflib's ratio) to propose one for the other.
NEAR_RATIO = 0.75
KIND_NAMES = {
    PROCEDURE: "Tên thủ tục",
    "assistance": "Hình thức hỗ trợ",
    "channel": "Kênh nộp",
    "outcome": "Kết quả",
}
SECTIONS = {PROCEDURE: "procedures", **{kind: kind for kind in LABEL_KINDS}}


@dataclass
class Question:
    """One distinct name or label of the file that needs the clerk's word, and where it is."""

    kind: str  # "procedure" or a label kind
    text: str  # as written (converted)
    proposal: str | None  # the code proposed, for a near match
    proposal_label: str = ""  # "1.001193 · Đăng ký khai sinh", or the label of the code
    rows: list[tuple[str | None, int]] = field(default_factory=list)  # (sheet, row)

    @property
    def kind_name(self) -> str:
        """The column the question is about, as the file format names it."""
        return KIND_NAMES[self.kind]

    def describe(self) -> str:
        """ "«Khai sinh cho con» → 1.001193 · Đăng ký khai sinh (dòng 4, 7)", for the report."""
        target = f" → {self.proposal_label}" if self.proposal else " → (không có tên gần giống)"
        return f"«{self.text}»{target} ({self.where()})"

    def where(self, limit: int = 5) -> str:
        """ "dòng 4, 7, 9 và 2 dòng khác"."""
        numbers = [str(row) for _sheet, row in self.rows[:limit]]
        text = "dòng " + ", ".join(numbers)
        if len(self.rows) > limit:
            text += f" và {len(self.rows) - limit} dòng khác"
        return text


class Answers:
    """The import's answers (given ones first, then remembered ones), and its open questions.

    ``accept_near`` takes every proposal of a near match as confirmed (``--accept-near-matches``);
    what was confirmed so is listed in ``accepted``, to be remembered with the import.
    """

    def __init__(
        self,
        ref: ReferenceData,
        given: ImportMapping | None = None,
        remembered: ImportMapping | None = None,
        *,
        accept_near: bool = False,
    ) -> None:
        self.ref = ref
        self.given = given or ImportMapping()
        self.remembered = remembered or ImportMapping()
        self.accept_near = accept_near
        self.questions: dict[tuple[str, str], Question] = {}
        self.accepted = ImportMapping()
        self._check_given()
        # Looked up once per row: keyed once here, not once per row and entry.
        sources = (self.given, self.remembered)
        self._procedures = [{key_of(n): c for n, c in m.procedures.items()} for m in sources]
        self._labels = [
            {kind: {key_of(t): c for t, c in m.labels.get(kind, {}).items()} for kind in m.labels}
            for m in sources
        ]

    def _check_given(self) -> None:
        for name, code in self.given.procedures.items():
            if self.ref.procedure(code) is None and self.ref.find_procedure(code) is None:
                raise RecordsError(
                    f"Cách ghép cột: thủ tục «{name}» được ghép với mã «{code}», không có trong "
                    'danh mục thủ tục. Sửa mã trong mục "procedures".'
                )
        for kind, entries in self.given.labels.items():
            for label, code in entries.items():
                if self._exact_label(kind, code) is None:
                    choices = ", ".join(self.ref.codes(kind))
                    raise RecordsError(
                        f"Cách ghép cột: «{label}» được ghép với «{code}», không có trong danh "
                        f"mục {KIND_NAMES[kind].lower()}. Ghi một mã trong: {choices}."
                    )

    def _exact_label(self, kind: str, text: str) -> str | None:
        code = self.ref.match_code(kind, text)
        if code is not None:
            return code
        wanted = key_of(text)
        for code, label in self.ref.labels.get(kind, {}).items():
            short = self.ref.short_labels.get(kind, {}).get(code, "")
            if wanted in (key_of(code), key_of(label), key_of(short) if short else None):
                return code
        return None

    def _ask(
        self, kind: str, text: str, proposal: str | None, where: tuple[str | None, int]
    ) -> None:
        if proposal is None:
            shown = ""
        elif kind == PROCEDURE:
            found = self.ref.procedure(proposal)
            shown = found.display if found else proposal
        else:
            shown = self.ref.label(kind, proposal)
        question = self.questions.setdefault(
            (kind, key_of(text)), Question(kind, text, proposal, shown)
        )
        if where not in question.rows:
            question.rows.append(where)

    def procedure(
        self, name: str, where: tuple[str | None, int]
    ) -> tuple[ProcedureRef | None, str | None]:
        """The procedure a name stands for, or ``None`` and why (Vietnamese) for the row."""
        found = self.ref.find_procedure(name)
        if found is not None:
            return found, None
        for answers in self._procedures:
            code = answers.get(key_of(name))
            if code is not None:
                chosen = self.ref.procedure(code) or self.ref.find_procedure(code)
                if chosen is not None:
                    return chosen, None
        near = self.near_procedure(name)
        if near is not None and self.accept_near:
            self.accepted.procedures[name] = near.code
            self._ask(PROCEDURE, name, near.code, where)  # listed in the report, as accepted
            return near, None
        self._ask(PROCEDURE, name, near.code if near else None, where)
        if near is None:
            return None, (
                f"Không tìm thấy thủ tục «{name}» trong danh mục: ghi đúng tên như trong danh "
                "mục, ghi «Mã thủ tục», hoặc chọn thủ tục tương ứng (bảng «Cần xác nhận» của "
                'trình nhập, mục "procedures" của tệp ghép cột).'
            )
        return None, (
            f"Tên thủ tục «{name}» gần giống «{near.display}» nhưng chưa được xác nhận: xác "
            "nhận trong bảng «Cần xác nhận» của trình nhập, chạy lại với --accept-near-matches, "
            'hoặc ghi vào mục "procedures" của tệp ghép cột.'
        )

    def near_procedure(self, name: str) -> ProcedureRef | None:
        """The catalog procedure whose folded name is closest to ``name``, if close enough."""
        folded = {p.folded: p for p in self.ref.procedures}
        close = difflib.get_close_matches(key_of(name), list(folded), n=1, cutoff=NEAR_RATIO)
        if close:
            return folded[close[0]]
        # "Khai sinh" is no close spelling of "Đăng ký khai sinh", but only one name holds it.
        found = self.ref.search_procedures(name)
        return found[0] if len(found) == 1 else None

    def label(self, kind: str, text: str, where: tuple[str | None, int]) -> str | None:
        """The code a label stands for; ``None`` (and a question) when it needs an answer."""
        code = self._exact_label(kind, text)
        if code is not None:
            return code
        for answers in self._labels:
            answer = answers.get(kind, {}).get(key_of(text))
            if answer is not None and (chosen := self._exact_label(kind, answer)) is not None:
                return chosen
        labels = {key_of(label): code for code, label in self.ref.labels.get(kind, {}).items()}
        close = difflib.get_close_matches(key_of(text), list(labels), n=1, cutoff=NEAR_RATIO)
        proposal = labels[close[0]] if close else None
        self._ask(kind, text, proposal, where)
        if proposal is not None and self.accept_near:
            self.accepted.labels.setdefault(kind, {})[text] = proposal
            return proposal
        return None

    def open_questions(self) -> list[Question]:
        """What still needs an answer (near matches accepted by ``accept_near`` excluded)."""
        return [q for q in self.questions.values() if not self._was_accepted(q)]

    def accepted_near(self) -> list[Question]:
        """The near matches taken as proposed because of ``accept_near``."""
        return [q for q in self.questions.values() if self._was_accepted(q)]

    def _was_accepted(self, question: Question) -> bool:
        if question.kind == PROCEDURE:
            return question.text in self.accepted.procedures
        return question.text in self.accepted.labels.get(question.kind, {})

    def to_remember(self) -> ImportMapping:
        """The answers given or accepted in this import, to be used without asking next time."""
        return self.given.merged(self.accepted)
