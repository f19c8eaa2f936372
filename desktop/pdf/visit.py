"""`visit` — one contact record, titled after its mode (家庭访视记录, 电话随访记录, 个案会议记录 …).

Used to file a visit and to hand it to the 精防医生. Prints every filled follow-up item
(the national checklist and its 2018 additions, docs/domain.md), each clinical item with its
information source (a social worker relays clinical facts, never judges them), the risk ≥ 3
emergency handling, the social-work record and signature lines, then the addenda written
after the record was finalised. Free text is laid out as paragraphs outside tables so a long
narrative flows onto further pages. A draft is stamped 草稿 on every page.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop.domain import codes
from desktop.pdf.blocks import Ctx, Pair, client_pairs, data_table, kv_grid, rows_table, section, signature_lines, title
from desktop.pdf.data import Checklist, Medication, PrintMeta, VisitData
from desktop.pdf.page import FormKind, build_pdf, frame_width
from desktop.pdf.text import code_label, fmt_date, fmt_number, fmt_time, para_text, parenthesised
from desktop.pdf.visit_parts import GENERIC_TITLE, addenda_block, escalation_block, mode_title, stamp

# The page header of a single record names its mode (render_visit); a batch says 随访记录.
KIND = FormKind(key="visit", title=GENERIC_TITLE, confidential=True)


def _labels(code_list: codes.CodeList, chosen: tuple[int, ...], lang: str) -> str:
    return "、".join(code_label(code_list, value, lang) for value in chosen)


def _with_source(ctx: Ctx, checklist: Checklist, key: str, text: str) -> str:
    source = checklist.sources.get(key)
    if source is None or not text:
        return text
    return f"{text}（{ctx.tr('pdf', '信息来源')}：{code_label(codes.INFO_SOURCE, source, ctx.lang)}）"


def _checklist_pairs(ctx: Ctx, c: Checklist) -> list[Pair]:
    """The filled items, in the 2018 表8 order; unfilled items are left out."""
    tr, lang = ctx.tr, ctx.lang
    rows: list[Pair] = []

    def add(label_text: str, value: str) -> None:
        if value:
            rows.append((label_text, value))

    add(tr("pdf", "随访对象"), _labels(codes.VISIT_OBJECT, c.visit_objects, lang))
    lost = code_label(codes.LOST_REASON, c.lost_reason, lang)
    add(tr("pdf", "失访原因"), f"{lost} {c.lost_reason_other}".strip())
    if c.death_date or c.death_cause:
        cause = code_label(codes.DEATH_CAUSE, c.death_cause, lang)
        if c.death_illness:
            cause += f"（{code_label(codes.DEATH_ILLNESS, c.death_illness, lang)}）"
        add(tr("pdf", "死亡日期和原因"), f"{fmt_date(c.death_date, lang)} {cause} {c.death_cause_other}".strip())
    add(tr("pdf", "危险性评估"), code_label(codes.RISK_LEVEL, c.risk_level, lang))
    symptoms = _labels(codes.SYMPTOMS, c.symptoms, lang)
    add(tr("pdf", "目前症状"), f"{symptoms}{'：' + c.symptoms_other if c.symptoms_other else ''}")
    add(tr("pdf", "自知力"), code_label(codes.INSIGHT, c.insight, lang))
    add(tr("pdf", "睡眠情况"), code_label(codes.CONDITION, c.sleep, lang))
    add(tr("pdf", "饮食情况"), code_label(codes.CONDITION, c.diet, lang))
    functions = [
        f"{code_label(codes.SOCIAL_FUNCTION_ITEMS, item.value, lang)}："
        f"{code_label(codes.WORK_CONDITION, c.social_function[str(item.value)], lang)}"
        for item in codes.SOCIAL_FUNCTION_ITEMS
        if str(item.value) in c.social_function
    ]
    add(tr("pdf", "社会功能情况"), "；".join(functions))
    if c.danger_counts:
        times = tr("pdf", "次")
        dangers = [
            f"{code_label(codes.DANGER_BEHAVIOURS, item.value, lang)} {c.danger_counts[str(item.value)]} {times}"
            for item in codes.DANGER_BEHAVIOURS
            if c.danger_counts.get(str(item.value))
        ]
        add(tr("pdf", "危险行为"), "；".join(dangers) or tr("pdf", "无"))
    add(tr("pdf", "关锁情况"), code_label(codes.CONFINEMENT, c.confinement, lang))
    hospital = code_label(codes.HOSPITALISATION, c.hospitalisation, lang)
    if hospital and c.last_discharge:
        discharged = fmt_date(c.last_discharge, lang, c.last_discharge_precision)
        hospital += f"，{tr('pdf', '末次出院时间')}：{discharged}"
    add(tr("pdf", "住院情况"), _with_source(ctx, c, "hospitalisation", hospital))
    lab = f"{code_label(codes.LAB_TESTS, c.lab_tests, lang)} {c.lab_tests_text}".strip()
    add(tr("pdf", "实验室检查"), _with_source(ctx, c, "lab_tests", lab))
    add(tr("pdf", "用药依从性"), code_label(codes.ADHERENCE, c.adherence, lang))
    adverse = f"{code_label(codes.ADVERSE_REACTION, c.adverse_reaction, lang)} {c.adverse_reaction_text}".strip()
    add(tr("pdf", "药物不良反应"), _with_source(ctx, c, "adverse_reaction", adverse))
    effect = code_label(codes.TREATMENT_EFFECT, c.treatment_effect, lang)
    add(tr("pdf", "治疗效果"), _with_source(ctx, c, "treatment_effect", effect))
    if c.referral is not None or c.referral_suggested is not None:
        suggested = code_label(codes.YES_NO_REFERRAL, c.referral_suggested, lang) or "—"
        done = code_label(codes.YES_NO_REFERRAL, c.referral, lang) or "—"
        referral = f"{tr('pdf', '建议转诊')}：{suggested}；{tr('pdf', '已转诊')}：{done}"
        if 2 in (c.referral, c.referral_suggested):
            referral += f"；{tr('pdf', '原因')}：{c.referral_reason}；{tr('pdf', '转诊至')}：{c.referral_to}"
        add(tr("pdf", "转诊情况"), _with_source(ctx, c, "referral", referral))
    rehab = _labels(codes.REHAB_MEASURES, c.rehab_measures, lang)
    add(tr("pdf", "康复措施"), f"{rehab}{'：' + c.rehab_other if c.rehab_other else ''}")
    add(tr("pdf", "本次随访分类"), code_label(codes.CLASSIFICATION, c.classification, lang))
    add(tr("pdf", "分类调整理由"), c.classification_override_reason)
    add(tr("pdf", "调整批准人"), c.override_approved_by)
    add(tr("pdf", "下次随访日期"), fmt_date(c.next_visit_date, lang))
    return rows


def _dose(ctx: Ctx, med: Medication) -> list[str]:
    def mg(value: float | None) -> str:
        return f"{fmt_number(value)} mg" if value is not None else ""

    depot = ""
    if med.long_acting:
        depot = ctx.tr("pdf", "每 {weeks} 周一次，每次 {dose} mg").format(
            weeks=fmt_number(med.every_weeks), dose=fmt_number(med.long_acting_mg)
        )
    return [med.name, mg(med.morning_mg), mg(med.noon_mg), mg(med.evening_mg), depot]


def _medication_block(
    ctx: Ctx, c: Checklist, key: str, heading: str, meds: tuple[Medication, ...], width: float
) -> list[Flowable]:
    if not meds:
        return []
    tr = ctx.tr
    header = [tr("pdf", "药物名称"), tr("pdf", "早"), tr("pdf", "中"), tr("pdf", "晚"), tr("pdf", "长效药")]
    table = data_table(
        ctx,
        header,
        [_dose(ctx, m) for m in meds],
        [0.28 * width, 0.11 * width, 0.11 * width, 0.11 * width, 0.39 * width],
    )
    label_text = _with_source(ctx, c, key, heading)
    return [KeepTogether([Paragraph(para_text(label_text), ctx.st.field), Spacer(1, 1 * mm), table]), Spacer(1, 3 * mm)]


def _text_block(ctx: Ctx, label_text: str, text: str) -> list[Flowable]:
    """A labelled free-text field as flowing paragraphs (one per paragraph of the writer's text)."""
    if not text.strip():
        return []
    flow: list[Flowable] = [Paragraph(para_text(label_text), ctx.st.field)]
    for chunk in text.strip().split("\n\n"):
        flow.append(Paragraph(para_text(chunk.strip()), ctx.st.body))
        flow.append(Spacer(1, 1.5 * mm))
    flow.append(Spacer(1, 1.5 * mm))
    return flow


def story(data: VisitData, ctx: Ctx, width: float) -> list[Flowable]:
    tr, lang = ctx.tr, ctx.lang
    subtitle = f"{tr('pdf', '记录编号')}：{data.visit_no}" if data.visit_no else ""
    if data.status == "draft":
        subtitle = f"{subtitle}　【{tr('pdf', '草稿')}】".strip()
    flow = title(ctx, tr("pdf", mode_title(data.mode)), subtitle)
    duration = ""
    if data.start_time and data.end_time:
        duration = f"{fmt_time(data.start_time)}–{fmt_time(data.end_time)}"
    visit_pairs: list[Pair] = [
        (tr("pdf", "访视日期"), fmt_date(data.visit_date, lang)),
        (tr("pdf", "随访形式"), code_label(codes.VISIT_MODE, data.mode, lang)),
        (tr("pdf", "起止时间"), duration),
        (tr("pdf", "随访人员"), data.visitor_name + parenthesised(tr("pdf", data.visitor_role), lang)),
        (tr("pdf", "地点"), data.social_work.location),
        (tr("pdf", "参与人"), data.social_work.participants),
    ]
    flow += [section(ctx, tr("pdf", "一、基本信息")), kv_grid(ctx, client_pairs(ctx, data.client) + visit_pairs, width)]
    c = data.checklist
    pairs = _checklist_pairs(ctx, c)
    flow.append(section(ctx, tr("pdf", "二、随访情况")))
    if pairs:
        flow += [rows_table(ctx, pairs, width), Spacer(1, 3 * mm)]
    flow += _medication_block(ctx, c, "medication", tr("pdf", "用药情况"), c.medications, width)
    flow += _medication_block(ctx, c, "guidance", tr("pdf", "用药指导"), c.guidance, width)
    if not pairs and not c.medications and not c.guidance:
        flow.append(Paragraph(para_text(tr("pdf", "本次未填写随访项目。")), ctx.st.small))
    flow += escalation_block(ctx, data, width)
    sw = data.social_work
    flow.append(section(ctx, tr("pdf", "三、社会工作服务记录")))
    flow += _text_block(ctx, tr("pdf", "本次目标"), sw.purpose)
    flow += _text_block(ctx, tr("pdf", "服务内容与过程"), sw.narrative)
    flow += _text_block(ctx, tr("pdf", "服务对象状态"), sw.client_state)
    flow += _text_block(ctx, tr("pdf", "需求"), sw.needs)
    flow += _text_block(ctx, tr("pdf", "提供的服务"), sw.services_provided)
    flow += _text_block(ctx, tr("pdf", "下一步计划"), sw.plan)
    role = tr("pdf", "随访人员") + parenthesised(tr("pdf", data.visitor_role), ctx.lang)
    flow.append(signature_lines(ctx, [role, tr("pdf", "服务对象/家属")], width))
    return flow + addenda_block(ctx, data)


def render_visit(data: VisitData, *, meta: PrintMeta) -> bytes:
    """The record of one contact (titled after its mode, stamped 草稿 while a draft), as PDF bytes."""
    ctx = Ctx.of(meta)
    kind = replace(KIND, title=mode_title(data.mode))
    return build_pdf([lambda: story(data, ctx, frame_width(KIND))], kind=kind, meta=meta, stamp=stamp(ctx, data))
