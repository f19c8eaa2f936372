"""The volunteer hours ledger rules (docs/domain.md §4.2 "App rules").

* Service minutes are computed, never typed: check-out − check-in − break minutes. Travel to and
  from the site is not service time and is simply never part of the attendance. Partial minutes
  are dropped (a volunteer is never credited with time not served).
* Display hours are rounded *down* to a step (default 0.5 h; none / 0.1 / 0.25 / 0.5 from
  `codes.HOURS_ROUNDING`) with integer arithmetic, so 89 min → 1.0 h and 90 min → 1.5 h exactly.
  Raw minutes stay in the record so another rounding can be applied later.
* Warnings (never errors): more than 12 h in a day for one person; overlapping entries.
* Status: draft → confirmed → reported (with the date it was entered on 上海志愿者网) → void
  (with a reason; from any state; never deleted).
* A forgotten check-out is closed at the shift's end and flagged (`auto_closed=True`); it is not
  counted as worked until the coordinator has reviewed it (`reviewed=True`) and confirmed it.

The hours service persists `Attendance` values and calls these functions; the kiosk only creates
check-ins and check-outs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.domain import codes
from desktop.errors import ConflictError, ValidationError
from desktop.i18n import tr

DEFAULT_ROUNDING = "0.5"
DAILY_WARNING_MINUTES = 12 * 60
# Step in minutes and decimal places shown, per HOURS_ROUNDING value. "none" still has to be
# shown somehow: two decimals, cut (not rounded up) like the other steps.
_ROUNDING: dict[str, tuple[int, int]] = {"none": (1, 2), "0.1": (6, 1), "0.25": (15, 2), "0.5": (30, 1)}
_COUNTABLE = frozenset({"confirmed", "reported"})
# Allowed moves; void is reachable from every live state (see check_transition).
_NEXT = {"draft": {"confirmed", "void"}, "confirmed": {"reported", "void"}, "reported": {"void"}, "void": set()}


@dataclass(frozen=True)
class Attendance:
    """One check-in/check-out of one volunteer (one row of the hours ledger)."""

    id: str
    volunteer_id: str
    check_in: dt.datetime
    check_out: dt.datetime | None = None
    break_minutes: int = 0
    shift_id: str | None = None
    status: str = "draft"
    auto_closed: bool = False  # check-out set by the system, not by the volunteer
    reviewed: bool = False  # the coordinator has checked an auto-closed entry
    reported_on: dt.date | None = None
    void_reason: str | None = None

    def __post_init__(self) -> None:
        if self.status not in _NEXT:
            raise ValidationError("hours.status", "工时记录状态不正确。", field="status")
        if self.check_out is not None:
            service_minutes(self.check_in, self.check_out, self.break_minutes)
        elif not isinstance(self.check_in, dt.datetime):
            raise ValidationError("hours.timestamp", "签到时间格式不正确。", field="check_in")

    @property
    def is_open(self) -> bool:
        return self.check_out is None

    @property
    def minutes(self) -> int | None:
        """Service minutes, or None while the volunteer is still checked in."""
        if self.check_out is None:
            return None
        return service_minutes(self.check_in, self.check_out, self.break_minutes)

    @property
    def needs_review(self) -> bool:
        """Auto-closed and not yet looked at by the coordinator (shown with a flag)."""
        return self.auto_closed and not self.reviewed and self.status != "void"

    @property
    def countable(self) -> bool:
        """Counts towards a volunteer's hours: confirmed or reported, closed, not awaiting review."""
        return self.status in _COUNTABLE and not self.is_open and not self.needs_review


@dataclass(frozen=True)
class VolunteerHours:
    """One line of the hours summary (CLI `volunteers hours`, the ledger's totals)."""

    volunteer_id: str
    minutes: int
    hours: Decimal
    flagged: int  # auto-closed attendances awaiting the coordinator


@dataclass(frozen=True)
class HoursWarning:
    kind: str  # "over_12h" | "overlap"
    volunteer_id: str
    day: dt.date
    attendance_ids: tuple[str, ...]
    minutes: int  # the day's total for over_12h, the overlapping minutes for overlap
    message: str = field(default="", compare=False)


# --- minutes and rounding ------------------------------------------------------------------------


def service_minutes(check_in: dt.datetime, check_out: dt.datetime, break_minutes: int = 0) -> int:
    """Whole minutes of service; raises ValidationError rather than ever returning a negative."""
    if not isinstance(check_in, dt.datetime) or not isinstance(check_out, dt.datetime):
        raise ValidationError("hours.timestamp", "签到、签退时间格式不正确。", field="check_in")
    if (check_in.tzinfo is None) != (check_out.tzinfo is None):
        raise ValidationError("hours.timestamp", "签到、签退时间格式不正确。", field="check_out")
    if check_out < check_in:
        raise ValidationError("hours.time_order", "签退时间不能早于签到时间。", field="check_out")
    if not isinstance(break_minutes, int) or isinstance(break_minutes, bool) or break_minutes < 0:
        raise ValidationError("hours.break", "休息时长必须是不小于0的整数分钟。", field="break_minutes")
    elapsed = int((check_out - check_in).total_seconds()) // 60
    if break_minutes > elapsed:
        raise ValidationError("hours.break", "休息时长不能超过在岗时长。", field="break_minutes")
    return elapsed - break_minutes


def round_hours(minutes: int, rounding: str = DEFAULT_ROUNDING) -> Decimal:
    """Hours for display, rounded down to the station's step; exact (Decimal from integers)."""
    if rounding not in _ROUNDING or rounding not in codes.values(codes.HOURS_ROUNDING):
        raise ValidationError("hours.rounding", "工时取整方式不正确。", field="rounding")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
        raise ValidationError("hours.minutes", "服务时长不能为负数。", field="minutes")
    step, places = _ROUNDING[rounding]
    floored = minutes // step * step
    return Decimal(floored * 10**places // 60).scaleb(-places)


# --- status ----------------------------------------------------------------------------------------


def check_transition(
    current: str, target: str, *, reported_on: dt.date | None = None, void_reason: str | None = None
) -> None:
    """Raise unless `current → target` is allowed with the given date/reason.

    Codes: `hours.status` (unknown status), `hours.transition` (move not allowed, ConflictError),
    `hours.reported_date` (reporting needs the date), `hours.void_reason` (voiding needs a reason).
    """
    if current not in _NEXT or target not in _NEXT:
        raise ValidationError("hours.status", "工时记录状态不正确。", field="status")
    if target not in _NEXT[current]:
        raise ConflictError(
            "hours.transition",
            "工时记录不能从“{current}”改为“{target}”。",
            current=codes.label(codes.HOURS_STATUS, current),
            target=codes.label(codes.HOURS_STATUS, target),
        )
    if target == "reported" and (not isinstance(reported_on, dt.date) or isinstance(reported_on, dt.datetime)):
        raise ValidationError("hours.reported_date", "请填写上报上海志愿者网的日期。", field="reported_on")
    if target == "void" and (not isinstance(void_reason, str) or not void_reason.strip()):
        raise ValidationError("hours.void_reason", "作废工时记录必须填写原因。", field="void_reason")


def transition(
    attendance: Attendance,
    target: str,
    *,
    reported_on: dt.date | None = None,
    void_reason: str | None = None,
) -> Attendance:
    """The attendance moved to `target`, after `check_transition` and the ledger's own guards.

    Confirming needs a closed entry (`hours.open`) that is not awaiting review
    (`hours.needs_review`); a report date may not precede the service (`hours.reported_date`).
    """
    check_transition(attendance.status, target, reported_on=reported_on, void_reason=void_reason)
    if target == "confirmed":
        if attendance.is_open:
            raise ConflictError("hours.open", "志愿者尚未签退，不能确认工时。")
        if attendance.needs_review:
            raise ConflictError("hours.needs_review", "该记录由系统自动签退，请先核对签退时间再确认。")
        return dataclasses.replace(attendance, status="confirmed")
    if target == "reported":
        assert reported_on is not None  # guaranteed by check_transition
        if reported_on < attendance.check_in.date():
            raise ValidationError("hours.reported_date", "上报日期不能早于服务日期。", field="reported_on")
        return dataclasses.replace(attendance, status="reported", reported_on=reported_on)
    assert void_reason is not None  # target == "void", reason checked above
    return dataclasses.replace(attendance, status="void", void_reason=void_reason.strip())


# --- forgotten check-outs ---------------------------------------------------------------------------


def close_forgotten_checkouts(
    attendances: Iterable[Attendance], shift_ends: Mapping[str, dt.datetime], now: dt.datetime
) -> tuple[Attendance, ...]:
    """Close every open attendance whose shift has ended by `now`; returns only the changed ones.

    The check-out is set to the shift's end (or the check-in, if that was later), and the entry
    is flagged `auto_closed=True, reviewed=False`, so `countable` is False until the coordinator
    calls `review_auto_closed`. An open attendance with no known shift (a walk-in) is closed once
    its day is over, at its check-in time (0 minutes) — a guess at its length would be invented.
    """
    closed: list[Attendance] = []
    for attendance in attendances:
        if not attendance.is_open or attendance.status == "void":
            continue
        end = shift_ends.get(attendance.shift_id) if attendance.shift_id is not None else None
        _same_kind(attendance.check_in, now, *([end] if end is not None else []))
        if end is None:
            next_day = attendance.check_in.date() + dt.timedelta(days=1)
            day_over = dt.datetime.combine(next_day, dt.time(), attendance.check_in.tzinfo)
            if now < day_over:
                continue
            check_out = attendance.check_in
        else:
            if now < end:
                continue
            check_out = max(end, attendance.check_in)
        closed.append(dataclasses.replace(attendance, check_out=check_out, auto_closed=True, reviewed=False))
    return tuple(closed)


def _same_kind(*stamps: dt.datetime) -> None:
    # Comparing naive with aware datetimes raises TypeError; make it the caller's clear error instead.
    if any(not isinstance(s, dt.datetime) for s in stamps) or len({s.tzinfo is None for s in stamps}) > 1:
        raise ValidationError("hours.timestamp", "签到、签退时间格式不正确。", field="check_out")


def review_auto_closed(
    attendance: Attendance, *, check_out: dt.datetime | None = None, break_minutes: int | None = None
) -> Attendance:
    """The coordinator accepts (or corrects) an auto-closed entry; it may then be confirmed."""
    if not attendance.auto_closed or attendance.status != "draft":
        raise ConflictError("hours.not_flagged", "只有待核对的自动签退记录需要核对。")
    return dataclasses.replace(
        attendance,
        check_out=attendance.check_out if check_out is None else check_out,
        break_minutes=attendance.break_minutes if break_minutes is None else break_minutes,
        reviewed=True,
    )


# --- totals and warnings ----------------------------------------------------------------------------


def countable_minutes(attendances: Iterable[Attendance]) -> int:
    """Minutes that count as served: confirmed/reported entries, excluding flagged-unreviewed ones."""
    return sum(a.minutes or 0 for a in attendances if a.countable)


def summarise_by_volunteer(
    attendances: Iterable[Attendance], rounding: str = DEFAULT_ROUNDING
) -> tuple[VolunteerHours, ...]:
    """Countable minutes per volunteer, the rounded total, and how many entries await review.

    The rounding applies to each volunteer's total (rounding each entry first would lose up to a
    step per entry). Volunteers appear if they have countable minutes or flagged entries.
    """
    minutes: dict[str, int] = defaultdict(int)
    flagged: dict[str, int] = defaultdict(int)
    for a in attendances:
        if a.countable:
            minutes[a.volunteer_id] += a.minutes or 0
        if a.needs_review:
            flagged[a.volunteer_id] += 1
    return tuple(
        VolunteerHours(vid, minutes.get(vid, 0), round_hours(minutes.get(vid, 0), rounding), flagged.get(vid, 0))
        for vid in sorted(set(minutes) | set(flagged))
    )


def hours_warnings(
    attendances: Iterable[Attendance], *, daily_limit_minutes: int = DAILY_WARNING_MINUTES
) -> tuple[HoursWarning, ...]:
    """Warnings for the coordinator over closed, non-void entries (drafts included).

    `over_12h`: one person's minutes on one day (by check-in date) exceed the limit.
    `overlap`: two entries of one person overlap in time (touching end == start is fine).
    """
    live = sorted(
        (a for a in attendances if a.status != "void" and a.check_out is not None),
        key=lambda a: (a.volunteer_id, a.check_in, a.id),
    )
    warnings: list[HoursWarning] = []
    per_day: dict[tuple[str, dt.date], list[Attendance]] = defaultdict(list)
    for a in live:
        per_day[(a.volunteer_id, a.check_in.date())].append(a)
    for (vid, day), entries in per_day.items():
        total = sum(e.minutes or 0 for e in entries)
        if total > daily_limit_minutes:
            message = tr(
                "volunteering",
                "{day}该志愿者共记录{hours}小时，超过{limit}小时，请核对。",
                day=day.isoformat(),
                hours=round_hours(total, "none"),
                limit=round_hours(daily_limit_minutes, "none").normalize(),
            )
            warnings.append(HoursWarning("over_12h", vid, day, tuple(e.id for e in entries), total, message))
    for i, first in enumerate(live):
        for second in live[i + 1 :]:
            assert first.check_out is not None and second.check_out is not None
            if second.volunteer_id != first.volunteer_id or second.check_in >= first.check_out:
                break  # sorted by (volunteer, check-in): nothing later overlaps `first`
            overlap = int((min(first.check_out, second.check_out) - second.check_in).total_seconds()) // 60
            message = tr(
                "volunteering",
                "{day}该志愿者有两条工时记录时间重叠（{start}–{end} 与 {start2}–{end2}），请核对。",
                day=first.check_in.date().isoformat(),
                start=f"{first.check_in:%H:%M}",
                end=f"{first.check_out:%H:%M}",
                start2=f"{second.check_in:%H:%M}",
                end2=f"{second.check_out:%H:%M}",
            )
            warnings.append(
                HoursWarning(
                    "overlap", first.volunteer_id, first.check_in.date(), (first.id, second.id), overlap, message
                )
            )
    warnings.sort(key=lambda w: (w.volunteer_id, w.day, w.kind, w.attendance_ids))
    return tuple(warnings)
