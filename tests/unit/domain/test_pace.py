"""The ≥ 4 follow-ups a year pace (docs/domain-followups.md, Pace): the k-th follow-up of the year is
needed by the end of quarter k; behind when that day has passed or the next due date misses it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.schedule import quarter_end, yearly_pace


def test_quarter_ends() -> None:
    assert [quarter_end(2026, q) for q in (1, 2, 3, 4)] == [
        date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("days", "next_due", "today", "count", "needed_by", "behind"),
    [
        ((), date(2026, 3, 1), date(2026, 2, 10), 0, date(2026, 3, 31), False),
        ((), date(2026, 4, 5), date(2026, 2, 10), 0, date(2026, 3, 31), True),  # the schedule misses Q1
        ((), date(2026, 4, 5), date(2026, 4, 2), 0, date(2026, 3, 31), True),  # Q1 has passed
        ((date(2026, 1, 10), date(2026, 4, 10)), date(2026, 9, 1), date(2026, 7, 5), 2, date(2026, 9, 30), False),
        ((date(2026, 1, 10), date(2026, 4, 10)), date(2026, 10, 3), date(2026, 7, 5), 2, date(2026, 9, 30), True),
        ((date(2026, 1, 10), date(2026, 1, 10), date(2026, 2, 1)), date(2026, 5, 1), date(2026, 5, 2), 2,
         date(2026, 9, 30), False),  # two contacts on one day count once
        ((date(2025, 11, 10), date(2025, 12, 20)), date(2026, 3, 20), date(2026, 1, 5), 0, date(2026, 3, 31),
         False),  # last year's follow-ups do not count this year
        ((date(2026, 1, 5), date(2026, 3, 5), date(2026, 5, 5), date(2026, 7, 5)), date(2026, 12, 30),
         date(2026, 11, 1), 4, None, False),  # four done: on pace whatever comes next
        ((date(2026, 1, 5), date(2026, 4, 5), date(2026, 7, 5)), date(2027, 1, 2), date(2026, 10, 1), 3,
         date(2026, 12, 31), True),  # the fourth falls due next year
    ],
)  # fmt: skip
def test_yearly_pace(
    days: tuple[date, ...], next_due: date, today: date, count: int, needed_by: date | None, behind: bool
) -> None:
    pace = yearly_pace(days, next_due, today)
    assert (pace.year, pace.followups, pace.needed_by) == (today.year, count, needed_by)
    assert pace.behind(today) is behind
