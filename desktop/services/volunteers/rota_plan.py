"""Putting volunteers on shifts: check a proposed rota for conflicts, and save it.

A proposal maps shift ids to the volunteer ids the coordinator put on them. `check_rota` returns
every conflict (double booking — also against what is already saved for the same days —,
unavailability, missing skill, over capacity, inactive volunteer) found by
desktop.domain.volunteering.conflicts; `save_rota` stores the proposal, refusing while conflicts
remain unless the coordinator explicitly accepts them. Removed assignments are tombstoned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import codes
from desktop.domain.volunteering import conflicts, rota
from desktop.domain.volunteering.availability import availability_from_dict
from desktop.errors import ConflictError, NotFound, ValidationError
from desktop.i18n import current_language
from desktop.models import ShiftAssignment, Volunteer
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.volunteers.roster import _assignments, _shift, _shifts_between
from desktop.services.volunteers.settings import parse_hhmm

Proposal = Mapping[str, Iterable[str]]


@dataclass(frozen=True)
class RotaConflict:
    kind: str
    kind_label: str
    day: dt.date
    shift_ids: tuple[str, ...]
    volunteer_ids: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class SaveResult:
    added: int
    removed: int
    conflicts: tuple[RotaConflict, ...]


# --- conflicts and saving -----------------------------------------------------------------------------------


def _conflicts(session: Session, proposal: Proposal) -> tuple[RotaConflict, ...]:
    # Duplicates are kept: the domain reports a volunteer put twice on one shift.
    wanted = {sid: list(vids) for sid, vids in proposal.items()}
    proposed = [_shift(session, sid) for sid in wanted]
    days = sorted({s.shift_date for s in proposed})
    # Double bookings involve other shifts of the same days, planned or already saved.
    same_days = [s for s in (_shifts_between(session, days[0], days[-1]) if days else []) if s.shift_date in days]
    all_shifts = {s.id: s for s in [*same_days, *proposed]}
    saved = _assignments(session, [sid for sid in all_shifts if sid not in wanted])
    assignments = [conflicts.Assignment(sid, vid) for sid, vids in {**saved, **wanted}.items() for vid in vids]
    volunteer_ids = {a.volunteer_id for a in assignments}
    volunteers = []
    for v in session.scalars(select(Volunteer).where(Volunteer.id.in_(volunteer_ids))):
        availability = None
        if v.availability and v.availability.get("weekly") is not None:
            try:
                availability = availability_from_dict(v.availability)
            except ValidationError:
                availability = None  # an unreadable record is treated as "not recorded"
        volunteers.append(conflicts.VolunteerInfo(v.id, v.status, frozenset(v.skills or ()), availability, v.name))
    if len(volunteers) != len(volunteer_ids):
        raise NotFound("volunteer.not_found", "找不到该志愿者。")
    domain_shifts = [
        rota.Shift(
            s.id,
            s.shift_date,
            parse_hhmm(s.start_time),
            parse_hhmm(s.end_time),
            s.title,
            s.location,
            s.capacity,
            s.required_skill or None,
            s.template_id,
        )
        for s in all_shifts.values()
    ]
    found = conflicts.find_conflicts(domain_shifts, assignments, volunteers)
    labels = {
        c.value: codes.label(conflicts.CONFLICT_KINDS, c.value, current_language()) for c in conflicts.CONFLICT_KINDS
    }
    return tuple(RotaConflict(c.kind, labels[c.kind], c.day, c.shift_ids, c.volunteer_ids, c.message) for c in found)


@entry("volunteers.read")
def check_rota(ctx: ServiceContext, proposal: Proposal) -> tuple[RotaConflict, ...]:
    """Every conflict the proposal would create, with what is already saved for the same days."""
    with ctx.db.read() as session:
        return _conflicts(session, proposal)


@entry("volunteers.write", audit=("update", "rota"))
def save_rota(ctx: ServiceContext, proposal: Proposal, *, accept_conflicts: bool = False) -> SaveResult:
    """Store the crews of the proposed shifts; refuses with `rota.conflicts` unless conflicts are accepted."""
    with ctx.db.write() as session:
        found = _conflicts(session, proposal)
        if found and not accept_conflicts:
            raise ConflictError("rota.conflicts", "排班还有{count}处冲突，请先处理后再保存。", count=len(found))
        added = removed = 0
        for shift_id, volunteer_ids in proposal.items():
            wanted = list(dict.fromkeys(volunteer_ids))
            rows = list(session.scalars(select(ShiftAssignment).where(ShiftAssignment.shift_id == shift_id)))
            by_volunteer: dict[str, ShiftAssignment] = {}
            for row in rows:
                if row.volunteer_id in by_volunteer and row.deleted:
                    continue
                by_volunteer[row.volunteer_id] = row
            for volunteer_id, row in by_volunteer.items():
                if volunteer_id not in wanted and not row.deleted:
                    row.deleted = True
                    removed += 1
            for volunteer_id in wanted:
                row = by_volunteer.get(volunteer_id)
                if row is None:
                    session.add(ShiftAssignment(shift_id=shift_id, volunteer_id=volunteer_id, role=""))
                    added += 1
                elif row.deleted:
                    row.deleted = False  # put back on the shift: revive the tombstoned assignment
                    added += 1
        return SaveResult(added, removed, found)
