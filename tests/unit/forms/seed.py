"""A small, real station database for the printing tests: written through the ORM unit of work.

Dates are relative to today so "due tomorrow" and "this week" keep meaning the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from desktop.domain import address
from desktop.domain.clock import station_today
from desktop.models import (
    Attendance,
    Certificate,
    Client,
    Consent,
    Guardian,
    Shift,
    ShiftAssignment,
    Visit,
    VisitAddendum,
    Volunteer,
)
from desktop.services.context import ServiceContext

ID_NUMBER = "11010519491231002X"
ID_MASKED = "110***********002X"
PHONE = "13812345678"
PHONE_MASKED = "138****5678"
HOUSE = "东安路100弄5号302室"
VOL_ID_NUMBER = "310104198507124329"
PARAGRAPH = (
    "社工于上午九时到达服务对象家中，其母亲开门并陪同。服务对象坐在客厅，衣着整洁，主动打招呼，"
    "语速略慢，交流中能围绕话题回答问题。服务对象自述近两周睡眠较前改善，每晚约睡六至七小时。"
)
LONG_NARRATIVE = "\n\n".join([PARAGRAPH] * 16) + "\n\n叙述结束标记。"
SHANGHAI = timedelta(hours=8)


@dataclass(frozen=True)
class Seeded:
    client_id: str
    visit_id: str  # the latest visit of 张建国, with the long narrative and an addendum
    short_visit_id: str
    other_client_id: str  # 李翀, also due tomorrow
    later_client_id: str  # due the day after tomorrow
    dead_client_id: str  # due tomorrow but deceased: never on the batch
    volunteer_id: str
    certificate_id: str
    void_certificate_id: str
    week: str  # ISO week of the seeded shifts
    month: str  # YYYY-MM of the latest visits
    today: date


def _at(day: date, hhmm: str) -> datetime:
    local = datetime.combine(day, time.fromisoformat(hhmm))
    return (local - SHANGHAI).replace(tzinfo=UTC)


def _visit(client_id: str, day: date, next_due: date, **extra: object) -> Visit:
    values: dict[str, object] = {
        "client_id": client_id,
        "station_code": "XH-TEST",
        "visit_date": day,
        "mode": 2,
        "visitor_name": "李社工",
        "objects_seen": [1],  # the patient was seen: a follow-up the schedule and statistics count
        "status": "final",
        "risk_level": 1,
        "classification": 2,
        "next_visit_date": next_due,
        "narrative": "常规随访，情绪平稳。",
    }
    values.update(extra)
    return Visit(**values)


def seed(ctx: ServiceContext) -> Seeded:
    today = station_today()
    tomorrow = today + timedelta(days=1)
    township = address.townships("310104")[0]
    village = address.villages(township.code)[0]
    with ctx.db.write() as s:
        client = Client(
            station_code="XH-TEST",
            name="张建国",
            name_pinyin="zhang jian guo",
            sex=1,
            birth_date=date(1949, 12, 31),
            id_number=ID_NUMBER,
            phone=PHONE,
            district_code="310104",
            township_code=township.code,
            village_code=village.code,
            address_detail=HOUSE,
            diagnosis="精神分裂症",
            diagnosis_hospital="上海市精神卫生中心",
            registered_on=today.replace(day=1),
            management_status="managed",
            caseworker_id=ctx.actor.user_id or "",
            caseworker_name="李社工",
            tags=["严重精神障碍患者"],
            care_team=[{"role": "精防医生", "name": "刘芳", "phone": "13600001234"}],
            disability_grade=3,
        )
        others = [
            Client(
                station_code="XH-TEST",
                name=name,
                name_pinyin=pinyin,
                management_status=status,
                caseworker_id=ctx.actor.user_id or "",
                caseworker_name="李社工",
            )
            for name, pinyin, status in (
                ("李翀", "li chong", "managed"),
                ("王堃", "wang kun", "managed"),
                ("赵昇", "zhao sheng", "dead"),
            )
        ]
        s.add_all([client, *others])
        s.flush()
        s.add(
            Guardian(
                client_id=client.id, name="王秀英", relationship="母亲", phone="13912342211", address=f"徐汇区{HOUSE}"
            )
        )
        s.add(
            Consent(
                client_id=client.id,
                scope="records",
                signer="guardian",
                signer_name="王秀英",
                signed_on=date(2019, 3, 12),
            )
        )
        s.add(Consent(client_id=client.id, scope="media", granted=False, signer="self", signed_on=date(2019, 3, 12)))
        early = _visit(client.id, today - timedelta(days=40), today - timedelta(days=26), mode=3)
        latest = _visit(
            client.id,
            today - timedelta(days=1),
            tomorrow,
            risk_level=1,
            symptoms=[3, 11],
            insight=2,
            sleep=2,
            diet=1,
            sf_selfcare=1,
            sf_housework=2,
            sf_work=9,
            sf_learning=2,
            sf_social=3,
            danger_minor=1,
            confinement=1,
            hospitalisation=0,
            adherence=2,
            medications=[{"name": "利培酮片", "morning_mg": 1, "noon_mg": 0, "evening_mg": 2}],
            objects_seen=[1, 2],
            sources={"medications": 1, "treatment_effect": 2},
            narrative=LONG_NARRATIVE,
            plan="两周后电话随访服药情况。",
        )
        s.add_all([early, latest])
        s.add(_visit(others[0].id, today - timedelta(days=14), tomorrow))
        s.add(_visit(others[1].id, today - timedelta(days=14), tomorrow + timedelta(days=1)))
        s.add(_visit(others[2].id, today - timedelta(days=14), tomorrow))
        s.flush()
        s.add(VisitAddendum(visit_id=latest.id, author_name="李社工", text="补记：精防医生告知下月复诊。", seq=1))

        volunteer = Volunteer(
            station_code="XH-TEST",
            name="陈美华",
            sex=2,
            id_number=VOL_ID_NUMBER,
            phone="13700001111",
            volunteer_no="31010420210000123",
        )
        helper = Volunteer(station_code="XH-TEST", name="周犇", sex=1)
        s.add_all([volunteer, helper])
        s.flush()
        monday = today - timedelta(days=today.weekday())
        worked = monday - timedelta(days=7)  # last week: attendance can be confirmed
        shifts = []
        for offset, (start, end, title) in enumerate((("09:00", "11:30", "前台接待"), ("13:30", "16:30", "电话关怀"))):
            for week_start in (monday, worked):
                shift = Shift(
                    station_code="XH-TEST",
                    shift_date=week_start + timedelta(days=offset),
                    start_time=start,
                    end_time=end,
                    title=title,
                    location="社工站",
                )
                shifts.append(shift)
        s.add_all(shifts)
        s.flush()
        for shift in shifts:
            s.add(ShiftAssignment(shift_id=shift.id, volunteer_id=volunteer.id, role="带班"))
            s.add(ShiftAssignment(shift_id=shift.id, volunteer_id=helper.id))
        past = [sh for sh in shifts if sh.shift_date < monday]
        # 150 + 180 confirmed minutes, one draft and one unreviewed auto-closed entry that must not count.
        for shift, status, auto in ((past[0], "confirmed", False), (past[1], "reported", False)):
            s.add(
                Attendance(
                    volunteer_id=volunteer.id,
                    shift_id=shift.id,
                    activity=shift.title,
                    check_in=_at(shift.shift_date, shift.start_time),
                    check_out=_at(shift.shift_date, shift.end_time),
                    status=status,
                    auto_closed=auto,
                    reported_on=today if status == "reported" else None,
                )
            )
        for status, auto in (("draft", False), ("draft", True)):
            s.add(
                Attendance(
                    volunteer_id=volunteer.id,
                    activity="社区宣传",
                    check_in=_at(worked + timedelta(days=3), "09:00"),
                    check_out=_at(worked + timedelta(days=3), "17:00"),
                    status=status,
                    auto_closed=auto,
                )
            )
        certificate = Certificate(
            number=f"XH-TEST-{today.year}-0001",
            station_code="XH-TEST",
            year=today.year,
            seq=1,
            volunteer_id=volunteer.id,
            # The snapshot as issuing registers it: what the certificate prints, whatever changes later.
            volunteer_name=volunteer.name,
            id_type="id_card",
            id_number=VOL_ID_NUMBER,
            volunteer_no=volunteer.volunteer_no,
            service_lines=[
                {"title": "前台接待", "day": worked.isoformat(), "minutes": 150, "content": "", "location": "社工站"},
                {
                    "title": "电话关怀",
                    "day": (worked + timedelta(days=1)).isoformat(),
                    "minutes": 180,
                    "content": "",
                    "location": "社工站",
                },
            ],
            content="前台接待来访者、电话关怀独居老人",
            period_from=worked,
            period_to=worked + timedelta(days=6),
            minutes=330,
            issued_on=today,
            issuer_name="测试街道精神健康社工站",
            responsible="王站长",
            handler="周协调",
            contact="021-64000000",
        )
        void = Certificate(
            number=f"XH-TEST-{today.year}-0002",
            station_code="XH-TEST",
            year=today.year,
            seq=2,
            volunteer_id=volunteer.id,
            period_from=worked,
            period_to=worked,
            issued_on=today,
            void=True,
            void_reason="信息有误",
        )
        s.add_all([certificate, void])
        s.flush()
        iso = monday.isocalendar()
        return Seeded(
            client_id=client.id,
            visit_id=latest.id,
            short_visit_id=early.id,
            other_client_id=others[0].id,
            later_client_id=others[1].id,
            dead_client_id=others[2].id,
            volunteer_id=volunteer.id,
            certificate_id=certificate.id,
            void_certificate_id=void.id,
            week=f"{iso.year}-W{iso.week:02d}",
            month=f"{latest.visit_date:%Y-%m}",
            today=today,
        )
