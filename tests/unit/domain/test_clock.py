"""The station's clock is Shanghai time whatever the PC's time zone (docs/domain.md §2.4).

At 17:30 UTC on 1 March it is 01:30 on 2 March at the station; a PC set to UTC or to Los Angeles
still says 1 March. Every date the rules decide on follows the station.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop.domain import clock
from desktop.domain.idnumber import check_character, parse_id
from desktop.errors import ValidationError
from tests.clock import EVENING_UTC, FAR_TIME_ZONE, fix_clock, process_time_zone

STATION_DAY = date(2026, 3, 2)


@pytest.fixture
def station_evening(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    fix_clock(monkeypatch, EVENING_UTC)
    with process_time_zone(FAR_TIME_ZONE):
        yield


def test_the_station_is_eight_hours_ahead_of_utc_with_no_daylight_saving(station_evening: None) -> None:
    assert clock.station_now() == datetime(2026, 3, 2, 1, 30, tzinfo=timezone(timedelta(hours=8)))
    assert clock.station_today() == STATION_DAY
    assert clock.station_wall_now() == datetime(2026, 3, 2, 1, 30)
    assert clock.station_day_start(STATION_DAY) == datetime(2026, 3, 1, 16, 0, tzinfo=UTC)
    summer = datetime(2026, 7, 1, 15, 59, tzinfo=UTC)  # no daylight saving: still +8 in July
    assert clock.to_station(summer).date() == date(2026, 7, 1)
    assert clock.to_station(summer + timedelta(minutes=1)).date() == date(2026, 7, 2)
    assert clock.to_station(datetime(2026, 3, 1, 17, 30)) == clock.station_now()  # naive is UTC


def test_the_process_time_zone_really_is_elsewhere(station_evening: None) -> None:
    # The fixture is what makes the other tests mean something: the PC's own idea of the day differs.
    assert datetime.fromtimestamp(EVENING_UTC.timestamp()).date() == date(2026, 3, 1)


def _id_born(day: date) -> str:
    first17 = f"310104{day:%Y%m%d}123"
    return first17 + check_character(first17)


def test_an_id_number_born_on_the_stations_today_is_not_in_the_future(station_evening: None) -> None:
    assert parse_id(_id_born(STATION_DAY)).birth_date == STATION_DAY
    with pytest.raises(ValidationError) as refused:
        parse_id(_id_born(STATION_DAY + timedelta(days=1)))
    assert refused.value.code == "id.birth_date"
