"""The digitization workflow: every allowed move, every refused one, over random move sequences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.digitization_workflow import (
    ARCHIVED,
    CHECKED,
    FINAL_STATES,
    KINDS,
    REASONS,
    RECEIVED,
    RETURNED,
    SCAN_AGAIN,
    SCANNED,
    SIGNED,
    STATE_LABELS,
    STATES,
    UPLOADED,
    WorkflowError,
    can_move,
    check_move,
    next_step,
)

ALLOWED = {
    (RECEIVED, SCANNED),
    (SCAN_AGAIN, SCANNED),
    (SCANNED, CHECKED),
    (CHECKED, SIGNED),
    (SIGNED, UPLOADED),
    (UPLOADED, RETURNED),
    (UPLOADED, ARCHIVED),
    (SCANNED, SCAN_AGAIN),
    (CHECKED, SCAN_AGAIN),
    (SIGNED, SCAN_AGAIN),
    (UPLOADED, SCAN_AGAIN),
}


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("target", STATES)
def test_exactly_the_documented_moves_are_allowed(state: str, target: str) -> None:
    assert can_move(state, target) == ((state, target) in ALLOWED)
    if (state, target) in ALLOWED:
        check_move(state, target, reason="blurred")
    else:
        with pytest.raises(WorkflowError) as refused:
            check_move(state, target, reason="blurred", what="HS-01 · Giấy khai sinh")
        assert STATE_LABELS[state] in refused.value.message
        assert "HS-01" in refused.value.message


def test_a_send_back_needs_a_reason() -> None:
    with pytest.raises(WorkflowError, match="lý do"):
        check_move(CHECKED, SCAN_AGAIN)
    with pytest.raises(WorkflowError, match="lý do"):
        check_move(CHECKED, SCAN_AGAIN, reason="coffee")


def test_a_skipped_step_names_the_step_expected() -> None:
    with pytest.raises(WorkflowError) as refused:
        check_move(RECEIVED, SIGNED)
    assert "«Đã quét»" in refused.value.message


def test_after_upload_citizens_papers_are_returned_and_registers_archived() -> None:
    assert next_step(UPLOADED, "dossier_component") == RETURNED
    assert next_step(UPLOADED, "result") == RETURNED
    assert next_step(UPLOADED, "civil_status_book") == ARCHIVED
    assert next_step(RETURNED, "result") is None


MOVE = st.one_of(
    st.tuples(st.just("next"), st.none()),
    st.tuples(st.just("back"), st.sampled_from([*REASONS, None])),
    st.tuples(st.just("to"), st.sampled_from(STATES)),
)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(KINDS), moves=st.lists(MOVE, max_size=30))
def test_random_move_sequences_follow_the_graph(
    kind: str, moves: list[tuple[str, str | None]]
) -> None:
    state = RECEIVED
    for action, value in moves:
        if action == "next":
            target = next_step(state, kind)
            if target is None:
                assert state in FINAL_STATES
                continue
            reason = None
        elif action == "back":
            target, reason = SCAN_AGAIN, value
        else:
            assert value is not None
            target, reason = value, "other"
        allowed = can_move(state, target) and (target != SCAN_AGAIN or reason in REASONS)
        try:
            check_move(state, target, reason=reason)
        except WorkflowError as exc:
            assert not allowed
            assert exc.message  # always a sentence for the user
            continue
        assert allowed
        assert state not in FINAL_STATES  # nothing leaves a final state
        state = target
    assert state in STATES
