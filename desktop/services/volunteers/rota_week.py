"""The rota's week (排班): the calendar facts of each day and every shift with its crew, read for
the rota page as plain dataclasses. Shifts are made and changed in services.roster; crews are
checked and saved in services.rota_plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.volunteering import calendar
from desktop.models import Shift, ShiftAssignment, Volunteer
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.volunteers.committee_rotation import committee_name, rotation_between
from desktop.services.volunteers.settings import supplement_of


@dataclass(frozen=True)
class AssignedVolunteer:
    id: str
    name: str


@dataclass(frozen=True)
class ShiftRow:
    id: str
    day: dt.date
    start_time: str
    end_time: str
    title: str
    location: str
    capacity: int
    required_skill: str
    village_code: str
    committee_name: str
    template_id: str | None
    assigned: tuple[AssignedVolunteer, ...]


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    is_workday: bool
    holiday_name: str | None
    is_adjusted_workday: bool
    authoritative: bool
    committee_name: str


@dataclass(frozen=True)
class WeekRota:
    """`complete`: every shift's crew was read; otherwise only those of the first shifts of each
    cell (`week_rota`'s crews_per_cell), and the others' `assigned` are empty, not known."""

    monday: dt.date
    days: tuple[DayRow, ...]
    shifts: tuple[ShiftRow, ...]
    warning: str | None
    complete: bool = True


# The rota page reads a week (≈1,000 shifts and 2,300 assignments on a busy station) as plain
# column tuples through the Core connection: ORM objects, and even the ORM's row loading for
# column selects, cost more than the queries (docs/architecture.md §8, first rows ≤ 100 ms): 25 ms against 10
# for the crews of the bench week.
_WEEK_COLUMNS = (
    Shift.id,
    Shift.shift_date,
    Shift.start_time,
    Shift.end_time,
    Shift.title,
    Shift.location,
    Shift.capacity,
    Shift.required_skill,
    Shift.village_code,
    Shift.template_id,
)


def _week_filter(start: dt.date, end: dt.date) -> tuple[Any, ...]:
    return (Shift.shift_date >= start, Shift.shift_date <= end, Shift.deleted.is_(False), Shift.cancelled.is_(False))


_CREW_COLUMNS = (ShiftAssignment.shift_id, ShiftAssignment.volunteer_id, Volunteer.name)


def _week_crews(
    session: Session, start: dt.date, end: dt.date, shift_ids: list[str] | None = None
) -> dict[str, list[AssignedVolunteer]]:
    """Each shift's crew in assignment order, with names: the whole week in one query, or the
    crews of `shift_ids` only (no second name lookup either way)."""
    base = select(*_CREW_COLUMNS).outerjoin(Volunteer, Volunteer.id == ShiftAssignment.volunteer_id)
    if shift_ids is None:
        queries = [base.join(Shift, Shift.id == ShiftAssignment.shift_id).where(*_week_filter(start, end))]
    else:  # a shift's rows all come in one chunk, so each crew keeps its order
        chunks = [shift_ids[i : i + 500] for i in range(0, len(shift_ids), 500)]
        queries = [base.where(ShiftAssignment.shift_id.in_(chunk)) for chunk in chunks]
    crews: dict[str, list[AssignedVolunteer]] = {}
    # A volunteer on several shifts of the week is one (immutable) entry shared by those crews.
    people: dict[str, AssignedVolunteer] = {}
    rows = (
        row
        for query in queries
        for row in session.connection().execute(
            query.where(ShiftAssignment.deleted.is_(False)).order_by(ShiftAssignment.created_at)
        )
    )
    for shift_id, volunteer_id, name in rows:
        person = people.get(volunteer_id)
        if person is None:
            person = people[volunteer_id] = AssignedVolunteer(volunteer_id, name or "")
        crew = crews.get(shift_id)
        if crew is None:
            crews[shift_id] = [person]
        else:
            crew.append(person)
    return crews


def _first_of_each_cell(shifts: list[Any], per_cell: int) -> list[str]:
    """The ids of the first `per_cell` shifts of each (day, start, end) in list order."""
    seen: dict[tuple[dt.date, str, str], int] = {}
    ids = []
    for shift_id, day, start_time, end_time, *_rest in shifts:
        cell = (day, start_time, end_time)
        seen[cell] = seen.get(cell, 0) + 1
        if seen[cell] <= per_cell:
            ids.append(shift_id)
    return ids


@entry("volunteers.read")
def week_rota(ctx: ServiceContext, any_day: dt.date, *, crews_per_cell: int | None = None) -> WeekRota:
    """The week (Monday–Sunday) containing `any_day`: calendar facts per day and every shift with its crew.

    `crews_per_cell`: read the crews of only the first shifts of each day and time slot, what the
    rota grid shows in its cells; a busy week's other crews are most of the reading (the page's
    first rows ≤ 100 ms, docs/architecture.md §8), and the page reads them next."""
    monday = any_day - dt.timedelta(days=any_day.weekday())
    sunday = monday + dt.timedelta(days=6)
    with ctx.db.read() as session:
        supplement = supplement_of(session)
        rotation = rotation_between(session, monday, sunday)
        shifts = (
            session.connection()
            .execute(
                select(*_WEEK_COLUMNS)
                .where(*_week_filter(monday, sunday))
                .order_by(Shift.shift_date, Shift.start_time, Shift.title)
            )
            .all()
        )
        wanted = None if crews_per_cell is None else _first_of_each_cell(shifts, crews_per_cell)
        complete = wanted is None or len(wanted) == len(shifts)
        crews = _week_crews(session, monday, sunday, None if complete else wanted)
    days = []
    fallback: list[dt.date] = []
    for offset in range(7):
        info = calendar.day_info(monday + dt.timedelta(days=offset), supplement)
        if not info.authoritative:
            fallback.append(info.day)
        committee = rotation.committee_on(info.day) if rotation else None
        days.append(
            DayRow(
                info.day,
                info.is_workday,
                info.holiday_name_zh,
                info.is_adjusted_workday,
                info.authoritative,
                committee_name(committee or ""),
            )
        )
    # A handful of committee codes over a thousand shifts: each name looked up once.
    committees = {code: committee_name(code) for code in {s.village_code for s in shifts}}
    rows = tuple(
        ShiftRow(
            shift_id,
            day,
            start_time,
            end_time,
            title,
            location,
            capacity,
            required_skill,
            village_code,
            committees[village_code],
            template_id,
            tuple(crews.get(shift_id, ())),
        )
        for (
            shift_id,
            day,
            start_time,
            end_time,
            title,
            location,
            capacity,
            required_skill,
            village_code,
            template_id,
        ) in shifts
    )
    return WeekRota(monday, tuple(days), rows, calendar.fallback_warning(fallback), complete)
