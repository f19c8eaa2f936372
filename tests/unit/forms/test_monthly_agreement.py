"""The printed 月度工作统计 and the monthly workbook give the same figures, each by the definition of
docs/domain.md §2.5, on a station that holds every case where the two once counted differently."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import literal, select

from desktop.domain import codes
from desktop.domain.schedule import latest_next_due
from desktop.models import Attendance
from desktop.pdf import MonthlyData
from desktop.services.casework.clients import ClientInput, create_client, update_client
from desktop.services.casework.monthly_figures import _three_months_after
from desktop.services.casework.visits import record_visit, save_visit
from desktop.services.context import ServiceContext
from desktop.services.forms import monthly as forms_monthly
from desktop.services.sheets.importer import import_sheet
from desktop.services.sheets.monthly import export_monthly, monthly_figures
from desktop.services.volunteers.hours import confirm_attendance
from tests.unit.casework.helpers import TODAY, notified, stable_visit
from tests.unit.forms.test_volunteer_forms import Role
from tests.unit.sheets.test_import_kinds import _xlsx

YEAR = TODAY.year - 1
MONTH = f"{YEAR}-05"


def _day(month: int, day: int) -> date:
    return date(YEAR, month, day)


def _client(ctx: ServiceContext, name: str, registered_on: date) -> str:
    return create_client(ctx, ClientInput(name=name, registered_on=registered_on), allow_duplicate=True).id


def _station(ctx: ServiceContext, coordinator: ServiceContext, tmp_path: Path) -> None:
    """May of last year, looked at after it ended (so the reference day is 31 May)."""
    # 甲: two follow-ups on 20 May, the latest day — one at risk 3 due back on the 27th, one at risk 1
    # due in August. Overdue (the earliest next date of the day holds) and high risk (the highest risk).
    jia = _client(ctx, "甲", _day(1, 10))
    risky = stable_visit(jia, day=_day(5, 20), risk_level=3, next_visit_date=_day(5, 27))
    record_visit(ctx, replace(risky, escalation=notified(_day(5, 20)), referral_suggested=2, referral_done=2,
                              referral_reason="危险性评估3级及以上，需专科评估", referral_to="区精神卫生中心"))  # fmt: skip
    record_visit(ctx, stable_visit(jia, day=_day(5, 20), risk_level=1, next_visit_date=_day(8, 15)))
    # 乙: a phone follow-up due in August, a draft and a case conference (contacts, no follow-ups).
    yi = _client(ctx, "乙", _day(3, 1))
    record_visit(ctx, stable_visit(yi, day=_day(5, 10), mode=3, next_visit_date=_day(8, 10)))
    save_visit(ctx, stable_visit(yi, day=_day(5, 28), next_visit_date=_day(6, 1)))
    record_visit(ctx, stable_visit(yi, day=_day(5, 15), mode=7))
    # 丙: followed up in April (due 10 May), then a 失访 record in May: lost, still on the register.
    bing = _client(ctx, "丙", _day(2, 1))
    record_visit(ctx, stable_visit(bing, day=_day(4, 10), next_visit_date=_day(5, 10)))
    record_visit(ctx, stable_visit(bing, day=_day(5, 15), risk_level=None, lost_reason=4, narrative="连续三次未见到"))
    # 丁: registered 1 April and never followed up: due two weeks later, overdue on 31 May.
    _client(ctx, "丁", _day(4, 1))
    # 戊: registered 25 May, not yet due. 己: registered 3 May, seen at the clinic, closed since.
    _client(ctx, "戊", _day(5, 25))
    ji = _client(ctx, "己", _day(5, 3))
    record_visit(ctx, stable_visit(ji, day=_day(5, 5), mode=1, next_visit_date=_day(5, 12)))
    update_client(ctx, ji, ClientInput(name="己", registered_on=_day(5, 3), management_status="closed",
                                       status_reason="迁往外省，结案"))  # fmt: skip
    # Volunteers: three 40-minute entries (120 min: 2 h once, 1.5 h rounded line by line), one of
    # 50 minutes ending the month in station time, one just after midnight on 1 June station time
    # (still 31 May in UTC) and a draft — the last two never count for May.
    import_sheet(coordinator, _xlsx(tmp_path / "v.xlsx", [["姓名", "志愿者编号"], ["周云", "310100123456"],
                                                          ["吴刚", "310100654321"]]), "volunteers")  # fmt: skip
    hours = [
        ["姓名", "服务日期", "签到时间", "签退时间"],
        ["周云", f"{YEAR}-5-6", "9:00", "9:40"],
        ["周云", f"{YEAR}-5-6", "14:00", "14:40"],
        ["周云", f"{YEAR}-5-7", "9:00", "9:40"],
        ["吴刚", f"{YEAR}-5-31", "23:00", "23:50"],
        ["吴刚", f"{YEAR}-6-1", "0:30", "1:30"],
        ["吴刚", f"{YEAR}-5-20", "9:00", "12:00"],
    ]
    import_sheet(coordinator, _xlsx(tmp_path / "h.xlsx", hours), "hours")
    with ctx.db.read() as session:
        entries = session.execute(select(Attendance.id, Attendance.check_in)).all()
    draft = _day(5, 20).isoformat()
    confirm_attendance(coordinator, [i for i, check_in in entries if not check_in.isoformat().startswith(draft)])


def _workbook(path: Path) -> dict[str, dict[str, object]]:
    workbook = openpyxl.load_workbook(path)
    return {
        sheet.title: {str(row[0]): row[1] for row in sheet.iter_rows(min_row=4, values_only=True)} for sheet in workbook
    }


def _printed(data: MonthlyData) -> dict[str, object]:
    """The PDF's figures as desktop/pdf/monthly.py lays them out (未分类 is what the classes leave)."""
    total = data.total_visits
    classified = sum(data.visits_by_classification.values())
    return {
        "total": total,
        "face_to_face": sum(n for m, n in data.visits_by_mode.items() if m in codes.FACE_TO_FACE_MODES),
        "overdue": data.overdue_count,
        "new": data.new_clients,
        "active": data.active_clients,
        "high_risk": data.high_risk_count,
        "hours": Decimal(str(data.volunteer_hours)),
        "volunteers": data.volunteer_count,
        "yearly": (data.yearly_clients, data.yearly_compliant, data.yearly_below_minimum),
        "gaps": data.yearly_gap_over_three_months,
        "modes": {code.zh: data.visits_by_mode.get(int(code.value), 0) for code in codes.VISIT_MODE},
        "classes": {
            **{code.zh: data.visits_by_classification.get(int(code.value), 0) for code in codes.CLASSIFICATION},
            "未分类": total - classified,
        },
    }


def _sheet(book: dict[str, dict[str, object]], as_of: date) -> dict[str, object]:
    overview = book["概况"]
    return {
        "total": overview["访视总数"],
        "face_to_face": overview["其中面访（门诊、家访、陪同就医、社区面谈）"],
        "overdue": overview[f"逾期未随访人数（截至 {as_of}）"],
        "new": overview["本月新登记服务对象"],
        "active": overview["在册服务对象（不含死亡、迁出、结案）"],
        "high_risk": overview["最近一次危险性评估≥3级人数"],
        "hours": Decimal(str(overview["志愿服务时长（小时）"])),
        "volunteers": overview["参与服务志愿者人数"],
        "yearly": (
            overview["全年随访统计的服务对象人数"],
            overview[f"全年随访≥4次达标人数（截至 {as_of}）"],
            overview["随访不足4次人数"],
        ),
        "gaps": overview["两次随访间隔超过3个月人数"],
        "modes": {k: v for k, v in book["按随访形式"].items() if k != "合计"},
        "classes": {k: v for k, v in book["按随访分类"].items() if k != "合计"},
    }


def test_the_printed_and_the_exported_month_agree_figure_by_figure(
    ctx: ServiceContext, as_role: Role, tmp_path: Path
) -> None:
    lead = as_role("lead")
    _station(ctx, as_role("coordinator"), tmp_path)
    printed = _printed(forms_monthly._monthly_data(lead, MONTH, today=TODAY))
    export_monthly(lead, MONTH, tmp_path / "m.xlsx", today=TODAY)
    exported = _sheet(_workbook(tmp_path / "m.xlsx"), _day(5, 31))
    expected = {
        # 甲 ×2, 乙's follow-up, draft and case conference, 丙's 失访 record, 己 at the clinic
        "total": 7,
        "face_to_face": 5,
        "overdue": 3,  # 甲 (27 May), 丙 (lost, 10 May), 丁 (never seen, due 15 April); 己 is closed
        "new": 2,  # 戊 and 己 (closed since: still registered in May)
        "active": 5,  # 甲 乙 丙 丁 戊: registered, managed and lost; not the closed 己
        "high_risk": 1,  # 甲
        "hours": Decimal("2.5"),  # 120 + 50 minutes, rounded down to 0.5 h once
        "volunteers": 2,
        "yearly": (5, 0, 5),
        "gaps": printed["gaps"],
        "modes": {"门诊": 1, "家庭访视": 4, "电话": 1, "陪同就医": 0, "社区面谈": 0, "线上": 0, "个案会议": 1},
        # 甲's two (不稳定, 基本稳定); 乙's three contacts and 己's clinic visit keep the suggested 稳定;
        # the 失访 record assesses nothing and carries no class
        "classes": {"不稳定": 1, "基本稳定": 1, "稳定": 4, "未分类": 1},
    }
    for figure, value in expected.items():
        assert (figure, printed[figure]) == (figure, value)
        assert (figure, exported[figure]) == (figure, value)
    figures = monthly_figures(lead, MONTH, today=TODAY)
    assert figures.attendance_count == 4 and figures.volunteer_minutes == 170


def test_clients_entered_without_a_registration_date_are_not_new(
    ctx: ServiceContext, as_role: Role, tmp_path: Path
) -> None:
    """A register imported from a spreadsheet holds clients registered before, not this month's."""
    lead = as_role("lead")
    import_sheet(lead, _xlsx(tmp_path / "c.xlsx", [["姓名", "性别"], ["陈一", "男"], ["陈二", "女"]]), "clients")
    create_client(ctx, ClientInput(name="陈三"))  # registered today
    month = f"{TODAY:%Y-%m}"
    printed = forms_monthly._monthly_data(lead, month, today=TODAY)
    exported = monthly_figures(lead, month, today=TODAY)
    assert (printed.new_clients, exported.new_clients) == (1, 1)
    assert (printed.active_clients, exported.active_clients) == (3, 3)


@pytest.mark.parametrize(
    "day", [date(2023, 11, 30), date(2024, 1, 31), date(2023, 12, 31), date(2024, 5, 6), date(2024, 3, 31)]
)
def test_a_followup_without_a_next_date_is_due_as_the_schedule_says(ctx: ServiceContext, day: date) -> None:
    with ctx.db.read() as session:
        assert session.scalar(select(_three_months_after(literal(day)))) == latest_next_due(day).isoformat()


def test_the_running_month_is_counted_up_to_today(ctx: ServiceContext, as_role: Role) -> None:
    lead = as_role("lead")
    client = create_client(ctx, ClientInput(name="甲", registered_on=TODAY - timedelta(days=60))).id
    record_visit(ctx, stable_visit(client, day=TODAY - timedelta(days=40), next_visit_date=TODAY))
    month = f"{TODAY:%Y-%m}"
    # Due today: not overdue today, overdue the day after (the month's figures on its last day).
    assert forms_monthly._monthly_data(lead, month, today=TODAY).overdue_count == 0
    assert monthly_figures(lead, month, today=TODAY).overdue_count == 0
    tomorrow = TODAY + timedelta(days=1)
    later = f"{tomorrow:%Y-%m}"
    assert forms_monthly._monthly_data(lead, later, today=tomorrow).overdue_count == 1
    assert monthly_figures(lead, later, today=tomorrow).overdue_count == 1
