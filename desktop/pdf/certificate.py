"""`certificate` — 志愿服务记录证明, issued free of charge to a volunteer (民政部令第67号; docs/domain.md §4.2).

Four blocks: the volunteer's identity, the service (hours and activities), the issuer
(name, responsible person, handler, contact), and the certificate number and date; then a
seal area and signature lines for the responsible person and the handler.

Privacy judgement: a certificate is the volunteer's own proof, handed to schools and
employers, so it prints the FULL ID (the proof needs it) and is NOT stamped "内部资料 注意保密"
— that mark would make it unusable as an external proof. The footer still records operator
and print time, and a line reminds the holder that the paper carries their full ID number.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.domain import codes
from desktop.i18n import mark
from desktop.pdf.blocks import Ctx, Pair, data_table, kv_grid, section, title
from desktop.pdf.data import CertificateData, PrintMeta
from desktop.pdf.fonts import register_fonts
from desktop.pdf.page import FormKind, build_pdf, frame_width
from desktop.pdf.styles import ALERT, table_style
from desktop.pdf.text import code_label, fmt_date, fmt_number, para_text

KIND = FormKind(key="certificate", title=mark("pdf", "志愿服务记录证明"), confidential=False)


class SealArea(Flowable):
    """A dashed circle labelled 盖章处 where the issuer's official seal goes."""

    def __init__(self, label: str, diameter: float = 38 * mm) -> None:
        super().__init__()
        self.label, self.diameter = label, diameter
        self.width = self.height = diameter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.diameter, self.diameter

    def draw(self) -> None:
        radius = self.diameter / 2
        self.canv.saveState()
        self.canv.setStrokeColor(ALERT)
        self.canv.setFillColor(ALERT)
        self.canv.setLineWidth(0.8)
        self.canv.setDash(3, 2)
        self.canv.circle(radius, radius, radius - 1, stroke=1, fill=0)
        self.canv.setFont(register_fonts(), 10)
        self.canv.drawCentredString(radius, radius - 3, self.label)
        self.canv.restoreState()


def story(data: CertificateData, ctx: Ctx, width: float) -> list[Flowable]:
    tr, lang = ctx.tr, ctx.lang
    flow = title(ctx, tr("pdf", "志愿服务记录证明"), f"{tr('pdf', '证明编号')}：{data.certificate_no}")
    hours = fmt_number(data.total_hours)
    opening = tr(
        "pdf",
        "兹证明 {name} 于 {start} 至 {end} 期间参加本单位组织的志愿服务活动，累计志愿服务时间 {hours} 小时。"
        "具体情况如下：",
    ).format(
        name=data.volunteer_name,
        start=fmt_date(data.period_from, lang),
        end=fmt_date(data.period_to, lang),
        hours=hours,
    )
    flow += [Paragraph(para_text(opening), ctx.st.body), Spacer(1, 2 * mm)]

    identity: list[Pair] = [
        (tr("pdf", "姓名"), data.volunteer_name),
        (tr("pdf", "性别"), code_label(codes.SEX, data.sex, lang)),
        (tr("pdf", "证件类型"), code_label(codes.ID_TYPE, data.id_type, lang)),
        (tr("pdf", "证件号码"), data.id_number),
        (tr("pdf", "志愿者编号"), data.volunteer_no),
        ("", ""),
    ]
    flow += [section(ctx, tr("pdf", "一、志愿者基本信息")), kv_grid(ctx, identity, width)]

    flow.append(section(ctx, tr("pdf", "二、志愿服务情况")))
    if data.summary.strip():
        summary = f"{tr('pdf', '服务内容')}：{data.summary.strip()}"
        flow += [Paragraph(para_text(summary), ctx.st.body), Spacer(1, 1.5 * mm)]
    rows = [[fmt_date(a.day, lang), a.name, a.content, fmt_number(a.hours)] for a in data.activities]
    rows.append(["", "", tr("pdf", "合计"), hours])
    header = [tr("pdf", "日期"), tr("pdf", "活动名称"), tr("pdf", "服务内容"), tr("pdf", "服务时间（小时）")]
    flow.append(data_table(ctx, header, rows, [0.18 * width, 0.24 * width, 0.42 * width, 0.16 * width]))
    rule = tr("pdf", "服务时间按实际提供志愿服务的时间计算，不含往返路程时间。")
    flow += [Spacer(1, 1 * mm), Paragraph(para_text(rule), ctx.st.small)]

    issuer: list[Pair] = [
        (tr("pdf", "出具单位"), data.issuer_name),
        (tr("pdf", "联系方式"), data.contact),
        (tr("pdf", "负责人"), data.responsible_person),
        (tr("pdf", "经办人"), data.handler),
    ]
    flow += [section(ctx, tr("pdf", "三、出具单位信息")), kv_grid(ctx, issuer, width)]
    # Block four shares its space with the signatures and the seal, so that the seal lands on the
    # same page as the numbered facts it certifies (a certificate of ≤ 10 activities fits one page).
    lines = [
        f"{tr('pdf', '证明编号')}：{data.certificate_no}",
        f"{tr('pdf', '出具日期')}：{fmt_date(data.issued_on, lang)}",
    ]
    if data.notes:
        lines.append(f"{tr('pdf', '备注')}：{data.notes}")
    signatures = Paragraph(
        "<br/>".join(para_text(line) for line in lines)
        + f"<br/><br/>{para_text(tr('pdf', '负责人（签字）'))}：________________"
        f"<br/><br/>{para_text(tr('pdf', '经办人（签字）'))}：________________",
        ctx.st.body,
    )
    closing = Table([[signatures, SealArea(tr("pdf", "盖章处"))]], colWidths=[width - 48 * mm, 48 * mm])
    closing.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    notice = tr("pdf", "本证明无偿出具，加盖出具单位公章并经负责人、经办人签字后有效。")
    if not ctx.meta.masked:  # only a copy with the full number needs the warning
        notice += tr("pdf", "本证明载有持证人完整证件号码，请妥善保管。")
    flow.append(
        KeepTogether(
            [
                section(ctx, tr("pdf", "四、证明编号及出具日期")),
                closing,
                Spacer(1, 3 * mm),
                Paragraph(para_text(notice), ctx.st.small),
            ]
        )
    )
    return flow


def render_certificate(data: CertificateData, *, meta: PrintMeta) -> bytes:
    """The volunteer service record certificate, as PDF bytes."""
    ctx = Ctx.of(meta)
    return build_pdf([lambda: story(data, ctx, frame_width(KIND))], kind=KIND, meta=meta)
