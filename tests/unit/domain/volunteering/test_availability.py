"""Volunteer availability: weekly pattern, dated exceptions, JSON round trip and validation."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.volunteering.availability import (
    Availability,
    AvailabilityException,
    TimeRange,
    availability_from_dict,
    availability_to_dict,
    free_ranges,
    is_available,
)
from desktop.errors import ValidationError

D = dt.date
MON, THU, SAT = D(2026, 10, 12), D(2026, 10, 15), D(2026, 10, 17)

# Mondays 09:00–11:30 and 13:00–17:00, Thursdays 13:30–17:00; exceptions in the week of 2026-10-12.
AV = Availability.from_pattern(
    {0: [TimeRange.of("09:00", "11:30"), TimeRange.of("13:00", "17:00")], 3: [TimeRange.of("13:30", "17:00")]},
    [
        AvailabilityException(D(2026, 10, 19), "unavailable"),  # a Monday off entirely
        AvailabilityException(D(2026, 10, 26), "unavailable", TimeRange.of("14:00", "15:00")),  # dentist
        AvailabilityException(SAT, "available", TimeRange.of("09:00", "12:00")),  # extra Saturday morning
        AvailabilityException(THU, "available", TimeRange.of("12:00", "13:30")),  # joins the weekly range
    ],
)

CASES = [
    # (day, start, end, expected, why)
    (MON, "09:00", "11:30", True, "exactly the weekly range"),
    (MON, "09:30", "10:00", True, "inside"),
    (MON, "08:30", "10:00", False, "starts before"),
    (MON, "11:00", "12:00", False, "runs past the end"),
    (MON, "11:00", "14:00", False, "spans the lunch gap"),
    (D(2026, 10, 13), "09:00", "10:00", False, "Tuesday: nothing in the pattern"),
    (D(2026, 10, 19), "09:00", "10:00", False, "all-day unavailable exception"),
    (D(2026, 10, 26), "13:00", "14:00", True, "before the blocked hour (touching is fine)"),
    (D(2026, 10, 26), "15:00", "17:00", True, "after the blocked hour"),
    (D(2026, 10, 26), "13:30", "14:30", False, "overlaps the blocked hour"),
    (SAT, "09:00", "12:00", True, "extra availability on a Saturday"),
    (D(2026, 10, 24), "09:00", "12:00", False, "the next Saturday is not covered"),
    (THU, "12:00", "17:00", True, "extra range touching the weekly one merges with it"),
    (THU, "11:00", "13:00", False, "before the extra range"),
]


@pytest.mark.parametrize(("day", "start", "end", "expected", "why"), CASES)
def test_is_available(day: dt.date, start: str, end: str, expected: bool, why: str) -> None:
    assert is_available(AV, day, start, end) is expected, why


def test_time_objects_and_strings_agree() -> None:
    assert is_available(AV, MON, dt.time(9, 0), dt.time(11, 30))
    assert free_ranges(AV, THU) == (TimeRange.of("12:00", "17:00"),)


def test_unavailable_all_day_wins_over_extra_availability() -> None:
    av = Availability.from_pattern(
        {},
        [AvailabilityException(SAT, "available"), AvailabilityException(SAT, "unavailable")],
    )
    assert free_ranges(av, SAT) == ()


def test_whole_day_extra_availability_until_midnight() -> None:
    av = Availability.from_pattern({}, [AvailabilityException(SAT, "available")])
    assert is_available(av, SAT, "00:00", "24:00")


def test_dict_form_matches_documented_shape_and_round_trips_through_json() -> None:
    data = availability_to_dict(AV)
    assert data["version"] == 1
    assert data["weekly"] == {"mon": [["09:00", "11:30"], ["13:00", "17:00"]], "thu": [["13:30", "17:00"]]}
    assert {"date": "2026-10-19", "kind": "unavailable"} in data["exceptions"]  # type: ignore[operator]
    again = availability_from_dict(json.loads(json.dumps(data)))
    assert availability_to_dict(again) == data
    assert all(is_available(again, d, s, e) is x for d, s, e, x, _ in CASES)


BAD = [
    ("not a dict", "availability"),
    ({"version": 2}, "availability.version"),
    ({"version": True}, "availability.version"),
    ({"weekly": {"monday": []}}, "availability.weekday"),
    ({"weekly": {"mon": [["11:00", "09:00"]]}}, "availability.range"),
    ({"weekly": {"mon": [["09:00", "09:00"]]}}, "availability.range"),
    ({"weekly": {"mon": [["9:00", "10:00"]]}}, "availability.time"),
    ({"weekly": {"mon": [["24:00", "24:00"]]}}, "availability.time"),
    ({"weekly": {"mon": [["09:60", "10:00"]]}}, "availability.time"),
    ({"weekly": {"mon": [[900, 1000]]}}, "availability.time"),
    ({"weekly": {"mon": [["09:00"]]}}, "availability.range"),
    ({"weekly": {"mon": "09:00-10:00"}}, "availability"),
    ({"exceptions": [{"date": "2026-13-01", "kind": "unavailable"}]}, "availability.date"),
    ({"exceptions": [{"date": "2026-10-01", "kind": "holiday"}]}, "availability.kind"),
    ({"exceptions": [{"date": "2026-10-01", "kind": "available", "start": "09:00"}]}, "availability.range"),
    ({"exceptions": [{"date": "2026-10-01", "kind": "available", "note": "x"}]}, "availability.exception"),
    ({"extra": 1}, "availability"),
]


@pytest.mark.parametrize(("data", "code"), BAD)
def test_bad_stored_values_are_refused(data: object, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        availability_from_dict(data)
    assert info.value.code == code


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.sampled_from(["09:00", "24:00", "mon"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
SHAPED = st.fixed_dictionaries(
    {},
    optional={
        "version": st.sampled_from([1, 2, "1", None]),
        "weekly": st.dictionaries(
            st.sampled_from(["mon", "tue", "sun", "xx"]),
            st.lists(st.lists(st.sampled_from(["09:00", "12:00", "24:00", "25:00", "x", 3]), max_size=3), max_size=3),
        ),
        "exceptions": st.lists(
            st.dictionaries(
                st.sampled_from(["date", "kind", "start", "end"]),
                st.sampled_from(["2026-10-01", "available", "unavailable", "09:00", "10:00", "20261", 5, None]),
            ),
            max_size=3,
        ),
    },
)


@given(JSON | SHAPED)
def test_arbitrary_input_gives_an_availability_or_a_validation_error(data: object) -> None:
    try:
        parsed = availability_from_dict(data)
    except ValidationError:
        return
    data2 = availability_to_dict(parsed)
    assert availability_to_dict(availability_from_dict(json.loads(json.dumps(data2)))) == data2


RANGES = (
    st.tuples(st.integers(0, 1439), st.integers(1, 1440)).filter(lambda p: p[0] < p[1]).map(lambda p: TimeRange(*p))
)
AVAILABILITIES = st.builds(
    Availability.from_pattern,
    st.dictionaries(st.integers(0, 6), st.lists(RANGES, max_size=3)),
    st.lists(
        st.builds(
            AvailabilityException,
            st.dates(D(2026, 1, 1), D(2026, 12, 31)),
            st.sampled_from(["available", "unavailable"]),
            st.none() | RANGES,
        ),
        max_size=4,
    ),
)


@given(AVAILABILITIES, st.dates(D(2026, 1, 1), D(2026, 12, 31)), RANGES)
def test_round_trip_preserves_every_answer(av: Availability, day: dt.date, wanted: TimeRange) -> None:
    again = availability_from_dict(json.loads(json.dumps(availability_to_dict(av))))
    assert free_ranges(again, day) == free_ranges(av, day)
    start, end = (f"{m // 60:02d}:{m % 60:02d}" for m in (wanted.start, wanted.end))
    assert is_available(again, day, start, end) is is_available(av, day, start, end)
