"""`client` — the client profile sheet (服务对象档案).

One sheet that a caseworker can file or bring to a case conference: identity and address,
register and management status, guardians, consent records (including withdrawals), the
diagnosis as relayed with its source (docs/domain.md §0), support flags of the 2018 表7, the
care-and-support team (关爱帮扶小组) and the latest visits.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from desktop.domain import codes
from desktop.i18n import mark
from desktop.pdf.blocks import Ctx, Pair, client_pairs, data_table, kv_grid, section, title
from desktop.pdf.data import ClientProfileData, PrintMeta
from desktop.pdf.page import FormKind, build_pdf, frame_width
from desktop.pdf.styles import ALERT
from desktop.pdf.text import Translator, code_label, fmt_date, para_text

KIND = FormKind(key="client", title=mark("pdf", "服务对象档案"), confidential=True)


def _yes_no(tr: Translator, value: bool | None) -> str:
    if value is None:
        return ""
    return tr("pdf", "是") if value else tr("pdf", "否")


def _register(data: ClientProfileData, ctx: Ctx) -> list[Pair]:
    tr, lang = ctx.tr, ctx.lang
    risk = code_label(codes.RISK_LEVEL, data.risk_level, lang).split("：")[0]
    if data.key_focus:
        risk = f"{risk}（{tr('pdf', '重点关注')}）"
    tags = "、".join(code_label(codes.CLIENT_TAGS, tag, lang) for tag in data.tags)
    return [
        (tr("pdf", "建档日期"), fmt_date(data.registered_on, lang)),
        (tr("pdf", "管理状态"), code_label(codes.MANAGEMENT_STATUS, data.management_status, lang)),
        (tr("pdf", "服务对象类别"), tags),
        (tr("pdf", "负责社工"), data.client.caseworker),
        (tr("pdf", "危险性评估"), risk),
        (tr("pdf", "最近分类"), code_label(codes.CLASSIFICATION, data.classification, lang)),
        (tr("pdf", "上次随访"), fmt_date(data.last_visit_date, lang)),
        (tr("pdf", "下次应访"), fmt_date(data.next_due_date, lang)),
        (tr("pdf", "户别"), code_label(codes.HOUSEHOLD_TYPE, data.household_type, lang)),
        (tr("pdf", "就业情况"), code_label(codes.EMPLOYMENT, data.employment, lang)),
        (tr("pdf", "经济状况"), code_label(codes.ECONOMIC_STATUS, data.economic_status, lang)),
        (tr("pdf", "残疾人证"), data.disability_grade or tr("pdf", "无")),
        (tr("pdf", "家庭医生签约"), _yes_no(tr, data.family_doctor)),
        (tr("pdf", "社区康复"), _yes_no(tr, data.community_rehab)),
        (tr("pdf", "监护补助"), _yes_no(tr, data.guardian_subsidy)),
        (tr("pdf", "健康档案编号"), data.client.health_record_no),
    ]


def story(data: ClientProfileData, ctx: Ctx, width: float) -> list[Flowable]:
    tr, lang = ctx.tr, ctx.lang
    flow = title(ctx, tr("pdf", "服务对象档案"), f"{tr('pdf', '个案编号')}：{data.client.client_no}")
    flow += [section(ctx, tr("pdf", "一、基本信息")), kv_grid(ctx, client_pairs(ctx, data.client), width)]
    flow += [
        section(ctx, tr("pdf", "二、登记与管理情况")),
        kv_grid(ctx, _register(data, ctx), width, label_width=26 * mm),
    ]

    flow.append(section(ctx, tr("pdf", "三、监护人及家庭成员")))
    guardian_rows = [
        [
            g.name + (f"（{tr('pdf', '主要监护人')}）" if g.primary else ""),
            g.relationship,
            g.phone,
            g.address,
            _yes_no(tr, g.lives_with_client),
        ]
        for g in data.guardians
    ]
    header = [tr("pdf", "姓名"), tr("pdf", "关系"), tr("pdf", "电话"), tr("pdf", "住址"), tr("pdf", "同住")]
    widths = [0.22 * width, 0.1 * width, 0.17 * width, 0.41 * width, 0.1 * width]
    flow.append(data_table(ctx, header, guardian_rows, widths, empty=tr("pdf", "未登记监护人")))

    flow.append(section(ctx, tr("pdf", "四、知情同意")))
    consent_rows = []
    for consent in data.consents:
        state = tr("pdf", "有效")
        if consent.withdrawn_on:
            state = f"{tr('pdf', '已撤回')} {fmt_date(consent.withdrawn_on, lang)}"
        consent_rows.append(
            [
                code_label(codes.CONSENT_SCOPE, consent.scope, lang),
                f"{consent.signer_name}（{code_label(codes.CONSENT_SIGNER, consent.signer, lang)}）",
                fmt_date(consent.signed_on, lang),
                consent.notice_version,
                state,
            ]
        )
    header = [
        tr("pdf", "同意范围"),
        tr("pdf", "签署人"),
        tr("pdf", "签署日期"),
        tr("pdf", "告知书版本"),
        tr("pdf", "状态"),
    ]
    widths = [0.3 * width, 0.2 * width, 0.17 * width, 0.13 * width, 0.2 * width]
    flow.append(data_table(ctx, header, consent_rows, widths, empty=tr("pdf", "无知情同意记录")))
    if not any(c.scope == "records" and not c.withdrawn_on for c in data.consents):
        warning = tr("pdf", "注意：无有效的建档/随访管理同意。")
        flow.append(Paragraph(f"<font color='#{ALERT.hexval()[2:]}'>{para_text(warning)}</font>", ctx.st.small))

    d = data.diagnosis
    flow.append(section(ctx, tr("pdf", "五、诊断信息（转录）")))
    diagnosis_pairs: list[Pair] = [
        (tr("pdf", "诊断"), d.diagnosis),
        (tr("pdf", "确诊医院"), d.hospital),
        (tr("pdf", "确诊日期"), fmt_date(d.diagnosed_on, lang)),
        (tr("pdf", "初次发病"), fmt_date(d.first_onset, lang, d.first_onset_precision)),
        (tr("pdf", "精防医生"), d.doctor),
        (tr("pdf", "信息来源"), code_label(codes.INFO_SOURCE, d.source, lang)),
    ]
    flow.append(kv_grid(ctx, diagnosis_pairs, width))

    flow.append(section(ctx, tr("pdf", "六、关爱帮扶小组")))
    team_rows = [[code_label(codes.CARE_TEAM_ROLES, m.role, lang), m.name, m.phone] for m in data.care_team]
    header = [tr("pdf", "角色"), tr("pdf", "姓名"), tr("pdf", "联系电话")]
    flow.append(
        data_table(ctx, header, team_rows, [0.3 * width, 0.35 * width, 0.35 * width], empty=tr("pdf", "未登记"))
    )

    flow.append(section(ctx, tr("pdf", "七、近期随访")))
    visit_rows = [
        [
            fmt_date(v.visit_date, lang),
            code_label(codes.VISIT_MODE, v.mode, lang),
            v.visitor,
            code_label(codes.RISK_LEVEL, v.risk_level, lang).split("：")[0],
            code_label(codes.CLASSIFICATION, v.classification, lang),
            v.summary,
        ]
        for v in data.recent_visits
    ]
    header = [
        tr("pdf", "日期"),
        tr("pdf", "形式"),
        tr("pdf", "随访人员"),
        tr("pdf", "危险性"),
        tr("pdf", "分类"),
        tr("pdf", "摘要"),
    ]
    widths = [0.17 * width, 0.12 * width, 0.12 * width, 0.09 * width, 0.12 * width, 0.38 * width]
    flow.append(data_table(ctx, header, visit_rows, widths, empty=tr("pdf", "暂无随访记录")))
    return flow


def render_client(data: ClientProfileData, *, meta: PrintMeta) -> bytes:
    """The client profile sheet, as PDF bytes."""
    ctx = Ctx.of(meta)
    return build_pdf([lambda: story(data, ctx, frame_width(KIND))], kind=KIND, meta=meta)
