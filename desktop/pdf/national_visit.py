"""`national-visit` — 严重精神障碍患者随访服务记录表 in the 2018 表8 row order (docs/domain.md §1.2).

Mirrors the printed national form so the 精防医生 can read it like their own: numbered options
with ticked boxes, the chosen code in boxes at the row end, and the 编号 as □□□-□□□□□. Filled
from a visit; clinical rows say where the information came from (docs/domain.md §0), and the signature
row is 随访人员 with role, not 随访医生.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop.domain import codes
from desktop.i18n import mark
from desktop.pdf.blocks import Ctx, title
from desktop.pdf.boxes import CodeBoxes, multiple, record_number, single
from desktop.pdf.data import Checklist, Medication, PrintMeta, VisitData
from desktop.pdf.page import FormKind, build_pdf, frame_width
from desktop.pdf.styles import GRID, grid_table, table_style
from desktop.pdf.text import code_label, colon, fmt_date, fmt_number, options, para_text, parenthesised
from desktop.pdf.visit_parts import addenda_block, escalation_note, stamp

KIND = FormKind(key="national-visit", title=mark("pdf", "严重精神障碍患者随访服务记录表"), confidential=True)


class _DrugRow(Flowable):
    """Placeholder in a row's code column: the row holds a drug table spanning both columns."""

    def __init__(self, meds: tuple[Medication, ...]) -> None:
        super().__init__()
        self.meds = meds


Row = tuple[str, str, Flowable | None]  # (label, options markup, code boxes)


def _blank(value: str, width: int = 6) -> str:
    """A filled value underlined, or an empty underlined gap for the pen."""
    return f"<u>\u00a0{para_text(value)}\u00a0</u>" if value else "_" * width


def _source(ctx: Ctx, c: Checklist, key: str) -> str:
    source = c.sources.get(key)
    if source is None:
        return ""
    text = f"{ctx.tr('pdf', '信息来源')}：{code_label(codes.INFO_SOURCE, source, ctx.lang)}"
    return f"<br/><font size=7.5 color='#666666'>{para_text(text)}</font>"


def _date_line(ctx: Ctx, value: date | None, precision: str = "YMD") -> str:
    if value is not None:
        return para_text(fmt_date(value, ctx.lang, precision))
    return ctx.tr("pdf", "____年____月____日")


def _mode_note(ctx: Ctx, mode: int) -> str:
    """What stands beside the mode boxes when the station's mode is not one of the form's three."""
    if mode in (1, 2, 3):
        return ""
    name = code_label(codes.VISIT_MODE, mode, ctx.lang)
    if mode not in codes.NATIONAL_MODE:
        return f"<br/>{para_text(ctx.tr('pdf', '本次为{mode}，非国家表所列随访形式（见表下注）').format(mode=name))}"
    return f"　（{para_text(name)}）"


def mode_footnote(ctx: Ctx, mode: int) -> str:
    """The footnote for a contact the form has no code for (a case conference); '' otherwise."""
    if mode in codes.NATIONAL_MODE:
        return ""
    name = code_label(codes.VISIT_MODE, mode, ctx.lang)
    return ctx.tr(
        "pdf", "注：本记录为{mode}，国家表“本次随访形式”无对应代码，不勾选随访形式，亦不计为一次随访。"
    ).format(mode=name)


def _danger_codes(c: Checklist) -> list[int]:
    """Numbers (1–6) of the behaviours that occurred, or 7 (无) when every count is zero."""
    if not c.danger_counts:
        return []
    found = [n for n, item in enumerate(codes.DANGER_BEHAVIOURS, start=1) if c.danger_counts.get(str(item.value))]
    return found or [7]


def _drug_table(ctx: Ctx, meds: tuple[Medication, ...], width: float) -> Table:
    """Three drug lines in the 2018 layout: name, 早/中/晚 mg, and the depot (长效药) schedule."""
    tr = ctx.tr

    def mg(value: float | None) -> str:
        return f"{_blank(fmt_number(value), 4)} mg"

    header = [tr("pdf", "药物名称"), tr("pdf", "早"), tr("pdf", "中"), tr("pdf", "晚"), tr("pdf", "长效药")]
    rows: list[list[Paragraph]] = [[Paragraph(para_text(h), ctx.st.small) for h in header]]
    padded: list[Medication] = [*meds[:3], *([Medication(name="")] * (3 - len(meds[:3])))]
    for med in padded:
        depot = options((codes.Code(1, "", ""),), 1 if med.long_acting else None, ctx.lang, False)
        depot += (
            f"{tr('pdf', '每')} {_blank(fmt_number(med.every_weeks), 3)} {tr('pdf', '周一次，每次')} "
            f"{mg(med.long_acting_mg)}"
        )
        cells = [_blank(med.name, 14), mg(med.morning_mg), mg(med.noon_mg), mg(med.evening_mg), depot]
        rows.append([Paragraph(cell, ctx.st.cell) for cell in cells])
    table = Table(rows, colWidths=[0.27 * width, 0.13 * width, 0.13 * width, 0.13 * width, 0.34 * width])
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _rows(data: VisitData, ctx: Ctx) -> list[Row]:
    tr, lang, c = ctx.tr, ctx.lang, data.checklist
    national_mode = codes.NATIONAL_MODE.get(data.mode)
    mode_codes = codes.VISIT_MODE[:3]
    rows: list[Row] = [
        (tr("pdf", "随访日期"), _date_line(ctx, data.visit_date), None),
        (
            tr("pdf", "本次随访形式"),
            options(mode_codes, national_mode, lang) + _mode_note(ctx, data.mode),
            single(national_mode),
        ),
        (tr("pdf", "本次随访对象"), options(codes.VISIT_OBJECT, c.visit_objects, lang), multiple(c.visit_objects, 3)),
        (
            tr("pdf", "若失访，原因"),
            options(codes.LOST_REASON, c.lost_reason, lang) + " " + _blank(c.lost_reason_other, 8),
            single(c.lost_reason),
        ),
        (tr("pdf", "如死亡，日期"), _date_line(ctx, c.death_date), None),
        (
            tr("pdf", "如死亡，原因"),
            options(codes.DEATH_CAUSE, c.death_cause, lang)
            + " "
            + _blank(c.death_cause_other, 8)
            + "<br/>"
            + tr("pdf", "（躯体疾病）")
            + options(codes.DEATH_ILLNESS, c.death_illness, lang, circled=True),
            CodeBoxes([["" if c.death_cause is None else str(c.death_cause)], [str(c.death_illness or "")]]),
        ),
        (tr("pdf", "危险性评估"), options(_short_risk(lang), c.risk_level, lang, numbered=False), single(c.risk_level)),
        (
            tr("pdf", "目前症状"),
            options(codes.SYMPTOMS, c.symptoms, lang) + " " + _blank(c.symptoms_other, 8),
            multiple(c.symptoms, 12),
        ),
        (tr("pdf", "自知力"), options(codes.INSIGHT, c.insight, lang), single(c.insight)),
        (tr("pdf", "睡眠情况"), options(codes.CONDITION, c.sleep, lang), single(c.sleep)),
        (tr("pdf", "饮食情况"), options(codes.CONDITION, c.diet, lang), single(c.diet)),
    ]
    for item in codes.SOCIAL_FUNCTION_ITEMS:
        value = c.social_function.get(str(item.value))
        scale = codes.WORK_CONDITION if item.value == "sf_work" else codes.CONDITION
        label_text = f"{tr('pdf', '社会功能')}·{code_label(codes.SOCIAL_FUNCTION_ITEMS, item.value, lang)}"
        rows.append((label_text, options(scale, value, lang), single(value)))
    dangers = "  ".join(
        f"{number} {code_label(codes.DANGER_BEHAVIOURS, item.value, lang)} "
        f"{_blank(str(c.danger_counts.get(str(item.value), 0)) if c.danger_counts else '', 3)} {tr('pdf', '次')}"
        for number, item in enumerate(codes.DANGER_BEHAVIOURS, start=1)
    )
    no_danger = (
        f"{options((codes.Code(7, tr('pdf', '无'), 'None'),), 7 if c.danger_counts and c.no_danger else None, lang)}"
    )
    rows += [
        (tr("pdf", "危险行为"), f"{dangers}  {no_danger}", multiple(_danger_codes(c), 6)),
        (tr("pdf", "两次随访期间关锁情况"), options(codes.CONFINEMENT, c.confinement, lang), single(c.confinement)),
        (
            tr("pdf", "两次随访期间住院情况"),
            options(codes.HOSPITALISATION, c.hospitalisation, lang)
            + f"<br/>{tr('pdf', '末次出院时间')}：{_date_line(ctx, c.last_discharge, c.last_discharge_precision)}"
            + _source(ctx, c, "hospitalisation"),
            single(c.hospitalisation),
        ),
        (
            tr("pdf", "实验室检查"),
            options(codes.LAB_TESTS, c.lab_tests, lang)
            + " "
            + _blank(c.lab_tests_text, 10)
            + _source(ctx, c, "lab_tests"),
            single(c.lab_tests),
        ),
        (tr("pdf", "用药依从性"), options(codes.ADHERENCE, c.adherence, lang), single(c.adherence)),
        (
            tr("pdf", "药物不良反应"),
            options(codes.ADVERSE_REACTION, c.adverse_reaction, lang)
            + " "
            + _blank(c.adverse_reaction_text, 10)
            + _source(ctx, c, "adverse_reaction"),
            single(c.adverse_reaction),
        ),
        (
            tr("pdf", "治疗效果"),
            options(codes.TREATMENT_EFFECT, c.treatment_effect, lang) + _source(ctx, c, "treatment_effect"),
            single(c.treatment_effect),
        ),
        (
            tr("pdf", "转诊情况"),
            f"{tr('pdf', '建议转诊')}：{options(codes.YES_NO_REFERRAL, c.referral_suggested, lang)}　"
            f"{tr('pdf', '已转诊')}：{options(codes.YES_NO_REFERRAL, c.referral, lang)}<br/>"
            f"{tr('pdf', '转诊原因')}：{_blank(c.referral_reason, 20)}<br/>"
            f"{tr('pdf', '转诊至机构及科室')}：{_blank(c.referral_to, 20)}" + _source(ctx, c, "referral"),
            CodeBoxes([["" if v is None else str(v)] for v in (c.referral_suggested, c.referral)]),
        ),
    ]
    for key, heading, meds in (
        ("medication", mark("pdf", "用药情况"), c.medications),
        ("guidance", mark("pdf", "用药指导"), c.guidance),
    ):
        # The drug table fills the options and code columns (the row is spanned in story()).
        rows.append((tr("pdf", heading), _source(ctx, c, key).removeprefix("<br/>"), _DrugRow(meds)))
    rows += [
        (
            tr("pdf", "康复措施"),
            options(codes.REHAB_MEASURES, c.rehab_measures, lang) + " " + _blank(c.rehab_other, 8),
            multiple(c.rehab_measures, 5),
        ),
        (
            tr("pdf", "本次随访分类"),
            options(codes.CLASSIFICATION, c.classification, lang)
            + (
                f"<br/>{tr('pdf', '分类调整理由')}：{para_text(c.classification_override_reason)}"
                if c.classification_override_reason
                else ""
            )
            + (
                f"<br/>{tr('pdf', '调整批准人')}：{para_text(c.override_approved_by)}" if c.override_approved_by else ""
            ),
            single(c.classification),
        ),
        (tr("pdf", "下次随访日期"), _date_line(ctx, c.next_visit_date), None),
        (
            tr("pdf", "随访人员签名"),
            f"{para_text(data.visitor_name)}{para_text(parenthesised(tr('pdf', data.visitor_role), lang))}　"
            f"{tr('pdf', '签名')}{colon(lang)}________________",
            None,
        ),
    ]
    return rows


def _short_risk(lang: str) -> codes.CodeList:
    """Risk levels as the form prints them (0级 … 5级); the definitions are on the back of the form."""
    return tuple(codes.Code(code.value, code.zh.split("：")[0], f"Level {code.value}") for code in codes.RISK_LEVEL)


def story(data: VisitData, ctx: Ctx, width: float) -> list[Flowable]:
    tr = ctx.tr
    flow = title(ctx, tr("pdf", "严重精神障碍患者随访服务记录表"))
    header = Table(
        [
            [
                Paragraph(f"{tr('pdf', '姓名')}：{_blank(data.client.name, 12)}", ctx.st.body),
                Paragraph(f"{tr('pdf', '编号')}：", ctx.st.right),
                record_number(data.client.health_record_no),
            ]
        ],
        colWidths=[width - 70 * mm, 15 * mm, 55 * mm],
    )
    header.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    label_w, code_w = 30 * mm, 28 * mm
    body: list[list[Flowable | str]] = []
    spans: list[int] = []
    for index, (label, markup, boxes) in enumerate(_rows(data, ctx)):
        label_cell = Paragraph(para_text(label), ctx.st.label)
        if isinstance(boxes, _DrugRow):
            inner = _drug_table(ctx, boxes.meds, width - label_w - 8)
            cell: list[Flowable] = [inner] + ([Paragraph(markup, ctx.st.small)] if markup else [])
            body.append([label_cell, cell, ""])  # type: ignore[list-item]
            spans.append(index)
        else:
            body.append([label_cell, Paragraph(markup, ctx.st.cell), boxes or ""])
    table = Table(body, colWidths=[label_w, width - label_w - code_w, code_w], splitByRow=True)
    style = grid_table(label_columns=(0,), padding=3.5)
    for index in spans:
        style.add("SPAN", (1, index), (2, index))
    table.setStyle(style)
    note = tr(
        "pdf",
        "注：本表由社会工作者在随访中记录，用药、治疗效果、不良反应、实验室检查、住院与转诊等临床项目注明信息来源，"
        "不代表社会工作者的临床判断。",
    )
    flow = [*flow, header, Spacer(1, 2 * mm), table, Spacer(1, 2 * mm)]
    escalation = escalation_note(ctx, data)
    if escalation:  # the form has no row for it, and the 精防医生 must not miss it
        flow += [Paragraph(para_text(escalation), ctx.st.cell), Spacer(1, 1.5 * mm)]
    flow += [Paragraph(para_text(text), ctx.st.small) for text in (mode_footnote(ctx, data.mode), note) if text]
    return flow + addenda_block(ctx, data)


def render_national_visit(data: VisitData, *, meta: PrintMeta) -> bytes:
    """The national follow-up form (2018 表8 layout) filled from one visit, as PDF bytes.

    A draft is stamped 草稿 on every page; the addenda follow the form.
    """
    ctx = Ctx.of(meta)
    return build_pdf([lambda: story(data, ctx, frame_width(KIND))], kind=KIND, meta=meta, stamp=stamp(ctx, data))
