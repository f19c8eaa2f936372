"""The ≥ 4 follow-ups a year rule (docs/domain.md): which clients meet it, for the 工作台 and the
monthly statistics, and who is behind its pace (docs/domain-followups.md, Pace).

Only follow-ups count (desktop.domain.followups: finalised, a 随访形式, someone reached), several on
one day count once, and a gap of more than three months between two of them breaks the rule even
with four visits (domain.schedule.yearly_compliance). Clients counted are those served in the
year: registered, managed or lost to follow-up now (the dead, moved and closed are left out).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from desktop.domain import schedule
from desktop.domain.clock import station_today
from desktop.domain.followups import FOLLOWUP_MODES
from desktop.models import Client, ClientSchedule, Visit
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry

SERVED = ("registered", "managed", "lost")
LIMIT = 100


@dataclass(frozen=True)
class ComplianceEntry:
    client_id: str
    name: str
    caseworker_name: str
    followups: int
    longest_gap_days: int
    gap_over_three_months: bool


@dataclass(frozen=True)
class ComplianceReport:
    """`yearly_compliance` of every served client in `year`, counted up to `as_of`."""

    year: int
    as_of: date
    clients: int
    compliant: int  # ≥ 4 follow-ups and no gap over three months
    below_minimum: int  # fewer than 4 follow-ups (so far, in a running year)
    gap_over_three_months: int
    entries: tuple[ComplianceEntry, ...]  # the clients who are not compliant, fewest follow-ups first
    total_entries: int

    @property
    def rate(self) -> float:
        return self.compliant / self.clients if self.clients else 0.0


@dataclass(frozen=True)
class PaceRange:
    """One part of the 工作台's 随访进度落后 list: the served clients with fewer than four follow-ups
    this year so far (`where`), and which of them are behind the pace (`behind`)."""

    where: tuple[ColumnElement[bool], ...]
    behind: ColumnElement[bool]


def pace_ranges(today: date) -> tuple[PaceRange, PaceRange]:
    """The two ranges of client_schedule (ix_client_schedule_pace) in the order the 工作台 lists them:

    1. rows last computed in an earlier year: no follow-up has been counted this year (every
       follow-up recomputes the row), so the first is needed by the end of the first quarter;
    2. this year's rows, by the quarter end by which the next follow-up is needed
       (domain.schedule.YearPace: behind when that day has passed or the next due date misses it).

    The counts are the schedule's (followups.compute counts as `compliance_in` does: the same
    follow-ups, several on one day once), so the 工作台 and the monthly statistics agree."""
    year = today.year
    first_quarter = schedule.quarter_end(year, 1)
    # `|| ''` keeps the status test out of the planner's choice (same meaning): it reads the pace
    # index in order and checks the status inside it, as the due lists do (services/casework/dashboard.py).
    served = ClientSchedule.status.concat("").in_(SERVED)
    earlier = PaceRange(
        (served, ClientSchedule.pace_year < year),
        true() if today > first_quarter else ClientSchedule.next_due > first_quarter,
    )
    this_year = PaceRange(
        (served, ClientSchedule.pace_year == year, ClientSchedule.pace_needed_by.is_not(None)),
        or_(ClientSchedule.pace_needed_by < today, ClientSchedule.pace_late.is_(True)),
    )
    return earlier, this_year


def followup_clause(*, by_client: bool = False) -> ColumnElement[bool]:
    """`counts_as_followup` as SQL over the visits table, for queries that count in the database.

    `by_client`: the status test is hidden from the planner (`|| ''`, same meaning), so a query
    looking up one client's visits walks them by date (ix_visits_client_date) rather than every
    final visit of the period (ix_visits_status_date)."""
    return and_(
        (Visit.status.concat("") if by_client else Visit.status) == "final",
        Visit.mode.in_(sorted(FOLLOWUP_MODES)),
        Visit.lost_reason.is_(None),
        Visit.death_date.is_(None),
        func.json_array_length(Visit.objects_seen) > 0,
    )


@entry("visits.read")
def yearly_compliance(
    ctx: ServiceContext,
    year: int,
    as_of: date | None = None,
    *,
    caseworker_id: str | None = None,
    limit: int = LIMIT,
) -> ComplianceReport:
    """How the served clients of `year` measure against ≥ 4 follow-ups a year (up to `as_of`)."""
    with ctx.db.read() as session:
        return compliance_in(session, year, as_of, caseworker_id=caseworker_id, limit=limit)


def compliance_in(
    session: Session, year: int, as_of: date | None = None, *, caseworker_id: str | None = None, limit: int = LIMIT
) -> ComplianceReport:
    """`yearly_compliance` inside a read the caller holds (the monthly statistics count it too)."""
    as_of = min(as_of or station_today(), date(year, 12, 31))
    clients_query = select(Client.id, Client.name, Client.caseworker_name).where(
        Client.deleted.is_(False), Client.management_status.in_(SERVED)
    )
    if caseworker_id:
        clients_query = clients_query.where(Client.caseworker_id == caseworker_id)
    visits_query = select(Visit.client_id, Visit.visit_date).where(
        Visit.deleted.is_(False), followup_clause(), Visit.visit_date >= date(year, 1, 1), Visit.visit_date <= as_of
    )
    clients = {row.id: row for row in session.execute(clients_query)}
    days: dict[str, list[date]] = {client_id: [] for client_id in clients}
    for client_id, visit_date in session.execute(visits_query):
        if client_id in days:
            days[client_id].append(visit_date)
    failing: list[ComplianceEntry] = []
    compliant = below = gaps = 0
    for client_id, visit_days in days.items():
        result = schedule.yearly_compliance(visit_days, year)
        if result.compliant:
            compliant += 1
            continue
        below += not result.meets_minimum
        gaps += result.gap_over_three_months
        row = clients[client_id]
        failing.append(
            ComplianceEntry(
                client_id, row.name, row.caseworker_name, result.visits, result.longest_gap_days,
                result.gap_over_three_months,
            )
        )  # fmt: skip
    failing.sort(key=lambda e: (e.followups, -e.longest_gap_days, e.client_id))
    return ComplianceReport(year, as_of, len(days), compliant, below, gaps, tuple(failing[:limit]), len(failing))
