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

import functools
import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, Numeric, Table

from desktop.models import SYNC_COLUMNS, SYNCED_TABLES, Base
from desktop.models.types import UtcDateTime
from desktop.services.exchange.trust.values import (
    CHECKS,
    TS_RE,
    VALID_DATES,
    Invalid,
    bad,
    check_sync,
    text_error,
    too_deep,
)

INT64 = 1 << 63
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


Row = tuple[Any, ...]


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


# Longest text a record may carry (docs/bundle-format.md §6a): a free text (narrative, notes) as
# long as a real form needs; a column declared `String(n)` twice its declared width, because the
# local forms check few widths and a peer must never refuse what a station could save. Anything
# longer is quarantined as `field_too_long` before it costs work (search keys, merge, storage).
MAX_TEXT_CHARS = 20_000


def _max_length(column: Column[Any]) -> int | None:
    length = getattr(column.type, "length", None)
    if _kind(column) != "str":
        return None
    return max(2 * length, 32) if length else MAX_TEXT_CHARS


_NONE = type(None)


@functools.lru_cache(maxsize=256)
def _insert_with_nulls(table: str, names: tuple[str, ...], nulls: frozenset[int], verb: str) -> str:
    values = ", ".join("NULL" if i in nulls else "?" for i in range(len(names)))
    return f"{verb} INTO {_quote(table)} ({', '.join(_quote(n) for n in names)}) VALUES ({values})"


@dataclass(frozen=True)
class ColumnCodec:
    name: str
    kind: str
    nullable: bool
    has_default: bool
    default: Any
    max_length: int | None = None


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

    def insert_runs(
        self, rows: list[tuple[Any, ...]], verb: str = "INSERT", nulls: list[int] | None = None
    ) -> list[tuple[str, Iterable[tuple[Any, ...]]]]:
        """`rows` as (statement, parameters) pairs for `executemany`, NULL written into the statement
        (`verb`: "INSERT", or "INSERT OR IGNORE" to skip a row whose id is stored already).

        The driver adapts every bound None through a registry lookup that costs more than binding
        a value; a visit row has about six, and a batch only a few patterns of them. Rows are
        grouped by pattern, so their order within the batch changes. `nulls` (per row, its NULL
        columns as bits, from `validate_row`) saves finding the pattern here: ≈ 3 µs a visit,
        on the importer's side of the two processes."""
        groups: dict[Any, list[tuple[Any, ...]]] = {}
        if nulls is None:
            for row in rows:
                groups.setdefault(tuple(map(type, row)), []).append(row)
            patterns = {key: frozenset(i for i, kind in enumerate(key) if kind is _NONE) for key in groups}
        else:
            for row, mask in zip(rows, nulls, strict=True):
                groups.setdefault(mask, []).append(row)
            patterns = {mask: frozenset(i for i in range(len(self.names)) if mask >> i & 1) for mask in groups}
        runs: list[tuple[str, Iterable[tuple[Any, ...]]]] = []
        names = tuple(self.names)
        for key, members in groups.items():
            nulls_at = patterns[key]
            if not nulls_at:
                statement = (
                    self.insert_sql if verb == "INSERT" else _insert_with_nulls(self.name, names, nulls_at, verb)
                )
                runs.append((statement, members))
                continue
            kept = [i for i in range(len(names)) if i not in nulls_at]
            pick = operator.itemgetter(*kept)
            rows_of = map(pick, members) if len(kept) > 1 else ((pick(row),) for row in members)
            runs.append((_insert_with_nulls(self.name, names, nulls_at, verb), rows_of))
        return runs

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

    def validate_row(self, record: Any) -> tuple[dict[str, Any], Row, int, int]:
        """`validate`, plus the record's stored row (`tuple(record_to_params(record))`, cheaper), its
        highest stamp (version, field stamps and what they had seen), for the clock bound, and its
        NULL columns as bits (bit i: `row[i] is None`), for `insert_runs`."""
        return self._validate_row(record)

    def __post_init__(self) -> None:
        self.id_index = self.names.index("id")
        self.version_index = self.names.index("version")
        self.index_of = {name: i for i, name in enumerate(self.names)}
        self._known = frozenset(self.names)
        self._mergeable = frozenset(self.merge_fields)
        self._validate, self._validate_row = _compile(self)
        self._getter = operator.itemgetter(*self.names)


def _compile(
    codec: TableCodec,
) -> tuple[Callable[[Any], dict[str, Any]], Callable[[Any], tuple[dict[str, Any], Row, int, int]]]:
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
        "    nulls = 0",
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
        "CHECKS": CHECKS,
        "bad": bad,
        "text_error": text_error,
        "check_sync": check_sync,
        "MERGEABLE": codec._mergeable,
        "unknown": unknown,
        "fill": fill,
        "DATES": VALID_DATES,
        "TS": TS_RE.fullmatch,
        "dumps": orjson.dumps,
        "too_deep": too_deep,
    }
    stored: list[str] = []  # per column, the expression of its stored value (record_to_params)
    for i, col in enumerate(codec.columns):
        name, v = repr(col.name), f"v{i}"
        if col.kind == "json":  # any JSON value (null included) is acceptable, as text
            lines.append(f"    try: {v} = dumps(record[{name}]).decode()")
            lines.append(f"    except TypeError: raise too_deep({name}) from None")
            stored.append(v)
            continue
        stored.append(f"(None if {v} is None else 1 if {v} else 0)" if col.kind == "bool" else v)
        lines.append(f"    {v} = record[{name}]")
        if not col.nullable:
            lines.append(f"    if {v} is None: raise Invalid('bad_value', '字段 ' + {name} + ' 不能为空')")
        else:  # `nulls`: the row's NULL columns as bits, for `insert_runs`
            lines.append(f"    if {v} is None: nulls |= {1 << i}")
        if col.kind == "str":
            # One test on the common path (a text within its limit); which one failed is sorted out
            # only when the record is refused.
            lines.append(
                f"    elif type({v}) is not str or len({v}) > {col.max_length}: raise text_error({name}, {v}, {col.max_length})"
            )
        elif col.kind == "int":
            # SQLite stores signed 64-bit integers: a larger one would fail the whole transaction.
            # The bounds are literals (folded constants), not names looked up per value.
            lines.append(f"    elif type({v}) is not int or not {-INT64} <= {v} < {INT64}: raise bad({name})")
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
    lines.append("    top = check_sync(record, MERGEABLE)")
    row = f"    return record, ({', '.join(stored)},), top, nulls"
    source = "\n".join(["def validate(record):", *lines, "    return record", "def validate_row(record):", *lines, row])
    exec(compile(source, f"<validator {codec.name}>", "exec"), env)
    return env["validate"], env["validate_row"]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _codec(table: Table) -> TableCodec:
    columns = [
        ColumnCodec(str(c.name), _kind(c), bool(c.nullable), *_default(c), max_length=_max_length(c))
        for c in table.columns
    ]
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
