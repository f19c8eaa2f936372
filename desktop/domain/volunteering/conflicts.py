"""Rota conflict detection: everything the coordinator must see before a rota is saved.

`find_conflicts(shifts, assignments, volunteers)` returns every problem at once, in a stable order
(by date, then kind, then ids), never stopping at the first. Kinds:

* `double_booking` — one volunteer on two shifts whose times overlap on the same date (partial
  overlaps count; 09:00–10:00 then 10:00–11:00 is fine), or assigned twice to the same shift;
* `unavailable` — the shift is outside the volunteer's recorded availability (no record = not checked);
* `missing_skill` — the shift requires a skill the volunteer does not have;
* `over_capacity` — more volunteers than the shift's capacity;
* `inactive_volunteer` — the volunteer is paused (暂停) or has left (已退出).

Messages are Chinese, built from shift titles/times and the volunteer's name when the caller
passes one (what the coordinator sees on the grid anyway), else a short id. No other personal data.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from desktop.domain import codes
from desktop.domain.volunteering.availability import Availability, is_available
from desktop.domain.volunteering.rota import Shift
from desktop.errors import ValidationError
from desktop.i18n import current_language, tr

ConflictKind = Literal["double_booking", "unavailable", "missing_skill", "over_capacity", "inactive_volunteer"]

CONFLICT_KINDS: codes.CodeList = (
    codes.Code("double_booking", "时间冲突", "Double booking"),
    codes.Code("unavailable", "不在可用时间", "Unavailable"),
    codes.Code("missing_skill", "缺少所需技能", "Missing skill"),
    codes.Code("over_capacity", "超出人数", "Over capacity"),
    codes.Code("inactive_volunteer", "志愿者非在岗", "Inactive volunteer"),
)
_KIND_ORDER = {code.value: index for index, code in enumerate(CONFLICT_KINDS)}
_ACTIVE = "active"


@dataclass(frozen=True)
class Assignment:
    """A volunteer put on a shift in the rota being edited."""

    shift_id: str
    volunteer_id: str


@dataclass(frozen=True)
class VolunteerInfo:
    """What the conflict check needs to know about a volunteer.

    `name` is optional and only used in messages; `availability=None` means "not recorded".
    `status` is a value of `codes.VOLUNTEER_STATUS`.
    """

    id: str
    status: str = _ACTIVE
    skills: frozenset[str] = frozenset()
    availability: Availability | None = None
    name: str | None = None

    def __post_init__(self) -> None:
        if self.status not in codes.values(codes.VOLUNTEER_STATUS):
            raise ValidationError("rota.volunteer_status", "志愿者状态不正确。", field="status")

    def label(self) -> str:
        return self.name or tr("volunteering", "志愿者{short_id}", short_id=self.id[:8])


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    day: dt.date
    shift_ids: tuple[str, ...]
    volunteer_ids: tuple[str, ...]
    message: str = field(compare=False)


def find_conflicts(
    shifts: Iterable[Shift],
    assignments: Iterable[Assignment],
    volunteers: Iterable[VolunteerInfo],
) -> tuple[Conflict, ...]:
    """Every conflict in the proposed rota; empty when it can be saved as is.

    Raises ValidationError when an assignment names a shift or volunteer that was not passed in
    (a caller bug, not a rota conflict).
    """
    shift_by_id = {s.id: s for s in shifts}
    volunteer_by_id = {v.id: v for v in volunteers}
    assignments = tuple(assignments)
    for a in assignments:
        if a.shift_id not in shift_by_id:
            raise ValidationError("rota.unknown_shift", "排班中引用了不存在的班次。", field="shift_id")
        if a.volunteer_id not in volunteer_by_id:
            raise ValidationError("rota.unknown_volunteer", "排班中引用了不存在的志愿者。", field="volunteer_id")

    found: list[Conflict] = []
    found += _double_bookings(assignments, shift_by_id, volunteer_by_id)
    found += _over_capacity(assignments, shift_by_id, volunteer_by_id)
    # Per-assignment checks; a volunteer assigned twice to a shift is reported once per kind.
    for a in dict.fromkeys(assignments):
        found += _assignment_conflicts(shift_by_id[a.shift_id], volunteer_by_id[a.volunteer_id])
    found.sort(key=lambda c: (c.day, _KIND_ORDER[c.kind], c.shift_ids, c.volunteer_ids))
    return tuple(found)


def _double_bookings(
    assignments: tuple[Assignment, ...], shifts: dict[str, Shift], volunteers: dict[str, VolunteerInfo]
) -> list[Conflict]:
    by_volunteer_day: dict[tuple[str, dt.date], list[Shift]] = defaultdict(list)
    for a in assignments:
        shift = shifts[a.shift_id]
        by_volunteer_day[(a.volunteer_id, shift.day)].append(shift)
    result: list[Conflict] = []
    for (volunteer_id, day), booked in by_volunteer_day.items():
        booked.sort(key=lambda s: (s.start, s.end, s.id))
        for i, first in enumerate(booked):
            for second in booked[i + 1 :]:
                if second.start >= first.end:  # sorted by start: nothing later can overlap `first`
                    break
                message = tr(
                    "volunteering",
                    "{volunteer}在{day}同时被排入“{first}”和“{second}”，时间重叠。",
                    volunteer=volunteers[volunteer_id].label(),
                    day=day.isoformat(),
                    first=first.label(),
                    second=second.label(),
                )
                result.append(Conflict("double_booking", day, (first.id, second.id), (volunteer_id,), message))
    return result


def _over_capacity(
    assignments: tuple[Assignment, ...], shifts: dict[str, Shift], volunteers: dict[str, VolunteerInfo]
) -> list[Conflict]:
    on_shift: dict[str, list[str]] = defaultdict(list)
    for a in assignments:
        on_shift[a.shift_id].append(a.volunteer_id)
    result: list[Conflict] = []
    for shift_id, volunteer_ids in on_shift.items():
        shift = shifts[shift_id]
        if len(volunteer_ids) > shift.capacity:
            message = tr(
                "volunteering",
                "“{shift}”安排了{count}人，超过人数上限{capacity}人。",
                shift=shift.label(),
                count=len(volunteer_ids),
                capacity=shift.capacity,
            )
            result.append(Conflict("over_capacity", shift.day, (shift_id,), tuple(sorted(volunteer_ids)), message))
    return result


def _assignment_conflicts(shift: Shift, volunteer: VolunteerInfo) -> list[Conflict]:
    result: list[Conflict] = []
    ids = ((shift.id,), (volunteer.id,))
    who, what = volunteer.label(), shift.label()
    if volunteer.status != _ACTIVE:
        message = tr(
            "volunteering",
            "{volunteer}当前状态为“{status}”，不能排入“{shift}”。",
            volunteer=who,
            status=codes.label(codes.VOLUNTEER_STATUS, volunteer.status, current_language()),
            shift=what,
        )
        result.append(Conflict("inactive_volunteer", shift.day, *ids, message))
    if volunteer.availability is not None and not is_available(
        volunteer.availability, shift.day, shift.start, shift.end
    ):
        message = tr("volunteering", "“{shift}”不在{volunteer}登记的可用时间内。", shift=what, volunteer=who)
        result.append(Conflict("unavailable", shift.day, *ids, message))
    if shift.required_skill and shift.required_skill not in volunteer.skills:
        message = tr(
            "volunteering",
            "“{shift}”需要技能“{skill}”，{volunteer}未登记该技能。",
            shift=what,
            skill=shift.required_skill,
            volunteer=who,
        )
        result.append(Conflict("missing_skill", shift.day, *ids, message))
    return result
