"""Rota, certificate and monthly statistics from a real database: hours from the ledger rules."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desktop.services.context import ServiceContext
from desktop.services.forms import monthly as forms_stats
from desktop.services.forms import volunteer as forms_volunteer
from tests.unit.forms.seed import VOL_ID_NUMBER, Seeded
from tests.unit.pdf.helpers import reader, squash, text

Role = Callable[[str], ServiceContext]


def _text(content: bytes) -> str:
    return squash(text(content))


def test_rota_of_the_week(as_role: Role, seeded: Seeded) -> None:
    result = forms_volunteer.print_rota(as_role("coordinator"), seeded.week)
    body = _text(result.content)
    for expected in ("志愿者排班表", "前台接待", "电话关怀", "09:00–11:30", "陈美华（带班）", "周犇", "周协调"):
        assert expected in body, expected
    assert result.filename == f"rota-{seeded.week}.pdf" and len(reader(result.content).pages) == 1
    assert VOL_ID_NUMBER not in body and "13700001111" not in body  # a posted rota carries names and times only


def test_rota_of_an_empty_week_and_a_bad_week(as_role: Role, seeded: Seeded) -> None:
    coordinator = as_role("coordinator")
    assert "本周暂无排班" in _text(forms_volunteer.print_rota(coordinator, "2020-W02").content)
    for bad in ("2026-48", "2026-W54", "W48", ""):
        with pytest.raises(ValidationError):
            forms_volunteer.print_rota(coordinator, bad)


def test_certificate_from_the_register(as_role: Role, seeded: Seeded) -> None:
    result = forms_volunteer.print_certificate(
        as_role("coordinator"), seeded.volunteer_id, certificate_id=seeded.certificate_id
    )
    body = _text(result.content)
    number = f"XH-TEST-{seeded.today.year}-0001"
    assert number in body and result.filename == f"certificate-{number}.pdf"
    # 150 + 180 confirmed/reported minutes = 5.5 h; the draft and the unreviewed auto-closed day do not count.
    assert "累计志愿服务时间5.5小时" in body and "社区宣传" not in body
    for expected in ("志愿服务记录证明", "陈美华", "前台接待", "电话关怀", "王站长", "周协调", "盖章处"):
        assert expected in body, expected
    assert "样张" not in body and VOL_ID_NUMBER not in body and "310***********4329" in body


def test_certificate_unmasked_shows_the_full_id(as_role: Role, seeded: Seeded) -> None:
    body = _text(
        forms_volunteer.print_certificate(
            as_role("coordinator"), seeded.volunteer_id, certificate_id=seeded.certificate_id, unmasked=True
        ).content
    )
    assert VOL_ID_NUMBER in body and "31010420210000123" in body


def test_certificate_preview_without_a_number(as_role: Role, seeded: Seeded) -> None:
    start = seeded.today.replace(day=1, month=1)
    result = forms_volunteer.print_certificate(as_role("lead"), seeded.volunteer_id, start, seeded.today)
    body = _text(result.content)
    assert "样张预览" in body and "未登记编号" in body and "不作证明使用" in body
    assert "XH-TEST-" not in body and "preview" in result.filename


def test_certificate_errors(as_role: Role, seeded: Seeded) -> None:
    coordinator = as_role("coordinator")
    with pytest.raises(ConflictError):
        forms_volunteer.print_certificate(coordinator, seeded.volunteer_id, certificate_id=seeded.void_certificate_id)
    with pytest.raises(NotFound):
        forms_volunteer.print_certificate(coordinator, "nobody", seeded.today, seeded.today)
    with pytest.raises(ValidationError) as empty:  # no countable service in the period
        forms_volunteer.print_certificate(coordinator, seeded.volunteer_id, seeded.today, seeded.today)
    assert empty.value.code == "certificate.no_service"
    with pytest.raises(ValidationError):
        forms_volunteer.print_certificate(
            coordinator, seeded.volunteer_id, seeded.today, seeded.today.replace(year=2000)
        )
    with pytest.raises(PermissionDenied):
        forms_volunteer.print_certificate(as_role("caseworker"), seeded.volunteer_id, seeded.today, seeded.today)


def test_monthly_statistics(as_role: Role, seeded: Seeded) -> None:
    result = forms_stats.print_monthly(as_role("lead"), seeded.month)
    body = _text(result.content)
    assert "月度工作统计" in body and "家庭访视" in body and "基本稳定" in body
    assert "张建国" not in body and "李翀" not in body  # aggregates only
    assert len(reader(result.content).pages) >= 1
    data = forms_stats._monthly_data(as_role("lead"), seeded.month)
    assert data.new_clients == 1  # 张建国 registered on the 1st of this month
    assert sum(data.visits_by_mode.values()) >= 1
    assert forms_stats.print_monthly(as_role("district_admin"), seeded.month).form == "monthly"
    for role in ("caseworker", "coordinator"):
        with pytest.raises(PermissionDenied):
            forms_stats.print_monthly(as_role(role), seeded.month)
    with pytest.raises(ValidationError):
        forms_stats.print_monthly(as_role("lead"), "2026-13")


def test_monthly_overdue_and_volunteer_hours(as_role: Role, seeded: Seeded) -> None:
    from datetime import timedelta

    later = seeded.today + timedelta(days=3)
    data = forms_stats._monthly_data(as_role("lead"), f"{later:%Y-%m}", today=later)
    # Looked at three days on: 张建国 and 李翀 (due tomorrow) and 王堃 (due the day after) are overdue;
    # the deceased client, also due tomorrow, is not counted.
    assert data.overdue_count == 3
    # The year's ≥ 4 follow-ups check, counted to the same day: the three clients still served.
    assert data.yearly_as_of == later and data.yearly_clients == 3
    assert data.yearly_compliant + data.yearly_below_minimum + data.yearly_gap_over_three_months >= 3
    worked = seeded.today - timedelta(days=seeded.today.weekday() + 7)
    hours = forms_stats._monthly_data(as_role("lead"), f"{worked:%Y-%m}")
    assert hours.volunteer_hours >= 2.5 and hours.volunteer_count == 1
