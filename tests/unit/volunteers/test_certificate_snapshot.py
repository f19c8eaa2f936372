"""A certificate prints what was registered (issue 18, 6): the snapshot survives a rename and a
later attendance, the coordinator's 服务内容 prints, lines and total agree, and the issue date
cannot fall before the period ends."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.volunteering.certificates import ServiceLine, make_service_info
from desktop.errors import ValidationError
from desktop.services.context import ServiceContext
from desktop.services.forms import volunteer as forms_volunteer
from desktop.services.volunteers.certificates import certificate_print_data, issue_certificate, list_certificates
from desktop.services.volunteers.hours import confirm_attendance, ledger
from desktop.services.volunteers.kiosk import KIOSK_ACTOR, check_in_or_out
from desktop.services.volunteers.register import update_volunteer, volunteer_form_values
from tests.unit.pdf.helpers import squash, text
from tests.unit.volunteers.conftest import ID_A
from tests.unit.volunteers.test_certificates_and_cli import _issuer, _request, _served
from tests.unit.volunteers.test_kiosk_and_hours import DAY, at


def _attend(coord: ServiceContext, vid: str, day: dt.date, start: str, end: str) -> None:
    kiosk = coord.as_actor(KIOSK_ACTOR)
    check_in_or_out(kiosk, vid, now=at(start, day))
    check_in_or_out(kiosk, vid, now=at(end, day))
    confirm_attendance(coord, [r.id for r in ledger(coord, day, day, volunteer_id=vid).rows if r.status != "confirmed"])


def test_a_registered_certificate_prints_its_snapshot_whatever_changes_later(coord: ServiceContext) -> None:
    _issuer(coord)
    vid = _served(coord, ID_A, "13812345678", name="张三丰")
    issued = issue_certificate(coord, dataclasses.replace(_request(vid), summary="前台接待与来访引导"))
    # Afterwards: the volunteer is renamed and one more attendance in the period is confirmed.
    values = volunteer_form_values(coord, vid)
    update_volunteer(coord, vid, dataclasses.replace(values, name="张三峰"))
    _attend(coord, vid, DAY + dt.timedelta(days=2), "14:00", "17:00")

    data = certificate_print_data(coord, issued.id)
    assert data.volunteer_name == "张三丰" and data.total_hours == 2.0
    assert [(a.day, a.hours) for a in data.activities] == [(DAY, 2.0)]
    assert data.summary == "前台接待与来访引导"
    body = squash(text(forms_volunteer.print_certificate(coord, vid, certificate_id=issued.id).content))
    assert "张三丰" in body and "张三峰" not in body
    assert "累计志愿服务时间2小时" in body and "3小时" not in body.replace("累计志愿服务时间2小时", "")
    assert "服务内容：前台接待与来访引导" in body


def test_the_issue_date_cannot_precede_the_period_end(coord: ServiceContext) -> None:
    _issuer(coord)
    vid = _served(coord, ID_A, "13812345678")
    early = dataclasses.replace(_request(vid), issue_date=dt.date(2026, 10, 20))  # period ends 10-31
    with pytest.raises(ValidationError) as refused:
        issue_certificate(coord, early)
    assert refused.value.code == "certificate.issue_before_period_end"
    assert "2026-10-31" in str(refused.value)
    assert list_certificates(coord) == []


def test_lines_and_total_are_rounded_the_same_way() -> None:
    lines = [ServiceLine("前台接待", dt.date(2026, 10, 9), 89), ServiceLine("电话关怀", dt.date(2026, 10, 10), 89)]
    service = make_service_info(lines, "0.5")
    # Each line prints 1.0 h (89 min rounded down to 0.5 h): the total is their sum, not 178 min → 2.5 h.
    assert service.total_hours == Decimal("2.0")


def test_register_hours_match_the_printed_total(coord: ServiceContext) -> None:
    _issuer(coord)
    vid = _served(coord, ID_A, "13812345678")  # 09:00–11:15 on DAY
    _attend(coord, vid, DAY + dt.timedelta(days=1), "09:00", "10:29")
    issued = issue_certificate(coord, _request(vid))
    data = certificate_print_data(coord, issued.id)
    assert data.total_hours == sum(a.hours for a in data.activities) == float(issued.hours)
