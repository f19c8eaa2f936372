"""Dates known only to the year or the month (docs/domain.md §1.2: a value and its precision).

The national system keeps a precision beside historical dates (末次出院时间, 初次发病时间, a birth date
when unknown): `codes.DATE_PRECISION` Y, YM or YMD. A partial date is stored as the first day of
its period, so two stored values compare as their periods begin; `period_end` gives the last day,
for checks such as "not before birth" that must not refuse what may be true. Written as text it
is "2024", "2024-06" or "2024-06-15" (the visit document, docs/visit-json.md).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

YEAR, YEAR_MONTH, FULL = "Y", "YM", "YMD"
PRECISIONS = (YEAR, YEAR_MONTH, FULL)
_TEXT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def period_start(value: date, precision: str) -> date:
    """The first day of the period `value` stands for at `precision`."""
    if precision == YEAR:
        return date(value.year, 1, 1)
    if precision == YEAR_MONTH:
        return date(value.year, value.month, 1)
    return value


def period_end(value: date, precision: str) -> date:
    """The last day of the period `value` stands for at `precision`."""
    if precision == YEAR:
        return date(value.year, 12, 31)
    if precision == YEAR_MONTH:
        return date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])
    return value


def parse(text: str) -> tuple[date, str]:
    """ "2024" / "2024-06" / "2024-06-15" → (first day of the period, precision); ValueError otherwise."""
    match = _TEXT.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    year, month, day = match.groups()
    if month is None:
        return date(int(year), 1, 1), YEAR
    if day is None:
        return date(int(year), int(month), 1), YEAR_MONTH
    return date(int(year), int(month), int(day)), FULL


def text(value: date, precision: str) -> str:
    """The written form `parse` reads back."""
    if precision == YEAR:
        return f"{value.year:04d}"
    if precision == YEAR_MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
