"""Shifts and the weekly rota (排班): templates, one-off shifts, generation, conflicts, saving.

Generation rules live in desktop.domain.volunteering (rota, calendar); this module loads what they
need, stores what they produce, and returns plain dataclasses. Checking and saving the crews the
coordinator puts on shifts is services.rota_plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import address
from desktop.domain.volunteering import calendar, rota
from desktop.errors import NotFound
from desktop.models import Shift, ShiftAssignment, ShiftTemplate, Volunteer, new_id
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.volunteers.committee_rotation import rotation_setting
from desktop.services.volunteers.settings import parse_hhmm, supplement_of


@dataclass(frozen=True)
class TemplateInput:
    title: str
    start_time: str
    end_time: str
    valid_from: dt.date
    valid_to: dt.date | None = None
    weekdays: tuple[int, ...] = ()
    working_days_only: bool = True
    location: str = ""
    capacity: int = 1
    required_skill: str = ""


@dataclass(frozen=True)
class TemplateRow:
    id: str
    title: str
    weekdays: tuple[int, ...]
    start_time: str
    end_time: str
    capacity: int
    required_skill: str
    working_days_only: bool
    valid_from: dt.date | None
    valid_to: dt.date | None
    active: bool


@dataclass(frozen=True)
class ShiftInput:
    """A one-off shift (e.g. a 社区讲堂 on a date)."""

    day: dt.date
    start_time: str
    end_time: str
    title: str
    location: str = ""
    capacity: int = 1
    required_skill: str = ""
    village_code: str = ""


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
    monday: dt.date
    days: tuple[DayRow, ...]
    shifts: tuple[ShiftRow, ...]
    warning: str | None


@dataclass(frozen=True)
class GenerationResult:
    created: int
    existing: int
    fallback_days: tuple[dt.date, ...]
    warning: str | None


# --- templates and one-off shifts -------------------------------------------------------------------


def _domain_template(row: ShiftTemplate) -> rota.ShiftTemplate:
    return rota.ShiftTemplate(
        id=row.id,
        title=row.title,
        start=parse_hhmm(row.start_time),
        end=parse_hhmm(row.end_time),
        valid_from=row.valid_from or dt.date(2000, 1, 1),
        valid_to=row.valid_to,
        weekdays=frozenset(int(d) for d in row.weekdays or ()),
        working_days_only=row.working_days_only,
        location=row.location,
        capacity=row.capacity,
        required_skill=row.required_skill or None,
    )


def _template_row(t: ShiftTemplate) -> TemplateRow:
    return TemplateRow(
        t.id,
        t.title,
        tuple(int(d) for d in t.weekdays or ()),
        t.start_time,
        t.end_time,
        t.capacity,
        t.required_skill,
        t.working_days_only,
        t.valid_from,
        t.valid_to,
        t.active,
    )


@entry("volunteers.write", audit=("create", "shift_template"))
def create_template(ctx: ServiceContext, data: TemplateInput) -> TemplateRow:
    template = ShiftTemplate(
        station_code=ctx.station_code,
        title=data.title.strip(),
        location=data.location.strip(),
        weekdays=sorted(set(data.weekdays)),
        start_time=data.start_time,
        end_time=data.end_time,
        capacity=data.capacity,
        required_skill=data.required_skill.strip(),
        working_days_only=data.working_days_only,
        valid_from=data.valid_from,
        valid_to=data.valid_to,
        active=True,
    )
    template.id = new_id()
    _domain_template(template)  # validates times, weekdays, capacity, range
    with ctx.db.write() as session:
        session.add(template)
        session.flush()
        return _template_row(template)


@entry("volunteers.write", audit=("update", "shift_template"))
def set_template_active(ctx: ServiceContext, template_id: str, active: bool) -> None:
    with ctx.db.write() as session:
        template = session.get(ShiftTemplate, template_id)
        if template is None or template.deleted:
            raise NotFound("rota.template_not_found", "找不到该班次模板。")
        template.active = active


@entry("volunteers.read")
def list_templates(ctx: ServiceContext) -> list[TemplateRow]:
    with ctx.db.read() as session:
        rows = session.scalars(
            select(ShiftTemplate).where(ShiftTemplate.deleted.is_(False)).order_by(ShiftTemplate.start_time)
        )
        return [_template_row(t) for t in rows]


@entry("volunteers.write", audit=("create", "shift"))
def create_shift(ctx: ServiceContext, data: ShiftInput) -> str:
    """Add a one-off shift; returns its id."""
    shift_id = new_id()
    rota.Shift(
        shift_id,
        data.day,
        parse_hhmm(data.start_time),
        parse_hhmm(data.end_time),
        data.title,
        capacity=data.capacity,
    )
    with ctx.db.write() as session:
        session.add(
            Shift(
                id=shift_id,
                station_code=ctx.station_code,
                template_id=None,
                shift_date=data.day,
                start_time=data.start_time,
                end_time=data.end_time,
                title=data.title.strip(),
                location=data.location.strip(),
                capacity=data.capacity,
                required_skill=data.required_skill.strip(),
                village_code=data.village_code,
                cancelled=False,
            )
        )
    return shift_id


@entry("volunteers.write", audit=("void", "shift"))
def cancel_shift(ctx: ServiceContext, shift_id: str) -> None:
    with ctx.db.write() as session:
        shift = _shift(session, shift_id)
        shift.cancelled = True


def _shift(session: Session, shift_id: str) -> Shift:
    shift = session.get(Shift, shift_id)
    if shift is None or shift.deleted:
        raise NotFound("rota.shift_not_found", "找不到该班次。")
    return shift


def _rotation(session: Session, start: dt.date, end: dt.date) -> rota.CommitteeRotation | None:
    setting = rotation_setting(session)
    if not setting.codes or setting.anchor is None:
        return None
    anchor = min(setting.anchor, start)
    return rota.rotate_committees(setting.codes, start, end, anchor=anchor, supplement=supplement_of(session))


def _committee_name(code: str) -> str:
    unit = address.get(code) if code else None
    return unit.name if unit is not None else code


# --- generation -----------------------------------------------------------------------------------------


@entry("volunteers.write", audit=("create", "shift"))
def generate_shifts(ctx: ServiceContext, start: dt.date, end: dt.date) -> GenerationResult:
    """Dated shifts of the active templates on official working days; existing ones are kept."""
    with ctx.db.write() as session:
        templates = [
            _domain_template(t)
            for t in session.scalars(
                select(ShiftTemplate).where(ShiftTemplate.deleted.is_(False), ShiftTemplate.active.is_(True))
            )
        ]
        supplement = supplement_of(session)
        rotation = _rotation(session, start, end)
        generated = rota.generate_shifts(templates, start, end, rotation=rotation, supplement=supplement)
        ids = [s.id for s in generated.shifts]
        existing: set[str] = set()
        for chunk in range(0, len(ids), 500):
            existing.update(session.scalars(select(Shift.id).where(Shift.id.in_(ids[chunk : chunk + 500]))))
        created = 0
        for s in generated.shifts:
            if s.id in existing:
                continue
            session.add(
                Shift(
                    id=s.id,
                    station_code=ctx.station_code,
                    template_id=s.template_id,
                    shift_date=s.day,
                    start_time=f"{s.start:%H:%M}",
                    end_time=f"{s.end:%H:%M}",
                    title=s.title,
                    location=s.location,
                    capacity=s.capacity,
                    required_skill=s.required_skill or "",
                    village_code=s.committee_code or "",
                    cancelled=False,
                )
            )
            created += 1
    return GenerationResult(created, len(existing), generated.fallback_days, generated.warning())


# --- the week ---------------------------------------------------------------------------------------------


def _shifts_between(session: Session, start: dt.date, end: dt.date) -> list[Shift]:
    return list(
        session.scalars(
            select(Shift)
            .where(
                Shift.shift_date >= start, Shift.shift_date <= end, Shift.deleted.is_(False), Shift.cancelled.is_(False)
            )
            .order_by(Shift.shift_date, Shift.start_time, Shift.title)
        )
    )


def _assignments(session: Session, shift_ids: list[str]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {sid: [] for sid in shift_ids}
    for chunk in range(0, len(shift_ids), 500):
        rows = session.execute(
            select(ShiftAssignment.shift_id, ShiftAssignment.volunteer_id)
            .where(ShiftAssignment.shift_id.in_(shift_ids[chunk : chunk + 500]), ShiftAssignment.deleted.is_(False))
            .order_by(ShiftAssignment.created_at)
        )
        for shift_id, volunteer_id in rows:
            result[shift_id].append(volunteer_id)
    return result


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


def _week_crews(session: Session, start: dt.date, end: dt.date) -> dict[str, list[AssignedVolunteer]]:
    """Each shift's crew in assignment order, with names, in one query (no id chunks, no second name lookup)."""
    query = (
        select(ShiftAssignment.shift_id, ShiftAssignment.volunteer_id, Volunteer.name)
        .join(Shift, Shift.id == ShiftAssignment.shift_id)
        .outerjoin(Volunteer, Volunteer.id == ShiftAssignment.volunteer_id)
        .where(*_week_filter(start, end), ShiftAssignment.deleted.is_(False))
        .order_by(ShiftAssignment.created_at)
    )
    crews: dict[str, list[AssignedVolunteer]] = {}
    # A volunteer on several shifts of the week is one (immutable) entry shared by those crews.
    people: dict[str, AssignedVolunteer] = {}
    for shift_id, volunteer_id, name in session.connection().execute(query):
        person = people.get(volunteer_id)
        if person is None:
            person = people[volunteer_id] = AssignedVolunteer(volunteer_id, name or "")
        crew = crews.get(shift_id)
        if crew is None:
            crews[shift_id] = [person]
        else:
            crew.append(person)
    return crews


@entry("volunteers.read")
def week_rota(ctx: ServiceContext, any_day: dt.date) -> WeekRota:
    """The week (Monday–Sunday) containing `any_day`: calendar facts per day and every shift with its crew."""
    monday = any_day - dt.timedelta(days=any_day.weekday())
    sunday = monday + dt.timedelta(days=6)
    with ctx.db.read() as session:
        supplement = supplement_of(session)
        rotation = _rotation(session, monday, sunday)
        shifts = (
            session.connection()
            .execute(
                select(*_WEEK_COLUMNS)
                .where(*_week_filter(monday, sunday))
                .order_by(Shift.shift_date, Shift.start_time, Shift.title)
            )
            .all()
        )
        crews = _week_crews(session, monday, sunday)
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
                _committee_name(committee or ""),
            )
        )
    # A handful of committee codes over a thousand shifts: each name looked up once.
    committees = {code: _committee_name(code) for code in {s.village_code for s in shifts}}
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
    return WeekRota(monday, tuple(days), rows, calendar.fallback_warning(fallback))
