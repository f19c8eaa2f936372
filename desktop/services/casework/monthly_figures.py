"""The month's figures (月度工作统计): one definition for the printed form and the workbook.

`count_month` is the only place the monthly statistics are counted; `services/forms/monthly.py`
prints them and `services/sheets/monthly.py` writes them to .xlsx, so the two can never disagree.
What each figure counts is decided in docs/domain.md §2.5. Aggregates only: no personal data.

Counted in SQL over indexed columns: the month's visits by date, the register in one pass over
the clients, each finding its latest follow-up through ix_visits_client_date. Only the month's
countable attendance is read row by row, to apply the hours ledger's minute rule. The slowest
part on a large station is the yearly ≥ 4 check (`compliance_in`), which reads every follow-up
of the year.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.domain.clock import station_day_start, station_today
from desktop.domain.codes import CLASSIFICATION, FACE_TO_FACE_MODES, values
from desktop.domain.followups import FIRST_VISIT_WITHIN
from desktop.domain.schedule import ESCALATION_RISK
from desktop.domain.volunteering.hours import round_hours, service_minutes
from desktop.errors import ValidationError
from desktop.models import Attendance, Client, Shift, Visit
from desktop.services.casework.compliance import SERVED, compliance_in, followup_clause
from desktop.services.volunteers.settings import rounding_of

COUNTABLE_HOURS = ("confirmed", "reported")


@dataclass(frozen=True)
class MonthlyFigures:
    """The station's month in numbers; `as_of` is the reference day (month end, or today)."""

    year: int
    month: int
    as_of: date
    visits_by_mode: dict[int, int] = field(default_factory=dict)
    # None: 未分类 (no class, or a code the list does not know), so the rows add up to the total
    visits_by_classification: dict[int | None, int] = field(default_factory=dict)
    overdue_count: int = 0
    new_clients: int = 0
    active_clients: int = 0
    high_risk_count: int = 0
    volunteer_minutes: int = 0
    volunteer_hours: Decimal = Decimal(0)
    volunteer_count: int = 0
    attendance_count: int = 0
    shifts_count: int = 0
    # ≥ 4 follow-ups a year, from 1 January up to `as_of` (compliance.compliance_in)
    yearly_clients: int = 0
    yearly_compliant: int = 0
    yearly_below_minimum: int = 0
    yearly_gap_over_three_months: int = 0

    @property
    def total_visits(self) -> int:
        return sum(self.visits_by_mode.values())

    @property
    def face_to_face(self) -> int:
        return sum(n for mode, n in self.visits_by_mode.items() if mode in FACE_TO_FACE_MODES)


def _registration_day() -> ColumnElement[str]:
    """The day a client's schedule counts from, as ISO text: 登记日期, else the station day the
    record was created (a spreadsheet import enters clients without one)."""
    return func.coalesce(Client.registered_on, func.date(Client.created_at, "+8 hours"))


def _three_months_after(day: ColumnElement[date]) -> ColumnElement[str]:
    """schedule.latest_next_due in SQL: three calendar months on, the day clamped to the month's end."""
    shifted = func.date(day, "+3 months")
    month_end = func.date(day, "start of month", "+4 months", "-1 day")
    return case((shifted < month_end, shifted), else_=month_end)


@dataclass(frozen=True)
class _RegisterCounts:
    new: int
    active: int
    overdue: int
    high_risk: int


def _register_counts(session: Session, first: date, last: date, as_of: date) -> _RegisterCounts:
    """One pass over the clients: new in [first, last]; on the register, overdue and high risk on `as_of`.

    Each client on the register looks up their own latest follow-up day through
    ix_visits_client_date (a few rows each), rather than the database grouping every follow-up
    of the station: on 100,000 clients and a million visits that is the difference between
    seconds and a fraction of one."""
    served = Client.management_status.in_(SERVED)
    latest_day = (
        select(Visit.visit_date)
        .where(
            Visit.client_id == Client.id,
            Visit.deleted.is_(False),
            Visit.visit_date <= as_of,
            followup_clause(by_client=True),
        )
        .order_by(Visit.visit_date.desc())
        .limit(1)
        .correlate(Client)
        .scalar_subquery()
    )
    # Materialised: the planner would otherwise run the correlated lookup once per use of `day`.
    clients = (
        select(
            Client.id.label("client_id"),
            served.label("served"),
            Client.registered_on.label("registered_on"),
            _registration_day().label("registration_day"),
            case((served, latest_day), else_=None).label("day"),
        )
        .where(Client.deleted.is_(False))
        .cte("register")
        .prefix_with("MATERIALIZED")
    )
    # Several follow-ups on the latest day count as one day: its earliest next date and its highest
    # risk hold, as a reassuring contact on the same day never clears 重点关注 (schedule.key_attention).
    per_client = (
        select(
            clients.c.served,
            clients.c.registered_on,
            clients.c.registration_day,
            clients.c.day,
            func.min(func.coalesce(Visit.next_visit_date, _three_months_after(Visit.visit_date))).label("due"),
            func.max(Visit.risk_level).label("risk"),
        )
        .select_from(clients)
        .outerjoin(
            Visit,
            and_(
                Visit.client_id == clients.c.client_id,
                Visit.visit_date == clients.c.day,
                Visit.deleted.is_(False),
                followup_clause(by_client=True),
            ),
        )
        .group_by(clients.c.client_id)
        .subquery()
    )
    c = per_client.c
    first_due = func.date(c.registration_day, f"+{FIRST_VISIT_WITHIN.days} days")
    due = case((c.day.is_(None), first_due), else_=c.due)
    new, active, overdue, high_risk = session.execute(
        select(
            func.count(case((c.registered_on.between(first, last), 1))),
            func.count(case((c.served, 1))),
            func.count(case((and_(c.served, due < literal(as_of.isoformat())), 1))),
            func.count(case((and_(c.served, c.risk >= ESCALATION_RISK), 1))),
        )
    ).one()
    return _RegisterCounts(int(new or 0), int(active or 0), int(overdue or 0), int(high_risk or 0))


def _volunteer_hours(session: Session, first: date, last: date) -> tuple[int, int, int]:
    """(minutes, volunteers, attendances) of the countable attendance checked in during the month."""
    start, end = station_day_start(first), station_day_start(last + timedelta(days=1))
    rows = session.execute(
        select(Attendance.volunteer_id, Attendance.check_in, Attendance.check_out, Attendance.break_minutes).where(
            Attendance.deleted.is_(False),
            Attendance.check_in >= start,
            Attendance.check_in < end,
            # hours.Attendance.countable: confirmed or reported, closed, an auto-closed one reviewed
            Attendance.status.in_(COUNTABLE_HOURS),
            Attendance.check_out.is_not(None),
            or_(Attendance.auto_closed.is_(False), Attendance.reviewed.is_(True)),
        )
    ).all()
    minutes = 0
    volunteers: set[str] = set()
    counted = 0
    for volunteer_id, check_in, check_out, break_minutes in rows:
        try:
            minutes += service_minutes(check_in, check_out, break_minutes)
        except ValidationError:
            continue  # a damaged entry (check-out before check-in) is never credited
        volunteers.add(volunteer_id)
        counted += 1
    return minutes, len(volunteers), counted


def count_month(session: Session, year: int, month: int, today: date | None = None) -> MonthlyFigures:
    """The figures of `year`-`month` inside a read the caller holds; see docs/domain.md §2.5."""
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    today = today or station_today()
    as_of = min(last, today)
    in_month = and_(Visit.deleted.is_(False), Visit.visit_date.between(first, last))
    by_mode = session.execute(select(Visit.mode, func.count()).where(in_month).group_by(Visit.mode)).all()
    known = sorted(int(code) for code in values(CLASSIFICATION))
    classification = case((Visit.classification.in_(known), Visit.classification), else_=None).label("class")
    by_class = session.execute(select(classification, func.count()).where(in_month).group_by(classification)).all()
    # Only a known 登记日期 makes a client new: a register imported without one holds clients
    # registered long before, not this month's.
    register = _register_counts(session, first, last, as_of)
    shifts = session.scalar(
        select(func.count(Shift.id)).where(
            Shift.deleted.is_(False), Shift.cancelled.is_(False), Shift.shift_date.between(first, last)
        )
    )
    minutes, volunteers, attendances = _volunteer_hours(session, first, last)
    yearly = compliance_in(session, year, as_of, limit=0)
    return MonthlyFigures(
        year=year,
        month=month,
        as_of=as_of,
        visits_by_mode={int(mode): int(n) for mode, n in by_mode},
        visits_by_classification={(None if c is None else int(c)): int(n) for c, n in by_class},
        overdue_count=register.overdue,
        new_clients=register.new,
        active_clients=register.active,
        high_risk_count=register.high_risk,
        volunteer_minutes=minutes,
        volunteer_hours=round_hours(minutes, rounding_of(session)),
        volunteer_count=volunteers,
        attendance_count=attendances,
        shifts_count=int(shifts or 0),
        yearly_clients=yearly.clients,
        yearly_compliant=yearly.compliant,
        yearly_below_minimum=yearly.below_minimum,
        yearly_gap_over_three_months=yearly.gap_over_three_months,
    )
