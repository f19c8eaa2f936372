"""Header detection and automatic column mapping, plus fuzzing with arbitrary header rows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.sheets import fields as f
from desktop.domain.sheets.rows import CLEANERS, RowContext
from desktop.errors import ValidationError


def test_usual_client_headers_are_mapped() -> None:
    headers = [
        "序号",
        "姓名",
        "性别",
        "证件号码",
        "出生年月",
        "手机",
        "街道/镇",
        "社区",
        "现住址",
        "监护人姓名",
        "监护人联系电话",
        "与患者关系",
        "诊断",
        "管理状态",
    ]
    mapping = f.auto_map(headers, "clients")
    assert mapping == {
        1: "name", 2: "sex", 3: "id_number", 4: "birth_date", 5: "phone", 6: "township", 7: "village",
        8: "address_detail", 9: "guardian_name", 10: "guardian_phone", 11: "guardian_relationship",
        12: "diagnosis", 13: "management_status",
    }  # fmt: skip


def test_headers_with_remarks_and_stars() -> None:
    mapping = f.auto_map(
        ["*姓名", "身份证号（必填）", "随访日期(yyyy-mm-dd)", "随访形式", "危险性", "分类", "下次随访"], "visits"
    )
    assert list(mapping.values()) == [
        "name",
        "id_number",
        "visit_date",
        "mode",
        "risk_level",
        "classification",
        "next_visit_date",
    ]


def test_guardian_phone_is_not_taken_for_the_clients_phone() -> None:
    assert f.auto_map(["姓名", "监护人电话"], "clients") == {0: "name", 1: "guardian_phone"}


def test_hours_headers() -> None:
    mapping = f.auto_map(
        ["志愿者姓名", "志愿者编号", "服务日期", "签到时间", "签退时间", "服务时长（小时）", "项目名称"], "hours"
    )
    assert list(mapping.values()) == [
        "name",
        "volunteer_no",
        "service_date",
        "check_in",
        "check_out",
        "duration",
        "activity",
    ]


def test_header_found_under_title_and_blank_rows() -> None:
    rows = [
        ["2023年凌云路街道严重精神障碍患者随访服务记录台账"],
        [],
        ["填报日期：2023年12月"],
        ["序号", "姓名", "身份证号", "随访日期"],
    ]
    assert f.find_header_row(rows, "visits") == 3


def test_two_row_header_with_a_merged_group() -> None:
    top = ["姓名", "身份证号", "监护人", None, "备注"]
    below = [None, None, "姓名", "电话", None]
    combined = f.two_row_header(top, below, "clients")
    assert combined == ("姓名", "身份证号", "监护人姓名", "监护人电话", "备注")
    assert f.auto_map(combined, "clients") == {
        0: "name",
        1: "id_number",
        2: "guardian_name",
        3: "guardian_phone",
        4: "notes",
    }
    # A data row is never taken for a sub-header.
    assert f.two_row_header(top, ["张三", "310104198001011234", "张父", "13900001111"], "clients") is None
    assert f.two_row_header(top, [None, None, None], "clients") is None


def test_no_header_row() -> None:
    with pytest.raises(ValidationError) as caught:
        f.find_header_row([["a", "b"], [1, 2]], "clients")
    assert caught.value.code == "sheet.no_header"


def test_unknown_kind() -> None:
    with pytest.raises(ValidationError) as caught:
        f.fields_of("patients")
    assert caught.value.code == "sheet.kind"


def test_overrides_by_header_and_by_letter() -> None:
    headers = ["姓名", "号码", "电话"]
    mapping = f.auto_map(headers, "clients")
    assert mapping == {0: "name", 2: "phone"}
    changed = f.apply_overrides(headers, mapping, {"号码": "id_number", "C": ""}, "clients")
    assert changed == {0: "name", 1: "id_number"}
    with pytest.raises(ValidationError):
        f.apply_overrides(headers, mapping, {"号码": "nonsense"}, "clients")
    with pytest.raises(ValidationError):
        f.apply_overrides(headers, mapping, {"不存在": "phone"}, "clients")


def test_column_letters() -> None:
    assert [f.column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]
    assert all(f.column_index(f.column_letter(i)) == i for i in range(800))


HEADER_CELLS = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from([name for fields in f.KINDS.values() for item in fields for name in item.names]),
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(f.KINDS)), st.lists(st.lists(HEADER_CELLS, max_size=16), max_size=12))
def test_header_detection_and_mapping_never_crash(kind: str, rows: list[list[object]]) -> None:
    for cells in rows:
        mapping = f.auto_map(cells, kind)
        assert len(set(mapping.values())) == len(mapping)
        assert all(0 <= index < len(cells) for index in mapping)
    try:
        index = f.find_header_row(rows, kind)
    except ValidationError as error:
        assert error.code == "sheet.no_header"
    else:
        assert f.header_score(rows[index], kind) >= f.MIN_HEADER_SCORE


ROW_CELLS = st.one_of(
    st.none(), st.integers(), st.floats(), st.text(max_size=24), st.dates(), st.datetimes(), st.times()
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(f.KINDS)), st.data())
def test_row_cleaning_reports_problems_instead_of_raising(kind: str, data: st.DataObject) -> None:
    from datetime import date

    cells = {item.key: data.draw(ROW_CELLS) for item in f.KINDS[kind]}
    clean = CLEANERS[kind](cells, RowContext(date(2026, 1, 1), "310104"))
    for problem in clean.problems:
        assert problem.field in cells or problem.field in ("name", "check_in", "check_out", "service_date")
        assert problem.message
