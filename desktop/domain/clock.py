"""The station's clock: what "now" and "today" mean everywhere in the program.

Stations are in Shanghai and China keeps no daylight saving, so the station's wall clock is UTC+8
whatever time zone the PC is set to (a Linux install left on UTC is common). Every calendar date
("today", "due today", "in the future", a file name's date) and every wall-clock default is read
here, from the PC's UTC clock; stored timestamps stay aware UTC (`desktop.models.types.utcnow`).
See docs/domain.md §2.4.

`utc_now` is the one seam: a test fixes the clock by replacing it (monkeypatch), and every other
function here follows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

STATION_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")


def utc_now() -> datetime:
    """The PC's clock as aware UTC (independent of the PC's time-zone setting)."""
    return datetime.now(UTC)


def station_now() -> datetime:
    """Now on the station's wall clock, aware (UTC+8)."""
    return utc_now().astimezone(STATION_TZ)


def station_today() -> date:
    """The station's calendar date: the one "today" of the program."""
    return station_now().date()


def station_wall_now() -> datetime:
    """Now on the station's wall clock, naive, as printed ("打印时间") or typed into a time field."""
    return station_now().replace(tzinfo=None)


def to_station(value: datetime) -> datetime:
    """A stored timestamp on the station's wall clock, aware; a naive value is taken as UTC."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(STATION_TZ)


def station_day_start(day: date) -> datetime:
    """The first moment of the station's `day`, as aware UTC (16:00 UTC the day before)."""
    return datetime.combine(day, time.min, STATION_TZ).astimezone(UTC)
