"""Cell normalisers for imported registers: what stations really type into Excel.

Each function takes a raw cell value as a spreadsheet reader gives it (None, str, int, float,
bool, date, datetime, time) and returns a clean Python value, or raises
`ValidationError(code, message)` — never anything else, and the message never repeats the
cell's content (it may be an ID number or a phone). Text is NFKC-folded first, so full-width
digits and letters (２０２３年５月６日, １３８…) read as half-width.

Dates accept 2023-5-6, 2023/05/06, 2023年5月6日, 2023.5.6, 20230506, an optional time after
the date, and Excel serial numbers (1900 date system, the default on Windows).
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta

from desktop.domain.codes import CodeList
from desktop.errors import ValidationError

EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)
# Day 0 of Excel's 1900 system, shifted for Lotus's phantom 29 February 1900 (serials ≥ 61).
_EXCEL_EPOCH = datetime(1899, 12, 30)
_MAX_SERIAL = (LATEST - _EXCEL_EPOCH.date()).days
_MIN_SERIAL = (EARLIEST - _EXCEL_EPOCH.date()).days

_DATE = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT]+(?P<time>\d{1,2}\s*[:：点时]\s*\d{0,2}(?:\s*[:：分]\s*\d{1,2}(?:\.\d+)?)?\s*(?:分|秒)?))?"
)
_YEAR_MONTH = re.compile(r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*月?")
_YEAR = re.compile(r"(?P<y>\d{4})\s*年?")
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_TIME = re.compile(
    r"(?P<h>\d{1,2})\s*[:：点时]\s*(?:(?P<m>\d{1,2})\s*(?:[:：]\s*(?P<s>\d{1,2})(?:\.\d+)?)?)?\s*(?:分|秒)?"
)
_HALF = re.compile(r"(?P<h>\d{1,2})\s*点半")
_LEVEL = re.compile(r"(?P<n>\d+)\s*级?")
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_DURATION_HM = re.compile(
    r"(?:(?P<h>\d+(?:\.\d+)?)\s*(?:小时|个小时|钟头|h|hr|hrs|hour|hours))?\s*"
    r"(?:(?P<m>\d+(?:\.\d+)?)\s*(?:分钟|分|min|mins|minutes?|m))?",
    re.IGNORECASE,
)
_CLOCK_DURATION = re.compile(r"(?P<h>\d{1,2})\s*[:：]\s*(?P<m>\d{2})")


def fold(value: object) -> str:
    """The cell as clean text: NFKC (full-width → half-width), trimmed, inner runs of space kept single."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.split())


def is_blank(value: object) -> bool:
    return fold(value) in ("", "-", "—", "/", "无数据")


# A cell starting with one of these is run as a formula by Excel, WPS and LibreOffice (OWASP, "CSV
# injection"): such text is kept as text, written as text, and the import dry run points it out.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value[:1] in FORMULA_START


def csv_text(value: str) -> str:
    """`value` for a CSV cell: a leading apostrophe keeps a formula-like text from being run."""
    return "'" + value if value[:1] in FORMULA_START else value


def text(value: object, *, max_length: int, field: str) -> str:
    """Free text, folded; too long is an error rather than a silent cut."""
    result = fold(value)
    if len(result) > max_length:
        raise ValidationError("sheet.text_long", "内容过长（最多 {limit} 个字）。", field=field, limit=max_length)
    return result


def _date_error(field: str) -> ValidationError:
    return ValidationError(
        "sheet.date", "日期无法识别：请写成 2023-05-06、2023/5/6、2023年5月6日 或 20230506。", field=field
    )


def _checked(year: int, month: int, day: int, field: str) -> date:
    try:
        result = date(year, month, day)
    except (ValueError, OverflowError):
        raise ValidationError("sheet.date_invalid", "日期不存在（月份或日数不对）。", field=field) from None
    if not EARLIEST <= result <= LATEST:
        raise ValidationError("sheet.date_range", "日期应在1900年至2100年之间。", field=field)
    return result


def excel_serial(number: float, field: str = "") -> datetime:
    """An Excel serial (days since 1899-12-30, fraction = time of day) as a datetime."""
    if not math.isfinite(number) or not _MIN_SERIAL <= number <= _MAX_SERIAL + 1:
        raise _date_error(field)
    whole = math.floor(number)
    seconds = round((number - whole) * 86400)
    result = _EXCEL_EPOCH + timedelta(days=whole, seconds=seconds)
    if not EARLIEST <= result.date() <= LATEST:
        raise ValidationError("sheet.date_range", "日期应在1900年至2100年之间。", field=field)
    return result


def _number(value: object) -> float | None:
    """A numeric cell (int/float, or text that is only a number), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    folded = fold(value)
    if _NUMBER.fullmatch(folded):
        try:
            return float(folded)
        except (ValueError, OverflowError):  # pragma: no cover - the pattern only admits plain numbers
            return None
    return None


def parse_datetime(value: object, field: str = "") -> tuple[date, time | None]:
    """A date with an optional time of day, from any of the usual forms."""
    if isinstance(value, datetime):
        stamp = value.replace(tzinfo=None)
        return _checked(stamp.year, stamp.month, stamp.day, field), (stamp.time() if stamp.time() != time() else None)
    if isinstance(value, date):
        return _checked(value.year, value.month, value.day, field), None
    number = _number(value)
    folded = fold(value)
    if number is not None:
        if _COMPACT.fullmatch(folded):
            found = _COMPACT.fullmatch(folded)
            assert found is not None
            return _checked(int(found["y"]), int(found["m"]), int(found["d"]), field), None
        if isinstance(value, str) and number < 10000:
            raise _date_error(field)  # "2023" typed as text is a year, not day 2023 of Excel's calendar
        stamp = excel_serial(number, field)
        return stamp.date(), (stamp.time() if stamp.time() != time() else None)
    found = _DATE.fullmatch(folded)
    if found is None:
        raise _date_error(field)
    day = _checked(int(found["y"]), int(found["m"]), int(found["d"]), field)
    return day, (parse_time(found["time"], field) if found["time"] else None)


def parse_date(value: object, field: str = "") -> date:
    """A calendar date; a time after it is allowed and dropped."""
    return parse_datetime(value, field)[0]


def parse_partial_date(value: object, field: str = "") -> tuple[date, str]:
    """A historical date that may be known only to the month or year: (date, "YMD" | "YM" | "Y")."""
    folded = fold(value)
    if not isinstance(value, date | datetime | int | float) or isinstance(value, bool):
        month = _YEAR_MONTH.fullmatch(folded)
        if month is not None and not _COMPACT.fullmatch(folded):
            return _checked(int(month["y"]), int(month["m"]), 1, field), "YM"
        year = _YEAR.fullmatch(folded)
        if year is not None and (folded.endswith("年") or len(folded) == 4):
            return _checked(int(year["y"]), 1, 1, field), "Y"
    return parse_date(value, field), "YMD"


def parse_time(value: object, field: str = "") -> time:
    """A time of day: 9:00, 09:00:00, 9点30, 9点半, an Excel time fraction, or a datetime's time."""
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0, tzinfo=None)
    if isinstance(value, time):
        return value.replace(microsecond=0, tzinfo=None)
    number = _number(value)
    if number is not None and 0 <= number < 1:
        seconds = round(number * 86400)
        return time(min(seconds // 3600, 23), (seconds // 60) % 60)
    folded = fold(value)
    half = _HALF.fullmatch(folded)
    found = _TIME.fullmatch(folded)
    if half is not None:
        hour, minute, second = int(half["h"]), 30, 0
    elif found is not None:
        hour, minute, second = int(found["h"]), int(found["m"] or 0), int(found["s"] or 0)
    else:
        raise ValidationError("sheet.time", "时间无法识别：请写成 9:00 或 09:30。", field=field)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError("sheet.time", "时间无法识别：请写成 9:00 或 09:30。", field=field)
    return time(hour, minute)


def parse_duration_minutes(value: object, field: str = "") -> int:
    """Service time in whole minutes: 2.5 (hours), 2.5小时, 2小时30分, 150分钟, 1:30."""
    error = ValidationError("sheet.duration", "时长无法识别：请写成小时数（如 2.5）或“2小时30分”。", field=field)
    number = _number(value)
    if number is not None:
        minutes = number * 60
    else:
        folded = fold(value).replace(" ", "")
        clock = _CLOCK_DURATION.fullmatch(folded)
        found = _DURATION_HM.fullmatch(folded)
        if clock is not None:
            minutes = int(clock["h"]) * 60 + int(clock["m"])
        elif found is not None and (found["h"] or found["m"]):
            minutes = float(found["h"] or 0) * 60 + float(found["m"] or 0)
        else:
            raise error
    if not math.isfinite(minutes) or not 0 < minutes <= 24 * 60:
        raise ValidationError("sheet.duration_range", "时长应大于0且不超过24小时。", field=field)
    return int(minutes)


def parse_int(value: object, field: str = "", *, low: int, high: int) -> int:
    """A small whole number, also written "3级", "三级" or "3.0"."""
    error = ValidationError("sheet.level", "应填写 {low}–{high} 的整数。", field=field, low=low, high=high)
    number = _number(value)
    if number is not None:
        if not number.is_integer():
            raise error
        result = int(number)
    else:
        folded = fold(value)
        head = re.split(r"[:：,，、\s(（]", folded, maxsplit=1)[0]
        found = _LEVEL.fullmatch(head)
        if found is not None:
            result = int(found["n"]) if len(found["n"]) <= 6 else high + 1
        elif len(head) in (1, 2) and head[0] in _CN_DIGITS and (len(head) == 1 or head[1] == "级"):
            result = _CN_DIGITS[head[0]]
        else:
            raise error
    if not low <= result <= high:
        raise error
    return result


def parse_code(
    value: object, codes: CodeList, field: str = "", *, aliases: dict[str, int | str] | None = None
) -> int | str:
    """A coded value given as its code (2), its Chinese label (家庭访视), a label with its code
    ("2 家庭访视", "2.家庭访视") or one of the usual synonyms in `aliases`."""
    folded = fold(value)
    compact = folded.replace(" ", "")
    by_value = {str(code.value): code.value for code in codes}
    by_label = {code.zh.replace(" ", ""): code.value for code in codes}
    for label, code_value in list(by_label.items()):
        short = re.split(r"[:：]", label, maxsplit=1)[0]
        by_label.setdefault(short, code_value)
    if compact in by_value:
        return by_value[compact]
    number = _number(value)
    if number is not None and number.is_integer() and str(int(number)) in by_value:
        return by_value[str(int(number))]
    if compact in by_label:
        return by_label[compact]
    if aliases and compact in aliases:
        return aliases[compact]
    prefixed = re.fullmatch(r"(\d+)\s*[.、:：)）]?\s*(.+)", compact)
    if prefixed is not None and prefixed[1] in by_value:
        return by_value[prefixed[1]]
    raise ValidationError("sheet.code", "不是可选的值之一：{choices}。", field=field, choices="、".join(_short(codes)))


def _short(codes: CodeList) -> list[str]:
    return [re.split(r"[:：]", code.zh, maxsplit=1)[0] for code in codes]


def parse_yes_no(value: object, field: str = "") -> bool:
    folded = fold(value).replace(" ", "")
    if folded in ("是", "有", "Y", "y", "yes", "Yes", "YES", "1", "√", "✓", "true", "True", "TRUE"):
        return True
    if folded in ("否", "无", "N", "n", "no", "No", "NO", "0", "×", "false", "False", "FALSE"):
        return False
    raise ValidationError("sheet.yes_no", "应填写“是”或“否”。", field=field)
