"""Follow-up scheduling: next due dates, the ≥4 visits a year rule, due states and escalation.

The visit service calls `suggest_next_due` when a visit is saved (the caseworker may override
the date, and `clamp_next_due` keeps any date within three months so that the ≥4/year rule
holds); the due and overdue lists call `due_state` at display time; the risk ≥ 3 escalation of
docs/domain.md §2.3 uses `needs_escalation`, `escalation_task_due` and `key_attention`. Months are
calendar months with the day clamped to the end of a shorter month (31 Jan + 1 month = 28/29
Feb), which is how people count "three months from today".
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise

from desktop.domain.classification import BASICALLY_STABLE, STABLE, UNSTABLE
from desktop.domain.codes import INACTIVE_STATUSES
from desktop.errors import ValidationError

SHORT_INTERVAL = timedelta(days=14)
MAX_INTERVAL_MONTHS = 3
MIN_VISITS_PER_YEAR = 4
DUE_SOON_DAYS = 7
ESCALATION_RISK = 3


class Stage(StrEnum):
    """Where a 基本稳定 client is in the §2.2 intervention cycle (ignored for the other classes)."""

    INITIAL = "initial"  # first handling of the fluctuation: see again in 2 weeks
    CONFIRMED_STABLE = "confirmed_stable"  # stable again after handling: keep the regimen, 3 months
    REFERRAL_CHECK = "referral_check"  # handling ineffective, referral suggested: check it in 2 weeks


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    SCHEDULED = "scheduled"


def add_months(day: date, months: int) -> date:
    """`day` plus calendar months, the day of month clamped to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def latest_next_due(last_visit: date) -> date:
    """The latest allowed next due date after a visit (three calendar months)."""
    return add_months(last_visit, MAX_INTERVAL_MONTHS)


def suggest_next_due(visit_date: date, classification: int, stage: Stage = Stage.INITIAL) -> date:
    """The next follow-up date suggested by docs/domain.md §2.2 for a visit of the given class."""
    if classification == UNSTABLE:
        return visit_date + SHORT_INTERVAL
    if classification == BASICALLY_STABLE:
        if stage is Stage.CONFIRMED_STABLE:
            return latest_next_due(visit_date)
        return visit_date + SHORT_INTERVAL
    if classification == STABLE:
        return latest_next_due(visit_date)
    raise ValidationError("schedule.classification", "随访分类无效，无法计算下次随访日期。", field="classification")


def clamp_next_due(proposed: date, last_visit: date) -> date:
    """Accept a user-chosen next due date, pulled back to at most three months after the last visit."""
    if proposed <= last_visit:
        raise ValidationError("schedule.not_after_visit", "下次随访日期必须晚于本次随访日期。", field="next_due")
    return min(proposed, latest_next_due(last_visit))


def due_state(next_due: date, today: date) -> DueState:
    """Overdue when the due date has passed; due soon within the next seven days (inclusive)."""
    if next_due < today:
        return DueState.OVERDUE
    if (next_due - today).days <= DUE_SOON_DAYS:
        return DueState.DUE_SOON
    return DueState.SCHEDULED


def client_due_state(next_due: date | None, today: date, status: str | None = None) -> DueState | None:
    """Due state for the register's lists: None when nothing is due or the client is no longer served.

    Clients who died, moved away or were closed (`codes.INACTIVE_STATUSES`) leave the overdue list
    (docs/domain.md §2.2) even if their last due date has passed.
    """
    if next_due is None or status in INACTIVE_STATUSES:
        return None
    return due_state(next_due, today)


@dataclass(frozen=True)
class YearCompliance:
    """How a client's visits in one calendar year measure against ≥4 a year, gaps ≤ 3 months."""

    year: int
    visits: int
    longest_gap_days: int  # between consecutive visits inside the year; 0 with fewer than two visits
    gap_over_three_months: bool

    @property
    def meets_minimum(self) -> bool:
        return self.visits >= MIN_VISITS_PER_YEAR

    @property
    def compliant(self) -> bool:
        return self.meets_minimum and not self.gap_over_three_months


def yearly_compliance(visit_dates: Iterable[date], year: int) -> YearCompliance:
    """Count the distinct visit days in `year` and find the longest gap between two of them.

    Several contacts on one day count once. The open gap after the last visit is not included:
    that is what `due_state` reports while the year is running.
    """
    days = sorted({day for day in visit_dates if day.year == year})
    longest = 0
    over = False
    for earlier, later in pairwise(days):
        longest = max(longest, (later - earlier).days)
        over = over or later > latest_next_due(earlier)
    return YearCompliance(year, len(days), longest, over)


def quarter_end(year: int, quarter: int) -> date:
    """The last day of `quarter` (1–4) of `year`."""
    month = 3 * quarter
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class YearPace:
    """Where a client stands against ≥ 4 follow-ups in `year`, as of the day it was computed.

    The pace (docs/domain-followups.md, Pace): at one follow-up a quarter the year ends with
    four, so the k-th follow-up of the year is needed by the end of quarter k. `needed_by` is
    that day for the next follow-up (None once four are done); `late_by_schedule` says the
    client's next due date already falls after it. Behind pace means four cannot be reached by
    the end of the year at the rule's pace: the day has passed, or the schedule misses it.
    """

    year: int
    followups: int  # distinct follow-up days in `year` so far, counted as yearly_compliance counts
    needed_by: date | None
    late_by_schedule: bool

    def behind(self, today: date) -> bool:
        return self.needed_by is not None and (self.late_by_schedule or today > self.needed_by)


def yearly_pace(followup_days: Iterable[date], next_due: date | None, today: date) -> YearPace:
    """The pace of `today`'s year from the days of the client's follow-ups and the next due date."""
    year = today.year
    # The distinct days yearly_compliance counts; its gaps are not needed here (a full import
    # computes this for every client).
    count = len({day for day in followup_days if day.year == year and day <= today})
    if count >= MIN_VISITS_PER_YEAR:
        return YearPace(year, count, None, False)
    needed_by = quarter_end(year, count + 1)
    return YearPace(year, count, needed_by, next_due is not None and next_due > needed_by)


def needs_escalation(risk_level: int | None) -> bool:
    """Risk ≥ 3 triggers the mandatory notification dialog and a 14-day task (docs/domain.md §2.3)."""
    return risk_level is not None and risk_level >= ESCALATION_RISK


def escalation_task_due(visit_date: date) -> date:
    """Due date of the follow-up task created by an escalation: within two weeks."""
    return visit_date + SHORT_INTERVAL


@dataclass(frozen=True)
class KeyAttention:
    """The 重点关注 flag of a client, derived from the history of risk assessments."""

    active: bool
    since: date | None = None  # first visit of the current run of risk ≥ 3 visits
    cleared_on: date | None = None  # the later visit with risk ≤ 2 that cleared it last time


def key_attention(visits: Iterable[tuple[date, int | None]]) -> KeyAttention:
    """Replay (visit date, risk level) pairs: risk ≥ 3 sets the flag, a later risk ≤ 2 clears it.

    Visits without a risk assessment (None) change nothing. On a day with several visits any
    risk ≥ 3 wins: a reassuring contact on the same day as a dangerous one is not "later".
    """
    by_day: dict[date, list[int]] = {}
    for day, risk in visits:
        if risk is not None:
            by_day.setdefault(day, []).append(risk)
    since: date | None = None
    cleared_on: date | None = None
    for day in sorted(by_day):
        if max(by_day[day]) >= ESCALATION_RISK:
            if since is None:
                since, cleared_on = day, None
        elif since is not None:
            since, cleared_on = None, day
    return KeyAttention(since is not None, since, cleared_on)
