"""Export of lists and of the monthly figures to .xlsx: masking, layout, numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.errors import PermissionDenied, StorageError, ValidationError
from desktop.models import Attendance, Visit
from desktop.services.casework.clients import ClientInput, create_client, update_client
from desktop.services.casework.visits import VisitInput, log_visit
from desktop.services.context import ServiceContext
from desktop.services.sheets.export import export_list, export_rows, month_bounds
from desktop.services.sheets.importer import import_sheet
from desktop.services.sheets.monthly import export_monthly, monthly_figures
from desktop.services.volunteers.hours import confirm_attendance
from tests.unit.sheets import messy
from tests.unit.sheets.test_import_kinds import _as, _xlsx

PHONE = "13812345678"


def _cells(path: Path) -> list[list[object]]:
    workbook = openpyxl.load_workbook(path)
    return [list(row) for sheet in workbook for row in sheet.iter_rows(values_only=True)]


def test_client_list_is_masked_with_title_and_frozen_header(ctx: ServiceContext, tmp_path: Path) -> None:
    create_client(ctx, ClientInput(name="张三丰", id_number=messy.VALID_ID, phone=PHONE, village_code="310104003003"))
    create_client(ctx, ClientInput(name="\x07李四"))
    out = tmp_path / "名单.xlsx"
    result = export_list(ctx, "clients", out)
    assert result.rows == 2
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "服务对象名单"
    assert sheet["A1"].value == "测试街道精神健康社工站 服务对象名单" and sheet["A1"].font.b
    assert "导出时间" in sheet["A2"].value and "李社工" in sheet["A2"].value
    assert [c.value for c in sheet[3]][:5] == ["姓名", "性别", "年龄", "身份证号", "联系电话"]
    assert sheet["A3"].font.b and sheet.freeze_panes == "A4"
    assert sheet.column_dimensions["D"].width >= 18
    rows = _cells(out)
    text = repr(rows)
    assert messy.VALID_ID not in text and PHONE not in text
    zhang = next(row for row in rows if row[0] == "张三丰")
    assert zhang[3] == "310***********" + messy.VALID_ID[-4:] and zhang[4] == "138****5678"
    assert zhang[5] == "天平路街道" and zhang[6] == "康平居委会"
    assert any(row[0] == "李四" for row in rows)  # the control character is dropped, the row kept


def test_reveal_needs_the_lead(ctx: ServiceContext, tmp_path: Path) -> None:
    create_client(ctx, ClientInput(name="张三丰", id_number=messy.VALID_ID, phone=PHONE))
    with pytest.raises(PermissionDenied):
        export_list(ctx, "clients", tmp_path / "a.xlsx", reveal=True)
    assert not (tmp_path / "a.xlsx").exists()
    lead = _as(ctx, "lead")
    with pytest.raises(ValidationError):  # a reveal needs its reason
        export_list(lead, "clients", tmp_path / "b.xlsx", reveal=True)
    export_list(lead, "clients", tmp_path / "b.xlsx", reveal=True, reason="区里核对名册")
    assert messy.VALID_ID in repr(_cells(tmp_path / "b.xlsx"))


def test_volunteer_lists_need_the_volunteer_role(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        export_list(ctx, "volunteers", tmp_path / "v.xlsx")
    export_list(_as(ctx, "coord"), "volunteers", tmp_path / "v.xlsx")
    assert _cells(tmp_path / "v.xlsx")[2][0] == "姓名"


def test_bad_export_requests(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        export_list(ctx, "patients", tmp_path / "x.xlsx")
    with pytest.raises(ValidationError):
        month_bounds("2023-13")
    with pytest.raises(StorageError):
        export_list(ctx, "clients", tmp_path / "no" / "such" / "x.xlsx")
    assert month_bounds("2023-12") == (date(2023, 12, 1), date(2024, 1, 1))


def test_any_rows_a_page_shows(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "页.xlsx"
    result = export_rows(ctx, "到期随访", ["姓名", "下次随访日期"], [["张*", date(2023, 5, 6)]], out)
    assert result.rows == 1
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A4"].value == "张*" and sheet["B4"].number_format == "yyyy-mm-dd"


def _finalised(ctx: ServiceContext, visit_id: str) -> None:
    """Mark a stored contact as a finalised follow-up that met the patient (the statistics read the rows)."""
    with ctx.db.write() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        visit.status, visit.objects_seen = "final", [1]


def test_monthly_figures(ctx: ServiceContext, tmp_path: Path) -> None:
    a = create_client(ctx, ClientInput(name="甲"))
    b = create_client(ctx, ClientInput(name="乙"))
    c = create_client(ctx, ClientInput(name="丙"))
    for visit in (
        VisitInput(a.id, date(2023, 5, 6), mode=2, classification=1, risk_level=3, next_visit_date=date(2023, 5, 20)),
        VisitInput(b.id, date(2023, 5, 10), mode=3, classification=3, next_visit_date=date(2023, 8, 10)),
        VisitInput(b.id, date(2023, 4, 10), mode=2, classification=3, next_visit_date=date(2023, 5, 10)),
        VisitInput(c.id, date(2023, 5, 1), mode=4, next_visit_date=date(2023, 5, 2)),
    ):
        _finalised(ctx, log_visit(ctx, visit).id)
    # A later draft of 乙 and a case conference about 甲: contacts, but no follow-up moves the counts.
    log_visit(ctx, VisitInput(b.id, date(2023, 5, 30), mode=2, classification=3, next_visit_date=date(2023, 5, 31)))
    _finalised(ctx, log_visit(ctx, VisitInput(a.id, date(2023, 5, 25), mode=7, next_visit_date=date(2023, 9, 1))).id)
    update_client(ctx, c.id, ClientInput(name="丙", management_status="closed", status_reason="目标达成"))
    coordinator = _as(ctx, "coord")
    import_sheet(
        coordinator,
        _xlsx(tmp_path / "志愿者.xlsx", [["姓名", "志愿者编号"], ["周云", "310100123456"], ["吴刚", "310100654321"]]),
        "volunteers",
    )
    hours = [
        ["姓名", "服务日期", "签到时间", "签退时间", "服务时长"],
        ["周云", "2023-5-6", "9:00", "11:29", None],
        ["吴刚", "2023-5-31", "14:00", None, "1.5"],
        ["吴刚", "2023-6-1", "9:00", None, "3"],
    ]
    import_sheet(coordinator, _xlsx(tmp_path / "时长.xlsx", hours), "hours")
    with ctx.db.read() as session:  # imported hours count once the coordinator confirms them
        confirm_attendance(coordinator, list(session.scalars(select(Attendance.id))))
    figures = monthly_figures(_as(ctx, "lead"), "2023-05", today=date(2026, 1, 1))
    assert figures.visits_by_mode == {2: 2, 3: 1, 4: 1, 7: 1} and figures.total_visits == 5
    assert figures.visits_by_classification == {1: 1, 3: 2, None: 2}
    assert figures.face_to_face == 3
    assert figures.overdue_count == 1  # 甲 (due 20 May; the meeting is no follow-up); 乙 is due in August; 丙 is closed
    assert figures.high_risk_count == 1
    assert figures.active_clients == 2
    assert figures.new_clients == 0
    assert figures.volunteer_minutes == 149 + 90 and figures.volunteer_hours == Decimal("3.5")
    assert figures.volunteer_count == 2 and figures.attendance_count == 2
    out = tmp_path / "月报.xlsx"
    export_monthly(_as(ctx, "lead"), "2023-05", out, today=date(2026, 1, 1))
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["概况", "按随访形式", "按随访分类"]
    overview = {row[0]: row[1] for row in workbook["概况"].iter_rows(min_row=4, values_only=True)}
    assert overview["访视总数"] == 5 and overview["志愿服务时长（小时）"] == 3.5
    assert "测试街道精神健康社工站" in workbook["概况"]["A1"].value and "2023-05" in workbook["概况"]["A1"].value
    modes = {row[0]: row[1] for row in workbook["按随访形式"].iter_rows(min_row=4, values_only=True)}
    assert modes["家庭访视"] == 2 and modes["门诊"] == 0 and modes["合计"] == 5
    assert monthly_figures(_as(ctx, "lead"), "2023-06").total_visits == 0
