"""What both visit forms print around the checklist: the contact's own title, the draft stamp,
the risk ≥ 3 emergency handling and the addenda.

Paper must say what happened (docs/domain.md, Follow-ups): a phone call is not titled 家庭访视记录,
a draft is visibly a draft, who was notified of a dangerous patient is on the page handed to the
精防医生, and a correction follows the record it corrects.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop.domain import codes
from desktop.i18n import mark
from desktop.pdf.blocks import Ctx, data_table, section
from desktop.pdf.data import Addendum, Notification, VisitData
from desktop.pdf.text import code_label, fmt_date, para_text

# One title per codes.VISIT_MODE value.
MODE_TITLES: dict[int, str] = {
    1: mark("pdf", "门诊随访记录"),
    2: mark("pdf", "家庭访视记录"),
    3: mark("pdf", "电话随访记录"),
    4: mark("pdf", "陪同就医记录"),
    5: mark("pdf", "社区面谈记录"),
    6: mark("pdf", "线上随访记录"),
    7: mark("pdf", "个案会议记录"),
}
GENERIC_TITLE = mark("pdf", "随访记录")
DRAFT = mark("pdf", "草稿")
ESCALATION_RISK = 3  # risk levels from here on call for the emergency handling (docs/domain.md, Escalation)


def mode_title(mode: int) -> str:
    """Untranslated title of a contact of `mode` (translate with ctx.tr("pdf", …))."""
    return MODE_TITLES.get(mode, GENERIC_TITLE)


def stamp(ctx: Ctx, data: VisitData) -> str:
    """The page stamp: 草稿 until the visit is finalised."""
    return ctx.tr("pdf", DRAFT) if data.status == "draft" else ""


def notification_text(ctx: Ctx, note: Notification) -> str:
    party = code_label(codes.NOTIFIED_PARTY, note.party, ctx.lang)
    channel = code_label(codes.NOTIFY_CHANNEL, note.channel, ctx.lang)
    return f"{party} {note.name}（{note.at}，{channel}）".strip()


def needs_escalation(data: VisitData) -> bool:
    risk = data.checklist.risk_level
    return bool(data.escalation) or (risk is not None and risk >= ESCALATION_RISK)


def escalation_block(ctx: Ctx, data: VisitData, width: float) -> list[Flowable]:
    """The notifications as a table (visit record); nothing below risk 3 with none recorded."""
    if not needs_escalation(data):
        return []
    tr = ctx.tr
    header = [tr("pdf", "通知对象"), tr("pdf", "姓名"), tr("pdf", "通知时间"), tr("pdf", "通知方式")]
    rows = [
        [
            code_label(codes.NOTIFIED_PARTY, n.party, ctx.lang),
            n.name,
            n.at,
            code_label(codes.NOTIFY_CHANNEL, n.channel, ctx.lang),
        ]
        for n in data.escalation
    ]
    table = data_table(
        ctx, header, rows, [0.22 * width, 0.26 * width, 0.30 * width, 0.22 * width], tr("pdf", "未记录通知")
    )
    flow: list[Flowable] = [section(ctx, tr("pdf", "应急处置（危险性3级及以上）")), table]
    if data.escalation_followup_due is not None:
        due = tr("pdf", "两周内随访，截止日期：{date}").format(date=fmt_date(data.escalation_followup_due, ctx.lang))
        flow += [Spacer(1, 1.5 * mm), Paragraph(para_text(due), ctx.st.cell)]
    return [KeepTogether(flow), Spacer(1, 3 * mm)]


def escalation_note(ctx: Ctx, data: VisitData) -> str:
    """The notifications in one line, for the national form (which has no row for them)."""
    if not needs_escalation(data):
        return ""
    tr = ctx.tr
    told = "；".join(notification_text(ctx, n) for n in data.escalation) or tr("pdf", "未记录通知")
    text = f"{tr('pdf', '应急处置（危险性3级及以上）')}：{tr('pdf', '已通知')} {told}"
    if data.escalation_followup_due is not None:
        due = fmt_date(data.escalation_followup_due, ctx.lang)
        text += "。" + tr("pdf", "两周内随访，截止日期：{date}").format(date=due)
    return text


def _addendum(ctx: Ctx, addendum: Addendum) -> list[Flowable]:
    heading = f"{addendum.written_at:%Y-%m-%d %H:%M}　{addendum.author}"
    flow: list[Flowable] = [Paragraph(para_text(heading), ctx.st.field)]
    for label_text, value in addendum.corrections:
        line = f"{ctx.tr('pdf', '更正')}：{label_text} → {value}"
        flow.append(Paragraph(para_text(line), ctx.st.body))
    for chunk in addendum.text.strip().split("\n\n"):
        if chunk.strip():
            flow.append(Paragraph(para_text(chunk.strip()), ctx.st.body))
    flow.append(Spacer(1, 2 * mm))
    return flow


def addenda_block(ctx: Ctx, data: VisitData) -> list[Flowable]:
    """The addenda in the order written, after the record (and its signatures) they correct."""
    if not data.addenda:
        return []
    flow: list[Flowable] = [Spacer(1, 4 * mm), section(ctx, ctx.tr("pdf", "补充记录（记录定稿后所作的更正与补充）"))]
    for addendum in data.addenda:
        flow += _addendum(ctx, addendum)
    return flow
