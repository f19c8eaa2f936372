"""Fixing the station's clock and the process's time zone for a test.

The clock is fixed through its one seam, `desktop.domain.clock.utc_now`; the time zone is changed
with TZ and time.tzset() (POSIX only), so anything still reading the PC's local date or time shows
up as a failure instead of passing by the luck of the hour the suite runs at.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from datetime import time as time_of_day

import pytest

from desktop.domain import clock

# 01:30 on 2 March at the station, still 1 March on a PC set to UTC or to Los Angeles.
EVENING_UTC = datetime(2026, 3, 1, 17, 30, tzinfo=UTC)
FAR_TIME_ZONE = "America/Los_Angeles"


def fix_clock(monkeypatch: pytest.MonkeyPatch, instant: datetime) -> None:
    monkeypatch.setattr(clock, "utc_now", lambda: instant)


@contextmanager
def process_time_zone(name: str) -> Iterator[None]:
    """The process's local time zone is `name` inside the block; restored after."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


class HeldClock:
    """The station's clock held at one instant until the test moves it on (time passing)."""

    def __init__(self, instant: datetime) -> None:
        self.now = instant

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def hold_clock(monkeypatch: pytest.MonkeyPatch, instant: datetime) -> HeldClock:
    held = HeldClock(instant)
    monkeypatch.setattr(clock, "utc_now", lambda: held.now)
    return held


def station_midday() -> datetime:
    """Noon of the station's today, as aware UTC: a test that lets hours pass at the kiosk must not
    cross the station's midnight, or the day's open check-in becomes yesterday's forgotten one."""
    return datetime.combine(clock.station_today(), time_of_day(12), clock.STATION_TZ).astimezone(UTC)
