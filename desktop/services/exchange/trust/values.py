"""Checks of single incoming values, used by the validators `codec` compiles per table.

`Invalid` carries a stable reason code (listed in docs/bundle-format.md §4.1a) and a Chinese
reason without the values themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
TS_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
ORIGIN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")


class Invalid(Exception):
    """A record that cannot be applied; `code` is stable, `reason` a Chinese text without values."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(code)
        self.code, self.reason = code, reason


def bad(name: str) -> Invalid:
    return Invalid("bad_value", f"字段 {name} 的值类型不正确")


def too_long(name: str, limit: int) -> Invalid:
    return Invalid("field_too_long", f"字段 {name} 超过 {limit} 个字符")


def text_error(name: str, value: Any, limit: int) -> Invalid:
    """The refusal of a text column's value that failed the validator's one combined test."""
    return bad(name) if type(value) is not str else too_long(name, limit)


def _check_str(name: str, value: Any) -> str:
    if type(value) is not str:
        raise bad(name)
    return value


def _check_int(name: str, value: Any) -> int:
    if type(value) is not int:
        raise bad(name)
    return value


def _check_float(name: str, value: Any) -> float:
    if type(value) not in (int, float):
        raise bad(name)
    return value


def _check_bool(name: str, value: Any) -> bool:
    if type(value) is bool:
        return value
    if type(value) is int and value in (0, 1):
        return bool(value)
    raise bad(name)


VALID_DATES: set[str] = set()  # dates repeat a lot in a bundle: check each distinct one once


def _check_date(name: str, value: Any) -> str:
    if type(value) is str and value in VALID_DATES:
        return value
    if type(value) is not str or not _DATE_RE.fullmatch(value):
        raise bad(name)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise bad(name) from None
    if len(VALID_DATES) < 100_000:
        VALID_DATES.add(value)
    return value


def _check_datetime(name: str, value: Any) -> str:
    if type(value) is not str:
        raise bad(name)
    if TS_RE.fullmatch(value):
        return value
    try:  # coercible: any ISO 8601 time with a zone is normalised to the stored form
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise bad(name) from None
    if parsed.tzinfo is None:
        raise bad(name)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _check_json(name: str, value: Any) -> Any:
    return value


def too_deep(name: str) -> Invalid:
    """A JSON value the stored form cannot hold: orjson writes at most 254 levels of nesting."""
    return Invalid("bad_value", f"字段 {name} 的值嵌套层数过多")


CHECKS: dict[str, Callable[[str, Any], Any]] = {
    "str": _check_str,
    "int": _check_int,
    "float": _check_float,
    "bool": _check_bool,
    "date": _check_date,
    "datetime": _check_datetime,
    "json": _check_json,
}


_VALID_ORIGINS: set[str] = set()


def _origin_ok(value: Any) -> bool:
    if type(value) is not str:
        return False
    if value in _VALID_ORIGINS:
        return True
    if ORIGIN_RE.fullmatch(value):
        if len(_VALID_ORIGINS) < 10_000:
            _VALID_ORIGINS.add(value)
        return True
    return False


_BAD_VERSIONS = ("bad_versions", "字段版本格式不正确")


def check_sync(record: dict[str, Any], mergeable: frozenset[str]) -> int:
    """Check the sync columns; returns the record's highest stamp (its version, every field stamp
    and what those writers had seen), which the importer holds against its clock."""
    return check_stamps(record["origin"], record["field_versions"], record["version"], mergeable)


def check_stamps(origin: Any, versions: Any, version: int, mergeable: frozenset[str]) -> int:
    """`check_sync` on the three values (the version already checked as a 64-bit integer).

    One pass over the stamps does both, inline: a full bundle has a million records.
    """
    if not _origin_ok(origin):
        raise Invalid("bad_value", "字段 origin 不是有效的站点代码")
    if type(versions) is not dict or "*" not in versions:
        raise Invalid(*_BAD_VERSIONS)
    top = version
    for key, stamp in versions.items():
        if key != "*" and key not in mergeable:
            raise Invalid("bad_versions", "字段版本指向未知字段")
        if type(stamp) is not list or not 2 <= len(stamp) <= 3:
            raise Invalid(*_BAD_VERSIONS)
        hlc = stamp[0]
        if type(hlc) is not int or hlc < 0 or not _origin_ok(stamp[1]):
            raise Invalid(*_BAD_VERSIONS)
        if hlc > top:
            top = hlc
        if len(stamp) == 3:
            seen = stamp[2]
            if type(seen) is not dict or not all(type(v) is int and ORIGIN_RE.fullmatch(k) for k, v in seen.items()):
                raise Invalid(*_BAD_VERSIONS)
            if seen:
                top = max(top, *seen.values())
    if version < 0:
        raise Invalid("bad_value", "版本号无效")
    return top
