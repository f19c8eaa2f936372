"""The monthly figures (月度工作统计) for YYYY-MM written to .xlsx.

Aggregates only (S0, docs/domain.md §5.2). The figures are `casework.monthly_figures.count_month`'s,
the same the printed form shows (what each counts: docs/domain.md §2.5).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.codes import CLASSIFICATION, VISIT_MODE
from desktop.services.casework.monthly_figures import MonthlyFigures, count_month
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry, require
from desktop.services.sheets.export import ExportResult, month_bounds, station_name, subtitle
from desktop.services.sheets.workbook import Table, write_tables


def compute_monthly(session: Session, month: str, today: date | None = None) -> MonthlyFigures:
    """The figures of `YYYY-MM` (ValidationError `sheet.month` for anything else)."""
    first, _following = month_bounds(month)
    return count_month(session, first.year, first.month, today)


@entry("sheets.export")
def monthly_figures(ctx: ServiceContext, month: str, today: date | None = None) -> MonthlyFigures:
    require(ctx, "visits.read")
    with ctx.db.read() as session:
        return compute_monthly(session, month, today)


def _tables(figures: MonthlyFigures, title: str, note: str) -> list[Table]:
    overview = [
        ("访视总数", figures.total_visits),
        ("其中面访（门诊、家访、陪同就医、社区面谈）", figures.face_to_face),
        (f"逾期未随访人数（截至 {figures.as_of}）", figures.overdue_count),
        ("本月新登记服务对象", figures.new_clients),
        ("在册服务对象（不含死亡、迁出、结案）", figures.active_clients),
        ("最近一次危险性评估≥3级人数", figures.high_risk_count),
        ("志愿服务时长（小时）", figures.volunteer_hours),
        ("参与服务志愿者人数", figures.volunteer_count),
        ("志愿服务人次", figures.attendance_count),
        (f"全年随访≥4次达标人数（截至 {figures.as_of}）", figures.yearly_compliant),
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
