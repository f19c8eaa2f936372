"""The volunteer hours ledger: attendance as service minutes, status moves, review, totals, export.

Minutes are computed from check-in/out minus breaks (desktop.domain.volunteering.hours), never
typed; hours are shown rounded by the station's rule (setting `hours_rounding`, default down to
0.5 h) while raw minutes stay in the record. Status: draft → confirmed → reported (with the date it
was entered on 上海志愿者网) → void (with a reason). Auto-closed entries (forgotten check-outs) are
flagged and count only after the coordinator has reviewed and confirmed them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.domain import codes
from desktop.domain.clock import STATION_TZ
from desktop.domain.volunteering import hours
from desktop.errors import NotFound
from desktop.i18n import current_language
from desktop.models import Attendance, Volunteer
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.volunteers.settings import local, rounding_of


@dataclass(frozen=True)
class LedgerRow:
    id: str
    volunteer_id: str
    volunteer_name: str
    day: dt.date
    activity: str
    check_in: dt.datetime  # station time
    check_out: dt.datetime | None
    break_minutes: int
    minutes: int | None
    hours: Decimal | None
    status: str
    status_label: str
    auto_closed: bool
    needs_review: bool
    reported_on: dt.date | None
    void_reason: str


@dataclass(frozen=True)
class Ledger:
    rows: tuple[LedgerRow, ...]
    warnings: tuple[hours.HoursWarning, ...]
    rounding: str


@dataclass(frozen=True)
class HoursLine:
    """One line of `volunteers hours`: confirmed minutes, rounded hours, flagged entries."""

    volunteer_id: str
    name: str
    minutes: int
    hours: Decimal
    flagged: int


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The station-time days [start, end] as an aware half-open range."""
    return (
        dt.datetime.combine(start, dt.time(), STATION_TZ),
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), STATION_TZ),
    )


# The ledger's columns: plain tuples, not ORM objects (a month of a large station is thousands of
# rows, and building entities cost more than the query; docs/architecture.md §8). Each has the attribute names
# `to_domain` and `_row` read.
_LEDGER_COLUMNS = (
    Attendance.id,
    Attendance.volunteer_id,
    Attendance.shift_id,
    Attendance.activity,
    Attendance.check_in,
    Attendance.check_out,
    Attendance.break_minutes,
    Attendance.auto_closed,
    Attendance.reviewed,
    Attendance.status,
    Attendance.reported_on,
    Attendance.void_reason,
    Volunteer.name,
)


def _query(start: dt.date, end: dt.date) -> Select[Any]:
    low, high = _bounds(start, end)
    return (
        select(*_LEDGER_COLUMNS)
        .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
        .where(Attendance.check_in >= low, Attendance.check_in < high, Attendance.deleted.is_(False))
    )


def to_domain(row: Any) -> hours.Attendance:
    """An attendance entity, or a row of its columns, as the domain's Attendance."""
    return hours.Attendance(
        id=row.id,
        volunteer_id=row.volunteer_id,
        check_in=local(row.check_in),
        check_out=local(row.check_out) if row.check_out else None,
        break_minutes=row.break_minutes,
        shift_id=row.shift_id,
        status=row.status,
        auto_closed=row.auto_closed,
        reviewed=row.reviewed,
        reported_on=row.reported_on,
        void_reason=row.void_reason or None,
    )


def _row(a: Any, name: str, rounding: str, d: hours.Attendance | None = None, language: str | None = None) -> LedgerRow:
    """A ledger line from an attendance entity or row (`d`: its domain form when already built)."""
    d = d or to_domain(a)
    language = language or current_language()
    minutes = d.minutes
    return LedgerRow(
        id=a.id,
        volunteer_id=a.volunteer_id,
        volunteer_name=name,
        day=d.check_in.date(),
        activity=a.activity,
        check_in=d.check_in,
        check_out=d.check_out,
        break_minutes=a.break_minutes,
        minutes=minutes,
        hours=None if minutes is None else hours.round_hours(minutes, rounding),
        status=a.status,
        status_label=codes.label(codes.HOURS_STATUS, a.status, language),
        auto_closed=a.auto_closed,
        needs_review=d.needs_review,
        reported_on=a.reported_on,
        void_reason=a.void_reason,
    )


# How many lines the hours tab paints before the rest of the period, its totals and warnings arrive.
FIRST_ROWS = 100


def _ledger_query(start: dt.date, end: dt.date, volunteer_id: str | None, status: str | None) -> Select[Any]:
    query = _query(start, end).order_by(Attendance.check_in, Attendance.id)
    if volunteer_id:
        query = query.where(Attendance.volunteer_id == volunteer_id)
    if status:
        query = query.where(Attendance.status == status)
    return query


def _ledger_rows(found: list[Any], rounding: str) -> tuple[tuple[LedgerRow, ...], list[hours.Attendance]]:
    language = current_language()
    domain = [to_domain(a) for a in found]
    return tuple(_row(a, a.name, rounding, d, language) for a, d in zip(found, domain, strict=True)), domain


@entry("volunteers.read")
def ledger(
    ctx: ServiceContext,
    start: dt.date,
    end: dt.date,
    *,
    volunteer_id: str | None = None,
    status: str | None = None,
    flagged_only: bool = False,
) -> Ledger:
    """Attendance entries checked in between `start` and `end` (station days), with warnings."""
    query = _ledger_query(start, end, volunteer_id, status)
    with ctx.db.read() as session:
        rounding = rounding_of(session)
        found = session.execute(query).all()
    rows, domain = _ledger_rows(found, rounding)
    warnings = hours.hours_warnings(domain)  # over the whole period, flagged or not
    if flagged_only:
        rows = tuple(r for r in rows if r.needs_review)
    return Ledger(rows, warnings, rounding)


@entry("volunteers.read")
def ledger_first_rows(
    ctx: ServiceContext,
    start: dt.date,
    end: dt.date,
    *,
    volunteer_id: str | None = None,
    status: str | None = None,
    flagged_only: bool = False,
    limit: int = FIRST_ROWS,
) -> tuple[LedgerRow, ...]:
    """The first `limit` rows of `ledger(...)` with the same arguments, read as one short index range.

    The hours tab paints these first (docs/architecture.md §8) and then completes the list, its totals and its
    warnings from `ledger`."""
    query = _ledger_query(start, end, volunteer_id, status)
    if flagged_only:
        # Attendance.needs_review (desktop.domain.volunteering.hours) in SQL, so the page is full.
        query = query.where(
            Attendance.auto_closed.is_(True), Attendance.reviewed.is_(False), Attendance.status != "void"
        )
    with ctx.db.read() as session:
        rounding = rounding_of(session)
        found = session.execute(query.limit(limit)).all()
    rows, _domain = _ledger_rows(found, rounding)
    return rows


def _get(session: Session, attendance_id: str) -> Attendance:
    row = session.get(Attendance, attendance_id)
    if row is None or row.deleted:
        raise NotFound("hours.not_found", "找不到该工时记录。")
    return row


def _store(row: Attendance, moved: hours.Attendance) -> None:
    row.status = moved.status
    row.reported_on = moved.reported_on
    row.void_reason = moved.void_reason or ""
    row.reviewed = moved.reviewed
    row.break_minutes = moved.break_minutes
    if moved.check_out is not None and (row.check_out is None or local(row.check_out) != moved.check_out):
        row.check_out = moved.check_out


@entry("volunteers.write", audit=("update", "attendance"))
def confirm_attendance(ctx: ServiceContext, attendance_ids: Iterable[str]) -> int:
    """Confirm drafts (all or nothing): closed entries only, flagged ones after review."""
    with ctx.db.write() as session:
        count = 0
        for attendance_id in attendance_ids:
            row = _get(session, attendance_id)
            _store(row, hours.transition(to_domain(row), "confirmed"))
            row.confirmed_by = ctx.actor.display_name
            count += 1
        return count


@entry("volunteers.write", audit=("update", "attendance"))
def mark_reported(ctx: ServiceContext, attendance_ids: Iterable[str], reported_on: dt.date) -> int:
    """Record that these confirmed entries were entered on 上海志愿者网 on `reported_on`."""
    with ctx.db.write() as session:
        count = 0
        for attendance_id in attendance_ids:
            row = _get(session, attendance_id)
            _store(row, hours.transition(to_domain(row), "reported", reported_on=reported_on))
            count += 1
        return count


@entry("volunteers.write", audit=("void", "attendance"))
def void_attendance(ctx: ServiceContext, attendance_id: str, reason: str) -> None:
    with ctx.db.write() as session:
        row = _get(session, attendance_id)
        _store(row, hours.transition(to_domain(row), "void", void_reason=reason))


@entry("volunteers.write", audit=("update", "attendance"))
def review_attendance(
    ctx: ServiceContext,
    attendance_id: str,
    *,
    check_out: dt.datetime | None = None,
    break_minutes: int | None = None,
) -> LedgerRow:
    """The coordinator accepts or corrects a flagged (auto-closed) entry; it can then be confirmed."""
    with ctx.db.write() as session:
        row = _get(session, attendance_id)
        reviewed = hours.review_auto_closed(to_domain(row), check_out=check_out, break_minutes=break_minutes)
        hours.service_minutes(reviewed.check_in, reviewed.check_out or reviewed.check_in, reviewed.break_minutes)
        _store(row, reviewed)
        name = session.get(Volunteer, row.volunteer_id).name  # type: ignore[union-attr]
        session.flush()
        return _row(row, name, rounding_of(session))


@entry("volunteers.write", audit=("update", "attendance"))
def set_break(ctx: ServiceContext, attendance_id: str, break_minutes: int) -> None:
    """Record the break of a draft entry (breaks are not service time)."""
    with ctx.db.write() as session:
        row = _get(session, attendance_id)
        if row.status != "draft":
            from desktop.errors import ConflictError

            raise ConflictError("hours.not_draft", "只有草稿状态的工时记录可以修改。")
        d = to_domain(row)
        if d.check_out is not None:
            hours.service_minutes(d.check_in, d.check_out, break_minutes)
        row.break_minutes = break_minutes


def summary_rows(session: Session, start: dt.date, end: dt.date) -> tuple[HoursLine, ...]:
    rounding = rounding_of(session)
    low, high = _bounds(start, end)
    # Plain columns, not ORM objects: a year of a large station is ~100,000 rows.
    query = (
        select(
            Attendance.id,
            Attendance.volunteer_id,
            Attendance.check_in,
            Attendance.check_out,
            Attendance.break_minutes,
            Attendance.status,
            Attendance.auto_closed,
            Attendance.reviewed,
            Volunteer.name,
        )
        .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
        .where(Attendance.check_in >= low, Attendance.check_in < high, Attendance.deleted.is_(False))
    )
    names: dict[str, str] = {}
    entries: list[hours.Attendance] = []
    for row in session.execute(query):
        names[row.volunteer_id] = row.name
        entries.append(
            hours.Attendance(
                id=row.id,
                volunteer_id=row.volunteer_id,
                check_in=row.check_in,
                check_out=row.check_out,
                break_minutes=row.break_minutes,
                status=row.status,
                auto_closed=row.auto_closed,
                reviewed=row.reviewed,
            )
        )
    lines = hours.summarise_by_volunteer(entries, rounding)
    result = [HoursLine(h.volunteer_id, names[h.volunteer_id], h.minutes, h.hours, h.flagged) for h in lines]
    result.sort(key=lambda line: (line.name, line.volunteer_id))
    return tuple(result)


@entry("volunteers.read")
def hours_summary(ctx: ServiceContext, start: dt.date, end: dt.date) -> tuple[HoursLine, ...]:
    """Per volunteer: confirmed (countable) minutes, rounded hours, and flagged entries awaiting review."""
    with ctx.db.read() as session:
        return summary_rows(session, start, end)
