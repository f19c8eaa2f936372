"""The monthly figures (月度工作统计) for YYYY-MM, computed in SQL and written to .xlsx.

Aggregates only (S0, docs/domain.md §5.2): visits by mode and by classification, face-to-face visits,
clients overdue at the end of the month (or today, for the running month), new clients, the
volunteer hours that count (confirmed or reported, closed, reviewed when auto-closed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.domain.clock import station_today
from desktop.domain.codes import CLASSIFICATION, FACE_TO_FACE_MODES, INACTIVE_STATUSES, VISIT_MODE
from desktop.domain.schedule import ESCALATION_RISK
from desktop.models import Attendance, Client, Visit
from desktop.services.casework.compliance import compliance_in, followup_clause
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry, require
from desktop.services.settings import get_setting
from desktop.services.sheets.export import SHANGHAI, ExportResult, month_bounds, station_name, subtitle
from desktop.services.sheets.workbook import Table, write_tables

COUNTABLE = ("confirmed", "reported")


@dataclass(frozen=True)
class MonthlyFigures:
    month: str
    visits_by_mode: dict[int, int] = field(default_factory=dict)
    visits_by_classification: dict[int | None, int] = field(default_factory=dict)
    face_to_face: int = 0
    overdue_count: int = 0
    overdue_on: date | None = None
    new_clients: int = 0
    active_clients: int = 0
    high_risk_count: int = 0
    volunteer_minutes: int = 0
    volunteer_hours: Decimal = Decimal(0)
    volunteer_count: int = 0
    attendance_count: int = 0
    # ≥ 4 follow-ups a year, from 1 January up to `overdue_on` (docs/domain.md §2.2)
    yearly_clients: int = 0
    yearly_compliant: int = 0
    yearly_below_minimum: int = 0
    yearly_gap_over_three_months: int = 0

    @property
    def total_visits(self) -> int:
        return sum(self.visits_by_mode.values())


def _latest_visits(session: Session, until: date) -> dict[str, tuple[date | None, int | None]]:
    """Per client, the next due date and risk level of the latest visit on or before `until`."""
    latest = (
        select(Visit.client_id, func.max(Visit.visit_date).label("day"))
        .where(Visit.deleted.is_(False), Visit.visit_date <= until, followup_clause())
        .group_by(Visit.client_id)
        .subquery()
    )
    query = select(Visit.client_id, Visit.next_visit_date, Visit.risk_level).join(
        latest, and_(latest.c.client_id == Visit.client_id, latest.c.day == Visit.visit_date)
    )
    result: dict[str, tuple[date | None, int | None]] = {}
    for client_id, next_due, risk in session.execute(query.where(Visit.deleted.is_(False), followup_clause())):
        known = result.get(client_id)
        if known is None or (next_due and (known[0] is None or next_due > known[0])):
            result[client_id] = (next_due, risk)
    return result


def compute_monthly(session: Session, month: str, today: date | None = None) -> MonthlyFigures:
    from desktop.domain.volunteering.hours import round_hours, service_minutes

    first, following = month_bounds(month)
    today = today or station_today()
    reference = min(following - timedelta(days=1), today)
    in_month = and_(Visit.deleted.is_(False), Visit.visit_date >= first, Visit.visit_date < following)
    by_mode = {
        int(m): int(n)
        for m, n in session.execute(select(Visit.mode, func.count()).where(in_month).group_by(Visit.mode))
    }
    by_class = {
        (int(c) if c is not None else None): int(n)
        for c, n in session.execute(
            select(Visit.classification, func.count()).where(in_month).group_by(Visit.classification)
        )
    }
    active = {
        client_id
        for client_id, status in session.execute(
            select(Client.id, Client.management_status).where(Client.deleted.is_(False))
        )
        if status not in INACTIVE_STATUSES
    }
    latest = _latest_visits(session, reference)
    overdue = sum(1 for cid, (due, _) in latest.items() if cid in active and due is not None and due < reference)
    high_risk = sum(
        1 for cid, (_, risk) in latest.items() if cid in active and risk is not None and risk >= ESCALATION_RISK
    )
    registered = func.coalesce(Client.registered_on, func.substr(Client.created_at, 1, 10))
    new_clients = int(
        session.scalar(
            select(func.count()).where(
                Client.deleted.is_(False), registered >= first.isoformat(), registered < following.isoformat()
            )
        )
        or 0
    )
    start = datetime.combine(first, datetime.min.time(), UTC) - SHANGHAI
    end = datetime.combine(following, datetime.min.time(), UTC) - SHANGHAI
    attendance = session.execute(
        select(Attendance.volunteer_id, Attendance.check_in, Attendance.check_out, Attendance.break_minutes).where(
            Attendance.deleted.is_(False),
            Attendance.status.in_(COUNTABLE),
            Attendance.check_out.is_not(None),
            Attendance.check_in >= start,
            Attendance.check_in < end,
        )
    ).all()
    minutes = sum(service_minutes(ci, co, br) for _, ci, co, br in attendance)
    rounding = str(get_setting(session, "hours_rounding", "0.5") or "0.5")
    yearly = compliance_in(session, first.year, reference, limit=0)
    return MonthlyFigures(
        month=month,
        visits_by_mode=by_mode,
        visits_by_classification=by_class,
        face_to_face=sum(n for m, n in by_mode.items() if m in FACE_TO_FACE_MODES),
        overdue_count=overdue,
        overdue_on=reference,
        new_clients=new_clients,
        active_clients=len(active),
        high_risk_count=high_risk,
        volunteer_minutes=minutes,
        volunteer_hours=round_hours(minutes, rounding),
        volunteer_count=len({vid for vid, *_ in attendance}),
        attendance_count=len(attendance),
        yearly_clients=yearly.clients,
        yearly_compliant=yearly.compliant,
        yearly_below_minimum=yearly.below_minimum,
        yearly_gap_over_three_months=yearly.gap_over_three_months,
    )


@entry("sheets.export")
def monthly_figures(ctx: ServiceContext, month: str, today: date | None = None) -> MonthlyFigures:
    require(ctx, "visits.read")
    with ctx.db.read() as session:
        return compute_monthly(session, month, today)


def _tables(figures: MonthlyFigures, title: str, note: str) -> list[Table]:
    overview = [
        ("访视总数", figures.total_visits),
        ("其中面访（门诊、家访、陪同就医、社区面谈）", figures.face_to_face),
        (f"逾期未随访人数（截至 {figures.overdue_on}）", figures.overdue_count),
        ("本月新登记服务对象", figures.new_clients),
        ("在册服务对象（不含死亡、迁出、结案）", figures.active_clients),
        ("最近一次危险性评估≥3级人数", figures.high_risk_count),
        ("志愿服务时长（小时）", figures.volunteer_hours),
        ("参与服务志愿者人数", figures.volunteer_count),
        ("志愿服务人次", figures.attendance_count),
        (f"全年随访≥4次达标人数（截至 {figures.overdue_on}）", figures.yearly_compliant),
        ("全年随访统计的服务对象人数", figures.yearly_clients),
        ("随访不足4次人数", figures.yearly_below_minimum),
        ("两次随访间隔超过3个月人数", figures.yearly_gap_over_three_months),
    ]
    modes = [(code.zh, figures.visits_by_mode.get(int(code.value), 0)) for code in VISIT_MODE]
    classes = [(code.zh, figures.visits_by_classification.get(int(code.value), 0)) for code in CLASSIFICATION]
    classes.append(("未分类", figures.visits_by_classification.get(None, 0)))
    return [
        Table("概况", title, note, ("项目", "数值"), overview),
        Table("按随访形式", title, note, ("随访形式", "次数"), [*modes, ("合计", figures.total_visits)]),
        Table("按随访分类", title, note, ("本次随访分类", "次数"), [*classes, ("合计", figures.total_visits)]),
    ]


@entry("sheets.export")
def export_monthly(ctx: ServiceContext, month: str, out: Path | str, today: date | None = None) -> ExportResult:
    """The monthly figures workbook: an overview sheet and the two breakdowns."""
    require(ctx, "visits.read")
    with ctx.db.read() as session:
        figures = compute_monthly(session, month, today)
        title = f"{station_name(session)} 月度工作统计（{month}）"
        note = subtitle(ctx, session, "汇总数据，不含个人信息")
    tables = _tables(figures, title, note)
    return ExportResult(str(out), write_tables(out, tables))
