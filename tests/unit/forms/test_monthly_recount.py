"""The monthly figures counted in SQL equal a plain recount, row by row in Python with the domain's
own rules (counts_as_followup, latest_next_due, the ledger's countable attendance), on a demo station."""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.followups import FIRST_VISIT_WITHIN, counts_as_followup
from desktop.domain.schedule import ESCALATION_RISK, latest_next_due
from desktop.domain.volunteering.hours import round_hours
from desktop.models import Attendance, Client, Visit
from desktop.services.casework.compliance import SERVED
from desktop.services.casework.monthly_figures import count_month
from desktop.services.context import ServiceContext
from desktop.services.demo.generate import generate_demo
from desktop.services.volunteers.hours import to_domain
from desktop.services.volunteers.settings import local, rounding_of
from tests.unit.sheets.test_import_kinds import _as

TODAY = date.today()


def _recount(session: Session, year: int, month: int, as_of: date) -> dict[str, Any]:
    first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    clients = [c for c in session.scalars(select(Client)) if not c.deleted]
    visits = [v for v in session.scalars(select(Visit)) if not v.deleted]
    in_month = [v for v in visits if first <= v.visit_date <= last]
    followups: dict[str, list[Visit]] = defaultdict(list)
    for v in visits:
        if v.visit_date <= as_of and counts_as_followup(v.status, v.mode, v.objects_seen, v.lost_reason, v.death_date):
            followups[v.client_id].append(v)
    overdue = high_risk = 0
    for client in clients:
        if client.management_status not in SERVED:
            continue
        seen = followups[client.id]
        if not seen:
            registered = client.registered_on or local(client.created_at).date()
            overdue += registered + FIRST_VISIT_WITHIN < as_of
            continue
        day = max(v.visit_date for v in seen)
        that_day = [v for v in seen if v.visit_date == day]
        overdue += min(v.next_visit_date or latest_next_due(day) for v in that_day) < as_of
        risks = [v.risk_level for v in that_day if v.risk_level is not None]
        high_risk += bool(risks) and max(risks) >= ESCALATION_RISK
    minutes, volunteers, attendances = 0, set(), 0
    for row in session.scalars(select(Attendance)):
        entry = to_domain(row)
        if not row.deleted and entry.countable and first <= entry.check_in.date() <= last:
            minutes += entry.minutes or 0
            volunteers.add(row.volunteer_id)
            attendances += 1
    return {
        "visits_by_mode": dict(Counter(v.mode for v in in_month)),
        "visits_by_classification": dict(
            Counter(v.classification if v.classification in (1, 2, 3) else None for v in in_month)
        ),
        "overdue_count": overdue,
        "high_risk_count": high_risk,
        "new_clients": sum(1 for c in clients if c.registered_on and first <= c.registered_on <= last),
        "active_clients": sum(1 for c in clients if c.management_status in SERVED),
        "volunteer_hours": round_hours(minutes, rounding_of(session)),
        "volunteer_count": len(volunteers),
        "attendance_count": attendances,
    }


@pytest.mark.parametrize("months_back", [0, 2, 7])
def test_the_sql_counts_equal_a_recount_by_the_domain_rules(ctx: ServiceContext, months_back: int) -> None:
    lead = _as(ctx, "lead")
    generate_demo(
        ServiceContext(ctx.db, ctx.paths), clients=150, visits_per_client=8, volunteers=12, seed=months_back + 3
    )
    day = TODAY - timedelta(days=30 * months_back)
    with lead.db.read() as session:
        figures = count_month(session, day.year, day.month, TODAY)
        expected = _recount(session, day.year, day.month, figures.as_of)
    assert figures.total_visits > 0 and figures.active_clients > 0
    assert {name: getattr(figures, name) for name in expected} == expected
