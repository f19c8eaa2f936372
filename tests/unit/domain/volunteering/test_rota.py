"""Shift templates → dated shifts on the official calendar; committee rotation (社区轮值)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.volunteering import calendar
from desktop.domain.volunteering.rota import (
    Shift,
    ShiftTemplate,
    generate_shifts,
    rotate_committees,
    shift_id_for,
)
from desktop.errors import ValidationError

D, T = dt.date, dt.time

FRONT_DESK = ShiftTemplate(  # every official working day
    id="tpl-desk", title="前台接待", start=T(9), end=T(11, 30), valid_from=D(2026, 1, 1), capacity=2
)
TUESDAY_GROUP = ShiftTemplate(  # Tuesdays, skipping public holidays
    id="tpl-tue", title="康复小组", start=T(14), end=T(16), valid_from=D(2026, 1, 1), weekdays=frozenset({1})
)
TUESDAY_ALWAYS = ShiftTemplate(  # Tuesdays, even on holidays (e.g. a hotline)
    id="tpl-hotline",
    title="热线值守",
    start=T(18),
    end=T(20),
    valid_from=D(2026, 1, 1),
    weekdays=frozenset({1}),
    working_days_only=False,
)
SATURDAY_WORKING = ShiftTemplate(  # Saturdays only when they are 调休 working days
    id="tpl-sat", title="周六值班", start=T(9), end=T(12), valid_from=D(2026, 1, 1), weekdays=frozenset({5})
)

# 2026-09-28 (Mon) .. 2026-10-11 (Sun): National Day 10-01..10-07 off; Sat 10-10 is 调休上班.
START, END = D(2026, 9, 28), D(2026, 10, 11)


def days_of(template: ShiftTemplate) -> list[dt.date]:
    return [s.day for s in generate_shifts([template], START, END).shifts]


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (FRONT_DESK, [D(2026, 9, 28), D(2026, 9, 29), D(2026, 9, 30), D(2026, 10, 8), D(2026, 10, 9), D(2026, 10, 10)]),
        (TUESDAY_GROUP, [D(2026, 9, 29)]),  # Tue 10-06 is a holiday
        (TUESDAY_ALWAYS, [D(2026, 9, 29), D(2026, 10, 6)]),
        (SATURDAY_WORKING, [D(2026, 10, 10)]),  # Sat 10-03 is a holiday anyway, 10-10 is 调休
    ],
    ids=["working-days", "tuesdays-working", "tuesdays-always", "adjusted-saturday"],
)
def test_generation_over_the_2026_national_day_week(template: ShiftTemplate, expected: list[dt.date]) -> None:
    assert days_of(template) == expected


def test_spring_festival_2026_front_desk() -> None:
    # 02-14 (Sat) and 02-28 (Sat) are 调休上班; 02-15..02-23 off.
    shifts = generate_shifts([FRONT_DESK], D(2026, 2, 13), D(2026, 2, 28)).shifts
    assert [s.day.day for s in shifts] == [13, 14, 24, 25, 26, 27, 28]


def test_validity_window_is_inclusive() -> None:
    template = ShiftTemplate(
        id="t", title="讲堂", start=T(9), end=T(10), valid_from=D(2026, 9, 29), valid_to=D(2026, 10, 8)
    )
    assert days_of(template) == [D(2026, 9, 29), D(2026, 9, 30), D(2026, 10, 8)]


def test_generated_shifts_copy_the_template_and_have_stable_ids() -> None:
    first = generate_shifts([FRONT_DESK, TUESDAY_GROUP], START, END)
    again = generate_shifts([TUESDAY_GROUP, FRONT_DESK], START, END)
    assert first == again  # same ids, same order, whatever the template order
    shift = first.shifts[0]
    assert (shift.title, shift.start, shift.end, shift.capacity, shift.template_id) == (
        "前台接待",
        T(9),
        T(11, 30),
        2,
        "tpl-desk",
    )
    assert shift.id == shift_id_for("tpl-desk", D(2026, 9, 28))
    assert shift_id_for("tpl-desk", D(2026, 9, 29)) != shift.id
    assert first.warning() is None
    assert [(s.day, s.start) for s in first.shifts] == sorted((s.day, s.start) for s in first.shifts)


def test_generation_beyond_the_calendar_data_is_flagged() -> None:
    _, last = calendar.supported_years()
    result = generate_shifts([FRONT_DESK], D(last + 1, 3, 1), D(last + 1, 3, 7))
    assert len(result.shifts) == 5  # Mon–Fri fallback
    assert len(result.fallback_days) == 7
    assert result.warning() is not None


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"start": T(11), "end": T(9)}, "rota.time"),
        ({"start": T(9), "end": T(9)}, "rota.time"),
        ({"capacity": 0}, "rota.capacity"),
        ({"title": "  "}, "rota.title"),
        ({"weekdays": frozenset({7})}, "rota.weekdays"),
        ({"working_days_only": False}, "rota.weekdays"),
        ({"valid_to": D(2025, 12, 31)}, "rota.valid_range"),
    ],
)
def test_bad_templates_are_refused(kwargs: dict[str, object], code: str) -> None:
    base: dict[str, object] = {"id": "t", "title": "前台", "start": T(9), "end": T(10), "valid_from": D(2026, 1, 1)}
    with pytest.raises(ValidationError) as info:
        ShiftTemplate(**(base | kwargs))  # type: ignore[arg-type]
    assert info.value.code == code


def test_one_off_shift_validates_too() -> None:
    lecture = Shift(id="s1", day=D(2026, 10, 17), start=T(14), end=T(16), title="社区讲堂", capacity=5)
    assert lecture.template_id is None
    with pytest.raises(ValidationError):
        Shift(id="s2", day=D(2026, 10, 17), start=T(16), end=T(14), title="社区讲堂")


COMMITTEES = ["JW01", "JW02", "JW03"]


def test_committee_rotation_round_robin_over_working_days() -> None:
    rotation = rotate_committees(COMMITTEES, START, END)
    assert [(d.day, d.committee_code) for d in rotation.days] == [
        (D(2026, 9, 28), "JW01"),
        (D(2026, 9, 29), "JW02"),
        (D(2026, 9, 30), "JW03"),
        (D(2026, 10, 8), "JW01"),  # holidays do not consume a turn
        (D(2026, 10, 9), "JW02"),
        (D(2026, 10, 10), "JW03"),  # the adjusted Saturday takes its turn
    ]
    assert rotation.committee_on(D(2026, 10, 3)) is None


def test_committee_rotation_continues_from_an_anchor() -> None:
    whole = rotate_committees(COMMITTEES, START, END)
    second_week = rotate_committees(COMMITTEES, D(2026, 10, 5), END, anchor=START)
    assert second_week.days == whole.days[3:]


def test_committee_rotation_labels_generated_shifts() -> None:
    rotation = rotate_committees(COMMITTEES, START, END)
    shifts = generate_shifts([FRONT_DESK], START, END, rotation).shifts
    assert [s.committee_code for s in shifts] == ["JW01", "JW02", "JW03", "JW01", "JW02", "JW03"]


@pytest.mark.parametrize(
    ("codes", "kwargs", "code"),
    [
        ([], {}, "rota.committees"),
        (["JW01", ""], {}, "rota.committees"),
        (["JW01", "JW01"], {}, "rota.committees_duplicate"),
        (COMMITTEES, {"anchor": D(2026, 10, 1)}, "rota.anchor"),
    ],
)
def test_bad_rotation_input(codes: list[str], kwargs: dict[str, dt.date], code: str) -> None:
    with pytest.raises(ValidationError) as info:
        rotate_committees(codes, START, END, **kwargs)
    assert info.value.code == code


def test_generation_and_rotation_use_a_supplement_for_unknown_years() -> None:
    _, last = calendar.supported_years()
    year = last + 1
    week = [D(year, 3, 1) + dt.timedelta(days=i) for i in range(14)]
    monday = next(d for d in week if d.weekday() == 0)
    sunday = monday + dt.timedelta(days=6)
    supplement = calendar.CalendarSupplement(
        frozenset({year}), holidays={monday: "测试假日"}, adjusted_workdays={sunday: "测试假日"}
    )
    result = generate_shifts([FRONT_DESK], monday, sunday, supplement=supplement)
    assert [s.day for s in result.shifts] == [monday + dt.timedelta(days=i) for i in (1, 2, 3, 4, 6)]
    assert result.fallback_days == ()
    rotation = rotate_committees(COMMITTEES, monday, sunday, supplement=supplement)
    assert [d.day for d in rotation.days] == [s.day for s in result.shifts]
    assert rotation.warning() is None
