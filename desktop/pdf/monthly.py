"""`monthly` — 月度工作统计: the station's month in numbers, with one chart.

Aggregates only (S0, docs/domain.md §5.2): visits by mode and by classification, face-to-face share,
overdue clients, new clients, volunteer hours — so the sheet carries no confidentiality mark
and no masking note. The chart is a vector ReportLab bar chart with the CJK font on its axis.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.domain import codes
from desktop.i18n import mark
from desktop.pdf.blocks import Ctx, Pair, data_table, kv_grid, section, title
from desktop.pdf.data import MonthlyData, PrintMeta
from desktop.pdf.fonts import register_fonts
from desktop.pdf.page import FormKind, build_pdf, frame_width
from desktop.pdf.styles import INK, MUTED, table_style
from desktop.pdf.text import code_label, fmt_number, para_text

KIND = FormKind(key="monthly", title=mark("pdf", "月度工作统计"), confidential=False, identity=False)
BAR = colors.HexColor("#4a6fa5")


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def mode_chart(data: MonthlyData, ctx: Ctx, width: float, height: float = 72 * mm) -> Drawing:
    """Bar chart of visits by mode, every mode of codes.VISIT_MODE shown even when zero."""
    font = register_fonts()
    labels = [code_label(codes.VISIT_MODE, code.value, ctx.lang) for code in codes.VISIT_MODE]
    counts = [data.visits_by_mode.get(int(code.value), 0) for code in codes.VISIT_MODE]
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer selects Helvetica, which is not embedded
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 16 * mm
    chart.width, chart.height = width - 16 * mm, height - 26 * mm
    chart.data = [counts]
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.angle = 30  # seven Chinese labels do not fit side by side
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.fillColor = INK
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max(counts, default=0)
    chart.valueAxis.valueMax = max(5, int(top * 1.2) + 1)
    chart.valueAxis.strokeColor = MUTED
    chart.categoryAxis.strokeColor = MUTED
    drawing.add(chart)
    drawing.add(
        String(width / 2, height - 6, ctx.tr("pdf", "各形式随访人次"), fontName=font, fontSize=9.5, textAnchor="middle")
    )
    return drawing


def story(data: MonthlyData, ctx: Ctx, width: float) -> list[Flowable]:
    tr, lang = ctx.tr, ctx.lang
    period = tr("pdf", "{year}年{month}月").format(year=data.year, month=data.month)
    flow = title(ctx, tr("pdf", "月度工作统计"), f"{ctx.meta.station_name}　{period}")
    total = data.total_visits
    face = sum(n for mode, n in data.visits_by_mode.items() if mode in codes.FACE_TO_FACE_MODES)
    overview: list[Pair] = [
        (tr("pdf", "随访总人次"), str(total)),
        (tr("pdf", "面访人次（占比）"), f"{face}（{_share(face, total)}）"),
        (tr("pdf", "在册服务对象"), str(data.active_clients)),
        (tr("pdf", "本月新增服务对象"), str(data.new_clients)),
        (tr("pdf", "逾期未访人数"), str(data.overdue_count)),
        (tr("pdf", "高风险（3级及以上）"), str(data.high_risk_count)),
        (tr("pdf", "志愿服务时长"), f"{fmt_number(data.volunteer_hours)} {tr('pdf', '小时')}"),
        (tr("pdf", "参与志愿者 / 班次"), f"{data.volunteer_count} / {data.shifts_count}"),
    ]
    if data.yearly_as_of is not None:
        overview += [
            (
                tr("pdf", "全年≥4次随访达标（截至{day}）").format(day=f"{data.yearly_as_of:%m-%d}"),
                f"{data.yearly_compliant} / {data.yearly_clients}（{_share(data.yearly_compliant, data.yearly_clients)}）",
            ),
            (
                tr("pdf", "随访不足4次 / 间隔超3个月"),
                f"{data.yearly_below_minimum} / {data.yearly_gap_over_three_months}",
            ),
        ]
    flow += [section(ctx, tr("pdf", "一、概况")), kv_grid(ctx, overview, width, label_width=38 * mm)]

    flow.append(section(ctx, tr("pdf", "二、随访形式")))
    mode_rows = [
        [code_label(codes.VISIT_MODE, code.value, lang), str(n), _share(n, total)]
        for code in codes.VISIT_MODE
        for n in [data.visits_by_mode.get(int(code.value), 0)]
    ]
    mode_rows.append([tr("pdf", "合计"), str(total), _share(total, total)])
    header = [tr("pdf", "随访形式"), tr("pdf", "人次"), tr("pdf", "占比")]
    # Table and chart side by side, so a month fits on one sheet.
    table_w = 0.42 * width
    modes = data_table(ctx, header, mode_rows, [0.46 * table_w, 0.24 * table_w, 0.30 * table_w])
    pair = Table([[modes, mode_chart(data, ctx, width - table_w - 4 * mm)]], colWidths=[table_w + 4 * mm, None])
    pair.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    flow.append(pair)

    flow.append(section(ctx, tr("pdf", "三、随访分类")))
    classified = sum(data.visits_by_classification.values())
    class_rows = [
        [code_label(codes.CLASSIFICATION, code.value, lang), str(n), _share(n, classified)]
        for code in codes.CLASSIFICATION
        for n in [data.visits_by_classification.get(int(code.value), 0)]
    ]
    class_rows.append(
        [tr("pdf", "未分类（非严重精神障碍随访等）"), str(total - classified), _share(total - classified, total)]
    )
    header = [tr("pdf", "本次随访分类"), tr("pdf", "人次"), tr("pdf", "占比")]
    flow.append(data_table(ctx, header, class_rows, [0.5 * width, 0.25 * width, 0.25 * width]))
    if data.notes:
        flow += [section(ctx, tr("pdf", "四、说明")), Paragraph(para_text(data.notes), ctx.st.body)]
    return flow


def render_monthly(data: MonthlyData, *, meta: PrintMeta) -> bytes:
    """The monthly statistics sheet, as PDF bytes."""
    ctx = Ctx.of(meta)
    return build_pdf([lambda: story(data, ctx, frame_width(KIND))], kind=KIND, meta=meta)
