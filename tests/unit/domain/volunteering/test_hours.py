"""Hours ledger: minutes, rounding table, status transitions, forgotten check-outs, warnings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.volunteering.hours import (
    Attendance,
    check_transition,
    close_forgotten_checkouts,
    countable_minutes,
    hours_warnings,
    review_auto_closed,
    round_hours,
    service_minutes,
    summarise_by_volunteer,
    transition,
)
from desktop.errors import AppError, ConflictError, ValidationError

DAY = dt.date(2026, 10, 8)


def at(hour: int, minute: int = 0, second: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second))


# --- minutes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("check_in", "check_out", "breaks", "expected"),
    [
        (at(9), at(11, 30), 0, 150),
        (at(9), at(11, 30), 15, 135),
        (at(9), at(9), 0, 0),
        (at(9, 0, 40), at(11, 30, 10), 0, 149),  # 149.5 min served: partial minute dropped
        (at(22), at(1, day=DAY + dt.timedelta(days=1)), 0, 180),  # overnight event
        (at(9), at(10), 60, 0),
    ],
)
def test_service_minutes(check_in: dt.datetime, check_out: dt.datetime, breaks: int, expected: int) -> None:
    assert service_minutes(check_in, check_out, breaks) == expected


@pytest.mark.parametrize(
    ("check_in", "check_out", "breaks", "code"),
    [
        (at(11), at(9), 0, "hours.time_order"),
        (at(9), at(10), 61, "hours.break"),
        (at(9), at(10), -5, "hours.break"),
        (at(9), at(10), 1.5, "hours.break"),
        (at(9), at(10).replace(tzinfo=dt.UTC), 0, "hours.timestamp"),
        (DAY, at(10), 0, "hours.timestamp"),
    ],
)
def test_invalid_minutes_are_refused(check_in: object, check_out: object, breaks: object, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        service_minutes(check_in, check_out, breaks)  # type: ignore[arg-type]
    assert info.value.code == code


# --- rounding (always down; exact) ---------------------------------------------------------------

ROUNDING = [
    # (minutes, rounding, hours shown)
    (0, "0.5", "0.0"),
    (29, "0.5", "0.0"),
    (30, "0.5", "0.5"),
    (89, "0.5", "1.0"),
    (90, "0.5", "1.5"),
    (119, "0.5", "1.5"),
    (150, "0.5", "2.5"),
    (59, "0.1", "0.9"),
    (60, "0.1", "1.0"),
    (65, "0.1", "1.0"),
    (66, "0.1", "1.1"),
    (14, "0.25", "0.00"),
    (15, "0.25", "0.25"),
    (89, "0.25", "1.25"),
    (134, "0.25", "2.00"),
    (135, "0.25", "2.25"),
    (59, "none", "0.98"),
    (90, "none", "1.50"),
    (100, "none", "1.66"),  # 1.666… cut, not rounded up
    (6001, "0.5", "100.0"),
]


@pytest.mark.parametrize(("minutes", "rounding", "shown"), ROUNDING)
def test_rounding_table(minutes: int, rounding: str, shown: str) -> None:
    value = round_hours(minutes, rounding)
    assert isinstance(value, Decimal)
    assert str(value) == shown


def test_default_rounding_is_half_hour_down() -> None:
    assert round_hours(89) == Decimal("1.0")


@given(st.integers(0, 10**7), st.sampled_from(["none", "0.1", "0.25", "0.5"]))
def test_rounding_never_credits_more_than_served(minutes: int, rounding: str) -> None:
    hours = round_hours(minutes, rounding)
    assert hours * 60 <= minutes
    step = {"none": Decimal("0.01"), "0.1": Decimal("0.1"), "0.25": Decimal("0.25"), "0.5": Decimal("0.5")}[rounding]
    assert (hours + step) * 60 > minutes
    assert hours % step == 0


@pytest.mark.parametrize(("minutes", "rounding", "code"), [(-1, "0.5", "hours.minutes"), (10, "1", "hours.rounding")])
def test_rounding_input_errors(minutes: int, rounding: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        round_hours(minutes, rounding)
    assert info.value.code == code


# --- status transitions -----------------------------------------------------------------------------

OK = None
TRANSITIONS = [
    # (current, target, expected error code or None)
    ("draft", "confirmed", OK),
    ("confirmed", "reported", OK),
    ("draft", "void", OK),
    ("confirmed", "void", OK),
    ("reported", "void", OK),
    ("draft", "reported", "hours.transition"),
    ("confirmed", "draft", "hours.transition"),
    ("reported", "confirmed", "hours.transition"),
    ("void", "draft", "hours.transition"),
    ("void", "confirmed", "hours.transition"),
    ("void", "void", "hours.transition"),
    ("draft", "draft", "hours.transition"),
    ("draft", "approved", "hours.status"),
]


@pytest.mark.parametrize(("current", "target", "error"), TRANSITIONS)
def test_transition_table(current: str, target: str, error: str | None) -> None:
    kwargs = {"reported_on": DAY, "void_reason": "重复录入"}
    if error is None:
        check_transition(current, target, **kwargs)  # type: ignore[arg-type]
        return
    with pytest.raises(AppError) as info:
        check_transition(current, target, **kwargs)  # type: ignore[arg-type]
    assert info.value.code == error
    assert isinstance(info.value, ConflictError if error == "hours.transition" else ValidationError)


@pytest.mark.parametrize(
    ("current", "target", "kwargs", "code"),
    [
        ("confirmed", "reported", {}, "hours.reported_date"),
        ("confirmed", "reported", {"reported_on": at(9)}, "hours.reported_date"),
        ("draft", "void", {}, "hours.void_reason"),
        ("reported", "void", {"void_reason": "   "}, "hours.void_reason"),
    ],
)
def test_report_needs_a_date_and_void_needs_a_reason(
    current: str, target: str, kwargs: dict[str, object], code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        check_transition(current, target, **kwargs)  # type: ignore[arg-type]
    assert info.value.code == code


ENTRY = Attendance("a1", "v1", at(9), at(11, 30), 0, shift_id="s1")


def test_full_life_cycle_keeps_minutes_and_records_date_and_reason() -> None:
    confirmed = transition(ENTRY, "confirmed")
    reported = transition(confirmed, "reported", reported_on=DAY + dt.timedelta(days=3))
    assert reported.reported_on == DAY + dt.timedelta(days=3)
    void = transition(reported, "void", void_reason=" 活动取消 ")
    assert (void.status, void.void_reason, void.minutes) == ("void", "活动取消", 150)
    assert countable_minutes([void]) == 0


def test_cannot_confirm_an_open_entry_or_report_before_the_service() -> None:
    with pytest.raises(ConflictError) as info:
        transition(dataclasses.replace(ENTRY, check_out=None), "confirmed")
    assert info.value.code == "hours.open"
    with pytest.raises(ValidationError) as info2:
        transition(transition(ENTRY, "confirmed"), "reported", reported_on=DAY - dt.timedelta(days=1))
    assert info2.value.code == "hours.reported_date"


def test_attendance_validates_itself() -> None:
    with pytest.raises(ValidationError):
        Attendance("a", "v", at(10), at(9))
    with pytest.raises(ValidationError):
        Attendance("a", "v", at(9), at(10), status="deleted")


# --- forgotten check-outs -----------------------------------------------------------------------------

SHIFT_ENDS = {"s1": at(11, 30), "s2": at(16)}


def test_forgotten_check_out_is_closed_at_shift_end_and_not_counted_until_reviewed() -> None:
    open_entry = Attendance("a1", "v1", at(9, 5), shift_id="s1")
    late_entry = Attendance("a2", "v1", at(12), shift_id="s1")  # checked in after the shift ended
    still_running = Attendance("a3", "v2", at(13), shift_id="s2")
    done = Attendance("a4", "v2", at(9), at(10), shift_id="s1")
    closed = close_forgotten_checkouts([open_entry, late_entry, still_running, done], SHIFT_ENDS, at(12, 30))
    assert [(a.id, a.check_out, a.auto_closed, a.reviewed) for a in closed] == [
        ("a1", at(11, 30), True, False),
        ("a2", at(12), True, False),
    ]
    flagged = closed[0]
    assert flagged.minutes == 145 and flagged.needs_review
    # Not counted while flagged, whatever its status, and cannot be confirmed without review.
    assert countable_minutes([flagged]) == 0
    with pytest.raises(ConflictError) as info:
        transition(flagged, "confirmed")
    assert info.value.code == "hours.needs_review"
    assert summarise_by_volunteer([flagged])[0].flagged == 1
    # The coordinator corrects the check-out, then confirms: now it counts.
    reviewed = review_auto_closed(flagged, check_out=at(11))
    confirmed = transition(reviewed, "confirmed")
    assert (confirmed.auto_closed, confirmed.needs_review, countable_minutes([confirmed])) == (True, False, 115)


def test_shift_end_exactly_now_closes() -> None:
    closed = close_forgotten_checkouts([Attendance("a1", "v1", at(9), shift_id="s1")], SHIFT_ENDS, at(11, 30))
    assert len(closed) == 1


def test_walk_in_without_shift_is_closed_after_midnight_with_zero_minutes() -> None:
    walk_in = Attendance("a1", "v1", at(15))
    assert close_forgotten_checkouts([walk_in], SHIFT_ENDS, at(23, 59)) == ()
    (closed,) = close_forgotten_checkouts([walk_in], SHIFT_ENDS, at(0, day=DAY + dt.timedelta(days=1)))
    assert (closed.minutes, closed.needs_review) == (0, True)


def test_void_or_closed_entries_are_left_alone() -> None:
    void_open = Attendance("a1", "v1", at(9), shift_id="s1", status="void", void_reason="误签到")
    assert close_forgotten_checkouts([void_open], SHIFT_ENDS, at(20)) == ()


def test_review_only_for_flagged_drafts() -> None:
    with pytest.raises(ConflictError):
        review_auto_closed(ENTRY)


def test_mixing_naive_and_aware_times_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        close_forgotten_checkouts([Attendance("a1", "v1", at(9), shift_id="s1")], SHIFT_ENDS, at(20).astimezone())


# --- totals ---------------------------------------------------------------------------------------------


def test_countable_minutes_only_confirmed_and_reported() -> None:
    entries = [
        Attendance("d", "v1", at(9), at(10), status="draft"),
        Attendance("c", "v1", at(10), at(11), status="confirmed"),
        Attendance("r", "v1", at(11), at(12), status="reported", reported_on=DAY),
        Attendance("x", "v1", at(12), at(13), status="void", void_reason="重复"),
        Attendance("f", "v1", at(13), at(14), status="confirmed", auto_closed=True),  # imported unreviewed
        Attendance("o", "v1", at(14), None, status="draft"),
        Attendance("g", "v2", at(9), at(10, 29), status="confirmed"),
    ]
    assert countable_minutes(entries) == 120 + 89
    summary = summarise_by_volunteer(entries)
    assert [(s.volunteer_id, s.minutes, str(s.hours), s.flagged) for s in summary] == [
        ("v1", 120, "2.0", 1),
        ("v2", 89, "1.0", 0),
    ]
    assert str(summarise_by_volunteer(entries, "0.25")[1].hours) == "1.25"


# --- warnings -------------------------------------------------------------------------------------------


def kinds(entries: list[Attendance]) -> list[tuple[str, str, tuple[str, ...], int]]:
    found = hours_warnings(entries)
    assert all(w.message for w in found)
    return [(w.kind, w.volunteer_id, w.attendance_ids, w.minutes) for w in found]


def test_over_twelve_hours_in_a_day() -> None:
    long_day = [Attendance("a", "v1", at(7), at(13)), Attendance("b", "v1", at(13), at(19, 1))]
    assert kinds(long_day) == [("over_12h", "v1", ("a", "b"), 721)]
    exactly_twelve = [Attendance("a", "v1", at(7), at(13)), Attendance("b", "v1", at(13), at(19))]
    assert kinds(exactly_twelve) == []


def test_overlapping_entries_of_one_person() -> None:
    entries = [
        Attendance("a", "v1", at(9), at(11, 30)),
        Attendance("b", "v1", at(11), at(12)),  # partial overlap, 30 min
        Attendance("c", "v1", at(12), at(13)),  # touches b: fine
        Attendance("d", "v2", at(9), at(12)),  # another person: fine
        Attendance("e", "v1", at(9, 30), at(10), status="void", void_reason="重复"),  # void: ignored
    ]
    assert kinds(entries) == [("overlap", "v1", ("a", "b"), 30)]


def test_entry_inside_another_is_an_overlap() -> None:
    entries = [Attendance("a", "v1", at(9), at(17)), Attendance("b", "v1", at(10), at(11))]
    assert kinds(entries) == [("overlap", "v1", ("a", "b"), 60)]


def test_walk_in_day_ends_at_local_midnight_whatever_zone_now_is_in() -> None:
    shanghai = dt.timezone(dt.timedelta(hours=8))
    walk_in = Attendance("a1", "v1", dt.datetime(2026, 10, 8, 15, tzinfo=shanghai))
    # 23:30 in Shanghai is 15:30 UTC: the station's day is not over yet.
    assert close_forgotten_checkouts([walk_in], {}, dt.datetime(2026, 10, 8, 15, 30, tzinfo=dt.UTC)) == ()
    assert len(close_forgotten_checkouts([walk_in], {}, dt.datetime(2026, 10, 8, 16, 0, tzinfo=dt.UTC))) == 1
