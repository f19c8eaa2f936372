"""A volunteer's availability: a weekly pattern plus dated exceptions, stored as JSON.

The register keeps one `Availability` per volunteer in a JSON column; the rota uses
`is_available` to flag assignments outside it. Times are wall-clock times at the station on one
day (shifts never cross midnight), handled internally as minutes since midnight so that
"until 24:00" can be expressed. The stored form is versioned so it can grow later:

    {"version": 1,
     "weekly": {"mon": [["09:00", "11:30"]], "thu": [["13:30", "17:00"]]},
     "exceptions": [{"date": "2026-10-08", "kind": "unavailable"},
                    {"date": "2026-10-09", "kind": "unavailable", "start": "09:00", "end": "12:00"},
                    {"date": "2026-10-10", "kind": "available", "start": "09:00", "end": "17:00"}]}

On a given date: weekly ranges of that weekday ∪ extra "available" ranges, minus "unavailable"
ranges (an "unavailable" exception without times blocks the whole day and wins over everything).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from desktop.errors import ValidationError

FORMAT_VERSION = 1
DAY_MINUTES = 24 * 60
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = date.weekday()
ExceptionKind = Literal["unavailable", "available"]
_TIME_RE = re.compile(r"^(\d{2}):(\d{2})$")
# A stored value larger than this is not a real availability record; refuse instead of looping.
_MAX_ITEMS = 1000


@dataclass(frozen=True, order=True)
class TimeRange:
    """Half-open range [start, end) in minutes since midnight, 0 ≤ start < end ≤ 1440."""

    start: int
    end: int

    def __post_init__(self) -> None:
        ok = isinstance(self.start, int) and isinstance(self.end, int) and 0 <= self.start < self.end <= DAY_MINUTES
        if not ok or isinstance(self.start, bool) or isinstance(self.end, bool):
            raise ValidationError("availability.range", "时间段不正确：开始时间须早于结束时间。", field="time_range")

    @classmethod
    def of(cls, start: dt.time | str, end: dt.time | str) -> TimeRange:
        """Build from `datetime.time` or "HH:MM" values; "24:00" is accepted as an end."""
        return cls(to_minutes(start), to_minutes(end, is_end=True))

    def overlaps(self, other: TimeRange) -> bool:
        # Touching ranges (09:00–10:00 and 10:00–11:00) do not overlap.
        return self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        return f"{format_minutes(self.start)}–{format_minutes(self.end)}"


@dataclass(frozen=True)
class AvailabilityException:
    """One dated exception; `time_range=None` means the whole day."""

    day: dt.date
    kind: ExceptionKind
    time_range: TimeRange | None = None

    def __post_init__(self) -> None:
        if self.kind not in ("unavailable", "available"):
            raise ValidationError("availability.kind", "例外类型只能是“不可用”或“额外可用”。", field="kind")
        if not isinstance(self.day, dt.date) or isinstance(self.day, dt.datetime):
            raise ValidationError("availability.date", "例外日期格式不正确。", field="date")


@dataclass(frozen=True)
class Availability:
    """Weekly pattern (index 0 = Monday … 6 = Sunday) plus dated exceptions."""

    weekly: tuple[tuple[TimeRange, ...], ...] = ((),) * 7
    exceptions: tuple[AvailabilityException, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if len(self.weekly) != 7:
            raise ValidationError("availability.weekly", "每周安排必须包含七天。", field="weekly")

    @classmethod
    def from_pattern(
        cls,
        pattern: Mapping[int, Iterable[TimeRange]],
        exceptions: Iterable[AvailabilityException] = (),
    ) -> Availability:
        """Convenience constructor: `{0: [TimeRange.of("09:00", "12:00")], 3: [...]}` (0 = Monday)."""
        weekly: list[tuple[TimeRange, ...]] = [() for _ in range(7)]
        for weekday, ranges in pattern.items():
            if not isinstance(weekday, int) or not 0 <= weekday <= 6:
                raise ValidationError("availability.weekday", "星期必须是周一至周日之一。", field="weekly")
            weekly[weekday] = tuple(sorted(ranges))
        return cls(tuple(weekly), tuple(exceptions))


def free_ranges(availability: Availability, day: dt.date) -> tuple[TimeRange, ...]:
    """The merged, sorted ranges in which the volunteer is available on `day`."""
    todays = [e for e in availability.exceptions if e.day == day]
    if any(e.kind == "unavailable" and e.time_range is None for e in todays):
        return ()
    ranges = list(availability.weekly[day.weekday()])
    for extra in todays:
        if extra.kind == "available":
            ranges.append(extra.time_range or TimeRange(0, DAY_MINUTES))
    merged = _merge(ranges)
    for blocked in todays:
        if blocked.kind == "unavailable" and blocked.time_range is not None:
            merged = _subtract(merged, blocked.time_range)
    return tuple(merged)


def is_available(availability: Availability, day: dt.date, start: dt.time | str, end: dt.time | str) -> bool:
    """True when the whole range [start, end) on `day` lies inside the volunteer's free time."""
    wanted = TimeRange.of(start, end)
    return any(r.start <= wanted.start and wanted.end <= r.end for r in free_ranges(availability, day))


# --- conversions -------------------------------------------------------------------------------


def to_minutes(value: dt.time | str, *, is_end: bool = False) -> int:
    """Minutes since midnight of a `time` or an "HH:MM" string ("24:00" only as an end)."""
    if isinstance(value, dt.time):
        if value.second or value.microsecond:
            raise ValidationError("availability.time", "时间只能精确到分钟。", field="time")
        return value.hour * 60 + value.minute
    if isinstance(value, str):
        match = _TIME_RE.match(value)
        if match:
            hours, minutes = int(match.group(1)), int(match.group(2))
            total = hours * 60 + minutes
            if minutes < 60 and (total < DAY_MINUTES or (is_end and total == DAY_MINUTES)):
                return total
    raise ValidationError("availability.time", "时间格式不正确，应为“时:分”，如 09:30。", field="time")


def format_minutes(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def availability_to_dict(availability: Availability) -> dict[str, object]:
    """The JSON-ready form (see the module docstring); stable key order for clean diffs."""
    weekly = {
        WEEKDAY_KEYS[i]: [[format_minutes(r.start), format_minutes(r.end)] for r in ranges]
        for i, ranges in enumerate(availability.weekly)
        if ranges
    }
    exceptions: list[dict[str, str]] = []
    for item in sorted(availability.exceptions, key=_exception_sort_key):
        entry = {"date": item.day.isoformat(), "kind": item.kind}
        if item.time_range is not None:
            entry["start"] = format_minutes(item.time_range.start)
            entry["end"] = format_minutes(item.time_range.end)
        exceptions.append(entry)
    return {"version": FORMAT_VERSION, "weekly": weekly, "exceptions": exceptions}


def availability_from_dict(data: object) -> Availability:
    """Parse and validate a stored value; raises ValidationError (never anything else) on bad input."""
    if not isinstance(data, Mapping):
        raise _bad("availability", "可用时间数据格式不正确。")
    unknown = set(data) - {"version", "weekly", "exceptions"}
    if unknown:
        raise _bad("availability", "可用时间数据包含未知字段。")
    version = data.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise _bad("availability.version", "可用时间数据的版本不受支持。", "version")
    weekly_raw = data.get("weekly", {})
    if not isinstance(weekly_raw, Mapping) or not set(weekly_raw) <= set(WEEKDAY_KEYS):
        raise _bad("availability.weekday", "星期必须是周一至周日之一。", "weekly")
    pattern = {
        WEEKDAY_KEYS.index(key): [_parse_pair(pair) for pair in _items(ranges)] for key, ranges in weekly_raw.items()
    }
    exceptions = [_parse_exception(item) for item in _items(data.get("exceptions", []))]
    return Availability.from_pattern(pattern, exceptions)


def _exception_sort_key(item: AvailabilityException) -> tuple[dt.date, str, int, int]:
    time_range = item.time_range
    return (
        (item.day, item.kind, -1, -1) if time_range is None else (item.day, item.kind, time_range.start, time_range.end)
    )


def _parse_pair(pair: object) -> TimeRange:
    if not isinstance(pair, list | tuple) or len(pair) != 2:
        raise _bad("availability.range", "时间段应写成[开始, 结束]。", "weekly")
    return TimeRange.of(_text(pair[0]), _text(pair[1]))


def _parse_exception(item: object) -> AvailabilityException:
    if not isinstance(item, Mapping) or not set(item) <= {"date", "kind", "start", "end"}:
        raise _bad("availability.exception", "例外日期数据格式不正确。", "exceptions")
    try:
        day = dt.date.fromisoformat(_text(item.get("date")))
    except ValueError:
        raise _bad("availability.date", "例外日期格式不正确。", "date") from None
    has_start, has_end = "start" in item, "end" in item
    if has_start != has_end:
        raise _bad("availability.range", "例外时间段须同时填写开始和结束时间。", "exceptions")
    time_range = TimeRange.of(_text(item["start"]), _text(item["end"])) if has_start else None
    kind = item.get("kind")
    if kind not in ("unavailable", "available"):
        raise _bad("availability.kind", "例外类型只能是“不可用”或“额外可用”。", "kind")
    return AvailabilityException(day, kind, time_range)


def _items(value: object) -> list[object]:
    if not isinstance(value, list | tuple) or len(value) > _MAX_ITEMS:
        raise _bad("availability", "可用时间数据格式不正确。")
    return list(value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise _bad("availability.time", "时间或日期必须是文本。", "time")
    return value


def _bad(code: str, message: str, field_name: str = "availability") -> ValidationError:
    return ValidationError(code, message, field=field_name)


def _merge(ranges: Iterable[TimeRange]) -> list[TimeRange]:
    merged: list[TimeRange] = []
    for current in sorted(ranges):
        if merged and current.start <= merged[-1].end:  # touching ranges join into one
            merged[-1] = TimeRange(merged[-1].start, max(merged[-1].end, current.end))
        else:
            merged.append(current)
    return merged


def _subtract(ranges: list[TimeRange], blocked: TimeRange) -> list[TimeRange]:
    result: list[TimeRange] = []
    for r in ranges:
        if not r.overlaps(blocked):
            result.append(r)
            continue
        if r.start < blocked.start:
            result.append(TimeRange(r.start, blocked.start))
        if blocked.end < r.end:
            result.append(TimeRange(blocked.end, r.end))
    return result
