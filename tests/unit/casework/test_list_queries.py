"""The faster list queries return exactly what the old ones did, and read through their indexes (docs/architecture.md §8).

The references below are the previous implementations (ORM entities, crews and names looked up in
chunks), kept here to compare against on a small demo station.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from desktop.db.open import open_database
from desktop.domain.volunteering import hours as hours_rules
from desktop.models import Attendance, Shift, ShiftAssignment, Volunteer
from desktop.paths import AppPaths
from desktop.services.auth import login
from desktop.services.casework.dashboard import dashboard
from desktop.services.context import ANONYMOUS, ServiceContext
from desktop.services.demo.generate import generate_demo
from desktop.services.volunteers import hours, rota_week
from desktop.services.volunteers.kiosk import close_forgotten_checkouts
from desktop.services.volunteers.settings import rounding_of
from tests.conftest import STAFF_PASSWORD
from tests.unit.query_plans import plans_of

TODAY = dt.date(2026, 11, 23)


def _context(paths: AppPaths, username: str) -> ServiceContext:
    db = open_database(paths)
    anonymous = ServiceContext(db, paths, ANONYMOUS)
    return anonymous.as_actor(login(anonymous, username, STAFF_PASSWORD))


@pytest.fixture
def demo(installation: AppPaths) -> Iterator[AppPaths]:
    db = open_database(installation)
    try:
        generate_demo(
            ServiceContext(db, installation), clients=60, visits_per_client=4, volunteers=30, shifts=400, today=TODAY
        )
    finally:
        db.dispose()
    yield installation


# --- the previous implementations ------------------------------------------------------------------------


def _old_week_shifts(ctx: ServiceContext, any_day: dt.date) -> list[tuple[Any, ...]]:
    monday = any_day - dt.timedelta(days=any_day.weekday())
    sunday = monday + dt.timedelta(days=6)
    with ctx.db.read() as session:
        shifts = list(
            session.scalars(
                select(Shift)
                .where(
                    Shift.shift_date >= monday,
                    Shift.shift_date <= sunday,
                    Shift.deleted.is_(False),
                    Shift.cancelled.is_(False),
                )
                .order_by(Shift.shift_date, Shift.start_time, Shift.title)
            )
        )
        ids = [s.id for s in shifts]
        crews: dict[str, list[str]] = {sid: [] for sid in ids}
        for chunk in range(0, len(ids), 500):
            rows = session.execute(
                select(ShiftAssignment.shift_id, ShiftAssignment.volunteer_id)
                .where(ShiftAssignment.shift_id.in_(ids[chunk : chunk + 500]), ShiftAssignment.deleted.is_(False))
                .order_by(ShiftAssignment.created_at)
            )
            for shift_id, volunteer_id in rows:
                crews[shift_id].append(volunteer_id)
        wanted = {v for crew in crews.values() for v in crew}
        names = dict(session.execute(select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(wanted))).all())
        return [
            (
                s.id,
                s.shift_date,
                s.start_time,
                s.end_time,
                s.title,
                s.location,
                s.capacity,
                s.required_skill,
                s.village_code,
                s.template_id,
                tuple((v, names.get(v, "")) for v in crews[s.id]),
            )
            for s in shifts
        ]


def _old_ledger(ctx: ServiceContext, start: dt.date, end: dt.date, **filters: Any) -> hours.Ledger:
    low, high = hours._bounds(start, end)
    query = (
        select(Attendance, Volunteer.name)
        .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
        .where(Attendance.check_in >= low, Attendance.check_in < high, Attendance.deleted.is_(False))
        .order_by(Attendance.check_in, Attendance.id)
    )
    if filters.get("volunteer_id"):
        query = query.where(Attendance.volunteer_id == filters["volunteer_id"])
    if filters.get("status"):
        query = query.where(Attendance.status == filters["status"])
    with ctx.db.read() as session:
        rounding = rounding_of(session)
        found = list(session.execute(query))
        rows = tuple(hours._row(a, name, rounding) for a, name in found)
        warnings = hours_rules.hours_warnings(hours.to_domain(a) for a, _ in found)
    if filters.get("flagged_only"):
        rows = tuple(r for r in rows if r.needs_review)
    return hours.Ledger(rows, warnings, rounding)


# --- same results ---------------------------------------------------------------------------------------------


def test_week_rota_returns_what_the_entity_version_did(demo: AppPaths) -> None:
    ctx = _context(demo, "coord")
    try:
        checked = 0
        for weeks in range(-6, 3):
            day = TODAY + dt.timedelta(days=7 * weeks)
            week = rota_week.week_rota(ctx, day)
            new = [
                (
                    s.id,
                    s.day,
                    s.start_time,
                    s.end_time,
                    s.title,
                    s.location,
                    s.capacity,
                    s.required_skill,
                    s.village_code,
                    s.template_id,
                    tuple((a.id, a.name) for a in s.assigned),
                )
                for s in week.shifts
            ]
            assert new == _old_week_shifts(ctx, day)
            checked += sum(1 for s in week.shifts if s.assigned)
        assert checked > 0, "the demo weeks had no crews to compare"
    finally:
        ctx.db.dispose()


@pytest.mark.parametrize(
    "filters", [{}, {"flagged_only": True}, {"status": "confirmed"}, {"status": "draft", "flagged_only": True}]
)
def test_ledger_and_its_first_rows_return_what_the_entity_version_did(demo: AppPaths, filters: dict[str, Any]) -> None:
    ctx = _context(demo, "coord")
    try:
        start, end = TODAY - dt.timedelta(days=120), TODAY
        new, old = hours.ledger(ctx, start, end, **filters), _old_ledger(ctx, start, end, **filters)
        assert new == old
        assert new.rows or not filters, "the demo period had no attendance"
        for limit in (1, 7, 100):
            assert hours.ledger_first_rows(ctx, start, end, limit=limit, **filters) == new.rows[:limit]
        some = old.rows[0].volunteer_id if old.rows else None
        if some:
            mine = hours.ledger(ctx, start, end, volunteer_id=some, **filters)
            assert mine == _old_ledger(ctx, start, end, volunteer_id=some, **filters)
    finally:
        ctx.db.dispose()


# --- query plans ----------------------------------------------------------------------------------------------


def test_hours_first_rows_and_forgotten_checkouts_read_through_indexes(demo: AppPaths) -> None:
    ctx = _context(demo, "coord")
    try:
        (plan,) = plans_of(ctx, lambda: close_forgotten_checkouts(ctx), "attendance.check_out IS NULL")
        # Scanning the partial index reads only the open entries, never the whole table.
        assert plan == "SCAN attendance USING INDEX ix_attendance_open"
        start = TODAY - dt.timedelta(days=30)
        (plan,) = plans_of(ctx, lambda: hours.ledger_first_rows(ctx, start, TODAY), "FROM attendance JOIN volunteers")
        assert plan.startswith(
            "SEARCH attendance USING COVERING INDEX ix_attendance_ledger (check_in>? AND check_in<?)"
        )
        assert "TEMP B-TREE" not in plan  # in the index's order: the first rows end the reading
    finally:
        ctx.db.dispose()


def test_week_rota_reads_the_week_from_its_covering_indexes(demo: AppPaths) -> None:
    """A week's rows lie scattered over both tables: read from there, they cost nearly every page."""
    ctx = _context(demo, "coord")
    try:
        shifts, crews = plans_of(ctx, lambda: rota_week.week_rota(ctx, TODAY), "shifts.shift_date >=")
        assert shifts.startswith("SEARCH shifts USING COVERING INDEX ix_shifts_week (shift_date>? AND shift_date<?)")
        assert "SEARCH shifts USING COVERING INDEX ix_shifts_week" in crews
        assert "SEARCH shift_assignments USING COVERING INDEX ix_shift_assignments_crew" in crews
    finally:
        ctx.db.dispose()


def test_a_caseworkers_open_drafts_are_read_from_their_own_index(demo: AppPaths) -> None:
    ctx = _context(demo, "cw1")
    try:
        plans = plans_of(ctx, lambda: dashboard(ctx, TODAY, caseworker_id=ctx.actor.user_id), "open_drafts >")
        assert plans and all("ix_client_schedule_cw_drafts" in plan for plan in plans), plans
    finally:
        ctx.db.dispose()


@pytest.mark.parametrize("who", ["lead", "cw1"])
def test_the_open_drafts_are_listed_without_walking_the_visits(demo: AppPaths, who: str) -> None:
    """The station's drafts oldest first from the index of drafts alone (SQLite uses that partial
    index only because the query names 'draft' as a literal); a caseworker's from the visits of
    their clients with open drafts, a handful."""
    ctx = _context(demo, who)
    try:
        mine = None if who == "lead" else ctx.actor.user_id
        plans = plans_of(ctx, lambda: dashboard(ctx, TODAY, caseworker_id=mine), "visits.status = 'draft'")
        walks = [plan.replace("SCAN visits USING INDEX ix_visits_drafts", "") for plan in plans]
        assert plans and all("SCAN visits" not in plan for plan in walks), plans
        if who == "lead":
            assert all("ix_visits_drafts" in plan and "TEMP B-TREE" not in plan for plan in plans), plans
        else:
            assert all("open_drafts>?" in plan and "visits USING INDEX ix_visits_client_date" in plan for plan in plans)
    finally:
        ctx.db.dispose()
