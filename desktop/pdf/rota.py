"""`rota` — one week of the volunteer rota (志愿者排班表), landscape A4.

Days across, shifts down, volunteer names in the cells with the shift lead marked. Meant to
be posted in the station and handed to the volunteer team, so it carries names and times
only — no phone numbers, no ID — and is not marked "内部资料".
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop.i18n import mark
from desktop.pdf.blocks import Ctx, title
from desktop.pdf.data import PrintMeta, RotaCell, RotaData
from desktop.pdf.page import FormKind, build_pdf, frame_width
from desktop.pdf.styles import grid_table
from desktop.pdf.text import Translator, fmt_date, fmt_time, para_text

KIND = FormKind(key="rota", title=mark("pdf", "志愿者排班表"), confidential=False, landscape=True, identity=False)

WEEKEND = colors.HexColor("#f5f5f5")
_WEEKDAYS = (
    mark("pdf", "周一"),
    mark("pdf", "周二"),
    mark("pdf", "周三"),
    mark("pdf", "周四"),
    mark("pdf", "周五"),
    mark("pdf", "周六"),
    mark("pdf", "周日"),
)


def _weekday(tr: Translator, index: int) -> str:
    return tr("pdf", _WEEKDAYS[index])


def _cell_markup(cell: RotaCell | None, tr: Translator) -> str:
    if cell is None or not cell.volunteers:
        return ""
    names = []
    for name in cell.volunteers:
        text = para_text(name)
        names.append(
            f"{text}<font size=7 color='#666666'>（{tr('pdf', '带班')}）</font>" if name == cell.leader else text
        )
    markup = "<br/>".join(names)
    if cell.note:
        markup += f"<br/><font size=7.5 color='#666666'>{para_text(cell.note)}</font>"
    return markup


def story(data: RotaData, ctx: Ctx, width: float) -> list[Flowable]:
    tr, lang = ctx.tr, ctx.lang
    week_end = data.week_start + timedelta(days=data.days - 1)
    subtitle = f"{data.base_name}　{fmt_date(data.week_start, lang)} – {fmt_date(week_end, lang)}"
    flow = title(ctx, tr("pdf", "志愿者排班表"), subtitle)
    cells = {(cell.day, cell.shift_key): cell for cell in data.cells}
    days = [data.week_start + timedelta(days=i) for i in range(data.days)]
    header = [Paragraph(para_text(tr("pdf", "班次")), ctx.st.centre)] + [
        Paragraph(f"{para_text(_weekday(tr, day.weekday()))}<br/>{day.month}/{day.day}", ctx.st.centre) for day in days
    ]
    rows: list[list[Flowable]] = [header]
    heights: list[float | None] = [None]
    for shift in data.shifts:
        # Tall rows leave room for handwritten swaps on the posted copy.
        busiest = max((len(c.volunteers) + bool(c.note) for k, c in cells.items() if k[1] == shift.key), default=1)
        heights.append(max(24 * mm, busiest * 14 + 16))
        label = f"{para_text(shift.label)}<br/><font size=8>{fmt_time(shift.start)}–{fmt_time(shift.end)}</font>"
        row: list[Flowable] = [Paragraph(label, ctx.st.centre)]
        row += [Paragraph(_cell_markup(cells.get((day, shift.key)), tr), ctx.st.centre) for day in days]
        rows.append(row)
    label_w = 24 * mm
    day_w = (width - label_w) / data.days
    table = Table(rows, colWidths=[label_w] + [day_w] * data.days, rowHeights=heights, repeatRows=1)
    style = grid_table(label_columns=(0,), header_row=True, padding=5)
    style.add("VALIGN", (1, 1), (-1, -1), "MIDDLE")
    for index, day in enumerate(days, start=1):
        if day.weekday() >= 5:  # weekends shaded, as on the paper rotas stations use
            style.add("BACKGROUND", (index, 1), (index, -1), WEEKEND)
    table.setStyle(style)
    flow.append(table)
    flow.append(Spacer(1, 4 * mm))
    footer = []
    if data.coordinator:
        footer.append(f"{tr('pdf', '协调员')}：{data.coordinator}")
    if data.contact:
        footer.append(f"{tr('pdf', '联系方式')}：{data.contact}")
    if footer:
        flow.append(Paragraph(para_text("；".join(footer)), ctx.st.body))
    if data.notes:
        flow.append(Paragraph(para_text(f"{tr('pdf', '备注')}：{data.notes}"), ctx.st.body))
    hint = tr("pdf", "请按时签到、签退；服务时长按实际服务时间计，不含往返路程。如需调班请提前联系协调员。")
    flow += [Spacer(1, 2 * mm), Paragraph(para_text(hint), ctx.st.small)]
    return flow


def render_rota(data: RotaData, *, meta: PrintMeta) -> bytes:
    """A week's volunteer rota on landscape A4, as PDF bytes."""
    ctx = Ctx.of(meta)
    return build_pdf([lambda: story(data, ctx, frame_width(KIND))], kind=KIND, meta=meta)
