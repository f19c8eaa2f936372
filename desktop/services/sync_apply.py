"""Applying validated bundle records to the database inside the import's one transaction.

`Applier` takes records table by table in batches: validate (bad ones are quarantined with a
reason, never dropped) → parent rows present → unique values free → fetch the local rows → merge
field by field (`sync_merge`) → `executemany` inserts and updates through the driver, change-log
entries with `source` = the sender (so the district forwards them), conflict-log entries for
values we lose, and derived local rows (client search keys). Nothing here commits.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from desktop.models.types import to_iso, utcnow
from desktop.services.sync_codec import Invalid, TableCodec, codecs
from desktop.services.sync_merge import Merged, merge

BATCH = 2000
_IN_CHUNK = 500


@dataclass
class Quarantined:
    table: str
    id: str
    reason_code: str
    reason: str
    record: Any
    sender: str
    bundle_id: str
    retry_of: int | None = None  # quarantine row id when this is a retry


@dataclass
class TableCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    quarantined: int = 0


@dataclass
class Outcome:
    per_table: dict[str, TableCounts] = field(default_factory=lambda: defaultdict(TableCounts))
    quarantined: list[Quarantined] = field(default_factory=list)
    applied: list[tuple[str, str, int]] = field(default_factory=list)
    retried: list[int] = field(default_factory=list)  # quarantine rows that finally applied
    max_version: int = 0


def _chunks(items: list[Any], size: int = _IN_CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Applier:
    """Applies records to an open SQLite connection (inside the caller's transaction)."""

    def __init__(
        self, cursor: sqlite3.Cursor, *, bundle_id: str, collect_applied: bool, post_hooks: dict[str, Any]
    ) -> None:
        self.cursor = cursor
        self.bundle_id = bundle_id
        self.codecs = codecs()
        self.outcome = Outcome()
        self.collect_applied = collect_applied
        self.hooks = post_hooks
        self.seen: dict[str, set[str]] = defaultdict(set)
        self.empty_at_start: dict[str, bool] = {}
        self.now = to_iso(utcnow())

    def quarantine(self, item: Quarantined) -> None:
        self.outcome.quarantined.append(item)
        self.outcome.per_table[item.table].quarantined += 1

    def apply(self, table: str, records: list[Any], sender: str, retry_ids: list[int] | None = None) -> None:
        """Apply one batch of raw records of `table` that came from `sender`."""
        codec = self.codecs.get(table)
        retry_ids = retry_ids or [None] * len(records)  # type: ignore[list-item]
        if codec is None:
            for record, retry in zip(records, retry_ids, strict=True):
                row_id = record.get("id") if isinstance(record, dict) else None
                self.quarantine(
                    Quarantined(
                        table,
                        str(row_id)[:64] if row_id else "",
                        "unknown_table",
                        "本程序不认识该数据表",
                        record,
                        sender,
                        self.bundle_id,
                        retry,
                    )
                )
            return
        valid: dict[str, tuple[dict[str, Any], Any, int | None]] = {}
        for record, retry in zip(records, retry_ids, strict=True):
            try:
                checked = codec.validate(record)
            except Invalid as bad:
                row_id = record.get("id") if isinstance(record, dict) else None
                self.quarantine(
                    Quarantined(
                        table,
                        str(row_id)[:64] if row_id else "",
                        bad.code,
                        bad.reason,
                        record,
                        sender,
                        self.bundle_id,
                        retry,
                    )
                )
                continue
            previous = valid.get(checked["id"])
            if previous is not None:  # the same row twice in one batch: merge the two first
                checked = merge(previous[0], checked, codec.merge_fields).row
            valid[checked["id"]] = (checked, record, retry)
        self._check_parents(codec, valid, sender)
        self._check_unique(codec, valid, sender)
        if valid:
            self._write(codec, valid, sender)

    def _drop(self, valid: dict[str, Any], row_id: str, table: str, code: str, reason: str, sender: str) -> None:
        _checked, raw, retry = valid.pop(row_id)
        self.quarantine(Quarantined(table, row_id, code, reason, raw, sender, self.bundle_id, retry))

    def _was_empty(self, table: str) -> bool:
        """Whether `table` had no rows when this import started (then only our own inserts exist)."""
        if table not in self.empty_at_start:
            row = self.cursor.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
            self.empty_at_start[table] = row is None and not self.seen[table]
        return self.empty_at_start[table]

    def _existing(self, table: str, ids: list[str]) -> set[str]:
        if self._was_empty(table):  # a fresh district: no need to probe the index for every id
            return set(ids) & self.seen[table]
        found: set[str] = set()
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            found.update(r[0] for r in self.cursor.execute(f'SELECT id FROM "{table}" WHERE id IN ({marks})', part))
        return found

    def _check_parents(self, codec: TableCodec, valid: dict[str, Any], sender: str) -> None:
        for column, parent in codec.parents.items():
            wanted = {rec[column] for rec, _, _ in valid.values() if rec[column] is not None}
            if parent == codec.name:
                wanted -= valid.keys()
            missing = sorted(wanted - self.seen[parent])
            if missing:
                missing_set = set(missing) - self._existing(parent, missing)
                self.seen[parent].update(set(missing) - missing_set)
                if missing_set:
                    for row_id in [i for i, (rec, _, _) in valid.items() if rec[column] in missing_set]:
                        self._drop(valid, row_id, codec.name, "missing_parent", f"所引用的{parent}记录尚未收到", sender)

    def _check_unique(self, codec: TableCodec, valid: dict[str, Any], sender: str) -> None:
        for columns in codec.unique_sets:
            where = " AND ".join(f'"{c}" = ?' for c in columns)
            claimed: dict[tuple[Any, ...], str] = {}
            for row_id in list(valid):
                values = tuple(valid[row_id][0][c] for c in columns)
                if any(v is None for v in values):
                    continue
                holder = self.cursor.execute(f'SELECT id FROM "{codec.name}" WHERE {where}', values).fetchone()
                other = holder[0] if holder else claimed.get(values)
                if other is not None and other != row_id:
                    self._drop(valid, row_id, codec.name, "unique_conflict", "唯一字段与已有记录重复", sender)
                else:
                    claimed[values] = row_id

    def _write(self, codec: TableCodec, valid: dict[str, Any], sender: str) -> None:
        ids = list(valid)
        local: dict[str, dict[str, Any]] = {}
        probe = [i for i in ids if i in self.seen[codec.name]] if self._was_empty(codec.name) else ids
        for part in _chunks(probe):
            marks = ",".join("?" * len(part))
            for row in self.cursor.execute(f"{codec.select_sql} WHERE id IN ({marks})", part):
                record = codec.row_to_record(row)
                local[record["id"]] = record
        counts = self.outcome.per_table[codec.name]
        inserts: list[list[Any]] = []
        updates: list[list[Any]] = []
        log: list[tuple[Any, ...]] = []
        conflicts: list[tuple[Any, ...]] = []
        touched: list[dict[str, Any]] = []
        max_version = self.outcome.max_version
        for row_id, (record, _raw, retry) in valid.items():
            if retry is not None:
                self.outcome.retried.append(retry)
            if self.collect_applied and retry is None:
                self.outcome.applied.append((codec.name, row_id, record["version"]))
            if record["version"] > max_version:
                max_version = record["version"]
            for stamp in record["field_versions"].values():
                if stamp[0] > max_version:
                    max_version = stamp[0]
            current = local.get(row_id)
            if current is None:
                inserts.append(codec.record_to_params(record))
                log.append((codec.name, row_id, record["version"], sender, '["*"]', self.now))
                counts.created += 1
                touched.append(record)
                continue
            merged: Merged = merge(current, record, codec.merge_fields)
            if not merged.changed:
                counts.unchanged += 1
                continue
            params = codec.record_to_params(merged.row)
            id_index = codec.id_index
            updates.append(params[:id_index] + params[id_index + 1 :] + [row_id])  # for "WHERE id = ?"
            fields = orjson.dumps(sorted(merged.changed_fields)).decode()
            log.append((codec.name, row_id, merged.row["version"], sender, fields, self.now))
            counts.updated += 1
            if merged.changed_fields:
                touched.append(merged.row)
            for loss in merged.losses:
                counts.conflicts += 1
                conflicts.append(
                    (
                        codec.name,
                        row_id,
                        loss.field,
                        orjson.dumps(loss.losing_value).decode(),
                        loss.losing[0],
                        loss.losing[1],
                        orjson.dumps(loss.winning_value).decode(),
                        loss.winning[0],
                        loss.winning[1],
                        self.bundle_id,
                        self.now,
                    )
                )
        self.outcome.max_version = max_version
        if inserts:
            self.cursor.executemany(codec.insert_sql, inserts)
        if updates:
            self.cursor.executemany(codec.update_sql, updates)
        if log:
            self.cursor.executemany(
                "INSERT INTO change_log (table_name, row_id, version, source, fields, at) VALUES (?, ?, ?, ?, ?, ?)",
                log,
            )
        if conflicts:
            self.cursor.executemany(
                "INSERT OR IGNORE INTO sync_conflicts (table_name, row_id, field, losing_value, losing_version,"
                " losing_origin, winning_value, winning_version, winning_origin, bundle_id, at, resolved,"
                " resolution, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', '')",
                conflicts,
            )
        self.seen[codec.name].update(ids)
        hook: Callable[[sqlite3.Cursor, list[dict[str, Any]]], None] | None = self.hooks.get(codec.name)
        if hook is not None and touched:
            hook(self.cursor, touched)
