"""Cell normalisers: the usual ways dates, levels, codes and durations are typed, and fuzzing."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.codes import ADHERENCE, CLASSIFICATION, MANAGEMENT_STATUS, SEX, VISIT_MODE
from desktop.domain.sheets import values as v
from desktop.domain.sheets.rows import MODE_ALIASES
from desktop.errors import ValidationError

MAY_6 = date(2023, 5, 6)
SAFE_PARAMS = {"field", "limit", "low", "high", "choices"}


@pytest.mark.parametrize(
    "cell",
    [
        "2023-5-6", "2023/05/06", "2023年5月6日", "2023.5.6", "20230506", 20230506, 45052, 45052.0, "45052",
        "２０２３年５月６日", "２０２３-０５-０６", " 2023 年 5 月 6 日 ", date(2023, 5, 6), datetime(2023, 5, 6, 14, 30),
        "2023-05-06 09:30", "2023/5/6 9:30:00",
    ],
)  # fmt: skip
def test_dates_in_the_usual_forms(cell: object) -> None:
    assert v.parse_date(cell) == MAY_6


def test_date_with_time_keeps_the_time() -> None:
    assert v.parse_datetime("2023-05-06 09:30") == (MAY_6, time(9, 30))
    assert v.parse_datetime(45052.375) == (MAY_6, time(9, 0))


@pytest.mark.parametrize(
    ("cell", "code"),
    [("2023-13-01", "sheet.date_invalid"), ("2023-2-30", "sheet.date_invalid"), ("明天", "sheet.date"),
     ("2023", "sheet.date"), ("1800-01-01", "sheet.date_range"), (-5, "sheet.date"), ("", "sheet.date")],
)  # fmt: skip
def test_bad_dates_have_their_own_codes(cell: object, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        v.parse_date(cell, "visit_date")
    assert caught.value.code == code
    # Messages are fixed templates: their parameters are field names and limits, never the cell.
    assert set(caught.value.params) <= SAFE_PARAMS


def test_partial_dates_keep_their_precision() -> None:
    assert v.parse_partial_date("1965年3月") == (date(1965, 3, 1), "YM")
    assert v.parse_partial_date("1965-03") == (date(1965, 3, 1), "YM")
    assert v.parse_partial_date("1965年") == (date(1965, 1, 1), "Y")
    assert v.parse_partial_date("19650307") == (date(1965, 3, 7), "YMD")


@pytest.mark.parametrize(
    ("cell", "level"), [("3级", 3), ("三级", 3), ("３级", 3), (3, 3), (3.0, 3), ("0级：无", 0), ("五", 5)]
)
def test_levels(cell: object, level: int) -> None:
    assert v.parse_int(cell, "risk_level", low=0, high=5) == level


@pytest.mark.parametrize("cell", ["6级", "-1", "3.5", "高", "999999999999级"])
def test_bad_levels(cell: object) -> None:
    with pytest.raises(ValidationError) as caught:
        v.parse_int(cell, "risk_level", low=0, high=5)
    assert caught.value.code == "sheet.level"


def test_codes_by_value_label_prefix_and_alias() -> None:
    assert v.parse_code("2", VISIT_MODE) == 2
    assert v.parse_code(2.0, VISIT_MODE) == 2
    assert v.parse_code("家庭访视", VISIT_MODE) == 2
    assert v.parse_code("2.家庭访视", VISIT_MODE) == 2
    assert v.parse_code("家访", VISIT_MODE, aliases=MODE_ALIASES) == 2
    assert v.parse_code("基本稳定", CLASSIFICATION) == 2
    assert v.parse_code("在管", MANAGEMENT_STATUS) == "managed"
    assert v.parse_code("女", SEX) == 2
    assert v.parse_code("间断用药", ADHERENCE) == 2
    with pytest.raises(ValidationError) as caught:
        v.parse_code("很稳定", CLASSIFICATION, "classification")
    assert caught.value.code == "sheet.code" and "不稳定" in caught.value.user_message()


@pytest.mark.parametrize(
    ("cell", "minutes"),
    [(2.5, 150), ("2.5", 150), ("2.5小时", 150), ("2小时30分", 150), ("150分钟", 150), ("1:30", 90), ("２小时", 120)],
)
def test_durations(cell: object, minutes: int) -> None:
    assert v.parse_duration_minutes(cell) == minutes


@pytest.mark.parametrize("cell", ["0", "25", "半天", "-1"])
def test_bad_durations(cell: object) -> None:
    with pytest.raises(ValidationError):
        v.parse_duration_minutes(cell)


@pytest.mark.parametrize(
    ("cell", "clock"), [("9:00", time(9)), ("09:30:00", time(9, 30)), ("9点半", time(9, 30)), (0.375, time(9))]
)
def test_times(cell: object, clock: time) -> None:
    assert v.parse_time(cell) == clock


def test_fold_turns_full_width_into_half_width() -> None:
    assert v.fold("１３８　１２３４") == "138 1234"
    assert v.fold(13812345678.0) == "13812345678"
    assert v.fold(None) == ""


CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.text(alphabet="0123456789０１２３４５６７８９-/.年月日点时分秒:： 级小时分钟hH三五x", max_size=25),
    st.dates(),
    st.datetimes(),
    st.times(),
)


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_normalisers_raise_only_validation_errors(cell: object) -> None:
    parsers = (
        lambda c: v.parse_date(c, "f"),
        lambda c: v.parse_partial_date(c, "f"),
        lambda c: v.parse_datetime(c, "f"),
        lambda c: v.parse_time(c, "f"),
        lambda c: v.parse_duration_minutes(c, "f"),
        lambda c: v.parse_int(c, "f", low=0, high=5),
        lambda c: v.parse_code(c, VISIT_MODE, "f", aliases=MODE_ALIASES),
        lambda c: v.parse_yes_no(c, "f"),
        lambda c: v.text(c, max_length=10, field="f"),
        v.fold,
        v.is_blank,
    )
    for parse in parsers:
        try:
            parse(cell)
        except ValidationError as error:
            assert error.code.startswith("sheet.")
            assert error.user_message()
            assert set(error.params) <= SAFE_PARAMS


def test_an_id_number_stored_as_a_number_is_refused_with_the_reason() -> None:
    from desktop.domain.sheets.rows import parse_id_cell

    with pytest.raises(ValidationError) as caught:
        parse_id_cell(310104198001011000)
    assert caught.value.code == "sheet.id_as_number"
    with pytest.raises(ValidationError):
        parse_id_cell(3.10104198001011e17)
    assert parse_id_cell(310104800506321).normalised.startswith("31010419800506321")
