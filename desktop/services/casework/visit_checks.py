"""What finalising a visit requires (pure, no database): the national form's items for the chosen
path, the risk ≥ 3 escalation and the rules of a classification override.

`missing_items` lists what the form must still show, item by item, named as on the national
form; the visit service refuses to finalise while it is not empty. `escalation_problems` and
`classification_problems` give the refusals of docs/domain.md, Escalation: a visit at risk ≥ 3
is 不稳定 with no override, the guardian and the 精防医生 (and the police at risk 4–5, or at 3
with harm to others) were told, each by name, between the visit and its finalising, and the
referral is recorded. Each refusal is a `Problem` with a stable code; the service raises the
first as a ValidationError, the confirmation screen can show them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from desktop.domain import schedule
from desktop.domain.classification import UNSTABLE
from desktop.domain.followups import FOLLOWUP_MODES
from desktop.errors import ValidationError
from desktop.i18n import mark, translate
from desktop.services.casework.visit_input import Assessment, VisitInput

# Who may finalise a class other than the suggested one (docs/domain.md: 督导/站长 approve).
OVERRIDE_ROLES = frozenset({"lead", "system"})
MIN_OVERRIDE_REASON = 10
GUARDIAN, DOCTOR, POLICE = "监护人", "精防医生", "民警"
# Risk 3 with harm to others: 肇事, 肇祸, 其他危害行为 in the period, or the symptom 7 伤人毁物.
_HARM_TO_OTHERS = ("danger_incident", "danger_serious", "danger_other")
_VIOLENCE_SYMPTOM = 7
_ADHERENCE_WITH_DRUGS = (1, 2)  # 按医嘱规律用药 / 间断用药: the drugs taken must be named


@dataclass(frozen=True)
class MissingItem:
    """One national-form item the record still lacks: the form field and its printed name."""

    field: str
    name: str

    @property
    def label(self) -> str:
        return translate("visit_checks", self.name)


@dataclass(frozen=True)
class Problem:
    """A reason the record cannot be finalised as it stands (stable code, message, form field)."""

    code: str
    message: str
    field: str
    params: tuple[tuple[str, object], ...] = ()

    def error(self) -> ValidationError:
        return ValidationError(self.code, self.message, field=self.field, **dict(self.params))


def _text(value: str) -> bool:
    return bool(value.strip())


# (field, printed name, is it filled?) per path; the order is the printed form's order.
_Rule = tuple[str, str, Callable[[VisitInput], bool]]
_COMMON: tuple[_Rule, ...] = (
    ("mode", mark("visit_checks", "本次随访形式"), lambda d: d.mode is not None),
    ("narrative", mark("visit_checks", "服务内容与过程（记录正文）"), lambda d: _text(d.narrative)),
)
_VISIT: tuple[_Rule, ...] = (
    ("objects_seen", mark("visit_checks", "本次随访对象"), lambda d: bool(d.objects_seen)),
    ("start_time", mark("visit_checks", "开始时间"), lambda d: bool(d.start_time)),
    ("end_time", mark("visit_checks", "结束时间（须晚于开始时间）"), lambda d: bool(d.end_time) and d.end_time > d.start_time),
    ("risk_level", mark("visit_checks", "危险性评估"), lambda d: d.risk_level is not None),
    ("symptoms_other", mark("visit_checks", "目前症状“其他”的内容"), lambda d: 12 not in d.symptoms or _text(d.symptoms_other)),
    ("insight", mark("visit_checks", "自知力"), lambda d: d.insight is not None),
    ("sleep", mark("visit_checks", "睡眠情况"), lambda d: d.sleep is not None),
    ("diet", mark("visit_checks", "饮食情况"), lambda d: d.diet is not None),
    ("sf_selfcare", mark("visit_checks", "社会功能：个人生活料理"), lambda d: d.sf_selfcare is not None),
    ("sf_housework", mark("visit_checks", "社会功能：家务劳动"), lambda d: d.sf_housework is not None),
    ("sf_work", mark("visit_checks", "社会功能：生产劳动及工作"), lambda d: d.sf_work is not None),
    ("sf_learning", mark("visit_checks", "社会功能：学习能力"), lambda d: d.sf_learning is not None),
    ("sf_social", mark("visit_checks", "社会功能：社会人际交往"), lambda d: d.sf_social is not None),
    ("confinement", mark("visit_checks", "两次随访期间关锁情况"), lambda d: d.confinement is not None),
    ("hospitalisation", mark("visit_checks", "两次随访期间住院情况"), lambda d: d.hospitalisation is not None),
    ("last_discharge_date", mark("visit_checks", "末次出院时间"), lambda d: d.hospitalisation != 2 or d.last_discharge_date is not None),
    ("lab_tests", mark("visit_checks", "实验室检查"), lambda d: d.lab_tests is not None),
    ("lab_tests_text", mark("visit_checks", "实验室检查结果"), lambda d: d.lab_tests != 2 or _text(d.lab_tests_text)),
    ("adherence", mark("visit_checks", "用药依从性"), lambda d: d.adherence is not None),
    ("adverse_reaction", mark("visit_checks", "药物不良反应"), lambda d: d.adverse_reaction is not None),
    ("adverse_reaction_text", mark("visit_checks", "药物不良反应的药物和表现"), lambda d: d.adverse_reaction != 2 or _text(d.adverse_reaction_text)),
    ("treatment_effect", mark("visit_checks", "治疗效果"), lambda d: d.treatment_effect is not None),
    ("referral_done", mark("visit_checks", "是否转诊"), lambda d: d.referral_done is not None),
    ("referral_reason", mark("visit_checks", "转诊原因"), lambda d: d.referral_done != 2 or _text(d.referral_reason)),
    ("referral_to", mark("visit_checks", "转诊至机构及科室"), lambda d: d.referral_done != 2 or _text(d.referral_to)),
    ("medications", mark("visit_checks", "用药情况"), lambda d: d.adherence not in _ADHERENCE_WITH_DRUGS or any(_text(m.name) for m in d.medications)),
    ("rehab_measures", mark("visit_checks", "康复措施"), lambda d: bool(d.rehab_measures)),
    ("rehab_other", mark("visit_checks", "康复措施“其他”的内容"), lambda d: 5 not in d.rehab_measures or _text(d.rehab_other)),
    ("classification", mark("visit_checks", "本次随访分类"), lambda d: d.classification is not None),
    ("next_visit_date", mark("visit_checks", "下次随访日期"), lambda d: d.next_visit_date is not None),
)  # fmt: skip
_LOST: tuple[_Rule, ...] = (
    ("lost_reason", mark("visit_checks", "失访原因"), lambda d: d.lost_reason is not None),
    ("lost_reason_other", mark("visit_checks", "失访原因“其他”的内容"), lambda d: d.lost_reason != 5 or _text(d.lost_reason_other)),
)  # fmt: skip
_DEATH: tuple[_Rule, ...] = (
    ("death_date", mark("visit_checks", "死亡日期"), lambda d: d.death_date is not None),
    ("death_cause", mark("visit_checks", "死亡原因"), lambda d: d.death_cause is not None),
    ("death_illness", mark("visit_checks", "躯体疾病的具体类别"), lambda d: d.death_cause != 1 or d.death_illness is not None),
    ("death_cause_other", mark("visit_checks", "死亡原因“其他”的内容"), lambda d: d.death_cause != 6 or _text(d.death_cause_other)),
)  # fmt: skip
_RULES = {"visit": _COMMON[:1] + _VISIT + _COMMON[1:], "lost": _COMMON[:1] + _LOST + _COMMON[1:],
          "death": _COMMON[:1] + _DEATH + _COMMON[1:]}  # fmt: skip
# A contact that is no follow-up (个案会议, or one that reached nobody) asks no checklist item.
_NOT_A_FOLLOWUP: tuple[_Rule, ...] = _COMMON


def missing_items(data: VisitInput) -> tuple[MissingItem, ...]:
    """The national form's items for the record's path (随访 / 失访 / 死亡) that are not filled.

    `data` as it will be stored (`effective_input`): the suggested class and next date count."""
    rules = _RULES[data.path]
    if data.path == "visit" and (data.mode not in FOLLOWUP_MODES or not data.objects_seen):
        rules = _NOT_A_FOLLOWUP
    return tuple(MissingItem(name, label) for name, label, filled in rules if not filled(data))


def effective_input(data: VisitInput, result: Assessment) -> VisitInput:
    """`data` with what saving fills in: the suggested class and the suggested (or clamped) next date."""
    classification = (data.classification or result.suggested) if data.path == "visit" else None
    if data.next_visit_date is not None:
        next_date = schedule.clamp_next_due(data.next_visit_date, data.visit_date)
    else:
        next_date = result.suggested_next
    return replace(data, classification=classification, next_visit_date=next_date)


def incomplete_problem(missing: tuple[MissingItem, ...]) -> Problem:
    """The refusal naming every missing item (in the user's language), the first one's field to focus."""
    names = "、".join(item.label for item in missing)
    return Problem(
        "visit.incomplete",
        mark("errors", "定稿前请填写以下项目：{items}。"),
        missing[0].field,
        (("items", names), ("count", len(missing))),
    )


def required_parties(data: VisitInput) -> tuple[str, ...]:
    """Who must have been told of a risk ≥ 3 visit: guardian and 精防医生, the police when the level requires."""
    risk = data.risk_level or 0
    harm_to_others = any(getattr(data, name) for name in _HARM_TO_OTHERS) or _VIOLENCE_SYMPTOM in data.symptoms
    police = risk >= 4 or (risk == schedule.ESCALATION_RISK and harm_to_others)
    return (GUARDIAN, DOCTOR, POLICE) if police else (GUARDIAN, DOCTOR)


def _visit_start(data: VisitInput) -> datetime:
    time = data.start_time or "00:00"
    return datetime.fromisoformat(f"{data.visit_date.isoformat()} {time}")


def escalation_problems(data: VisitInput, finalised_at: datetime) -> tuple[Problem, ...]:
    """The risk ≥ 3 rules; `finalised_at` is the local time of finalising (nothing may be later)."""
    if data.path != "visit" or not schedule.needs_escalation(data.risk_level):
        return ()
    found: list[Problem] = []
    risk = data.risk_level
    if data.classification != UNSTABLE:
        found.append(
            Problem(
                "visit.risk_requires_unstable",
                mark("errors", "危险性{risk}级：本次随访分类只能是“不稳定”，不能调整。"),
                "classification",
                (("risk", risk),),
            )
        )
    start = _visit_start(data)
    for note in data.escalation:
        if not _text(note.name):
            found.append(
                Problem(
                    "visit.escalation_name",
                    mark("errors", "请填写被通知的{party}的姓名。"),
                    "escalation",
                    (("party", note.party),),
                )
            )
        at = datetime.fromisoformat(note.at)
        if at < start:
            found.append(
                Problem(
                    "visit.escalation_before_visit",
                    mark("errors", "通知{party}的时间早于本次随访。"),
                    "escalation",
                    (("party", note.party),),
                )
            )
        elif at > finalised_at:
            found.append(
                Problem(
                    "visit.escalation_after_final",
                    mark("errors", "通知{party}的时间晚于定稿时间。"),
                    "escalation",
                    (("party", note.party),),
                )
            )
    told = {note.party for note in data.escalation if _text(note.name)}
    if not data.escalation:
        found.append(
            Problem(
                "visit.escalation_required",
                mark("errors", "危险性3级及以上：请先记录已通知的人员、时间和方式。"),
                "escalation",
            )
        )
    for party in required_parties(data) if data.escalation else ():
        if party not in told:
            found.append(
                Problem(
                    "visit.escalation_party_missing",
                    mark("errors", "危险性{risk}级：请记录已通知{party}（姓名、时间和方式）。"),
                    "escalation",
                    (("risk", risk), ("party", party)),
                )
            )
    if data.referral_done != 2:
        found.append(
            Problem(
                "visit.escalation_referral",
                mark("errors", "危险性{risk}级：是否转诊应为“是”，并填写转诊原因和接收机构。"),
                "referral_done",
                (("risk", risk),),
            )
        )
    return tuple(found)


def classification_problems(data: VisitInput, result: Assessment, role: str) -> tuple[Problem, ...]:
    """A class other than the suggested one: a real reason, and a role that may decide it."""
    if data.path != "visit" or data.classification is None or data.classification == result.suggested:
        return ()
    if schedule.needs_escalation(data.risk_level):
        return ()  # escalation_problems already refuses any class but 不稳定
    found: list[Problem] = []
    if len(data.classification_override_reason.strip()) < MIN_OVERRIDE_REASON:
        found.append(
            Problem(
                "visit.override_reason",
                mark("errors", "所选分类与系统建议不同：请写明调整理由（至少{n}个字）。"),
                "classification_override_reason",
                (("n", MIN_OVERRIDE_REASON),),
            )
        )
    if role not in OVERRIDE_ROLES:
        found.append(
            Problem(
                "visit.override_role",
                mark("errors", "只有站长（督导）可以采用与系统建议不同的随访分类；请采用建议分类或请站长定稿。"),
                "classification",
            )
        )
    return tuple(found)


def finalise_problems(data: VisitInput, result: Assessment, role: str, now: datetime) -> list[Problem]:
    """Everything that stops `data` being finalised by a user of `role` at local time `now`."""
    problems: list[Problem] = []
    missing = missing_items(data)
    if missing:
        problems.append(incomplete_problem(missing))
    problems.extend(escalation_problems(data, now))
    problems.extend(classification_problems(data, result, role))
    return problems
