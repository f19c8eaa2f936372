"""A certificate for the hours of the station's today is issued, dated that day (docs/domain.md §2.4).

At 17:30 UTC on 1 March, in a process set to Los Angeles time, the station is at 01:30 on 2 March:
the hours served there from 00:15 to 01:15 belong to 2 March, and a certificate for a period ending
that day is issued on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from desktop.domain.clock import STATION_TZ, station_today
from desktop.services.context import ServiceContext
from desktop.services.volunteers.certificates import CertificateRequest, issue_certificate
from desktop.services.volunteers.hours import confirm_attendance, ledger
from desktop.services.volunteers.kiosk import KIOSK_ACTOR, check_in_or_out
from desktop.services.volunteers.settings import IssuerSettings, set_issuer_settings
from tests.clock import EVENING_UTC, FAR_TIME_ZONE, fix_clock, process_time_zone
from tests.unit.volunteers.conftest import ID_A, add_volunteer

STATION_DAY = dt.date(2026, 3, 2)


@pytest.fixture
def station_evening(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    fix_clock(monkeypatch, EVENING_UTC)
    with process_time_zone(FAR_TIME_ZONE):
        yield


def served_on_the_station_day(coord: ServiceContext) -> str:
    """A volunteer with a confirmed hour, 00:15–01:15 on the station's 2 March, and the issuer set."""
    set_issuer_settings(coord, IssuerSettings("复元同行志愿者服务基地", "王站长", "021-64381234", "复元同行"))
    vid = add_volunteer(coord, "张三丰", "13812345678", id_number=ID_A, volunteer_no="31010400000001")
    kiosk = coord.as_actor(KIOSK_ACTOR)
    for hhmm in ("00:15", "01:15"):
        check_in_or_out(kiosk, vid, now=dt.datetime.combine(STATION_DAY, dt.time.fromisoformat(hhmm), STATION_TZ))
    confirm_attendance(coord, [r.id for r in ledger(coord, STATION_DAY, STATION_DAY, volunteer_id=vid).rows])
    return vid


def test_the_service_issues_a_certificate_for_the_stations_today(coord: ServiceContext, station_evening: None) -> None:
    vid = served_on_the_station_day(coord)
    issued = issue_certificate(coord, CertificateRequest(vid, dt.date(2026, 1, 1), station_today(), "前台接待"))
    assert (issued.issued_on, issued.period_to, issued.minutes) == (STATION_DAY, STATION_DAY, 60)
