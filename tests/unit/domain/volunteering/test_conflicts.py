"""Rota conflicts: one test per kind, plus the rules at the edges (touching shifts, no availability)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.volunteering.availability import Availability, AvailabilityException, TimeRange
from desktop.domain.volunteering.conflicts import CONFLICT_KINDS, Assignment, VolunteerInfo, find_conflicts
from desktop.domain.volunteering.rota import Shift
from desktop.errors import ValidationError

D, T = dt.date, dt.time
DAY = D(2026, 10, 8)  # a Thursday


def shift(sid: str, start: dt.time, end: dt.time, *, capacity: int = 3, skill: str | None = None) -> Shift:
    return Shift(id=sid, day=DAY, start=start, end=end, title=f"班次{sid}", capacity=capacity, required_skill=skill)


MORNING = shift("am", T(9), T(11, 30))
LATE_MORNING = shift("am2", T(11), T(12))  # overlaps the last half hour of MORNING
NOON = shift("noon", T(11, 30), T(12, 30))  # touches MORNING's end
INSIDE = shift("in", T(9, 30), T(10))  # entirely inside MORNING
ONE_SEAT = shift("solo", T(14), T(15), capacity=1)
PEER = shift("peer", T(15), T(16), skill="朋辈支持")
SHIFTS = [MORNING, LATE_MORNING, NOON, INSIDE, ONE_SEAT, PEER]

THURSDAY_MORNINGS = Availability.from_pattern({3: [TimeRange.of("08:00", "12:30")]})
ALICE = VolunteerInfo("vol-alice-0001", skills=frozenset({"朋辈支持"}), name="王丽")
BOB = VolunteerInfo("vol-bob-00002", availability=THURSDAY_MORNINGS)
CAROL = VolunteerInfo("vol-carol-003", status="paused")
DAN = VolunteerInfo("vol-dan-00004", status="left")
VOLUNTEERS = [ALICE, BOB, CAROL, DAN]


def conflicts(*pairs: tuple[Shift, VolunteerInfo]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    found = find_conflicts(SHIFTS, [Assignment(s.id, v.id) for s, v in pairs], VOLUNTEERS)
    assert all(c.message for c in found)
    return [(c.kind, c.shift_ids, c.volunteer_ids) for c in found]


CASES = [
    # (assignments, expected conflicts, why)
    ([(MORNING, ALICE), (NOON, ALICE)], [], "end == start is not an overlap"),
    (
        [(MORNING, ALICE), (LATE_MORNING, ALICE)],
        [("double_booking", ("am", "am2"), (ALICE.id,))],
        "partial overlap",
    ),
    ([(INSIDE, ALICE), (MORNING, ALICE)], [("double_booking", ("am", "in"), (ALICE.id,))], "one inside the other"),
    ([(MORNING, ALICE), (MORNING, ALICE)], [("double_booking", ("am", "am"), (ALICE.id,))], "same shift twice"),
    ([(MORNING, ALICE), (LATE_MORNING, BOB)], [], "different volunteers may overlap"),
    ([(ONE_SEAT, BOB)], [("unavailable", ("solo",), (BOB.id,))], "Bob is free only on Thursday mornings"),
    ([(MORNING, BOB)], [], "inside Bob's availability"),
    ([(ONE_SEAT, ALICE)], [], "no availability recorded: not checked"),
    ([(PEER, ALICE)], [], "Alice has the skill"),
    (
        [(PEER, CAROL)],
        [("missing_skill", ("peer",), (CAROL.id,)), ("inactive_volunteer", ("peer",), (CAROL.id,))],
        "paused and without the skill: both reported",
    ),
    (
        [(ONE_SEAT, ALICE), (ONE_SEAT, CAROL)],
        [
            ("over_capacity", ("solo",), (ALICE.id, CAROL.id)),
            ("inactive_volunteer", ("solo",), (CAROL.id,)),
        ],
        "two on a one-seat shift, one of them paused",
    ),
    ([(NOON, DAN)], [("inactive_volunteer", ("noon",), (DAN.id,))], "left the team"),
]


@pytest.mark.parametrize(("pairs", "expected", "why"), CASES)
def test_conflicts(pairs: list[tuple[Shift, VolunteerInfo]], expected: list[object], why: str) -> None:
    assert conflicts(*pairs) == expected, why


def test_every_kind_is_covered_by_the_table() -> None:
    kinds = {kind for _, expected, _ in CASES for kind, _, _ in expected}  # type: ignore[misc]
    assert kinds == {code.value for code in CONFLICT_KINDS}


def test_shifts_on_different_dates_never_double_book() -> None:
    tomorrow = Shift(id="tmr", day=DAY + dt.timedelta(days=1), start=T(9), end=T(11, 30), title="前台")
    found = find_conflicts([MORNING, tomorrow], [Assignment("am", ALICE.id), Assignment("tmr", ALICE.id)], [ALICE])
    assert found == ()


def test_dated_exception_makes_a_volunteer_unavailable() -> None:
    away = VolunteerInfo(
        "vol-eve", availability=Availability.from_pattern({}, [AvailabilityException(DAY, "unavailable")])
    )
    found = find_conflicts([MORNING], [Assignment("am", "vol-eve")], [away])
    assert [c.kind for c in found] == ["unavailable"]


def test_messages_use_the_name_when_given_and_a_short_id_otherwise() -> None:
    found = find_conflicts(
        SHIFTS,
        [Assignment("am", ALICE.id), Assignment("am2", ALICE.id), Assignment("solo", BOB.id)],
        VOLUNTEERS,
    )
    by_kind = {c.kind: c.message for c in found}
    assert "王丽" in by_kind["double_booking"] and "班次am" in by_kind["double_booking"]
    assert "vol-bob-" in by_kind["unavailable"]
    assert "vol-bob-00002" not in by_kind["unavailable"]


def test_all_conflicts_are_returned_in_a_stable_order() -> None:
    pairs = [(ONE_SEAT, CAROL), (ONE_SEAT, BOB), (MORNING, ALICE), (LATE_MORNING, ALICE), (PEER, DAN)]
    found = conflicts(*pairs)
    assert found == conflicts(*reversed(pairs))
    assert [kind for kind, _, _ in found] == [
        "double_booking",
        "unavailable",
        "missing_skill",
        "over_capacity",
        "inactive_volunteer",
        "inactive_volunteer",
    ]


@pytest.mark.parametrize(
    ("assignment", "code"),
    [(Assignment("nope", ALICE.id), "rota.unknown_shift"), (Assignment("am", "nobody"), "rota.unknown_volunteer")],
)
def test_unknown_ids_are_caller_errors(assignment: Assignment, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        find_conflicts(SHIFTS, [assignment], VOLUNTEERS)
    assert info.value.code == code


def test_unknown_status_is_refused() -> None:
    with pytest.raises(ValidationError):
        VolunteerInfo("v", status="retired")
