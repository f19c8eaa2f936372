"""Official working-day calendar: 2026 National Day and Spring Festival, fallback outside the data."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.volunteering import calendar
from desktop.errors import ValidationError

D = dt.date

# What chinesecalendar 1.11 says about the 2026 National Day period (the State Council notice for 2026):
# 10-01..10-07 off (Thu..Wed); 调休上班 on Sun 09-20 and Sat 10-10. (Mid-Autumn is separate: 09-25..09-27.)
NATIONAL_DAY_2026 = [
    # (date, is_workday, is_adjusted_workday, festival)
    (D(2026, 9, 20), True, True, "国庆节"),  # Sunday, 调休上班
    (D(2026, 9, 30), True, False, None),
    (D(2026, 10, 1), False, False, "国庆节"),
    (D(2026, 10, 2), False, False, "国庆节"),
    (D(2026, 10, 3), False, False, "国庆节"),
    (D(2026, 10, 4), False, False, "国庆节"),
    (D(2026, 10, 5), False, False, "国庆节"),  # Monday off
    (D(2026, 10, 6), False, False, "国庆节"),
    (D(2026, 10, 7), False, False, "国庆节"),
    (D(2026, 10, 8), True, False, None),  # Thursday, back to work
    (D(2026, 10, 9), True, False, None),
    (D(2026, 10, 10), True, True, "国庆节"),  # Saturday, 调休上班
    (D(2026, 10, 11), False, False, None),  # ordinary Sunday
]

# Spring Festival 2026: 02-15 (Sun) .. 02-23 (Mon) off; 调休上班 Sat 02-14 and Sat 02-28.
SPRING_FESTIVAL_2026 = [
    (D(2026, 2, 13), True, False, None),
    (D(2026, 2, 14), True, True, "春节"),
    (D(2026, 2, 15), False, False, "春节"),
    (D(2026, 2, 16), False, False, "春节"),
    (D(2026, 2, 17), False, False, "春节"),  # 除夕 is the 16th, 初一 the 17th
    (D(2026, 2, 20), False, False, "春节"),
    (D(2026, 2, 23), False, False, "春节"),  # Monday still off
    (D(2026, 2, 24), True, False, None),
    (D(2026, 2, 28), True, True, "春节"),
    (D(2026, 3, 1), False, False, None),
]


@pytest.mark.parametrize(("day", "workday", "adjusted", "festival"), NATIONAL_DAY_2026 + SPRING_FESTIVAL_2026)
def test_day_info_2026(day: dt.date, workday: bool, adjusted: bool, festival: str | None) -> None:
    info = calendar.day_info(day)
    assert info.authoritative
    assert info.is_workday is workday
    assert info.is_adjusted_workday is adjusted
    assert info.holiday_name_zh == festival


def test_national_day_week_working_days() -> None:
    result = calendar.working_days(D(2026, 9, 28), D(2026, 10, 11))
    assert result.authoritative
    assert result.warning() is None
    assert result.working_days == (
        D(2026, 9, 28),
        D(2026, 9, 29),
        D(2026, 9, 30),
        D(2026, 10, 8),
        D(2026, 10, 9),
        D(2026, 10, 10),  # the adjusted Saturday is included
    )


def test_holiday_property_only_for_weekdays_off() -> None:
    assert calendar.day_info(D(2026, 10, 5)).is_holiday
    assert not calendar.day_info(D(2026, 10, 4)).is_holiday  # a Sunday is a weekend, not a holiday
    assert not calendar.day_info(D(2026, 10, 8)).is_holiday


def test_outside_supported_years_falls_back_to_monday_to_friday_and_says_so() -> None:
    first, last = calendar.supported_years()
    beyond = last + 1
    monday = D(beyond, 1, 4) - dt.timedelta(days=D(beyond, 1, 4).weekday())
    info = calendar.day_info(monday)
    assert not info.authoritative
    assert info.is_workday
    assert not calendar.day_info(monday + dt.timedelta(days=5)).is_workday
    result = calendar.working_days(monday, monday + dt.timedelta(days=6))
    assert not result.authoritative
    assert len(result.fallback_days) == 7
    assert len(result.working_days) == 5
    warning = result.warning()
    assert warning is not None and str(beyond) in warning
    assert not calendar.day_info(D(first - 1, 6, 1)).authoritative


def test_range_straddling_the_edge_flags_only_unknown_days() -> None:
    _, last = calendar.supported_years()
    result = calendar.working_days(D(last, 12, 30), D(last + 1, 1, 2))
    assert result.fallback_days == (D(last + 1, 1, 1), D(last + 1, 1, 2))


def test_datetime_is_treated_as_its_date() -> None:
    assert calendar.day_info(dt.datetime(2026, 10, 1, 9, 30)).day == D(2026, 10, 1)


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (D(2026, 10, 2), D(2026, 10, 1), "calendar.range"),
        (D(2026, 1, 1), D(2040, 1, 1), "calendar.range_too_long"),
    ],
)
def test_bad_ranges_are_validation_errors(start: dt.date, end: dt.date, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        calendar.working_days(start, end)
    assert info.value.code == code


def _first_saturday(year: int) -> dt.date:
    day = D(year, 1, 1)
    return day + dt.timedelta(days=(5 - day.weekday()) % 7)


def test_supplement_makes_an_unknown_year_authoritative() -> None:
    _, last = calendar.supported_years()
    year = last + 1
    new_year, worked_saturday = D(year, 1, 1), _first_saturday(year)
    supplement = calendar.CalendarSupplement(
        frozenset({year}), holidays={new_year: "元旦"}, adjusted_workdays={worked_saturday: "元旦"}
    )
    off = calendar.day_info(new_year, supplement)
    assert (off.is_workday, off.holiday_name_zh, off.source, off.authoritative) == (False, "元旦", "supplement", True)
    worked = calendar.day_info(worked_saturday, supplement)
    assert (worked.is_workday, worked.is_adjusted_workday) == (True, True)
    result = calendar.working_days(D(year, 1, 1), D(year, 1, 14), supplement)
    assert result.authoritative and result.warning() is None
    assert new_year not in result.working_days and worked_saturday in result.working_days
    assert all(d.weekday() < 5 or d == worked_saturday for d in result.working_days)


def test_supplement_never_overrides_the_package() -> None:
    supplement = calendar.CalendarSupplement(frozenset({2026}), holidays={D(2026, 10, 8): "国庆节"})
    assert calendar.day_info(D(2026, 10, 8), supplement).is_workday
    assert calendar.day_info(D(2026, 10, 8), supplement).source == "package"


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"holidays": {D(2030, 1, 1): "元旦"}}, "calendar.supplement_year"),
        (
            {"holidays": {D(2099, 1, 1): "元旦"}, "adjusted_workdays": {D(2099, 1, 1): "元旦"}},
            "calendar.supplement_clash",
        ),
        ({"adjusted_workdays": {D(2099, 1, 1): "元旦"}}, "calendar.supplement_workday"),  # a Thursday
    ],
)
def test_bad_supplements_are_refused(kwargs: dict[str, dict[dt.date, str]], code: str) -> None:
    with pytest.raises(ValidationError) as info:
        calendar.CalendarSupplement(frozenset({2099}), **kwargs)
    assert info.value.code == code
