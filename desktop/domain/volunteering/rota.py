"""Shifts and rota planning (轮值): templates → dated shifts, one-off shifts, committee rotation.

The roster service calls `generate_shifts` for the week or month the coordinator is planning and
saves the result; `rotate_committees` spreads the days among the residential committees (社区轮值:
each working day one 居委会 supplies the volunteers). Conflict checks live in `conflicts.py`.

Generated shift ids are UUIDv5 of (template id, date), so generating the same week twice — on this
PC or after a bundle round trip — yields the same ids instead of duplicate shifts.
Both generators pass on the calendar's fallback days (years the `chinesecalendar` package does
not know) so the UI can warn that holidays were not taken into account.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.volunteering import calendar
from desktop.errors import ValidationError

# Fixed namespace: changing it would change every generated shift id.
SHIFT_ID_NAMESPACE = uuid.UUID("4f6b1c9e-6a43-5d0b-9a57-6b7a2f0c9d11")


@dataclass(frozen=True)
class Shift:
    """One dated shift: from a template (`template_id` set) or a one-off (社区讲堂 on a date)."""

    id: str
    day: dt.date
    start: dt.time
    end: dt.time
    title: str
    location: str = ""
    capacity: int = 1
    required_skill: str | None = None
    template_id: str | None = None
    committee_code: str | None = None  # the 居委会 supplying volunteers that day, if rotating

    def __post_init__(self) -> None:
        _check_common(self.id, self.title, self.start, self.end, self.capacity)
        if not isinstance(self.day, dt.date) or isinstance(self.day, dt.datetime):
            raise ValidationError("rota.date", "班次日期格式不正确。", field="day")

    def label(self) -> str:
        """Short human label used in conflict messages: 前台接待 10-08 09:00–11:30."""
        return f"{self.title} {self.day:%m-%d} {self.start:%H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True)
class ShiftTemplate:
    """A recurring shift, e.g. every Tuesday 09:00–11:30 front desk.

    Which days it produces, within [valid_from, valid_to]:
    * `weekdays` empty, `working_days_only` True: every official working day, adjusted working
      weekends (调休上班) included — the usual choice for front-desk duty;
    * `weekdays` chosen, `working_days_only` True: those weekdays, skipping public holidays
      (an adjusted working Saturday is added only if Saturday is among the chosen weekdays);
    * `weekdays` chosen, `working_days_only` False: those weekdays regardless of holidays.
    Weekdays are 0 = Monday … 6 = Sunday, as in `date.weekday()`.
    """

    id: str
    title: str
    start: dt.time
    end: dt.time
    valid_from: dt.date
    valid_to: dt.date | None = None
    weekdays: frozenset[int] = frozenset()
    working_days_only: bool = True
    location: str = ""
    capacity: int = 1
    required_skill: str | None = None

    def __post_init__(self) -> None:
        _check_common(self.id, self.title, self.start, self.end, self.capacity)
        if not self.weekdays <= frozenset(range(7)):
            raise ValidationError("rota.weekdays", "星期必须是周一至周日之一。", field="weekdays")
        if not self.weekdays and not self.working_days_only:
            raise ValidationError("rota.weekdays", "请选择星期，或勾选“仅法定工作日”。", field="weekdays")
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValidationError("rota.valid_range", "停用日期不能早于启用日期。", field="valid_to")

    def occurs_on(self, info: calendar.DayInfo) -> bool:
        """Whether this template produces a shift on the day described by `info`."""
        day = info.day
        if day < self.valid_from or (self.valid_to is not None and day > self.valid_to):
            return False
        if self.weekdays and day.weekday() not in self.weekdays:
            return False
        return info.is_workday or not self.working_days_only


@dataclass(frozen=True)
class GeneratedRota:
    """Shifts for a date range, sorted by (day, start, title), plus the days planned without calendar data."""

    shifts: tuple[Shift, ...]
    fallback_days: tuple[dt.date, ...]

    def warning(self) -> str | None:
        return calendar.fallback_warning(self.fallback_days)


@dataclass(frozen=True)
class CommitteeDay:
    day: dt.date
    committee_code: str


@dataclass(frozen=True)
class CommitteeRotation:
    """Which 居委会 is on duty on each working day of the range."""

    days: tuple[CommitteeDay, ...]
    fallback_days: tuple[dt.date, ...]

    def committee_on(self, day: dt.date) -> str | None:
        return next((d.committee_code for d in self.days if d.day == day), None)

    def warning(self) -> str | None:
        return calendar.fallback_warning(self.fallback_days)


def shift_id_for(template_id: str, day: dt.date) -> str:
    """The deterministic id of a template's occurrence on `day`."""
    return str(uuid.uuid5(SHIFT_ID_NAMESPACE, f"{template_id}/{day.isoformat()}"))


def generate_shifts(
    templates: Iterable[ShiftTemplate],
    start: dt.date,
    end: dt.date,
    rotation: CommitteeRotation | None = None,
    supplement: calendar.CalendarSupplement | None = None,
) -> GeneratedRota:
    """Concrete shifts of `templates` from `start` to `end` inclusive.

    With a `rotation`, each shift carries the committee on duty that day. `supplement` supplies
    official days for years the calendar package does not know yet.
    """
    templates = tuple(templates)
    on_duty = {d.day: d.committee_code for d in rotation.days} if rotation is not None else {}
    shifts: list[Shift] = []
    fallback: list[dt.date] = []
    for day in calendar.iter_days(start, end):
        info = calendar.day_info(day, supplement)
        if not info.authoritative:
            fallback.append(day)
        committee = on_duty.get(day)
        for template in templates:
            if template.occurs_on(info):
                shifts.append(
                    Shift(
                        id=shift_id_for(template.id, day),
                        day=day,
                        start=template.start,
                        end=template.end,
                        title=template.title,
                        location=template.location,
                        capacity=template.capacity,
                        required_skill=template.required_skill,
                        template_id=template.id,
                        committee_code=committee,
                    )
                )
    shifts.sort(key=lambda s: (s.day, s.start, s.title, s.id))
    return GeneratedRota(tuple(shifts), tuple(fallback))


def rotate_committees(
    committee_codes: Sequence[str],
    start: dt.date,
    end: dt.date,
    *,
    anchor: dt.date | None = None,
    supplement: calendar.CalendarSupplement | None = None,
) -> CommitteeRotation:
    """Round-robin the committees over the official working days from `start` to `end`.

    The rotation is counted from `anchor` (default: `start`): the n-th working day on or after
    the anchor goes to `committee_codes[n % len]`. Keeping the anchor fixed (e.g. the day the
    rotation began) makes week-by-week planning continue the cycle instead of restarting it.
    """
    codes = tuple(committee_codes)
    if not codes or any(not isinstance(c, str) or not c.strip() for c in codes):
        raise ValidationError("rota.committees", "请至少选择一个居委会。", field="committees")
    if len(set(codes)) != len(codes):
        raise ValidationError("rota.committees_duplicate", "轮值顺序中有重复的居委会。", field="committees")
    anchor = start if anchor is None else anchor
    if anchor > start:
        raise ValidationError("rota.anchor", "轮值起始日期不能晚于排班开始日期。", field="anchor")
    # Working days before `start` (since the anchor) only advance the cycle.
    before = calendar.working_days(anchor, start - dt.timedelta(days=1), supplement) if anchor < start else None
    offset = len(before.working_days) if before is not None else 0
    planned = calendar.working_days(start, end, supplement)
    days = tuple(CommitteeDay(day, codes[(offset + i) % len(codes)]) for i, day in enumerate(planned.working_days))
    fallback = (before.fallback_days if before is not None else ()) + planned.fallback_days
    return CommitteeRotation(days, fallback)


def _check_common(identifier: str, title: str, start: dt.time, end: dt.time, capacity: int) -> None:
    if not isinstance(identifier, str) or not identifier:
        raise ValidationError("rota.id", "班次缺少编号。", field="id")
    if not isinstance(title, str) or not title.strip():
        raise ValidationError("rota.title", "请填写班次名称。", field="title")
    if not isinstance(start, dt.time) or not isinstance(end, dt.time) or not start < end:
        raise ValidationError("rota.time", "班次开始时间须早于结束时间（不能跨过午夜）。", field="end")
    if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
        raise ValidationError("rota.capacity", "班次人数至少为1人。", field="capacity")
