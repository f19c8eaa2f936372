"""The plain, frozen input of every PDF form.

Services map database records to these dataclasses; the PDF layer only prints them. Rules of
the contract:

* coded values are the `value`s of the lists in `desktop.domain.codes` (ints or strings), and
  `None` means "not filled" (printed as empty boxes, never guessed);
* identity strings (ID number, phone, address detail) arrive ALREADY MASKED as the service
  decided (docs/domain.md §5.2) — the PDF prints them verbatim and only says, through
  `PrintMeta.masked`, whether the copy is masked;
* dates are `datetime.date`, times `datetime.time`, timestamps naive local `datetime`;
* mappings (social functioning, dangerous-behaviour counts, information sources) are keyed by
  the string values of the matching code lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time

from desktop.i18n import mark

# Clinical items a social worker only relays, each printed with its information source
# (codes.INFO_SOURCE) — docs/domain.md §0. Keys of `Checklist.sources` / `Diagnosis.source`.
CLINICAL_ITEMS: tuple[tuple[str, str], ...] = (
    ("diagnosis", mark("pdf", "诊断")),
    ("medication", mark("pdf", "用药情况")),
    ("guidance", mark("pdf", "用药指导")),
    ("treatment_effect", mark("pdf", "治疗效果")),
    ("adverse_reaction", mark("pdf", "药物不良反应")),
    ("lab_tests", mark("pdf", "实验室检查")),
    ("referral", mark("pdf", "转诊至医院")),
    ("hospitalisation", mark("pdf", "住院情况")),
)


@dataclass(frozen=True)
class PrintMeta:
    """Who printed what, where and how: drives header, footer and confidentiality marks."""

    station_name: str
    operator: str
    printed_at: datetime
    language: str = "zh_CN"
    masked: bool = True  # the identity fields in the data are masked copies
    # Non-empty (e.g. "样张 预览") marks every page as a specimen that is not a valid document:
    # a certificate rendered before it has a register number.
    preview_mark: str = ""


@dataclass(frozen=True)
class Guardian:
    name: str
    relationship: str = ""  # codes.RELATIONSHIP value (the Chinese word) or free text
    phone: str = ""  # masked display string
    address: str = ""  # masked display string
    lives_with_client: bool | None = None
    primary: bool = False


@dataclass(frozen=True)
class ClientHeader:
    """Identity block shared by the visit, national-visit, blank-visit and client forms."""

    name: str
    client_no: str = ""  # the station's case number
    health_record_no: str = ""  # last 8 digits of the 居民健康档案编号, printed □□□-□□□□□
    sex: int | None = None  # codes.SEX
    birth_date: date | None = None
    id_type: str = "id_card"  # codes.ID_TYPE
    id_number: str = ""  # masked display string
    phone: str = ""  # masked display string
    district: str = ""  # 区
    street: str = ""  # 街道/镇
    committee: str = ""  # 居委会/村委会
    address_detail: str = ""  # 路/弄/号/室 — masked ("***") unless revealed
    guardian: Guardian | None = None
    caseworker: str = ""

    @property
    def area(self) -> str:
        """Address down to the 居委会, which is never masked."""
        return "".join(part for part in (self.district, self.street, self.committee) if part)

    @property
    def address(self) -> str:
        return f"{self.area} {self.address_detail}".strip()


@dataclass(frozen=True)
class Medication:
    """One drug of 用药情况 / 用药指导 in the 2018 表8 layout (早/中/晚 mg, or a depot injection)."""

    name: str
    morning_mg: float | None = None
    noon_mg: float | None = None
    evening_mg: float | None = None
    long_acting: bool = False  # 长效药
    every_weeks: int | None = None  # 每 __ 周一次
    long_acting_mg: float | None = None  # 每次 __ mg


@dataclass(frozen=True)
class Checklist:
    """The national follow-up items (docs/domain.md §1.1 + §1.2). Unset items stay unticked."""

    visit_objects: tuple[int, ...] = ()  # codes.VISIT_OBJECT
    lost_reason: int | None = None  # codes.LOST_REASON
    lost_reason_other: str = ""
    death_date: date | None = None
    death_cause: int | None = None  # codes.DEATH_CAUSE
    death_illness: int | None = None  # codes.DEATH_ILLNESS, when death_cause == 1
    death_cause_other: str = ""
    risk_level: int | None = None  # codes.RISK_LEVEL
    symptoms: tuple[int, ...] = ()  # codes.SYMPTOMS
    symptoms_other: str = ""
    insight: int | None = None  # codes.INSIGHT
    sleep: int | None = None  # codes.CONDITION
    diet: int | None = None  # codes.CONDITION
    social_function: Mapping[str, int] = field(default_factory=dict)  # SOCIAL_FUNCTION_ITEMS -> CONDITION
    danger_counts: Mapping[str, int] = field(default_factory=dict)  # DANGER_BEHAVIOURS -> times
    confinement: int | None = None  # codes.CONFINEMENT
    hospitalisation: int | None = None  # codes.HOSPITALISATION
    last_discharge: date | None = None
    last_discharge_precision: str = "YMD"  # codes.DATE_PRECISION: often known to the month only
    lab_tests: int | None = None  # codes.LAB_TESTS
    lab_tests_text: str = ""
    adherence: int | None = None  # codes.ADHERENCE
    adverse_reaction: int | None = None  # codes.ADVERSE_REACTION
    adverse_reaction_text: str = ""
    treatment_effect: int | None = None  # codes.TREATMENT_EFFECT
    referral: int | None = None  # 已转诊, codes.YES_NO_REFERRAL (1 否, 2 是)
    referral_suggested: int | None = None  # 建议转诊: the 2018 form asks both
    referral_reason: str = ""
    referral_to: str = ""  # institution and department
    medications: tuple[Medication, ...] = ()
    guidance: tuple[Medication, ...] = ()
    rehab_measures: tuple[int, ...] = ()  # codes.REHAB_MEASURES
    rehab_other: str = ""
    classification: int | None = None  # codes.CLASSIFICATION
    classification_override_reason: str = ""  # why the class differs from the suggested one
    override_approved_by: str = ""  # the station lead who approved that class, by name
    next_visit_date: date | None = None
    sources: Mapping[str, int] = field(default_factory=dict)  # CLINICAL_ITEMS key -> codes.INFO_SOURCE

    @property
    def no_danger(self) -> bool:
        """True when every dangerous-behaviour count is zero (the form's "7 无")."""
        return not any(self.danger_counts.values())


@dataclass(frozen=True)
class SocialWork:
    """The social-work part of a contact record (docs/domain.md §3.2 d)."""

    purpose: str = ""  # 本次目标
    location: str = ""
    participants: str = ""
    narrative: str = ""  # 服务内容与过程
    client_state: str = ""  # 服务对象状态
    needs: str = ""  # 需求
    services_provided: str = ""  # 提供的服务
    plan: str = ""  # 下一步计划


@dataclass(frozen=True)
class Addendum:
    """A dated correction or addition to a finalised visit record (records are never rewritten)."""

    written_at: datetime
    author: str
    text: str
    corrections: tuple[tuple[str, str], ...] = ()  # (item label, corrected value), as printed


@dataclass(frozen=True)
class Notification:
    """One notification of the risk ≥ 3 emergency handling: who, when and how."""

    party: str  # codes.NOTIFIED_PARTY
    name: str
    at: str  # local 'YYYY-MM-DD HH:MM', as recorded
    channel: str  # codes.NOTIFY_CHANNEL


@dataclass(frozen=True)
class VisitData:
    """One contact with a client, for the `visit` and `national-visit` forms."""

    client: ClientHeader
    visit_date: date
    mode: int  # codes.VISIT_MODE
    visitor_name: str
    visitor_role: str = mark("pdf", "社工")  # printed beside the 随访人员 signature line (docs/domain.md §0)
    start_time: time | None = None
    end_time: time | None = None
    visit_no: str = ""
    status: str = "final"  # codes.VISIT_STATUS
    checklist: Checklist = field(default_factory=Checklist)
    social_work: SocialWork = field(default_factory=SocialWork)
    addenda: tuple[Addendum, ...] = ()
    escalation: tuple[Notification, ...] = ()
    escalation_followup_due: date | None = None  # the 14-day follow-up after a risk ≥ 3 visit


@dataclass(frozen=True)
class BlankVisitData:
    """A planned visit: the client header pre-filled on an otherwise blank form for the field."""

    client: ClientHeader
    planned_date: date
    qr_text: str  # content defined by the services; entering the visit later starts from it
    last_visit_date: date | None = None
    risk_level: int | None = None  # latest, codes.RISK_LEVEL
    classification: int | None = None  # latest, codes.CLASSIFICATION
    visitor_name: str = ""
    planned_mode: int | None = 2  # codes.VISIT_MODE


@dataclass(frozen=True)
class Consent:
    scope: str  # codes.CONSENT_SCOPE
    signer: str  # codes.CONSENT_SIGNER
    signer_name: str
    signed_on: date
    notice_version: str = ""
    withdrawn_on: date | None = None


@dataclass(frozen=True)
class Diagnosis:
    diagnosis: str = ""
    hospital: str = ""
    diagnosed_on: date | None = None
    first_onset: date | None = None
    first_onset_precision: str = "YMD"  # codes.DATE_PRECISION
    source: int | None = None  # codes.INFO_SOURCE
    doctor: str = ""  # the 精防医生 in charge


@dataclass(frozen=True)
class CareTeamMember:
    role: str  # codes.CARE_TEAM_ROLES
    name: str
    phone: str = ""  # masked display string


@dataclass(frozen=True)
class VisitSummary:
    visit_date: date
    mode: int  # codes.VISIT_MODE
    visitor: str
    risk_level: int | None = None
    classification: int | None = None
    summary: str = ""


@dataclass(frozen=True)
class ClientProfileData:
    """The client profile sheet."""

    client: ClientHeader
    registered_on: date | None = None
    management_status: str = "managed"  # codes.MANAGEMENT_STATUS
    tags: tuple[str, ...] = ()  # codes.CLIENT_TAGS
    household_type: int | None = None  # codes.HOUSEHOLD_TYPE
    employment: int | None = None  # codes.EMPLOYMENT
    economic_status: int | None = None  # codes.ECONOMIC_STATUS
    risk_level: int | None = None
    classification: int | None = None
    key_focus: bool = False  # 重点关注 (risk >= 3 until a later visit records <= 2)
    last_visit_date: date | None = None
    next_due_date: date | None = None
    family_doctor: bool | None = None  # 家庭医生签约
    community_rehab: bool | None = None  # 社区康复
    guardian_subsidy: bool | None = None  # 监护补助
    disability_grade: str = ""  # 精神残疾人证等级, '' if none
    guardians: tuple[Guardian, ...] = ()
    consents: tuple[Consent, ...] = ()
    diagnosis: Diagnosis = field(default_factory=Diagnosis)
    care_team: tuple[CareTeamMember, ...] = ()
    recent_visits: tuple[VisitSummary, ...] = ()


@dataclass(frozen=True)
class RotaShift:
    key: str
    label: str  # e.g. 上午
    start: time
    end: time


@dataclass(frozen=True)
class RotaCell:
    day: date
    shift_key: str
    volunteers: tuple[str, ...]  # display names
    leader: str = ""  # 带班 / shift lead, marked in the cell
    note: str = ""


@dataclass(frozen=True)
class RotaData:
    """One week of the volunteer rota (Monday first)."""

    base_name: str  # 志愿者服务基地, e.g. 复元同行
    week_start: date
    shifts: tuple[RotaShift, ...]
    cells: tuple[RotaCell, ...]
    coordinator: str = ""
    contact: str = ""
    notes: str = ""
    days: int = 7


@dataclass(frozen=True)
class ServiceActivity:
    day: date
    name: str
    content: str
    hours: float
    location: str = ""


@dataclass(frozen=True)
class CertificateData:
    """志愿服务记录证明 (民政部令第67号; docs/domain.md §4.2). Carries the FULL ID: a proof needs it."""

    certificate_no: str  # 站点码-YYYY-NNNN, from the register, never reused
    issued_on: date
    volunteer_name: str
    id_type: str  # codes.ID_TYPE
    id_number: str
    volunteer_no: str  # national unified volunteer number
    period_from: date
    period_to: date
    total_hours: float
    activities: tuple[ServiceActivity, ...]
    issuer_name: str
    responsible_person: str
    handler: str
    contact: str
    sex: int | None = None
    notes: str = ""
    summary: str = ""  # 服务内容 as the coordinator registered it


@dataclass(frozen=True)
class MonthlyData:
    """月度工作统计: aggregates only, no personal data."""

    year: int
    month: int
    visits_by_mode: Mapping[int, int]  # codes.VISIT_MODE -> count
    visits_by_classification: Mapping[int, int]  # codes.CLASSIFICATION -> count
    overdue_count: int
    new_clients: int
    active_clients: int
    volunteer_hours: float
    volunteer_count: int = 0
    shifts_count: int = 0
    high_risk_count: int = 0  # clients whose latest risk level is >= 3
    notes: str = ""
    # ≥ 4 follow-ups a year (docs/domain.md §2.2), counted from 1 January up to `yearly_as_of`.
    yearly_as_of: date | None = None
    yearly_clients: int = 0
    yearly_compliant: int = 0
    yearly_below_minimum: int = 0
    yearly_gap_over_three_months: int = 0

    @property
    def total_visits(self) -> int:
        return sum(self.visits_by_mode.values())
