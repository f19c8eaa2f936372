"""Code lists of the national forms and of station practice (docs/domain.md §1–§5).

Each list is an ordered tuple of `Code(value, zh, en)`. The values are the interoperability
contract (what is stored and exported); the labels are for screens and paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import current_language


@dataclass(frozen=True)
class Code:
    value: int | str
    zh: str
    en: str


CodeList = tuple[Code, ...]


def label(codes: CodeList, value: int | str | None, language: str | None = None) -> str:
    """Label of `value` in `codes` (in `language`, else the current one), or "" when unset/unknown."""
    if value is None:
        return ""
    for code in codes:
        if code.value == value:
            return text_of(code, language)
    return str(value)


def text_of(code: Code, language: str | None = None) -> str:
    """A code's label in `language`, else in the interface's current language."""
    return code.en if (language or current_language()) == "en" else code.zh


def values(codes: CodeList) -> tuple[int | str, ...]:
    return tuple(code.value for code in codes)


# --- identity -------------------------------------------------------------------------------

SEX: CodeList = (  # GB/T 2261.1
    Code(1, "男", "Male"),
    Code(2, "女", "Female"),
    Code(0, "未知", "Unknown"),
    Code(9, "未说明", "Not stated"),
)

ID_TYPE: CodeList = (
    Code("id_card", "居民身份证", "Resident ID card"),
    Code("hmt_residence", "港澳台居民居住证", "HK/Macao/Taiwan residence permit"),
    Code("foreign_permanent", "外国人永久居留身份证", "Foreign permanent residence ID"),
    Code("passport", "护照", "Passport"),
    Code("hk_macao_permit", "港澳居民来往内地通行证", "HK/Macao home-return permit"),
    Code("taiwan_permit", "台湾居民来往大陆通行证", "Taiwan compatriot permit"),
    Code("other", "其他", "Other"),
)
# ID types whose numbers carry the GB 11643 MOD 11-2 check character (docs/domain.md §6.1).
CHECKSUM_ID_TYPES = frozenset({"id_card", "hmt_residence", "foreign_permanent"})

HOUSEHOLD_TYPE: CodeList = (Code(1, "城镇", "Urban"), Code(2, "农村", "Rural"))

EMPLOYMENT: CodeList = (
    Code(1, "在岗工人", "Worker"),
    Code(2, "在岗管理者", "Manager"),
    Code(3, "农民", "Farmer"),
    Code(4, "下岗或无业", "Laid off / unemployed"),
    Code(5, "在校学生", "Student"),
    Code(6, "退休", "Retired"),
    Code(7, "专业技术人员", "Professional"),
    Code(8, "其他", "Other"),
    Code(9, "不详", "Unknown"),
)

ECONOMIC_STATUS: CodeList = (
    Code(1, "贫困，在当地贫困线标准以下", "Below the local poverty line"),
    Code(2, "非贫困", "Not poor"),
    Code(3, "不详", "Unknown"),
)

RELATIONSHIP: CodeList = tuple(
    Code(zh, zh, en)
    for zh, en in (
        ("配偶", "Spouse"),
        ("父亲", "Father"),
        ("母亲", "Mother"),
        ("兄弟", "Brother"),
        ("姐妹", "Sister"),
        ("儿子", "Son"),
        ("女儿", "Daughter"),
        ("儿媳", "Daughter-in-law"),
        ("女婿", "Son-in-law"),
        ("孙子", "Grandson"),
        ("孙女", "Granddaughter"),
        ("外孙", "Grandson (daughter's)"),
        ("外孙女", "Granddaughter (daughter's)"),
        ("其他", "Other"),
    )
)

# --- register -------------------------------------------------------------------------------

MANAGEMENT_STATUS: CodeList = (
    Code("registered", "在册", "Registered"),
    Code("managed", "在管", "Managed"),
    Code("lost", "失访", "Lost to follow-up"),
    Code("dead", "死亡", "Deceased"),
    Code("moved", "迁出", "Moved away"),
    Code("closed", "结案", "Closed"),
)
# Statuses that take a client off the due/overdue lists (docs/domain.md §2.2).
INACTIVE_STATUSES = frozenset({"dead", "moved", "closed"})

CLIENT_TAGS: CodeList = tuple(
    Code(zh, zh, en)
    for zh, en in (
        ("严重精神障碍患者", "Severe mental disorder"),
        ("独居老人", "Older person living alone"),
        ("失业青年", "Unemployed young person"),
        ("困境儿童", "Child in difficulty"),
        ("残疾人", "Person with disability"),
        ("低保家庭", "Minimum-income household"),
        ("家属照顾者", "Family carer"),
        ("其他困难群众", "Other person in difficulty"),
    )
)

CARE_TEAM_ROLES: CodeList = tuple(
    Code(zh, zh, en)
    for zh, en in (
        ("综治干部", "Comprehensive-governance officer"),
        ("村居干部", "Committee officer"),
        ("网格员", "Grid worker"),
        ("精防医生", "Mental-health doctor"),
        ("民警", "Police officer"),
        ("民政专干", "Civil-affairs officer"),
        ("助残员", "Disability aide"),
        ("家属", "Family member"),
        ("志愿者", "Volunteer"),
        ("社工", "Social worker"),
    )
)

CONSENT_SCOPE: CodeList = (
    Code("records", "建档/随访管理", "Record keeping / follow-up management"),
    Code("casework", "个案服务", "Casework services"),
    Code("report_district", "向区精神卫生中心/社工总站报送", "Reporting to the district office"),
    Code("referral", "转介给第三方", "Referral to third parties"),
    Code("media", "照片/录音", "Photos / recordings"),
    Code("volunteer_report", "志愿者信息上报上海志愿者网", "Volunteer data to volunteer.sh.cn"),
)

CONSENT_SIGNER: CodeList = (Code("self", "本人", "The person"), Code("guardian", "监护人", "Guardian"))

# --- follow-up checklist (docs/domain.md §1.1, §1.2) -----------------------------------------

VISIT_MODE: CodeList = (
    Code(1, "门诊", "Clinic"),
    Code(2, "家庭访视", "Home visit"),
    Code(3, "电话", "Phone"),
    Code(4, "陪同就医", "Clinic escort"),
    Code(5, "社区面谈", "Community interview"),
    Code(6, "线上", "Online"),
    Code(7, "个案会议", "Case conference"),
)
# Mode as printed in the national form's three boxes (1 门诊 · 2 家庭访视 · 3 电话); the station's
# other modes print their own name beside the box. A case conference (7) never met the patient:
# it has no national code and must not be counted as a 家庭访视.
NATIONAL_MODE = {1: 1, 2: 2, 3: 3, 4: 1, 5: 2, 6: 3}
FACE_TO_FACE_MODES = frozenset({1, 2, 4, 5})

VISIT_OBJECT: CodeList = (
    Code(1, "患者本人", "The patient"),
    Code(2, "患者家属、监护人", "Family member / guardian"),
    Code(3, "其他知情人", "Other informant"),
)

LOST_REASON: CodeList = (
    Code(1, "外出务工", "Away for work"),
    Code(2, "迁居他处", "Moved elsewhere"),
    Code(3, "走失", "Missing"),
    Code(4, "连续3次未访到", "Three consecutive misses"),
    Code(5, "其他", "Other"),
)

DEATH_CAUSE: CodeList = (
    Code(1, "躯体疾病", "Physical illness"),
    Code(2, "自杀", "Suicide"),
    Code(3, "他杀", "Homicide"),
    Code(4, "意外", "Accident"),
    Code(5, "精神疾病相关并发症", "Complication of the mental illness"),
    Code(6, "其他", "Other"),
)

DEATH_ILLNESS: CodeList = (
    Code(1, "传染病和寄生虫病", "Infectious and parasitic disease"),
    Code(2, "肿瘤", "Neoplasm"),
    Code(3, "心脏病", "Heart disease"),
    Code(4, "脑血管病", "Cerebrovascular disease"),
    Code(5, "呼吸系统疾病", "Respiratory disease"),
    Code(6, "消化系统疾病", "Digestive disease"),
    Code(7, "其他疾病", "Other disease"),
    Code(8, "不详", "Unknown"),
)

RISK_LEVEL: CodeList = (
    Code(0, "0级：无符合1–5级中的任何行为", "0: none of the behaviours of levels 1–5"),
    Code(1, "1级：口头威胁，喊叫，但没有打砸行为", "1: verbal threats, shouting, no smashing"),
    Code(2, "2级：打砸行为，局限在家里，针对财物，能被劝说制止", "2: smashing at home, property, can be talked down"),
    Code(
        3,
        "3级：明显打砸行为，不分场合，针对财物，不能接受劝说而停止",
        "3: smashing anywhere, property, cannot be stopped",
    ),
    Code(
        4,
        "4级：持续的打砸行为，不分场合，针对财物或人，不能接受劝说而停止（包括自伤、自杀）",
        "4: persistent smashing, property or people, incl. self-harm and suicide",
    ),
    Code(
        5,
        "5级：持管制性危险武器的针对人的任何暴力行为，或者纵火、爆炸等行为",
        "5: violence against people with weapons, arson, explosion",
    ),
)

SYMPTOMS: CodeList = (
    Code(1, "幻觉", "Hallucinations"),
    Code(2, "交流困难", "Communication difficulty"),
    Code(3, "猜疑", "Suspiciousness"),
    Code(4, "喜怒无常", "Mood lability"),
    Code(5, "行为怪异", "Bizarre behaviour"),
    Code(6, "兴奋话多", "Excitement / pressured speech"),
    Code(7, "伤人毁物", "Violence to people or property"),
    Code(8, "悲观厌世", "Pessimism / world-weariness"),
    Code(9, "无故外走", "Wandering off"),
    Code(10, "自语自笑", "Talking / laughing to self"),
    Code(11, "孤僻懒散", "Withdrawn / apathetic"),
    Code(12, "其他", "Other"),
)

INSIGHT: CodeList = (
    Code(1, "自知力完全", "Full insight"),
    Code(2, "自知力不全", "Partial insight"),
    Code(3, "自知力缺失", "No insight"),
)

CONDITION: CodeList = (Code(1, "良好", "Good"), Code(2, "一般", "Fair"), Code(3, "较差", "Poor"))
WORK_CONDITION: CodeList = (*CONDITION, Code(9, "此项不适用", "Not applicable"))

SOCIAL_FUNCTION_ITEMS: CodeList = (
    Code("sf_selfcare", "个人生活料理", "Self-care"),
    Code("sf_housework", "家务劳动", "Housework"),
    Code("sf_work", "生产劳动及工作", "Work"),
    Code("sf_learning", "学习能力", "Learning"),
    Code("sf_social", "社会人际交往", "Social contact"),
)

DANGER_BEHAVIOURS: CodeList = (
    Code("danger_minor", "轻度滋事", "Minor trouble-making"),
    Code("danger_incident", "肇事", "Causing incidents"),
    Code("danger_serious", "肇祸", "Causing serious harm"),
    Code("danger_other", "其他危害行为", "Other harmful acts"),
    Code("danger_selfharm", "自伤", "Self-harm"),
    Code("danger_suicide", "自杀未遂", "Attempted suicide"),
)

CONFINEMENT: CodeList = (
    Code(1, "无关锁", "Not locked up"),
    Code(2, "关锁", "Locked up"),
    Code(3, "关锁已解除", "Released"),
)

HOSPITALISATION: CodeList = (
    Code(0, "未住院", "Not admitted"),
    Code(1, "目前正在住院", "Currently inpatient"),
    Code(2, "曾住院，现未住院", "Was admitted, now discharged"),
)

LAB_TESTS: CodeList = (Code(1, "无", "None"), Code(2, "有", "Yes"))

ADHERENCE: CodeList = (
    Code(1, "按医嘱规律用药", "Regular as prescribed"),
    Code(2, "间断用药", "Intermittent"),
    Code(3, "不用药", "Not taking"),
    Code(4, "医嘱勿需用药", "No medication prescribed"),
)

ADVERSE_REACTION: CodeList = (
    Code(1, "无", "None"),
    Code(2, "有", "Yes"),
    Code(9, "此项不适用", "Not applicable"),
)

TREATMENT_EFFECT: CodeList = (
    Code(1, "痊愈", "Recovered"),
    Code(2, "好转", "Improved"),
    Code(3, "无变化", "Unchanged"),
    Code(4, "加重", "Worse"),
    Code(9, "此项不适用", "Not applicable"),
)

YES_NO_REFERRAL: CodeList = (Code(1, "否", "No"), Code(2, "是", "Yes"))

REHAB_MEASURES: CodeList = (
    Code(1, "生活劳动能力", "Daily-living and work skills"),
    Code(2, "职业训练", "Vocational training"),
    Code(3, "学习能力", "Learning ability"),
    Code(4, "社会交往", "Social interaction"),
    Code(5, "其他", "Other"),
)

CLASSIFICATION: CodeList = (
    Code(1, "不稳定", "Unstable"),
    Code(2, "基本稳定", "Basically stable"),
    Code(3, "稳定", "Stable"),
)

# Where a clinical item came from: a social worker records, never judges (docs/domain.md §0).
INFO_SOURCE: CodeList = (
    Code(1, "患者/家属自述", "Patient / family report"),
    Code(2, "精防医生告知", "Told by the mental-health doctor"),
    Code(3, "病历/出院小结", "Medical record / discharge summary"),
    Code(4, "社工观察", "Social worker's observation"),
)

DATE_PRECISION: CodeList = (
    Code("Y", "年", "Year"),
    Code("YM", "年月", "Year and month"),
    Code("YMD", "年月日", "Full date"),
)

VISIT_STATUS: CodeList = (
    Code("draft", "草稿", "Draft"),
    Code("final", "已定稿", "Finalised"),
)

# Escalation for risk >= 3 (docs/domain.md §2.3).
NOTIFIED_PARTY: CodeList = tuple(
    Code(zh, zh, en)
    for zh, en in (
        ("精防医生", "Mental-health doctor"),
        ("民警", "Police"),
        ("居委", "Residents' committee"),
        ("监护人", "Guardian"),
    )
)
NOTIFY_CHANNEL: CodeList = tuple(
    Code(zh, zh, en)
    for zh, en in (("电话", "Phone"), ("当面", "In person"), ("书面", "In writing"), ("短信/微信", "Text message"))
)

# --- volunteers (docs/domain.md §4) ------------------------------------------------------------

VOLUNTEER_STATUS: CodeList = (
    Code("active", "在岗", "Active"),
    Code("paused", "暂停", "Paused"),
    Code("left", "已退出", "Left"),
)

HOURS_STATUS: CodeList = (
    Code("draft", "草稿", "Draft"),
    Code("confirmed", "已确认", "Confirmed"),
    Code("reported", "已上报上海志愿者网", "Reported to volunteer.sh.cn"),
    Code("void", "已作废", "Void"),
)

HOURS_ROUNDING: CodeList = (
    Code("none", "不取整", "No rounding"),
    Code("0.1", "向下取整到0.1小时", "Down to 0.1 h"),
    Code("0.25", "向下取整到0.25小时", "Down to 0.25 h"),
    Code("0.5", "向下取整到0.5小时", "Down to 0.5 h"),
)

# --- users (docs/domain.md §5.2) -----------------------------------------------------------------

ROLES: CodeList = (
    Code("caseworker", "社工", "Caseworker"),
    Code("lead", "站长", "Station lead"),
    Code("coordinator", "志愿者协调员", "Volunteer coordinator"),
    Code("district_admin", "区管理员", "District admin"),
    Code("admin", "系统管理员", "Administrator"),
)

STATION_MODE: CodeList = (Code("station", "社工站", "Station"), Code("district", "区级", "District office"))
