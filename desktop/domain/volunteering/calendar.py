"""The official Chinese working-day calendar, for generating shifts and committee rotations.

Wraps the `chinesecalendar` package (国务院办公厅 holiday notices, including adjusted working
weekends 调休上班). The package only knows the years whose notice it ships (a new notice is
published each November/December, so the next year is often missing until the package is
updated). For such a year the station can type the published notice into a `CalendarSupplement`
(days off and adjusted working days), which is then used as official. For a date covered by
neither we fall back to Monday–Friday and *say so*: every result carries `authoritative=False` for
such days, and `CalendarRange.fallback_days` lists them, so the rota screen can warn the
coordinator instead of silently planning shifts on a public holiday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import chinese_calendar
from chinese_calendar import constants as _cc_constants

from desktop.errors import ValidationError
from desktop.i18n import tr

# Ranges longer than this are almost certainly a typo (e.g. year 2206); ten years is plenty for a rota.
MAX_RANGE_DAYS = 3660
Source = Literal["package", "supplement", "fallback"]


@dataclass(frozen=True)
class CalendarSupplement:
    """Official days for years the installed package does not know yet, from the published notice.

    Only consulted for `years` outside the package's range (the package wins where it has data).
    `holidays` maps each weekday off to its festival (e.g. 元旦); `adjusted_workdays` maps each
    Saturday/Sunday worked (调休上班) to its festival.
    """

    years: frozenset[int]
    holidays: Mapping[dt.date, str] = field(default_factory=dict)
    adjusted_workdays: Mapping[dt.date, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        days = [*self.holidays, *self.adjusted_workdays]
        if any(not isinstance(d, dt.date) or isinstance(d, dt.datetime) or d.year not in self.years for d in days):
            raise ValidationError("calendar.supplement_year", "补充的节假日日期不在所填年份内。", field="supplement")
        if set(self.holidays) & set(self.adjusted_workdays):
            raise ValidationError(
                "calendar.supplement_clash", "同一天不能既是放假日又是调休上班日。", field="supplement"
            )
        if any(d.weekday() < 5 for d in self.adjusted_workdays):
            raise ValidationError("calendar.supplement_workday", "调休上班日只能是周六或周日。", field="supplement")


@dataclass(frozen=True)
class DayInfo:
    """What the official calendar says about one date.

    `is_adjusted_workday` marks a Saturday/Sunday that is a working day (调休上班);
    `holiday_name_zh` names the festival a day off or an adjusted working day belongs to (e.g. 国庆节).
    `source` says where the answer came from; for "fallback" (no data for this year)
    `is_workday` is simply Monday–Friday and `authoritative` is False.
    """

    day: dt.date
    is_workday: bool
    is_adjusted_workday: bool
    holiday_name_zh: str | None
    source: Source

    @property
    def authoritative(self) -> bool:
        return self.source != "fallback"

    @property
    def is_holiday(self) -> bool:
        """A weekday (Mon–Fri) on which people do not work because of a public holiday."""
        return self.day.weekday() < 5 and not self.is_workday


@dataclass(frozen=True)
class CalendarRange:
    """Working days in an inclusive date range, with the days that were only guessed."""

    start: dt.date
    end: dt.date
    working_days: tuple[dt.date, ...]
    fallback_days: tuple[dt.date, ...]

    @property
    def authoritative(self) -> bool:
        return not self.fallback_days

    def warning(self) -> str | None:
        """A message for the coordinator when part of the range is not covered, else None."""
        return fallback_warning(self.fallback_days)


@lru_cache(maxsize=1)
def supported_years() -> tuple[int, int]:
    """First and last year (inclusive) for which the installed package has official data."""
    # Same rule the package itself uses to refuse a date (chinese_calendar.utils._validate_date).
    years = [day.year for day in _cc_constants.holidays]
    return min(years), max(years)


def is_authoritative(day: dt.date) -> bool:
    first, last = supported_years()
    return first <= day.year <= last


def day_info(day: dt.date, supplement: CalendarSupplement | None = None) -> DayInfo:
    """Classify one date; never raises for out-of-range years (falls back to Mon–Fri, flagged)."""
    day = _as_date(day)
    weekend = day.weekday() >= 5
    if is_authoritative(day):
        workday = bool(chinese_calendar.is_workday(day))
        return DayInfo(day, workday, workday and weekend, _festival_name(day), "package")
    if supplement is not None and day.year in supplement.years:
        if day in supplement.adjusted_workdays:
            return DayInfo(day, True, True, supplement.adjusted_workdays[day], "supplement")
        off = supplement.holidays.get(day)
        return DayInfo(day, not weekend and off is None, False, off, "supplement")
    return DayInfo(day, not weekend, False, None, "fallback")


def working_days(start: dt.date, end: dt.date, supplement: CalendarSupplement | None = None) -> CalendarRange:
    """All working days from `start` to `end` inclusive, adjusted working weekends included."""
    days: list[dt.date] = []
    fallback: list[dt.date] = []
    for day in iter_days(start, end):
        info = day_info(day, supplement)
        if not info.authoritative:
            fallback.append(day)
        if info.is_workday:
            days.append(day)
    return CalendarRange(start, end, tuple(days), tuple(fallback))


def iter_days(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every date from `start` to `end` inclusive; raises ValidationError on a reversed or huge range."""
    start, end = _as_date(start), _as_date(end)
    if end < start:
        raise ValidationError("calendar.range", "结束日期不能早于开始日期。", field="end")
    length = (end - start).days + 1
    if length > MAX_RANGE_DAYS:
        raise ValidationError(
            "calendar.range_too_long", "日期范围过长（最多{days}天）。", field="end", days=MAX_RANGE_DAYS
        )
    return [start + dt.timedelta(days=offset) for offset in range(length)]


def fallback_warning(fallback_days: tuple[dt.date, ...] | list[dt.date]) -> str | None:
    """The coordinator-facing warning for days planned without official calendar data."""
    if not fallback_days:
        return None
    years = sorted({day.year for day in fallback_days})
    return tr(
        "volunteering",
        "本程序尚未收录{years}年的法定节假日安排，这些日期暂按周一至周五作为工作日，请人工核对节假日和调休。",
        years="、".join(str(year) for year in years),
    )


def _festival_name(day: dt.date) -> str | None:
    # Both tables map a date to the English festival name (e.g. "National Day"): days off in
    # `holidays`, adjusted working days in `workdays`. The `Holiday` enum carries the Chinese name.
    name = _cc_constants.holidays.get(day) or _cc_constants.workdays.get(day)
    if name is None:
        return None
    try:
        return str(chinese_calendar.Holiday(name).chinese)
    except ValueError:  # a festival added to the tables but not (yet) to the enum
        return str(name)


def _as_date(value: dt.date) -> dt.date:
    # A datetime is a date subclass; the calendar is about days, so drop the time part.
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, dt.date):
        raise ValidationError("calendar.date", "日期格式不正确。", field="date")
    return value
