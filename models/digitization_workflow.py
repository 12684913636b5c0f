"""The digitization workflow: which moves an item may make, and the words for its codes.

received → scanned → checked → signed → uploaded → returned | archived, as digitization trackers
(Goobi, Kitodo) run it. Quality control sends a bad scan back to ``scan_again`` with a reason, from
``scanned`` (the checker looking at a fresh scan) or any later step before the paper leaves; a
re-scan goes to ``scanned`` again. ``returned`` and ``archived`` are final. Pure rules, no database.
"""

from __future__ import annotations

RECEIVED = "received"
SCANNED = "scanned"
CHECKED = "checked"
SIGNED = "signed"
UPLOADED = "uploaded"
RETURNED = "returned"
ARCHIVED = "archived"
SCAN_AGAIN = "scan_again"

# Display order: the order a pile of paper goes through the desk.
STATES = (RECEIVED, SCAN_AGAIN, SCANNED, CHECKED, SIGNED, UPLOADED, RETURNED, ARCHIVED)
FINAL_STATES = frozenset({RETURNED, ARCHIVED})
OPEN_STATES = tuple(state for state in STATES if state not in FINAL_STATES)
SEND_BACK_FROM = frozenset({SCANNED, CHECKED, SIGNED, UPLOADED})
# The due date is for the digitization itself: once uploaded, an item is no longer late.
DUE_STATES = frozenset({RECEIVED, SCAN_AGAIN, SCANNED, CHECKED, SIGNED})

FORWARD: dict[str, frozenset[str]] = {
    RECEIVED: frozenset({SCANNED}),
    SCAN_AGAIN: frozenset({SCANNED}),
    SCANNED: frozenset({CHECKED}),
    CHECKED: frozenset({SIGNED}),
    SIGNED: frozenset({UPLOADED}),
    UPLOADED: frozenset({RETURNED, ARCHIVED}),
    RETURNED: frozenset(),
    ARCHIVED: frozenset(),
}

KINDS = ("dossier_component", "result", "civil_status_book", "other")
REASONS = ("blurred", "missing_page", "wrong_document", "other")

# The Vietnamese label of every code, written once: screens, CLI and reports take them from here.
STATE_LABELS = {
    RECEIVED: "Đã nhận",
    SCAN_AGAIN: "Cần quét lại",
    SCANNED: "Đã quét",
    CHECKED: "Đã kiểm tra",
    SIGNED: "Đã ký số",
    UPLOADED: "Đã đưa lên",
    RETURNED: "Đã trả",
    ARCHIVED: "Đã lưu kho",
}
KIND_LABELS = {
    "dossier_component": "Thành phần hồ sơ",
    "result": "Kết quả giải quyết",
    "civil_status_book": "Sổ hộ tịch",
    "other": "Khác",
}
KIND_SHORT_LABELS = {
    "dossier_component": "Hồ sơ",
    "result": "Kết quả",
    "civil_status_book": "Sổ hộ tịch",
    "other": "Khác",
}
REASON_LABELS = {
    "blurred": "Ảnh mờ",
    "missing_page": "Thiếu trang",
    "wrong_document": "Nhầm tài liệu",
    "other": "Lý do khác",
}


class WorkflowError(Exception):
    """A move the workflow does not allow; ``message`` is Vietnamese and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def next_step(state: str, kind: str) -> str | None:
    """The one step forward from ``state`` (``None`` when final).

    After upload the paper of a citizen (dossier component, result) is given back; a register or
    any other paper of the commune goes to the archive.
    """
    if state == UPLOADED:
        return RETURNED if kind in ("dossier_component", "result") else ARCHIVED
    targets = FORWARD.get(state, frozenset())
    return next(iter(targets)) if targets else None


def can_move(state: str, target: str) -> bool:
    """True when an item in ``state`` may go to ``target`` (a send-back included)."""
    if target == SCAN_AGAIN:
        return state in SEND_BACK_FROM
    return target in FORWARD.get(state, frozenset())


def check_move(state: str, target: str, *, reason: str | None = None, what: str = "") -> None:
    """Raise :class:`WorkflowError` unless ``state`` → ``target`` is allowed.

    A send-back needs one of :data:`REASONS`; ``what`` names the item in the message.
    """
    if state not in STATE_LABELS or target not in STATE_LABELS:
        raise WorkflowError(f"Trạng thái không hợp lệ: «{state}» → «{target}».")
    name = f"«{what}» " if what else ""
    here, there = STATE_LABELS[state], STATE_LABELS[target]
    if state in FINAL_STATES:
        raise WorkflowError(
            f"Tài liệu {name}đã ở bước cuối «{here}»: không chuyển sang «{there}» được nữa."
        )
    if target == SCAN_AGAIN:
        if state not in SEND_BACK_FROM:
            raise WorkflowError(
                f"Tài liệu {name}đang ở bước «{here}», chưa quét nên chưa trả lại quét lại được."
            )
        if reason not in REASONS:
            raise WorkflowError(
                "Hãy chọn lý do trả lại quét lại: ảnh mờ, thiếu trang, nhầm tài liệu "
                "hoặc lý do khác."
            )
        return
    if target not in FORWARD[state]:
        expected = " hoặc ".join(f"«{STATE_LABELS[s]}»" for s in sorted(FORWARD[state]))
        raise WorkflowError(
            f"Không chuyển được tài liệu {name}từ «{here}» sang «{there}»: "
            f"bước tiếp theo phải là {expected}."
        )
