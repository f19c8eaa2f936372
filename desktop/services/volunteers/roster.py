"""Shifts for the weekly rota (排班): templates, one-off shifts, generation.

Generation rules live in desktop.domain.volunteering (rota, calendar); this module loads what they
need, stores what they produce, and returns plain dataclasses. The week as the rota page shows it is
services.rota_week; checking and saving the crews the coordinator puts on shifts is services.rota_plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.volunteering import rota
from desktop.errors import NotFound
from desktop.models import Shift, ShiftAssignment, ShiftTemplate, new_id
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.volunteers.committee_rotation import rotation_between
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
        rotation = rotation_between(session, start, end)
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


# --- the saved shifts and crews (services.rota_plan) ------------------------------------------


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
