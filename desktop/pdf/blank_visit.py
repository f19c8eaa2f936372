"""`blank-visit` — a visit form to fill in by hand in the field, pre-filled with the client header.

Printed in batches the evening before (`render_many`), one per planned visit. The header
carries only what the visitor needs at the door — name, masked ID, address down to the
居委会 (never the house number), guardian, last visit, risk level — and a QR code whose text
(defined by the services) lets the caseworker start entering the visit from a scan.
The follow-up items are printed with empty boxes, followed by ruled writing space.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop.domain import codes
from desktop.i18n import mark
from desktop.pdf.blocks import Ctx, Pair, kv_grid, markup_cell, section, signature_lines, title
from desktop.pdf.data import BlankVisitData, PrintMeta
from desktop.pdf.fonts import register_fonts
from desktop.pdf.page import FormKind, build_pdf, frame_width
from desktop.pdf.styles import GRID, grid_table, table_style
from desktop.pdf.text import code_label, fmt_date, options, para_text

KIND = FormKind(key="blank-visit", title=mark("pdf", "家庭访视记录（现场填写）"), confidential=True)
QR_SIZE = 32 * mm
# "7 无" after the dangerous behaviours, worded as the domain's bilingual "无 / None".
_NONE_OF_THESE = codes.Code(7, codes.ADVERSE_REACTION[0].zh, codes.ADVERSE_REACTION[0].en)


class WritingLines(Flowable):
    """Ruled lines to write on; splits across pages like text would."""

    def __init__(self, lines: int, pitch: float = 8 * mm) -> None:
        super().__init__()
        self.lines, self.pitch = lines, pitch

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.lines * self.pitch
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits = int(available_height // self.pitch)
        if fits < 2 or fits >= self.lines:  # never leave a single orphaned line
            return []
        return [WritingLines(fits, self.pitch), WritingLines(self.lines - fits, self.pitch)]

    def draw(self) -> None:
        self.canv.setStrokeColor(GRID)
        self.canv.setLineWidth(0.4)
        for index in range(self.lines):
            y = index * self.pitch
            self.canv.line(0, y, self.width, y)


def qr_drawing(text: str, size: float = QR_SIZE) -> Drawing:
    """A vector QR code of `text`, `size` points square."""
    # Encode once: the widget re-encodes (pure Python, the slowest part of a blank form) every time
    # it is asked for its bounds or drawn, so keep the drawn shapes and add those instead.
    shapes = QrCodeWidget(text, barLevel="M").draw()
    x0, y0, x1, y1 = shapes.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.initialFontName = register_fonts()  # else the renderer selects Helvetica, not embedded
    drawing.add(shapes)
    return drawing


def _header(data: BlankVisitData, ctx: Ctx, width: float) -> Table:
    tr, lang, client = ctx.tr, ctx.lang, data.client
    guardian = client.guardian
    guardian_text = " ".join(p for p in (guardian.name, guardian.relationship, guardian.phone) if p) if guardian else ""
    pairs: list[Pair] = [
        (tr("pdf", "姓名"), client.name),
        (tr("pdf", "个案编号"), client.client_no),
        (tr("pdf", "证件号码"), client.id_number),
        (tr("pdf", "联系电话"), client.phone),
        (tr("pdf", "住址"), client.area),  # down to the 居委会 only, for the doorstep
        (tr("pdf", "监护人"), guardian_text),
        (tr("pdf", "上次随访"), fmt_date(data.last_visit_date, lang)),
        (tr("pdf", "计划日期"), fmt_date(data.planned_date, lang)),
        (tr("pdf", "危险性评估"), code_label(codes.RISK_LEVEL, data.risk_level, lang).split("：")[0]),
        (tr("pdf", "上次分类"), code_label(codes.CLASSIFICATION, data.classification, lang)),
    ]
    grid = kv_grid(ctx, pairs, width - QR_SIZE - 6 * mm, label_width=20 * mm)
    qr = [qr_drawing(data.qr_text), Paragraph(para_text(tr("pdf", "扫码录入本次访视")), ctx.st.small)]
    table = Table([[grid, qr]], colWidths=[width - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    table.setStyle(table_style([("LEFTPADDING", (1, 0), (1, 0), 4 * mm)]))
    return table


def _items(ctx: Ctx, width: float) -> Table:
    """The follow-up items with empty boxes, in the 2018 表8 order, compact for a clipboard."""
    tr, lang = ctx.tr, ctx.lang
    blank_date = tr("pdf", "____年____月____日")
    source = f"{tr('pdf', '信息来源')}：{options(codes.INFO_SOURCE[:3], None, lang, numbered=False)}"
    social = "<br/>".join(
        f"{para_text(code_label(codes.SOCIAL_FUNCTION_ITEMS, item.value, lang))}："
        f"{options(codes.WORK_CONDITION if item.value == 'sf_work' else codes.CONDITION, None, lang)}"
        for item in codes.SOCIAL_FUNCTION_ITEMS
    )
    dangers = "  ".join(
        f"{para_text(code_label(codes.DANGER_BEHAVIOURS, item.value, lang))} ___ {tr('pdf', '次')}"
        for item in codes.DANGER_BEHAVIOURS
    )
    risk = tuple(codes.Code(c.value, c.zh.split("：")[0], f"Level {c.value}") for c in codes.RISK_LEVEL)
    rows: list[tuple[str, str]] = [
        (tr("pdf", "随访形式"), options(codes.VISIT_MODE, None, lang)),
        (tr("pdf", "随访对象"), options(codes.VISIT_OBJECT, None, lang)),
        (tr("pdf", "若失访，原因"), options(codes.LOST_REASON, None, lang)),
        (tr("pdf", "危险性评估"), options(risk, None, lang, numbered=False)),
        (tr("pdf", "目前症状"), options(codes.SYMPTOMS, None, lang) + " ________"),
        (tr("pdf", "自知力"), options(codes.INSIGHT, None, lang)),
        (
            tr("pdf", "睡眠 / 饮食"),
            f"{options(codes.CONDITION, None, lang)}　/　{options(codes.CONDITION, None, lang)}",
        ),
        (tr("pdf", "社会功能情况"), social),
        (tr("pdf", "危险行为"), f"{dangers}  {options((_NONE_OF_THESE,), None, lang)}"),
        (tr("pdf", "关锁情况"), options(codes.CONFINEMENT, None, lang)),
        (tr("pdf", "住院情况"), f"{options(codes.HOSPITALISATION, None, lang)}<br/>{source}"),
        (tr("pdf", "用药依从性"), options(codes.ADHERENCE, None, lang)),
        (tr("pdf", "用药情况"), f"{tr('pdf', '药名')} ____________ {tr('pdf', '早/中/晚')} ____ mg<br/>{source}"),
        (tr("pdf", "药物不良反应"), f"{options(codes.ADVERSE_REACTION, None, lang)} ________<br/>{source}"),
        (tr("pdf", "治疗效果"), f"{options(codes.TREATMENT_EFFECT, None, lang)}<br/>{source}"),
        (
            tr("pdf", "转诊情况"),
            f"{options(codes.YES_NO_REFERRAL, None, lang)}　{tr('pdf', '原因/机构')}：____________",
        ),
        (tr("pdf", "康复措施"), options(codes.REHAB_MEASURES, None, lang)),
        (tr("pdf", "本次随访分类"), options(codes.CLASSIFICATION, None, lang)),
        (tr("pdf", "下次随访日期"), blank_date),
    ]
    body = [[Paragraph(para_text(label), ctx.st.label), markup_cell(ctx, markup)] for label, markup in rows]
    table = Table(body, colWidths=[28 * mm, width - 28 * mm], splitByRow=True)
    table.setStyle(grid_table(padding=3))
    return table


def story(data: BlankVisitData, ctx: Ctx, width: float) -> list[Flowable]:
    tr = ctx.tr
    flow = title(ctx, tr("pdf", "家庭访视记录"), tr("pdf", "现场填写用，回站后录入系统"))
    flow += [_header(data, ctx, width), Spacer(1, 2 * mm)]
    time_line = tr("pdf", "访视日期：____年____月____日　　起止时间：____:____ – ____:____　　地点：______________")
    flow += [Paragraph(para_text(time_line), ctx.st.body)]
    flow += [section(ctx, tr("pdf", "一、随访情况")), _items(ctx, width)]
    flow.append(section(ctx, tr("pdf", "二、社会工作服务记录")))
    for label_text, lines in (
        (tr("pdf", "服务内容与过程"), 8),
        (tr("pdf", "服务对象状态与需求"), 4),
        (tr("pdf", "下一步计划"), 3),
    ):
        # Not a KeepTogether: ReportLab ignores keepWithNext in front of one, which would strand the
        # section heading; the caption's keepWithNext plus the lines' own split rule do the job.
        flow += [Paragraph(para_text(label_text), ctx.st.field), WritingLines(lines)]
        flow.append(Spacer(1, 2 * mm))
    visitor = f"{tr('pdf', '随访人员')}（{data.visitor_name or '　　　'}）"
    flow.append(signature_lines(ctx, [visitor, tr("pdf", "服务对象/家属")], width))
    return flow


def render_blank_visit(data: BlankVisitData, *, meta: PrintMeta) -> bytes:
    """A blank visit form pre-filled with the client's header and a QR code, as PDF bytes."""
    ctx = Ctx.of(meta)
    return build_pdf([lambda: story(data, ctx, frame_width(KIND))], kind=KIND, meta=meta)
