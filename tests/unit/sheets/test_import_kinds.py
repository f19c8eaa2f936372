"""Visits, volunteers and hours registers; bad files; permissions; fuzzed workbooks."""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.errors import AppError, PermissionDenied, ValidationError
from desktop.models import Attendance, Visit, Volunteer
from desktop.services.casework.clients import ClientInput, create_client
from desktop.services.context import ServiceContext
from desktop.services.sheets.importer import import_sheet
from desktop.services.sheets.reader import SheetError, read_sheet
from tests.unit.sheets import messy
from tests.unit.sheets.helpers import table_hashes


def _xlsx(path: Path, rows: list[list[object]], title: str | None = "台账") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
        sheet.append([])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _as(ctx: ServiceContext, username: str) -> ServiceContext:
    from desktop.services.auth import login
    from desktop.services.context import ANONYMOUS
    from tests.conftest import STAFF_PASSWORD

    return ctx.as_actor(login(ctx.as_actor(ANONYMOUS), username, STAFF_PASSWORD))


def test_visits_find_their_client_and_report_the_rest(ctx: ServiceContext, tmp_path: Path) -> None:
    create_client(ctx, ClientInput(name="张三", id_number=messy.VALID_ID))
    create_client(ctx, ClientInput(name="李四", birth_date=date(1960, 1, 2)))
    create_client(ctx, ClientInput(name="王五"))
    create_client(ctx, ClientInput(name="王五"))
    path = _xlsx(
        tmp_path / "随访.xlsx",
        [
            [
                "姓名",
                "身份证号",
                "出生日期",
                "随访日期",
                "随访方式",
                "危险性评估",
                "本次随访分类",
                "下次随访日期",
                "服药依从性",
            ],
            ["张三", messy.VALID_ID.lower(), None, "2023年5月6日", "家访", "1级", "稳定", "2023-08-06", "规律服药"],
            ["李四", None, "1960-1-2", 45052, "电话", "0", "基本稳定", None, "间断服药"],
            ["张三", messy.VALID_ID, None, "2023-5-6", "家访", "1级", "稳定", None, None],
            ["王五", None, None, "2023-5-7", "家访", None, None, None, None],
            ["赵六", None, None, "2023-5-7", "家访", None, None, None, None],
            ["张三", messy.VALID_ID, None, "2023-6-1", "飞鸽传书", "6级", "稳定", "2023-05-01", None],
            ["张三", messy.VALID_ID, None, "2099-6-1", None, None, None, None, None],
        ],
    )
    report = import_sheet(ctx, path, "visits", dry_run=True, today=date(2026, 1, 1))
    assert {(e.row, e.column, e.code) for e in report.errors} == {
        (7, "A", "sheet.client_ambiguous"),
        (8, "A", "sheet.client_not_found"),
        (9, "E", "sheet.code"),
        (9, "F", "sheet.level"),
        (9, "H", "visit.next_before"),
        (10, "D", "visit.date_future"),
    }
    assert [(d["row"], d["matches"], d.get("first_row")) for d in report.duplicates] == [(6, "sheet", 4)]
    assert report.valid == 2
    imported = import_sheet(ctx, path, "visits", today=date(2026, 1, 1))
    assert imported.imported == 2
    with ctx.db.read() as session:
        visits = sorted(session.scalars(select(Visit)), key=lambda visit: visit.risk_level or 0)
        assert [(v.visit_date, v.mode, v.risk_level, v.classification, v.adherence) for v in visits] == [
            (date(2023, 5, 6), 3, 0, 2, 2),
            (date(2023, 5, 6), 2, 1, 3, 1),
        ]
        assert visits[1].next_visit_date == date(2023, 8, 6)
    again = import_sheet(ctx, path, "visits", dry_run=True, today=date(2026, 1, 1))
    assert {d["row"] for d in again.duplicates if d["matches"] == "existing"} == {4, 5, 6}


def test_volunteers_then_hours(ctx: ServiceContext, tmp_path: Path) -> None:
    coordinator = _as(ctx, "coord")
    volunteers = _xlsx(
        tmp_path / "志愿者.xlsx",
        [
            ["姓名", "性别", "身份证号", "手机号码", "志愿者编号", "专业技能", "加入日期"],
            ["周云", "女", messy.VALID_ID, "13812345678", "310100123456", "心理疏导、手工", "2022/3/1"],
            ["吴刚", "男", None, "139 0000 1111", "310100654321", None, None],
            ["吴刚", "男", None, "13900001111", "310100654321", None, None],
            ["郑三", "男", None, "12345", "x", None, None],
        ],
    )
    report = import_sheet(coordinator, volunteers, "volunteers")
    assert {(e.row, e.column) for e in report.errors} == {(7, "D"), (7, "E")}
    assert [(d["row"], d["by"], d["first_row"]) for d in report.duplicates] == [(6, "volunteer_no", 5)]
    assert report.imported == 2
    with ctx.db.read() as session:
        zhou = session.scalars(select(Volunteer).where(Volunteer.name == "周云")).one()
        assert zhou.phone == "13812345678" and zhou.phone_tail == "5678"
        assert zhou.skills == ["心理疏导", "手工"] and zhou.id_hash
    hours = _xlsx(
        tmp_path / "时长.xlsx",
        [
            ["志愿者姓名", "志愿者编号", "服务日期", "签到时间", "签退时间", "服务时长（小时）", "项目名称"],
            ["周云", None, "2023-5-6", "9:00", "11:30", None, "复元同行"],
            [None, "310100654321", "2023/5/7", None, None, "2.5", "电话关怀"],
            ["周云", None, "2023-5-6", "9:00", "11:30", None, "复元同行"],
            ["周云", None, "2023-5-8", "14:00", "13:00", None, "复元同行"],
            ["无此人", None, "2023-5-8", "9:00", "10:00", None, "复元同行"],
            ["周云", None, "2023-5-9", None, None, None, "复元同行"],
        ],
    )
    report = import_sheet(coordinator, hours, "hours")
    assert {(e.row, e.column, e.code) for e in report.errors} == {
        (5, "D", "sheet.duration_only"),  # only 2.5 h: no check-in is invented for it
        (7, "E", "hours.time_order"),
        (8, "A", "sheet.volunteer_not_found"),
        (9, "D", "sheet.time_missing"),
    }
    assert [(d["row"], d["first_row"]) for d in report.duplicates] == [(6, 4)]
    assert report.imported == 1
    with ctx.db.read() as session:
        rows = sorted(session.scalars(select(Attendance)), key=lambda a: a.check_in)
        # 09:00 in Shanghai is 01:00 UTC: the sheet's own times, not an assumed start.
        assert rows[0].check_in == datetime(2023, 5, 6, 1, 0, tzinfo=UTC)
        assert rows[0].check_out == datetime(2023, 5, 6, 3, 30, tzinfo=UTC)
        # Waiting for the coordinator like kiosk hours, with the sheet's 项目名称.
        assert [(a.status, a.confirmed_by, a.activity) for a in rows] == [("draft", "", "复元同行")]
    twins = _xlsx(tmp_path / "同名.xlsx", [["姓名", "手机"], ["周云", "13700009999"]])
    assert import_sheet(coordinator, twins, "volunteers").imported == 1  # a second 周云
    ambiguous = _xlsx(
        tmp_path / "同名时长.xlsx",
        [
            ["姓名", "联系电话", "服务日期", "签到时间", "服务时长"],
            ["周云", None, "2023-5-6", "9:00", "2"],
            ["周云", "13812345678", "2023-5-20", "9:00", "2"],
        ],
    )
    check = import_sheet(coordinator, ambiguous, "hours", dry_run=True)
    assert [(e.row, e.code) for e in check.errors] == [(4, "sheet.volunteer_ambiguous")] and check.valid == 1


def test_two_row_header_register(ctx: ServiceContext, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["2023年台账"])
    sheet.merge_cells("A1:E1")
    sheet.append(["姓名", "身份证号", "监护人", None, "联系电话"])
    sheet.merge_cells("C2:D2")
    sheet.append([None, None, "姓名", "电话", None])
    sheet.append(["张三", messy.VALID_ID, "张父", "13900001111", "13812345678"])
    sheet.append(["李四", None, None, "12", None])
    path = tmp_path / "两行表头.xlsx"
    workbook.save(path)
    report = import_sheet(ctx, path, "clients")
    assert report.header_row == 2 and report.rows == 2
    assert {(e.row, e.column) for e in report.errors} == {(5, "D")}
    assert report.imported == 1
    with ctx.db.read() as session:
        from desktop.models import Guardian

        guardian = session.scalars(select(Guardian)).one()
        assert guardian.name == "张父" and guardian.phone == "+8613900001111"


def test_roles_are_enforced_per_kind(ctx: ServiceContext, tmp_path: Path) -> None:
    path = messy.write_xlsx(tmp_path / "台账.xlsx")
    with pytest.raises(PermissionDenied):
        import_sheet(_as(ctx, "coord"), path, "clients", dry_run=True)
    with pytest.raises(PermissionDenied):
        import_sheet(ctx, path, "volunteers", dry_run=True)
    with pytest.raises(PermissionDenied):
        import_sheet(_as(ctx, "district"), path, "clients", dry_run=True)


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str, str | None]]:
    empty = tmp_path / "空.xlsx"
    empty.write_bytes(b"")
    word = tmp_path / "文档.xlsx"
    with zipfile.ZipFile(word, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    text = tmp_path / "说明.xlsx"
    text.write_text("这不是表格", encoding="utf-8")
    xls = tmp_path / "旧表.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    no_header = _xlsx(tmp_path / "无表头.xlsx", [["甲", "乙"], [1, 2], [3, 4]])
    blank_workbook = tmp_path / "空表.xlsx"
    openpyxl.Workbook().save(blank_workbook)
    blank_csv = tmp_path / "空.csv"
    blank_csv.write_text("\n\n", encoding="utf-8")
    binary_csv = tmp_path / "乱码.csv"
    binary_csv.write_bytes(bytes(range(256)) * 4)
    no_name = _xlsx(tmp_path / "缺姓名.xlsx", [["身份证号", "联系电话"], [messy.VALID_ID, "13812345678"]])
    return {
        "missing": (tmp_path / "不存在.xlsx", "sheet.not_found_file", None),
        "empty": (empty, "sheet.empty", None),
        "word": (word, "sheet.unreadable", None),
        "text": (text, "sheet.unreadable", None),
        "xls": (xls, "sheet.xls", None),
        "no_header": (no_header, "sheet.no_header", None),
        "blank_workbook": (blank_workbook, "sheet.empty", None),
        "blank_csv": (blank_csv, "sheet.empty", None),
        "binary_csv": (binary_csv, "sheet.unreadable", None),
        "no_sheet": (messy.write_xlsx(tmp_path / "台账.xlsx"), "sheet.no_such_sheet", "不存在的表"),
        "no_name_column": (no_name, "sheet.missing_column", None),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "empty",
        "word",
        "text",
        "xls",
        "no_header",
        "blank_workbook",
        "blank_csv",
        "binary_csv",
        "no_sheet",
        "no_name_column",
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(ctx: ServiceContext, tmp_path: Path, case: str) -> None:
    path, code, sheet = _bad_files(tmp_path)[case]
    before = table_hashes(ctx.paths.database)
    for dry_run in (True, False):
        with pytest.raises(AppError) as caught:
            import_sheet(ctx, path, "clients", sheet=sheet, dry_run=dry_run)
        assert caught.value.code == code
        message = caught.value.user_message()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in message)
        assert str(path.name) not in message
    assert table_hashes(ctx.paths.database) == before


def test_unknown_kind_changes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    path = messy.write_xlsx(tmp_path / "台账.xlsx")
    before = table_hashes(ctx.paths.database)
    with pytest.raises(ValidationError) as caught:
        import_sheet(ctx, path, "patients")
    assert caught.value.code == "sheet.kind" and "服务对象" in caught.value.user_message()
    assert table_hashes(ctx.paths.database) == before


def test_csv_with_tabs_and_gbk(tmp_path: Path) -> None:
    path = tmp_path / "表.csv"
    with path.open("w", encoding="gb18030", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(["标题"])
        writer.writerow(["姓名", "身份证号", "联系电话"])
        writer.writerow(["张三", messy.VALID_ID, "13812345678"])
    data = read_sheet(path)
    assert data.rows[1] == (2, ("姓名", "身份证号", "联系电话"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2048), st.sampled_from([".xlsx", ".csv", ".txt", ".dat"]))
def test_any_bytes_are_read_or_refused_cleanly(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    try:
        data = read_sheet(path)
    except SheetError as error:
        assert error.user_message()
    else:
        assert all(number >= 1 for number, _ in data.rows)


# Text that a worksheet can hold (openpyxl refuses C0 control characters, as Excel does).
SHEET_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=18)
CELL = st.one_of(
    st.none(), st.integers(-(10**12), 10**12), st.floats(allow_nan=False, allow_infinity=False), SHEET_TEXT, st.dates()
)
HEADER = st.sampled_from(
    ["姓名", "身份证号", "随访日期", "联系电话", "危险性评估", "签到时间", "服务时长", "志愿者编号", "出生日期", "其他"]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["clients", "visits", "hours"]),
    headers=st.lists(HEADER, min_size=1, max_size=6),
    rows=st.lists(st.lists(CELL, max_size=6), max_size=6),
)
def test_any_workbook_dry_runs_without_crashing(
    ctx: ServiceContext, tmp_path: Path, kind: str, headers: list[str], rows: list[list[object]]
) -> None:
    lead = _as(ctx, "lead")
    path = _xlsx(tmp_path / "fuzz.xlsx", [headers, *rows])
    try:
        report = import_sheet(lead, path, kind, dry_run=True)
    except AppError as error:
        assert error.code.startswith("sheet.")
    else:
        assert report.valid + len(report.error_rows) + len(report.duplicates) <= report.rows
