"""月度工作统计: the station's month in aggregate numbers only (no personal data on the page).

Counted in SQL over the indexed columns (visits by date, clients by status), so a station with a
million visits still prints its month in well under a second:
* visits of the month (drafts included: a contact happened) by mode and by classification;
* overdue: clients still served whose latest visit up to the reference day set a next due
  date before it (reference = month end, or today for the running month);
* new clients: registered in the month; active: 在册/在管 now;
* high risk: clients still served whose latest visit up to the reference day rated risk ≥ 3;
* volunteer hours: countable attendance of the month, rounded once by the station's rule.
"""

from __future__ import annotations

import calendar
from datetime import date

from sqlalchemy import and_, case, func, select

from desktop import pdf
from desktop.domain.clock import station_today
from desktop.domain.codes import INACTIVE_STATUSES
from desktop.domain.volunteering import hours as hours_rules
from desktop.models import Client, Shift, Visit
from desktop.pdf.text import translator
from desktop.services.casework.compliance import compliance_in, followup_clause
from desktop.services.context import ServiceContext
from desktop.services.forms.casework import RenderedPdf, latest_visits, parse_month, print_meta
from desktop.services.forms.volunteer import rounding, service_lines
from desktop.services.permissions import entry
from desktop.services.settings import get_setting

ACTIVE_STATUSES = ("registered", "managed")


def _monthly_data(ctx: ServiceContext, month: str, *, today: date | None = None) -> pdf.MonthlyData:
    year, number = parse_month(month)
    first = date(year, number, 1)
    last = date(year, number, calendar.monthrange(year, number)[1])
    today = today or station_today()
    reference = min(last, today)
    in_month = and_(Visit.deleted.is_(False), Visit.visit_date.between(first, last))
    with ctx.db.read() as session:
        tr = translator(str(get_setting(session, "language", "zh_CN") or "zh_CN"))
        by_mode = dict(session.execute(select(Visit.mode, func.count()).where(in_month).group_by(Visit.mode)).all())
        by_class = dict(
            session.execute(
                select(Visit.classification, func.count())
                .where(in_month, Visit.classification.is_not(None))
                .group_by(Visit.classification)
            ).all()
        )
        latest = latest_visits(reference, followups=True)
        served = and_(Client.deleted.is_(False), Client.management_status.not_in(INACTIVE_STATUSES))
        # One pass over each served client's latest visit gives both counts.
        overdue, high_risk = session.execute(
            select(
                func.count(func.distinct(case((Visit.next_visit_date < reference, Client.id)))),
                func.count(func.distinct(case((Visit.risk_level >= 3, Client.id)))),
            )
            .select_from(Client)
            .join(latest, latest.c.client_id == Client.id)
            .join(Visit, and_(Visit.client_id == Client.id, Visit.visit_date == latest.c.visit_date))
            .where(served, Visit.deleted.is_(False), followup_clause())
        ).one()
        new_clients = session.scalar(
            select(func.count(Client.id)).where(Client.deleted.is_(False), Client.registered_on.between(first, last))
        )
        active = session.scalar(
            select(func.count(Client.id)).where(
                Client.deleted.is_(False), Client.management_status.in_(ACTIVE_STATUSES)
            )
        )
        shifts = session.scalar(
            select(func.count(Shift.id)).where(
                Shift.deleted.is_(False), Shift.cancelled.is_(False), Shift.shift_date.between(first, last)
            )
        )
        lines = service_lines(session, None, first, last)
        yearly = compliance_in(session, year, reference, limit=0)
        step = rounding(session)
    minutes = sum(line.minutes for _, line in lines)
    return pdf.MonthlyData(
        year=year,
        month=number,
        visits_by_mode={int(k): int(v) for k, v in by_mode.items()},
        visits_by_classification={int(k): int(v) for k, v in by_class.items()},
        overdue_count=int(overdue or 0),
        new_clients=int(new_clients or 0),
        active_clients=int(active or 0),
        volunteer_hours=float(hours_rules.round_hours(minutes, step)),
        volunteer_count=len({volunteer for volunteer, _ in lines}),
        shifts_count=int(shifts or 0),
        high_risk_count=int(high_risk or 0),
        notes=tr("pdf", "逾期与高风险人数按 {day} 各服务对象最近一次随访统计（草稿、个案会议不计）。").format(
            day=f"{reference:%Y-%m-%d}"
        ),
        yearly_as_of=yearly.as_of,
        yearly_clients=yearly.clients,
        yearly_compliant=yearly.compliant,
        yearly_below_minimum=yearly.below_minimum,
        yearly_gap_over_three_months=yearly.gap_over_three_months,
    )


@entry("print.monthly", audit=("print", "monthly"))
def print_monthly(ctx: ServiceContext, month: str) -> RenderedPdf:
    """月度工作统计 for `YYYY-MM`."""
    data = _monthly_data(ctx, month)
    with ctx.db.read() as session:
        meta = print_meta(ctx, session)
    return RenderedPdf("monthly", pdf.render_monthly(data, meta=meta), f"monthly-{data.year}-{data.month:02d}.pdf")
