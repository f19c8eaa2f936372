"""Synced rows ⇄ bundle records, generic over `SYNCED_TABLES` (columns read from the metadata).

A record is one JSON object per row with every column, sync columns included: dates as
`YYYY-MM-DD`, timestamps as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC), booleans as JSON booleans,
JSON columns as JSON values, `field_versions` as `{"*": [hlc, origin(, seen)], field: …}`. A table
or column added by another part of the program syncs without a change here.

Rows are read and written through the SQLite driver directly (raw values are already in record
form except booleans and JSON text), because per docs/architecture.md §8a the ORM costs several times more and a
full bundle has a million rows.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, Numeric, Table

from desktop.models import SYNC_COLUMNS, SYNCED_TABLES, Base
from desktop.models.types import UtcDateTime

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TS_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
_ORIGIN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")


Row = tuple[Any, ...]


class Invalid(Exception):
    """A record that cannot be applied; `code` is stable, `reason` a Chinese text without values."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(code)
        self.code, self.reason = code, reason


def _kind(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, UtcDateTime | DateTime):
        return "datetime"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, Float | Numeric):
        return "float"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, JSON):
        return "json"
    return "str"


def _default(column: Column[Any]) -> tuple[bool, Any]:
    """(has a usable default, value in record form) for a column missing from a record."""
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return True, default.arg  # type: ignore[attr-defined]
    if default is not None and getattr(default, "is_callable", False):
        try:
            value = default.arg(None)  # type: ignore[attr-defined,operator]
        except TypeError:
            value = default.arg()  # type: ignore[attr-defined,operator]
        if isinstance(value, dict | list):
            return True, value
    if column.nullable:
        return True, None
    return False, None


@dataclass(frozen=True)
class ColumnCodec:
    name: str
    kind: str
    nullable: bool
    has_default: bool
    default: Any


@dataclass
class TableCodec:
    """Everything the exporter and importer need to know about one synced table."""

    name: str
    table: Table
    columns: list[ColumnCodec]
    names: list[str]
    merge_fields: list[str]  # every column except the sync bookkeeping (includes `deleted`)
    parents: dict[str, str]  # FK column → parent table
    unique_sets: list[tuple[str, ...]]
    bool_idx: list[int]
    json_idx: list[int]

    @property
    def select_sql(self) -> str:
        return f"SELECT {', '.join(_quote(n) for n in self.names)} FROM {_quote(self.name)}"

    @property
    def insert_sql(self) -> str:
        marks = ", ".join("?" for _ in self.names)
        return f"INSERT INTO {_quote(self.name)} ({', '.join(_quote(n) for n in self.names)}) VALUES ({marks})"

    @property
    def update_sql(self) -> str:
        sets = ", ".join(f"{_quote(n)} = ?" for n in self.names if n != "id")
        return f"UPDATE {_quote(self.name)} SET {sets} WHERE id = ?"

    def row_to_record(self, row: tuple[Any, ...]) -> dict[str, Any]:
        """A raw SQLite row as a record (parsed JSON), for merging."""
        values = list(row)
        for i in self.bool_idx:
            if values[i] is not None:
                values[i] = bool(values[i])
        for i in self.json_idx:
            if values[i] is not None:
                values[i] = orjson.loads(values[i])
        return dict(zip(self.names, values, strict=True))

    def row_to_wire(self, row: tuple[Any, ...]) -> dict[str, Any]:
        """A raw SQLite row as a bundle record; stored JSON text is passed through unparsed."""
        values = list(row)
        for i in self.bool_idx:
            if values[i] is not None:
                values[i] = bool(values[i])
        for i in self.json_idx:
            if values[i] is not None:
                values[i] = orjson.Fragment(values[i])
        return dict(zip(self.names, values, strict=True))

    def record_to_params(self, record: dict[str, Any]) -> list[Any]:
        """Values in column order for INSERT (and, id moved last, for UPDATE), as SQLite stores them.

        Booleans become 0/1 here: SQLite stores them so anyway, and the driver binds a `bool` only
        after a slow adapter lookup (≈ 0.4 µs each, a few seconds over a full bundle).
        """
        values = list(self._getter(record))
        dumps = orjson.dumps
        for i in self.json_idx:
            values[i] = dumps(values[i]).decode()
        for i in self.bool_idx:
            value = values[i]
            if value is not None:
                values[i] = 1 if value else 0
        return values

    def validate(self, record: Any) -> dict[str, Any]:
        """Check and coerce an incoming record; raises `Invalid` with a reason.

        The checks are compiled once per table into straight-line code (see `_compile`): a full
        bundle has a million records of ~80 fields, and a generic loop costs several times more.
        """
        return self._validate(record)

    def validate_row(self, record: Any) -> tuple[dict[str, Any], Row]:
        """`validate`, plus the record's stored row: `tuple(record_to_params(record))`, cheaper."""
        return self._validate_row(record)

    def __post_init__(self) -> None:
        self.id_index = self.names.index("id")
        self.version_index = self.names.index("version")
        self.index_of = {name: i for i, name in enumerate(self.names)}
        self._known = frozenset(self.names)
        self._mergeable = frozenset(self.merge_fields)
        self._validate, self._validate_row = _compile(self)
        self._getter = operator.itemgetter(*self.names)


def _bad(name: str) -> Invalid:
    return Invalid("bad_value", f"字段 {name} 的值类型不正确")


def _check_str(name: str, value: Any) -> str:
    if type(value) is not str:
        raise _bad(name)
    return value


def _check_int(name: str, value: Any) -> int:
    if type(value) is not int:
        raise _bad(name)
    return value


def _check_float(name: str, value: Any) -> float:
    if type(value) not in (int, float):
        raise _bad(name)
    return value


def _check_bool(name: str, value: Any) -> bool:
    if type(value) is bool:
        return value
    if type(value) is int and value in (0, 1):
        return bool(value)
    raise _bad(name)


_VALID_DATES: set[str] = set()  # dates repeat a lot in a bundle: check each distinct one once


def _check_date(name: str, value: Any) -> str:
    if type(value) is str and value in _VALID_DATES:
        return value
    if type(value) is not str or not _DATE_RE.fullmatch(value):
        raise _bad(name)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _bad(name) from None
    if len(_VALID_DATES) < 100_000:
        _VALID_DATES.add(value)
    return value


def _check_datetime(name: str, value: Any) -> str:
    if type(value) is not str:
        raise _bad(name)
    if _TS_RE.fullmatch(value):
        return value
    try:  # coercible: any ISO 8601 time with a zone is normalised to the stored form
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _bad(name) from None
    if parsed.tzinfo is None:
        raise _bad(name)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _check_json(name: str, value: Any) -> Any:
    return value


_CHECKS: dict[str, Callable[[str, Any], Any]] = {
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
    if _ORIGIN_RE.fullmatch(value):
        if len(_VALID_ORIGINS) < 10_000:
            _VALID_ORIGINS.add(value)
        return True
    return False


def _check_stamp(value: Any) -> None:
    if type(value) is not list or len(value) not in (2, 3):
        raise Invalid("bad_versions", "字段版本格式不正确")
    if type(value[0]) is not int or value[0] < 0 or not _origin_ok(value[1]):
        raise Invalid("bad_versions", "字段版本格式不正确")
    if len(value) == 3:
        seen = value[2]
        if type(seen) is not dict or not all(type(v) is int and _ORIGIN_RE.fullmatch(k) for k, v in seen.items()):
            raise Invalid("bad_versions", "字段版本格式不正确")


def _check_sync(record: dict[str, Any], mergeable: frozenset[str]) -> None:
    if not _origin_ok(record["origin"]):
        raise Invalid("bad_value", "字段 origin 不是有效的站点代码")
    versions = record["field_versions"]
    if type(versions) is not dict or "*" not in versions:
        raise Invalid("bad_versions", "字段版本格式不正确")
    for key, stamp in versions.items():
        if key != "*" and key not in mergeable:
            raise Invalid("bad_versions", "字段版本指向未知字段")
        _check_stamp(stamp)
    if record["version"] < 0:
        raise Invalid("bad_value", "版本号无效")


def _compile(codec: TableCodec) -> tuple[Callable[[Any], dict[str, Any]], Callable[[Any], tuple[dict[str, Any], Row]]]:
    """Generate the validators of one table: one inline type test per column, from the metadata.

    The record (a fresh dict from the JSON parser) is checked and coerced in place: a missing
    column takes its default (or is refused), then every column is read by subscript. Two
    functions share that code: `validate(record)` returns the record, `validate_row(record)` also
    its stored row (what `record_to_params` gives, built from the values just checked instead of
    reading the ~80 columns a second time).
    """
    names = codec.names
    lines = [
        "    if type(record) is not dict:",
        "        raise Invalid('not_object', '记录不是对象')",
        "    row_id = record.get('id')",
        "    if type(row_id) is not str or not UUID_FULLMATCH(row_id):",
        "        raise Invalid('bad_id', '记录标识不是有效的UUID')",
        "    if not record.keys() <= KNOWN:",
        "        unknown(record)",
        "    if len(record) != COUNT:",
        "        fill(record)",
    ]
    defaults = {c.name: c.default for c in codec.columns if c.has_default and c.name not in SYNC_COLUMNS}

    def unknown(record: dict[str, Any]) -> None:
        extra = record.keys() - codec._known
        raise Invalid("unknown_column", "含有本程序不认识的字段：" + "、".join(sorted(map(str, extra)))[:150])

    def fill(record: dict[str, Any]) -> None:
        for name in names:
            if name not in record:
                if name not in defaults:
                    raise Invalid("missing_column", f"缺少字段 {name}")
                value = defaults[name]
                record[name] = type(value)(value) if isinstance(value, dict | list) else value

    env: dict[str, Any] = {
        "Invalid": Invalid,
        "UUID_FULLMATCH": UUID_RE.fullmatch,
        "KNOWN": codec._known,
        "COUNT": len(names),
        "CHECKS": _CHECKS,
        "bad": _bad,
        "check_sync": _check_sync,
        "MERGEABLE": codec._mergeable,
        "unknown": unknown,
        "fill": fill,
        "DATES": _VALID_DATES,
        "TS": _TS_RE.fullmatch,
        "dumps": orjson.dumps,
        "INT64": 1 << 63,
    }
    stored: list[str] = []  # per column, the expression of its stored value (record_to_params)
    for i, col in enumerate(codec.columns):
        name, v = repr(col.name), f"v{i}"
        if col.kind == "json":  # any JSON value (null included) is acceptable
            stored.append(f"dumps(record[{name}]).decode()")
            continue
        stored.append(f"(None if {v} is None else 1 if {v} else 0)" if col.kind == "bool" else v)
        lines.append(f"    {v} = record[{name}]")
        if not col.nullable:
            lines.append(f"    if {v} is None: raise Invalid('bad_value', '字段 ' + {name} + ' 不能为空')")
        else:
            lines.append(f"    if {v} is None: pass")
        if col.kind == "str":
            lines.append(f"    elif type({v}) is not str: raise bad({name})")
        elif col.kind == "int":
            # SQLite stores signed 64-bit integers: a larger one would fail the whole transaction.
            lines.append(f"    elif type({v}) is not int or not -INT64 <= {v} < INT64: raise bad({name})")
        elif col.kind == "bool":
            lines.append(f"    elif type({v}) is not bool: {v} = record[{name}] = CHECKS['bool']({name}, {v})")
        elif col.kind == "date":
            lines.append(f"    elif type({v}) is not str or {v} not in DATES: CHECKS['date']({name}, {v})")
        elif col.kind == "datetime":
            lines.append(
                f"    elif type({v}) is not str or not TS({v}): {v} = record[{name}] = CHECKS['datetime']({name}, {v})"
            )
        else:
            lines.append(f"    else: {v} = record[{name}] = CHECKS[{col.kind!r}]({name}, {v})")
    lines.append("    check_sync(record, MERGEABLE)")
    row = f"    return record, ({', '.join(stored)},)"
    source = "\n".join(["def validate(record):", *lines, "    return record", "def validate_row(record):", *lines, row])
    exec(compile(source, f"<validator {codec.name}>", "exec"), env)
    return env["validate"], env["validate_row"]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _codec(table: Table) -> TableCodec:
    columns = [ColumnCodec(str(c.name), _kind(c), bool(c.nullable), *_default(c)) for c in table.columns]
    names = [str(c.name) for c in columns]
    parents = {}
    for fk in table.foreign_keys:
        parents[fk.parent.name] = fk.column.table.name
    uniques: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        cols = tuple(c.name for c in getattr(constraint, "columns", ()))
        if type(constraint).__name__ == "UniqueConstraint" and cols:
            uniques.append(cols)
    for column in table.columns:
        if column.unique and not column.primary_key:
            uniques.append((column.name,))
    for index in table.indexes:
        if index.unique:
            uniques.append(tuple(c.name for c in index.columns))
    return TableCodec(
        name=str(table.name),
        table=table,
        columns=columns,
        names=names,
        merge_fields=[n for n in names if n not in SYNC_COLUMNS],
        parents=parents,
        unique_sets=sorted(set(uniques)),
        bool_idx=[i for i, c in enumerate(columns) if c.kind == "bool"],
        json_idx=[i for i, c in enumerate(columns) if c.kind == "json"],
    )


def codecs() -> dict[str, TableCodec]:
    """Codecs of every synced table, parents before children (the order bundles are written in)."""
    synced = {model.__tablename__ for model in SYNCED_TABLES}  # type: ignore[attr-defined]
    return {str(t.name): _codec(t) for t in Base.metadata.sorted_tables if t.name in synced}
