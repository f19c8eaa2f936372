"""Suggested visit classification (不稳定 / 基本稳定 / 稳定) and checklist consistency warnings.

The visit form calls `classify` whenever a checklist item changes and shows the suggested class
with its reasons; the caseworker may still choose another class. The rules are those of the
third-edition service specification (docs/domain.md §2.2), evaluated in the written order: the first
class with a matching criterion wins, and the result lists every criterion of that class that
matched. 稳定 is suggested only when all of its criteria positively hold — an unanswered item
never counts as "fine". `consistency_warnings` implements the checks of docs/domain.md §2.1 and the
welfare alerts of §1.1 (关锁, 住院 without a discharge date); they never block saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.codes import ADVERSE_REACTION, CONFINEMENT, HOSPITALISATION, INSIGHT, SYMPTOMS, values
from desktop.domain.notices import Notice, Severity
from desktop.errors import ValidationError
from desktop.i18n import mark, tr

UNSTABLE, BASICALLY_STABLE, STABLE = 1, 2, 3
SOCIAL_FUNCTION_FIELDS = ("sf_selfcare", "sf_housework", "sf_work", "sf_learning", "sf_social")
DANGER_FIELDS = (
    "danger_minor", "danger_incident", "danger_serious", "danger_other", "danger_selfharm", "danger_suicide",
)  # fmt: skip
_POOR, _NOT_APPLICABLE = 3, 9


@dataclass(frozen=True)
class Checklist:
    """The follow-up checklist items that the classification and the warnings read.

    Field names match `codes.SOCIAL_FUNCTION_ITEMS` and `codes.DANGER_BEHAVIOURS`. None means
    "not filled in". The boolean flags are the caseworker's record of what the 精防医生 or the
    family reported (docs/domain.md §0), not the caseworker's own clinical judgement.
    """

    risk_level: int | None
    symptoms: frozenset[int] = frozenset()
    insight: int | None = None
    sf_selfcare: int | None = None
    sf_housework: int | None = None
    sf_work: int | None = None  # 9 = 此项不适用
    sf_learning: int | None = None
    sf_social: int | None = None
    adverse_reaction: int | None = None  # codes.ADVERSE_REACTION: 1 无, 2 有, 9 不适用
    serious_adverse_reaction: bool = False  # acute or serious reaction (→ 不稳定)
    marked_psychotic_symptoms: bool = False  # 精神症状明显
    serious_physical_illness: bool = False  # 严重躯体疾病 (→ 不稳定)
    physical_illness_unstable: bool = False  # a physical illness that is not stable (blocks 稳定)
    other_abnormality: bool = False  # "其他异常" (blocks 稳定)
    danger_minor: int = 0
    danger_incident: int = 0
    danger_serious: int = 0
    danger_other: int = 0
    danger_selfharm: int = 0
    danger_suicide: int = 0
    confinement: int | None = None  # codes.CONFINEMENT
    hospitalisation: int | None = None  # codes.HOSPITALISATION
    last_discharge_date: date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.symptoms, frozenset):
            object.__setattr__(self, "symptoms", frozenset(self.symptoms))  # accept any iterable of codes
        _check_code("risk_level", self.risk_level, range(6))
        _check_code("insight", self.insight, values(INSIGHT))
        for field in SOCIAL_FUNCTION_FIELDS:
            allowed = (1, 2, 3, _NOT_APPLICABLE) if field == "sf_work" else (1, 2, 3)
            _check_code(field, getattr(self, field), allowed)
        _check_code("adverse_reaction", self.adverse_reaction, values(ADVERSE_REACTION))
        _check_code("confinement", self.confinement, values(CONFINEMENT))
        _check_code("hospitalisation", self.hospitalisation, values(HOSPITALISATION))
        unknown = set(self.symptoms) - set(values(SYMPTOMS))
        if unknown:
            raise ValidationError("checklist.code", "目前症状中有无效的代码。", field="symptoms")
        for field in DANGER_FIELDS:
            count = getattr(self, field)
            if not isinstance(count, int) or isinstance(count, bool) or count < 0:
                raise ValidationError("checklist.count", "危险行为次数必须是不小于0的整数。", field=field)

    @property
    def poor_social_functions(self) -> tuple[str, ...]:
        return tuple(field for field in SOCIAL_FUNCTION_FIELDS if getattr(self, field) == _POOR)


@dataclass(frozen=True)
class Reason:
    """Why a class was suggested: a stable code and a Chinese explanation."""

    code: str
    message: str


@dataclass(frozen=True)
class Classification:
    """The suggested class (codes.CLASSIFICATION: 1 不稳定, 2 基本稳定, 3 稳定) and why."""

    suggested: int
    reasons: tuple[Reason, ...]

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return tuple(reason.code for reason in self.reasons)


def classify(checklist: Checklist) -> Classification:
    """Suggest the class of a visit from its checklist (docs/domain.md §2.2, first matching class wins)."""
    risk = checklist.risk_level
    if risk is None:
        raise ValidationError(
            "classification.risk_required", "请先完成危险性评估，再判定本次随访分类。", field="risk_level"
        )
    unstable = _unstable_reasons(checklist, risk)
    if unstable:
        return Classification(UNSTABLE, unstable)
    basic = _basically_stable_reasons(checklist, risk)
    if basic:
        return Classification(BASICALLY_STABLE, basic)
    missing = _not_confirmed_stable(checklist)
    if missing:
        return Classification(BASICALLY_STABLE, missing)
    return Classification(
        STABLE,
        (Reason("stable.all_criteria", tr("classification", "危险性为0级，症状、自知力、社会功能及躯体情况均稳定。")),),
    )


def _unstable_reasons(c: Checklist, risk: int) -> tuple[Reason, ...]:
    found: list[Reason] = []
    if risk >= 3:
        found.append(Reason("unstable.risk", tr("classification", "危险性评估为{risk}级（3–5级）。", risk=risk)))
    if c.marked_psychotic_symptoms:
        found.append(Reason("unstable.psychotic_symptoms", tr("classification", "精神症状明显。")))
    if c.insight == 3:
        found.append(Reason("unstable.insight_absent", tr("classification", "自知力缺失。")))
    if c.serious_adverse_reaction:
        found.append(Reason("unstable.adverse_reaction", tr("classification", "有急性或严重药物不良反应。")))
    if c.serious_physical_illness:
        found.append(Reason("unstable.physical_illness", tr("classification", "有严重躯体疾病。")))
    return tuple(found)


def _basically_stable_reasons(c: Checklist, risk: int) -> tuple[Reason, ...]:
    found: list[Reason] = []
    if risk in (1, 2):
        found.append(Reason("basic.risk", tr("classification", "危险性评估为{risk}级（1–2级）。", risk=risk)))
    if c.symptoms:
        found.append(Reason("basic.symptoms", tr("classification", "仍有精神症状。")))
    if c.insight == 2:
        found.append(Reason("basic.insight_partial", tr("classification", "自知力不全。")))
    if c.poor_social_functions:
        found.append(Reason("basic.social_function", tr("classification", "社会功能有一项或多项较差。")))
    return tuple(found)


def _not_confirmed_stable(c: Checklist) -> tuple[Reason, ...]:
    # Reached only with risk 0, no symptoms, insight not 2/3 and no poor social function.
    found: list[Reason] = []
    if c.insight is None:
        found.append(Reason("basic.insight_unknown", tr("classification", "自知力未填写，无法判定为稳定。")))
    if any(getattr(c, field) is None for field in SOCIAL_FUNCTION_FIELDS):
        found.append(
            Reason("basic.social_function_unknown", tr("classification", "社会功能未填写完整，无法判定为稳定。"))
        )
    if c.physical_illness_unstable:
        found.append(Reason("basic.physical_illness_unstable", tr("classification", "躯体疾病情况不稳定。")))
    if c.other_abnormality:
        found.append(Reason("basic.other_abnormality", tr("classification", "有其他异常情况。")))
    return tuple(found)


def consistency_warnings(checklist: Checklist) -> tuple[Notice, ...]:
    """Checks that never block saving: risk vs. recorded behaviour, 关锁, 住院 without a date."""
    c = checklist
    notices: list[Notice] = []
    risk = c.risk_level
    if risk is not None:
        if (c.danger_selfharm or c.danger_suicide) and risk < 4:
            notices.append(
                Notice("risk.selfharm_below_4", mark("notices", "记录了自伤或自杀未遂，但危险性低于4级，请核对。"))
            )
        if c.danger_serious and risk < 3:
            notices.append(
                Notice("risk.serious_harm_below_3", mark("notices", "记录了肇祸行为，但危险性低于3级，请核对。"))
            )
        if 7 in c.symptoms and risk == 0:
            notices.append(
                Notice("risk.violence_symptom_at_0", mark("notices", "勾选了“伤人毁物”症状，但危险性为0级，请核对。"))
            )
    if c.serious_adverse_reaction and c.adverse_reaction == 1:
        notices.append(
            Notice(
                "checklist.adverse_reaction_conflict",
                mark("notices", "药物不良反应填“无”，却标记了严重不良反应，请核对。"),
            )
        )
    if c.confinement == 2:
        notices.append(
            Notice(
                "welfare.confinement",
                mark("notices", "两次随访期间有关锁情况：请及时报告，协助解除关锁并落实救治。"),
                Severity.ALERT,
            )
        )
    if c.hospitalisation == 2 and c.last_discharge_date is None:
        notices.append(
            Notice(
                "hospital.discharge_date_missing", mark("notices", "住院情况为“曾住院，现未住院”，请填写末次出院时间。")
            )
        )
    return tuple(notices)


def _check_code(field: str, value: object, allowed: range | tuple[int | str, ...]) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        raise ValidationError("checklist.code", "随访表中有无效的代码，请重新选择。", field=field)
