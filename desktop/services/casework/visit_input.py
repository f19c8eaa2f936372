"""What a caseworker enters for one contact, and the rules that read it (pure, no database).

`VisitInput` carries every item of the national follow-up checklist (docs/domain.md §1.1 with the 2018
changes of §1.2), the information source of each clinical item (§0), the social-work record
(§3.2(d)), the lost-to-follow-up and death paths and the risk ≥ 3 escalation (§2.3).
`assess` gives the form its live feedback: the suggested class (domain.classification), the
consistency warnings (never blocking), the suggested next date (domain.schedule) and whether the
escalation step is needed. The visit service stores what `assess` says alongside the user's
choices, so an override is visible later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain import partial_dates, schedule
from desktop.domain.classification import Checklist, Reason, classify, consistency_warnings
from desktop.domain.clock import station_today
from desktop.domain.codes import (
    ADHERENCE,
    ADVERSE_REACTION,
    CLASSIFICATION,
    CONDITION,
    DATE_PRECISION,
    DEATH_CAUSE,
    DEATH_ILLNESS,
    INFO_SOURCE,
    LAB_TESTS,
    LOST_REASON,
    NOTIFIED_PARTY,
    NOTIFY_CHANNEL,
    REHAB_MEASURES,
    RISK_LEVEL,
    TREATMENT_EFFECT,
    VISIT_MODE,
    VISIT_OBJECT,
    YES_NO_REFERRAL,
    values,
)
from desktop.domain.notices import Notice
from desktop.errors import ValidationError
from desktop.i18n import mark, tr, translate

# Clinical items that carry an information source (docs/domain.md §0): the social worker records, never judges.
CLINICAL_ITEMS = (
    "risk_level",
    "symptoms",
    "insight",
    "hospitalisation",
    "lab_tests",
    "adherence",
    "adverse_reaction",
    "treatment_effect",
    "referral",
    "medications",
    "medication_guidance",
)
CLINICAL_ITEM_NAMES = {
    "risk_level": mark("visit_input", "危险性评估"),
    "symptoms": mark("visit_input", "目前症状"),
    "insight": mark("visit_input", "自知力"),
    "hospitalisation": mark("visit_input", "住院情况"),
    "lab_tests": mark("visit_input", "实验室检查"),
    "adherence": mark("visit_input", "用药依从性"),
    "adverse_reaction": mark("visit_input", "药物不良反应"),
    "treatment_effect": mark("visit_input", "治疗效果"),
    "referral": mark("visit_input", "转诊"),
    "medications": mark("visit_input", "用药情况"),
    "medication_guidance": mark("visit_input", "用药指导"),
}
MAX_DRUGS = 3
SIMPLE_CODES = {
    "mode": VISIT_MODE,
    "lost_reason": LOST_REASON,
    "death_cause": DEATH_CAUSE,
    "death_illness": DEATH_ILLNESS,
    "risk_level": RISK_LEVEL,
    "sleep": CONDITION,
    "diet": CONDITION,
    "lab_tests": LAB_TESTS,
    "adherence": ADHERENCE,
    "adverse_reaction": ADVERSE_REACTION,
    "treatment_effect": TREATMENT_EFFECT,
    "referral_suggested": YES_NO_REFERRAL,
    "referral_done": YES_NO_REFERRAL,
    "classification": CLASSIFICATION,
}


@dataclass(frozen=True)
class Medication:
    """One drug of 用药情况 / 用药指导 in the 2018 layout (早/中/晚 mg, or a depot injection)."""

    name: str
    morning_mg: float | None = None
    noon_mg: float | None = None
    evening_mg: float | None = None
    long_acting: bool = False
    every_weeks: int | None = None
    dose_mg: float | None = None

    def as_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class Notification:
    """Who was told about a risk ≥ 3 visit, when (local time 'YYYY-MM-DD HH:MM') and how."""

    party: str
    name: str
    at: str
    channel: str

    def as_dict(self) -> dict[str, str]:
        return {"party": self.party, "name": self.name, "at": self.at, "channel": self.channel}


@dataclass(frozen=True)
class VisitInput:
    client_id: str
    visit_date: date
    mode: int = 2
    objects_seen: tuple[int, ...] = (1,)
    start_time: str = ""
    end_time: str = ""
    location: str = ""
    # Lost to follow-up / death paths (docs/domain.md §1.1 #3, #4): when set, the checklist is not asked.
    lost_reason: int | None = None
    lost_reason_other: str = ""
    death_date: date | None = None
    death_cause: int | None = None
    death_illness: int | None = None
    death_cause_other: str = ""
    # Checklist (docs/domain.md §1.1 #5–#23).
    risk_level: int | None = None
    symptoms: tuple[int, ...] = ()
    symptoms_other: str = ""
    insight: int | None = None
    sleep: int | None = None
    diet: int | None = None
    sf_selfcare: int | None = None
    sf_housework: int | None = None
    sf_work: int | None = None
    sf_learning: int | None = None
    sf_social: int | None = None
    danger_minor: int = 0
    danger_incident: int = 0
    danger_serious: int = 0
    danger_other: int = 0
    danger_selfharm: int = 0
    danger_suicide: int = 0
    confinement: int | None = None
    hospitalisation: int | None = None
    last_discharge_date: date | None = None
    # 末次出院时间 may be known to the year or month only (codes.DATE_PRECISION; domain.partial_dates).
    last_discharge_precision: str = partial_dates.FULL
    lab_tests: int | None = None
    lab_tests_text: str = ""
    adherence: int | None = None
    adverse_reaction: int | None = None
    adverse_reaction_text: str = ""
    adverse_reaction_serious: bool = False
    treatment_effect: int | None = None
    marked_psychotic_symptoms: bool = False
    serious_physical_illness: bool = False
    physical_illness_unstable: bool = False
    other_abnormality: bool = False
    referral_suggested: int | None = None
    referral_done: int | None = None
    referral_reason: str = ""
    referral_to: str = ""
    medications: tuple[Medication, ...] = ()
    medication_guidance: tuple[Medication, ...] = ()
    rehab_measures: tuple[int, ...] = ()
    rehab_other: str = ""
    classification: int | None = None
    classification_override_reason: str = ""
    schedule_stage: str = schedule.Stage.INITIAL.value
    next_visit_date: date | None = None
    sources: Mapping[str, int] = field(default_factory=dict)
    # Social-work record (docs/domain.md §3.2(d)).
    purpose: str = ""
    narrative: str = ""
    client_state: str = ""
    needs: str = ""
    services_provided: str = ""
    plan: str = ""
    escalation: tuple[Notification, ...] = ()

    @property
    def path(self) -> str:
        """ "death", "lost" or "visit": which branch of the form applies."""
        if self.death_date is not None or self.death_cause is not None:
            return "death"
        if self.lost_reason is not None:
            return "lost"
        return "visit"


@dataclass(frozen=True)
class Assessment:
    """The form's live feedback; nothing here blocks saving a draft."""

    suggested: int | None
    reasons: tuple[Reason, ...]
    warnings: tuple[Notice, ...]
    suggested_next: date | None
    needs_escalation: bool
    followup_due: date | None


def checklist_of(data: VisitInput) -> Checklist:
    return Checklist(
        risk_level=data.risk_level,
        symptoms=frozenset(data.symptoms),
        insight=data.insight,
        sf_selfcare=data.sf_selfcare,
        sf_housework=data.sf_housework,
        sf_work=data.sf_work,
        sf_learning=data.sf_learning,
        sf_social=data.sf_social,
        adverse_reaction=data.adverse_reaction,
        serious_adverse_reaction=data.adverse_reaction_serious,
        marked_psychotic_symptoms=data.marked_psychotic_symptoms,
        serious_physical_illness=data.serious_physical_illness,
        physical_illness_unstable=data.physical_illness_unstable,
        other_abnormality=data.other_abnormality,
        danger_minor=data.danger_minor,
        danger_incident=data.danger_incident,
        danger_serious=data.danger_serious,
        danger_other=data.danger_other,
        danger_selfharm=data.danger_selfharm,
        danger_suicide=data.danger_suicide,
        confinement=data.confinement,
        hospitalisation=data.hospitalisation,
        last_discharge_date=data.last_discharge_date,
    )


def validate(data: VisitInput, today: date | None = None) -> None:
    """Refuse what cannot be stored (bad codes, impossible dates); everything else only warns."""
    today = today or station_today()
    if data.visit_date > today:
        raise ValidationError("visit.date_future", "随访日期不能晚于今天。", field="visit_date")
    for name, codes in SIMPLE_CODES.items():
        value = getattr(data, name)
        if value is not None and value not in values(codes):
            code = {"mode": "visit.mode_invalid", "risk_level": "visit.risk_invalid"}.get(name, "visit.code_invalid")
            raise ValidationError(code, "随访表中有无效的代码，请重新选择。", field=name)
    if not set(data.objects_seen) <= set(values(VISIT_OBJECT)):
        raise ValidationError("visit.code_invalid", "随访表中有无效的代码，请重新选择。", field="objects_seen")
    if not set(data.rehab_measures) <= set(values(REHAB_MEASURES)):
        raise ValidationError("visit.code_invalid", "随访表中有无效的代码，请重新选择。", field="rehab_measures")
    for item, source in data.sources.items():
        if item not in CLINICAL_ITEMS or source not in values(INFO_SOURCE):
            raise ValidationError("visit.source_invalid", "信息来源无效。", field="sources")
    if len(data.medications) > MAX_DRUGS or len(data.medication_guidance) > MAX_DRUGS:
        raise ValidationError("visit.too_many_drugs", "用药情况和用药指导各最多填写3种药物。", field="medications")
    for start, end in ((data.start_time, "start_time"), (data.end_time, "end_time")):
        if start and not _is_time(start):
            raise ValidationError("visit.time_invalid", "时间格式应为 时:分，如 09:30。", field=end)
    if data.start_time and data.end_time and data.end_time < data.start_time:
        raise ValidationError("visit.end_before_start", "结束时间不能早于开始时间。", field="end_time")
    if data.death_date is not None and data.death_date > today:
        raise ValidationError("visit.death_future", "死亡日期不能晚于今天。", field="death_date")
    _check_discharge(data, today)
    if data.next_visit_date is not None and data.next_visit_date <= data.visit_date:
        raise ValidationError("visit.next_before", "下次随访日期须晚于本次随访日期。", field="next_visit_date")
    if data.schedule_stage not in {stage.value for stage in schedule.Stage}:
        raise ValidationError("visit.stage_invalid", "未知的处置阶段。", field="schedule_stage")
    for note in data.escalation:
        if note.party not in values(NOTIFIED_PARTY) or note.channel not in values(NOTIFY_CHANNEL):
            raise ValidationError("visit.escalation_invalid", "通知对象或通知方式无效。", field="escalation")
        if not _is_datetime(note.at):
            raise ValidationError("visit.escalation_time", "通知时间格式应为 年-月-日 时:分。", field="escalation")
    checklist_of(data)  # checks the checklist codes and counts


def _check_discharge(data: VisitInput, today: date) -> None:
    """末次出院时间: a known precision, and a period that has begun by today and by the visit."""
    if data.last_discharge_precision not in values(DATE_PRECISION):
        raise ValidationError(
            "visit.code_invalid", "随访表中有无效的代码，请重新选择。", field="last_discharge_precision"
        )
    if data.last_discharge_date is None:
        return
    start = partial_dates.period_start(data.last_discharge_date, data.last_discharge_precision)
    if start > today:
        raise ValidationError("visit.discharge_future", "末次出院时间不能晚于今天。", field="last_discharge_date")
    if start > data.visit_date:
        raise ValidationError("visit.discharge_after", "末次出院时间不能晚于随访日期。", field="last_discharge_date")


def check_discharge_after_birth(data: VisitInput, birth: date | None, birth_precision: str) -> None:
    """Refuse a 末次出院时间 whose whole period lies before the client's birth (either may be partial)."""
    if data.last_discharge_date is None or birth is None:
        return
    discharged_by = partial_dates.period_end(data.last_discharge_date, data.last_discharge_precision)
    if discharged_by < partial_dates.period_start(birth, birth_precision or partial_dates.FULL):
        raise ValidationError(
            "visit.discharge_before_birth", "末次出院时间不能早于服务对象的出生日期。", field="last_discharge_date"
        )


def assess(data: VisitInput) -> Assessment:
    """Suggested class, consistency warnings, suggested next date and the escalation need."""
    warnings: list[Notice] = []
    if data.path != "visit":
        due = None if data.path == "death" else schedule.latest_next_due(data.visit_date)
        return Assessment(None, (), (), due, False, None)
    checklist = checklist_of(data)
    warnings.extend(consistency_warnings(checklist))
    suggested, reasons = None, ()
    if data.risk_level is not None:
        result = classify(checklist)
        suggested, reasons = result.suggested, result.reasons
    escalate = schedule.needs_escalation(data.risk_level)
    if escalate and data.referral_done != 2:
        warnings.append(
            Notice(
                "escalation.referral", mark("notices", "危险性3级及以上：应记录转诊（是否转诊＝是，原因及接收机构）。")
            )
        )
    missing = [item for item in _filled_clinical_items(data) if item not in data.sources]
    if missing:
        names = "、".join(translate("visit_input", CLINICAL_ITEM_NAMES[item]) for item in missing)
        # Translated here (it carries the names); Notice.user_message then finds no entry and keeps it.
        warnings.append(Notice("source.missing", tr("notices", "以下临床项目未注明信息来源：{names}。", names=names)))
    chosen = data.classification or suggested
    next_due = None
    if chosen is not None:
        next_due = schedule.suggest_next_due(data.visit_date, chosen, schedule.Stage(data.schedule_stage))
    followup = schedule.escalation_task_due(data.visit_date) if escalate else None
    return Assessment(suggested, reasons, tuple(warnings), next_due, escalate, followup)


def _filled_clinical_items(data: VisitInput) -> list[str]:
    filled = {
        "risk_level": data.risk_level is not None,
        "symptoms": bool(data.symptoms),
        "insight": data.insight is not None,
        "hospitalisation": data.hospitalisation is not None,
        "lab_tests": data.lab_tests is not None,
        "adherence": data.adherence is not None,
        "adverse_reaction": data.adverse_reaction is not None,
        "treatment_effect": data.treatment_effect is not None,
        "referral": data.referral_suggested is not None or data.referral_done is not None,
        "medications": bool(data.medications),
        "medication_guidance": bool(data.medication_guidance),
    }
    return [item for item in CLINICAL_ITEMS if filled[item]]


def _is_time(text: str) -> bool:
    try:
        datetime.strptime(text, "%H:%M")
    except ValueError:
        return False
    return True


def _is_datetime(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        return False
    return True
