"""Scheduling rules (docs/domain.md §2.2, §2.3): due dates, yearly compliance, due state, escalation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.schedule import (
    DueState,
    KeyAttention,
    Stage,
    add_months,
    clamp_next_due,
    client_due_state,
    due_state,
    escalation_task_due,
    key_attention,
    latest_next_due,
    needs_escalation,
    suggest_next_due,
    yearly_compliance,
)
from desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 15), 3, date(2026, 4, 15)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # leap year
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 3, 31), 3, date(2026, 6, 30)),
        (date(2026, 12, 31), 12, date(2027, 12, 31)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


VISIT = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("classification", "stage", "expected"),
    [
        (1, Stage.INITIAL, date(2026, 12, 7)),
        (1, Stage.CONFIRMED_STABLE, date(2026, 12, 7)),  # stage only matters for 基本稳定
        (2, Stage.INITIAL, date(2026, 12, 7)),
        (2, Stage.CONFIRMED_STABLE, date(2027, 2, 23)),
        (2, Stage.REFERRAL_CHECK, date(2026, 12, 7)),
        (3, Stage.INITIAL, date(2027, 2, 23)),
    ],
)
def test_suggest_next_due(classification: int, stage: Stage, expected: date) -> None:
    assert suggest_next_due(VISIT, classification, stage) == expected


def test_unknown_classification_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        suggest_next_due(VISIT, 4)
    assert caught.value.code == "schedule.classification"


@pytest.mark.parametrize(
    ("proposed", "expected"),
    [
        (date(2026, 12, 1), date(2026, 12, 1)),
        (date(2027, 2, 23), date(2027, 2, 23)),
        (date(2027, 2, 24), date(2027, 2, 23)),
        (date(2027, 11, 23), date(2027, 2, 23)),
    ],
)
def test_clamp_next_due(proposed: date, expected: date) -> None:
    assert clamp_next_due(proposed, VISIT) == expected


@pytest.mark.parametrize("proposed", [VISIT, VISIT - timedelta(days=1)])
def test_next_due_must_be_after_the_visit(proposed: date) -> None:
    with pytest.raises(ValidationError) as caught:
        clamp_next_due(proposed, VISIT)
    assert caught.value.code == "schedule.not_after_visit"


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)), st.sampled_from([1, 2, 3]), st.sampled_from(Stage)
)
def test_suggestion_never_exceeds_three_months(visit: date, classification: int, stage: Stage) -> None:
    due = suggest_next_due(visit, classification, stage)
    assert visit < due <= latest_next_due(visit)
    assert (due - visit).days <= 92


@pytest.mark.parametrize(
    ("next_due", "state"),
    [
        (date(2026, 11, 22), DueState.OVERDUE),
        (date(2026, 11, 23), DueState.DUE_SOON),
        (date(2026, 11, 30), DueState.DUE_SOON),
        (date(2026, 12, 1), DueState.SCHEDULED),
    ],
)
def test_due_state(next_due: date, state: DueState) -> None:
    assert due_state(next_due, date(2026, 11, 23)) == state


@pytest.mark.parametrize(
    ("next_due", "status", "state"),
    [
        (date(2026, 11, 1), "managed", DueState.OVERDUE),
        (date(2026, 11, 1), None, DueState.OVERDUE),
        (date(2026, 11, 1), "lost", DueState.OVERDUE),  # 失访 clients stay on the list until closed
        (date(2026, 11, 1), "dead", None),
        (date(2026, 11, 1), "moved", None),
        (date(2026, 11, 1), "closed", None),
        (None, "managed", None),
        (date(2026, 11, 25), "registered", DueState.DUE_SOON),
    ],
)
def test_client_due_state(next_due: date | None, status: str | None, state: DueState | None) -> None:
    assert client_due_state(next_due, date(2026, 11, 23), status) == state


@pytest.mark.parametrize(
    ("dates", "visits", "longest", "over", "compliant"),
    [
        ([], 0, 0, False, False),
        ([date(2026, 3, 1)], 1, 0, False, False),
        ([date(2026, 1, 5), date(2026, 4, 5), date(2026, 7, 5), date(2026, 10, 5)], 4, 92, False, True),
        ([date(2026, 1, 5), date(2026, 4, 6), date(2026, 7, 5), date(2026, 10, 5)], 4, 92, True, False),
        ([date(2026, 1, 5), date(2026, 1, 5), date(2026, 2, 5), date(2026, 3, 5)], 3, 31, False, False),
        (
            [
                date(2025, 12, 1),
                date(2026, 2, 1),
                date(2026, 3, 1),
                date(2026, 5, 1),
                date(2026, 7, 1),
                date(2027, 1, 1),
            ],
            4,
            61,
            False,
            True,
        ),
        ([date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1), date(2026, 12, 1)], 4, 275, True, False),
    ],
)
def test_yearly_compliance(dates: list[date], visits: int, longest: int, over: bool, compliant: bool) -> None:
    result = yearly_compliance(dates, 2026)
    assert (result.visits, result.longest_gap_days, result.gap_over_three_months) == (visits, longest, over)
    assert result.compliant is compliant
    assert result.meets_minimum is (visits >= 4)


@pytest.mark.parametrize(("risk", "expected"), [(None, False), (0, False), (2, False), (3, True), (5, True)])
def test_needs_escalation(risk: int | None, expected: bool) -> None:
    assert needs_escalation(risk) is expected


def test_escalation_task_is_due_in_two_weeks() -> None:
    assert escalation_task_due(date(2026, 12, 25)) == date(2027, 1, 8)


D1, D2, D3, D4 = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)


@pytest.mark.parametrize(
    ("visits", "expected"),
    [
        ([], KeyAttention(False)),
        ([(D1, 2), (D2, 0)], KeyAttention(False)),
        ([(D1, 3)], KeyAttention(True, since=D1)),
        ([(D1, 4), (D2, 3)], KeyAttention(True, since=D1)),
        ([(D1, 4), (D2, 2)], KeyAttention(False, cleared_on=D2)),
        ([(D1, 4), (D2, None)], KeyAttention(True, since=D1)),  # no assessment: nothing changes
        ([(D1, 4), (D2, 1), (D3, 5)], KeyAttention(True, since=D3)),
        ([(D1, 4), (D2, 1), (D3, 0)], KeyAttention(False, cleared_on=D2)),
        ([(D2, 1), (D1, 4)], KeyAttention(False, cleared_on=D2)),  # order of input does not matter
        ([(D1, 4), (D1, 1)], KeyAttention(True, since=D1)),  # same day is not "later"
        ([(D1, 1), (D1, 3), (D4, 2)], KeyAttention(False, cleared_on=D4)),
    ],
)
def test_key_attention(visits: list[tuple[date, int | None]], expected: KeyAttention) -> None:
    assert key_attention(visits) == expected
