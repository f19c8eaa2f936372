"""Realistic Chinese sample data for the PDF forms (tests and the render_samples helper).

Identity values are fictitious and already masked the way the services mask them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from desktop.pdf.data import (
    Addendum,
    BlankVisitData,
    CareTeamMember,
    CertificateData,
    Checklist,
    ClientHeader,
    ClientProfileData,
    Consent,
    Diagnosis,
    Guardian,
    Medication,
    MonthlyData,
    Notification,
    PrintMeta,
    RotaCell,
    RotaData,
    RotaShift,
    ServiceActivity,
    SocialWork,
    VisitData,
    VisitSummary,
)

RARE_NAMES = ("王堃", "李翀", "陈喆", "赵昇", "孙赟", "周犇", "吴玥", "郑璟", "冯珺", "褚琦", "卫曌")

NARRATIVE = (
    "社工于上午九时到达服务对象家中，其母亲开门并陪同。服务对象坐在客厅，衣着整洁，主动打招呼，"
    "语速略慢，交流中能围绕话题回答问题。服务对象自述近两周睡眠较前改善，每晚约睡六至七小时，"
    "偶有入睡困难；白天多在家看电视，每周二、四到街道阳光心园参加手工小组。"
)


def meta(masked: bool = True, language: str = "zh_CN") -> PrintMeta:
    return PrintMeta(
        station_name="徐汇区枫林路街道精神健康社工站",
        operator="李晓燕",
        printed_at=datetime(2026, 11, 23, 9, 30),
        language=language,
        masked=masked,
    )


def client(name: str = "张建国") -> ClientHeader:
    return ClientHeader(
        name=name,
        client_no="FL-2024-0137",
        health_record_no="00301234",
        sex=1,
        birth_date=date(1978, 5, 16),
        id_number="310***********123X",
        phone="138****5678",
        district="徐汇区",
        street="枫林路街道",
        committee="东安三村居委会",
        address_detail="***弄**号***室",
        guardian=Guardian(
            name="王秀英", relationship="母亲", phone="139****2211", primary=True, lives_with_client=True
        ),
        caseworker="李晓燕",
    )


def checklist() -> Checklist:
    return Checklist(
        visit_objects=(1, 2),
        risk_level=1,
        symptoms=(3, 11, 12),
        symptoms_other="偶有心烦",
        insight=2,
        sleep=2,
        diet=1,
        social_function={"sf_selfcare": 1, "sf_housework": 2, "sf_work": 9, "sf_learning": 2, "sf_social": 3},
        danger_counts={"danger_minor": 1},
        confinement=1,
        hospitalisation=2,
        last_discharge=date(2025, 12, 3),
        lab_tests=1,
        adherence=2,
        adverse_reaction=2,
        adverse_reaction_text="利培酮：晨起轻度手抖",
        treatment_effect=2,
        referral=1,
        medications=(
            Medication("利培酮片", morning_mg=1, evening_mg=2),
            Medication("棕榈酸帕利哌酮注射液", long_acting=True, every_weeks=4, long_acting_mg=150),
        ),
        guidance=(Medication("利培酮片", morning_mg=1, evening_mg=2),),
        rehab_measures=(1, 4),
        classification=2,
        next_visit_date=date(2026, 12, 7),
        sources={"medication": 1, "guidance": 2, "adverse_reaction": 1, "treatment_effect": 2, "hospitalisation": 3},
    )


def visit(name: str = "张建国", narrative_paragraphs: int = 2) -> VisitData:
    narrative = "\n\n".join([NARRATIVE] * narrative_paragraphs)
    return VisitData(
        client=client(name),
        visit_date=date(2026, 11, 20),
        mode=2,
        visitor_name="李晓燕",
        visitor_role="社工",
        start_time=time(9, 0),
        end_time=time(10, 15),
        visit_no="V-20261120-0042",
        checklist=checklist(),
        social_work=SocialWork(
            purpose="了解服务对象出院后的服药与睡眠情况，评估家庭照顾压力。",
            location="服务对象家中",
            participants="服务对象、母亲王秀英",
            narrative=narrative,
            client_state="情绪平稳，偶有烦躁；服药间断，自述忘记晚间服药。",
            needs="希望找到半日制的工作；母亲希望了解监护补助申请流程。",
            services_provided="服药提醒方法指导（药盒分格）；介绍阳光心园职业康复项目；讲解监护补助申请材料。",
            plan="两周后电话随访服药情况；联系街道残联了解监护补助办理进度。",
        ),
        addenda=(
            Addendum(datetime(2026, 11, 21, 14, 5), "李晓燕", "补记：精防医生电话告知下月门诊复诊时间为12月5日。"),
        ),
    )


def profile(name: str = "张建国") -> ClientProfileData:
    visits = tuple(
        VisitSummary(
            date(2026, 11, 20) - timedelta(days=30 * i), (2, 3, 2, 1, 2)[i], "李晓燕", 1, 2, "服药间断，睡眠改善"
        )
        for i in range(5)
    )
    return ClientProfileData(
        client=client(name),
        registered_on=date(2019, 3, 12),
        management_status="managed",
        tags=("严重精神障碍患者", "低保家庭"),
        household_type=1,
        employment=4,
        economic_status=1,
        risk_level=1,
        classification=2,
        key_focus=False,
        last_visit_date=date(2026, 11, 20),
        next_due_date=date(2026, 12, 4),
        family_doctor=True,
        community_rehab=True,
        guardian_subsidy=False,
        disability_grade="精神残疾三级",
        guardians=(
            Guardian("王秀英", "母亲", "139****2211", "徐汇区枫林路街道东安三村居委会", True, True),
            Guardian("张建华", "兄弟", "137****0098", "闵行区古美路街道", False, False),
        ),
        consents=(
            Consent("records", "guardian", "王秀英", date(2019, 3, 12), "2019版"),
            Consent("casework", "self", "张建国", date(2019, 3, 12), "2019版"),
            Consent("media", "self", "张建国", date(2020, 6, 1), "2020版", withdrawn_on=date(2022, 1, 10)),
        ),
        diagnosis=Diagnosis(
            diagnosis="精神分裂症",
            hospital="上海市精神卫生中心",
            diagnosed_on=date(2008, 9, 1),
            first_onset=date(2007, 1, 1),
            first_onset_precision="Y",
            source=3,
            doctor="刘医生（枫林社区卫生服务中心）",
        ),
        care_team=(
            CareTeamMember("精防医生", "刘芳", "021-64******"),
            CareTeamMember("民警", "陈立", "021-54******"),
            CareTeamMember("村居干部", "周敏", "136****7788"),
            CareTeamMember("社工", "李晓燕", "021-64******"),
        ),
        recent_visits=visits,
    )


def blank_visit(name: str = "张建国") -> BlankVisitData:
    return BlankVisitData(
        client=client(name),
        planned_date=date(2026, 11, 24),
        qr_text="SDV1;c=6f1c2a4e-8d1b-4c7e-9a55-0d3b9e2f7a10;p=2026-11-24",
        last_visit_date=date(2026, 11, 20),
        risk_level=1,
        classification=2,
        visitor_name="李晓燕",
    )


VOLUNTEERS = ("陈美华", "刘志强", "黄丽娟", "周犇", "吴玥", "徐国庆", "孙赟", "马秀兰", "朱喆", "胡琦")


def rota() -> RotaData:
    start = date(2026, 11, 23)
    shifts = (
        RotaShift("am", "上午", time(9, 0), time(11, 30)),
        RotaShift("pm", "下午", time(13, 30), time(16, 30)),
        RotaShift("eve", "晚间热线", time(18, 0), time(20, 0)),
    )
    cells = []
    for day in range(7):
        for index, shift in enumerate(shifts):
            if day >= 5 and shift.key == "eve":
                continue
            names = tuple(VOLUNTEERS[(day * 3 + index + k) % len(VOLUNTEERS)] for k in range(2 + (day + index) % 2))
            note = "阳光心园手工小组" if shift.key == "pm" and day == 2 else ""
            cells.append(RotaCell(start + timedelta(days=day), shift.key, names, leader=names[0], note=note))
    return RotaData(
        base_name="复元同行志愿者服务基地",
        week_start=start,
        shifts=shifts,
        cells=tuple(cells),
        coordinator="王丽",
        contact="021-64******",
        notes="周三下午在枫林路街道社区活动中心二楼活动。",
    )


def certificate(name: str = "陈美华") -> CertificateData:
    activities = tuple(
        ServiceActivity(
            date(2026, 3, 4) + timedelta(days=14 * i),
            ("阳光心园手工小组", "精神健康宣传进社区", "晚间关怀热线值守")[i % 3],
            ("协助带领康复学员手工制作", "发放宣传资料、解答居民咨询", "接听热线并登记来电需求")[i % 3],
            (2.5, 3.0, 2.0)[i % 3],
        )
        for i in range(9)
    )
    return CertificateData(
        certificate_no="FL-2026-0012",
        issued_on=date(2026, 11, 23),
        volunteer_name=name,
        sex=2,
        id_type="id_card",
        id_number="310104198507124321",
        volunteer_no="31010420210000123",
        period_from=date(2026, 1, 1),
        period_to=date(2026, 10, 31),
        total_hours=sum(a.hours for a in activities),
        activities=activities,
        issuer_name="徐汇区枫林路街道精神健康社工站",
        responsible_person="赵卫东",
        handler="李晓燕",
        contact="021-64******",
    )


def monthly() -> MonthlyData:
    return MonthlyData(
        year=2026,
        month=10,
        visits_by_mode={1: 18, 2: 96, 3: 54, 4: 7, 5: 12, 6: 3, 7: 2},
        visits_by_classification={1: 9, 2: 41, 3: 118},
        overdue_count=6,
        new_clients=4,
        active_clients=212,
        volunteer_hours=386.5,
        volunteer_count=37,
        shifts_count=58,
        high_risk_count=3,
        notes="10月开展精神健康宣传周活动2场；逾期未访6人中3人外出务工，已电话联系监护人。",
    )


def escalated(base: VisitData | None = None) -> VisitData:
    """A risk-4 phone follow-up with the emergency handling recorded (the notifications)."""
    base = base or visit()
    return replace(
        base,
        mode=3,
        checklist=replace(
            base.checklist,
            risk_level=4,
            classification=1,
            danger_counts={"danger_selfharm": 1},
            referral_suggested=2,
            referral=2,
            referral_reason="自伤行为，需住院评估",
            referral_to="徐汇区精神卫生中心 精神科门诊",
        ),
        escalation=(
            Notification("精防医生", "陈医生", "2026-11-20 10:20", "电话"),
            Notification("监护人", "王秀英", "2026-11-20 10:25", "电话"),
            Notification("民警", "刘警官", "2026-11-20 10:40", "当面"),
        ),
        escalation_followup_due=date(2026, 12, 4),
    )


def visit_path(path: str, base: VisitData | None = None) -> VisitData:
    """The lost (失访) or death (死亡) path of the form: the checklist is not asked."""
    base = base or visit()
    if path == "lost":
        checklist_ = Checklist(lost_reason=1, lost_reason_other="去江苏昆山")
    elif path == "death":
        checklist_ = Checklist(death_date=date(2026, 11, 2), death_cause=6, death_cause_other="溺水（家属述）")
    else:
        return base
    return replace(base, checklist=checklist_, addenda=())


def corrected(base: VisitData | None = None) -> VisitData:
    """A finalised record with an addendum that corrects an item."""
    base = base or visit()
    fix = Addendum(
        datetime(2026, 11, 22, 9, 10),
        "李晓燕",
        "更正：家属补充告知11月18日曾割腕，已送医处理。",
        (("危险性评估", "4级"), ("本次随访分类", "不稳定")),
    )
    return replace(base, addenda=(*base.addenda, fix))
