"""月度工作统计: the station's month in aggregate numbers only (no personal data on the page).

The figures are `casework.monthly_figures.count_month`'s, the same the monthly workbook writes
(what each counts: docs/domain.md §2.5); this module only lays them out for `desktop.pdf`.
"""

from __future__ import annotations

from datetime import date

from desktop import pdf
from desktop.pdf.text import translator
from desktop.services.casework.monthly_figures import count_month
from desktop.services.context import ServiceContext
from desktop.services.forms.casework import RenderedPdf, parse_month, print_meta
from desktop.services.permissions import entry
from desktop.services.settings import get_setting


def _monthly_data(ctx: ServiceContext, month: str, *, today: date | None = None) -> pdf.MonthlyData:
    year, number = parse_month(month)
    with ctx.db.read() as session:
        tr = translator(str(get_setting(session, "language", "zh_CN") or "zh_CN"))
        figures = count_month(session, year, number, today)
    return pdf.MonthlyData(
        year=year,
        month=number,
        visits_by_mode=figures.visits_by_mode,
        # The form prints 未分类 as what the classes leave of the total.
        visits_by_classification={k: v for k, v in figures.visits_by_classification.items() if k is not None},
        overdue_count=figures.overdue_count,
        new_clients=figures.new_clients,
        active_clients=figures.active_clients,
        volunteer_hours=float(figures.volunteer_hours),
        volunteer_count=figures.volunteer_count,
        shifts_count=figures.shifts_count,
        high_risk_count=figures.high_risk_count,
        notes=tr("pdf", "逾期与高风险人数按 {day} 各服务对象最近一次随访统计（草稿、个案会议不计）。").format(
            day=f"{figures.as_of:%Y-%m-%d}"
        ),
        yearly_as_of=figures.as_of,
        yearly_clients=figures.yearly_clients,
        yearly_compliant=figures.yearly_compliant,
        yearly_below_minimum=figures.yearly_below_minimum,
        yearly_gap_over_three_months=figures.yearly_gap_over_three_months,
    )


@entry("print.monthly", audit=("print", "monthly"))
def print_monthly(ctx: ServiceContext, month: str) -> RenderedPdf:
    """月度工作统计 for `YYYY-MM`."""
    data = _monthly_data(ctx, month)
    with ctx.db.read() as session:
        meta = print_meta(ctx, session)
    return RenderedPdf("monthly", pdf.render_monthly(data, meta=meta), f"monthly-{data.year}-{data.month:02d}.pdf")
