"""Applying validated bundle records to the database inside the import's one transaction.

`Applier` takes records table by table in batches, decoded by `decode.prepare` (here or in
the decoder process): bad ones are quarantined with a reason, never dropped; then parent rows
present → owner may write → unique values free → fetch the local rows → merge field by field
(`merge`) → `executemany` inserts and updates through the driver, change-log entries with
`source` = the sender (so the district forwards them), conflict-log entries for values we lose,
and derived local rows (client search keys). Nothing here commits.
"""

from __future__ import annotations

import operator
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from desktop.db import cipher
from desktop.models.types import to_iso, utcnow
from desktop.services.exchange import conflict_log
from desktop.services.exchange.bounded.applied_log import AppliedLog
from desktop.services.exchange.bounded.known_ids import KnownIds
from desktop.services.exchange.bounded.spill import Spill
from desktop.services.exchange.codec import TableCodec, codecs
from desktop.services.exchange.decode import Batch, prepare
from desktop.services.exchange.hooks import DerivedRows
from desktop.services.exchange.merge import Merged, merge
from desktop.services.exchange.trust.ownership import NOT_OWNER, NOT_OWNER_REASON, OwnershipRule

_IN_CHUNK = 500
TOUCHED, TOUCHED_LIMIT = "touched", 200_000
_MAX_ROWID = 2**63 - 1


@dataclass(slots=True)  # one per row: slots make them cheaper to create
class _Item:
    """One decoded row waiting to be applied."""

    row: tuple[Any, ...]  # stored form, column order
    retry: int | None
    top: int  # highest HLC in the row
    derived: Any  # from the hook's `derive`, or None to derive here


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
    applied: AppliedLog = field(default_factory=AppliedLog)  # for the receipt, kept on disk
    # Values of the `touch` columns of written rows, up to a bound; past it: "all of them".
    touched: KnownIds = field(default_factory=lambda: KnownIds(TOUCHED_LIMIT))
    retried: list[int] = field(default_factory=list)  # quarantine rows that finally applied
    max_version: int = 0


def _chunks(items: list[Any], size: int = _IN_CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Applier:
    """Applies records to an open SQLite connection (inside the caller's transaction)."""

    def __init__(
        self,
        cursor: sqlite3.Cursor,
        *,
        bundle_id: str,
        collect_applied: bool,
        post_hooks: dict[str, DerivedRows],
        districts: frozenset[str] | None = None,
        touch: Mapping[str, str] | None = None,
    ) -> None:
        self.cursor = cursor
        self.bundle_id = bundle_id
        self.codecs = codecs()
        self.outcome = Outcome()
        self.collect_applied = collect_applied
        self.hooks = post_hooks
        # table → column: the values of that column in every row applied are gathered in
        # `outcome.touched` (the importer's clients whose schedule rows must be recomputed).
        self.touch = dict(touch or {})
        self.seen = KnownIds()  # ids stored here: written by this import, or found
        self.empty_at_start: dict[str, bool] = {}
        self.now = to_iso(utcnow())
        self.spill = Spill()
        # None: nothing is judged (tests and tools that apply records without a sender's role).
        self.owners = OwnershipRule(cursor, self.codecs, districts) if districts is not None else None

    def quarantine(self, item: Quarantined) -> None:
        item.record = self.spill.keep(item.record)
        self.outcome.quarantined.append(item)
        self.outcome.per_table[item.table].quarantined += 1

    def apply(self, table: str, records: list[Any], sender: str, retry_ids: list[int] | None = None) -> None:
        """Apply one batch of raw records of `table` that came from `sender` (decoded here)."""
        self.apply_batch(prepare(self.codecs.get(table), table, records), sender, retry_ids)

    def apply_batch(self, batch: Batch, sender: str, retry_ids: list[int | None] | None = None) -> None:
        """Apply one decoded batch (see `decode.prepare`); `retry_ids` by input position."""
        table = batch.table
        for position, row_id, code, reason, raw in batch.bad:
            retry = retry_ids[position] if retry_ids else None
            self.quarantine(Quarantined(table, row_id, code, reason, raw, sender, self.bundle_id, retry))
        codec = self.codecs.get(table)
        if codec is None or not batch.rows:
            return
        if retry_ids is None and self._apply_new(codec, batch, sender):
            return
        id_index = codec.id_index
        derived = batch.derived if batch.derived is not None else [None] * len(batch.rows)
        valid: dict[str, _Item] = {}
        for row, position, top, extra in zip(batch.rows, batch.positions, batch.versions, derived, strict=True):
            retry = retry_ids[position] if retry_ids else None
            row_id = row[id_index]
            previous = valid.get(row_id)
            if previous is not None:  # the same row twice in one batch: merge the two first
                merged = merge(codec.row_to_record(previous.row), codec.row_to_record(row), codec.merge_fields).row
                row, top, extra = tuple(codec.record_to_params(merged)), max(top, previous.top), None
            valid[row_id] = _Item(row, retry, top, extra)
        self._check_parents(codec, valid, sender)
        self._check_owner(codec, valid, sender)
        self._check_unique(codec, valid, sender)
        if valid:
            self._write(codec, valid, sender)

    def _apply_new(self, codec: TableCodec, batch: Batch, sender: str) -> bool:
        """Insert a batch whose rows are all new (the common case of a district's first import)
        without the per-row bookkeeping of the general path; False, having changed nothing, when
        any row needs that path: the table had rows, an id repeats or was seen before, a parent
        is not known yet, or the table has unique columns to check."""
        table, rows = codec.name, batch.rows
        if codec.unique_sets or not self._was_empty(table):
            return False
        ids = list(map(operator.itemgetter(codec.id_index), rows))
        if len(set(ids)) != len(ids) or not self.seen[table].isdisjoint(ids):
            return False
        for column, parent in codec.parents.items():
            wanted = set(map(operator.itemgetter(codec.index_of[column]), rows))
            wanted.discard(None)
            if parent == table:
                wanted.difference_update(ids)
            unknown = wanted - self.seen[parent]
            if unknown and (self.seen.complete(parent) or self._existing(parent, list(unknown)) != unknown):
                return False
        owners = self.owners
        if owners is not None and owners.refused(codec, rows, sender, fresh=True):
            return False
        nulls = batch.nulls if len(batch.nulls) == len(rows) else None
        if not self._insert_new(codec, rows, sender, nulls):
            return False
        outcome = self.outcome
        outcome.per_table[table].created += len(rows)
        if self.collect_applied:
            outcome.applied.add(table, ids, map(operator.itemgetter(codec.version_index), rows))
        self._touch(codec, rows)
        outcome.max_version = max(outcome.max_version, *batch.versions)
        self.seen.add(table, ids)
        if owners is not None:
            owners.written(table, ids, sender)
        hook = self.hooks.get(table)
        if hook is not None:
            derived = batch.derived
            if derived is None:
                derived = [hook.derive(codec.row_to_record(row)) for row in rows]
            # New to this database: no old derived rows to delete.
            hook.write(self.cursor, list(zip(ids, derived, strict=True)), False)
        return True

    def _insert_new(
        self, codec: TableCodec, rows: list[tuple[Any, ...]], sender: str, nulls: list[int] | None = None
    ) -> bool:
        """Insert rows believed new; False, having changed nothing, if one of them is stored already.

        While every id of the table is remembered a repeat is found before (`_apply_new`); past the
        memory bound (`KnownIds`) the primary key finds it: the rows go in with `OR IGNORE`, and
        when fewer went in than were given, the batch's rows are deleted again. A savepoint would
        do the same, but it copies every page the batch changes into its journal first (≈ 7 s of
        the importer's 31 s on the visits of a full district import).
        """
        if self.seen.complete(codec.name):
            self._insert_logged(codec, rows, sender, nulls)
            return True
        table = codec.name
        before = self._last_rowid(table)
        if before > _MAX_ROWID - len(rows):  # rowids not in insert order: only a savepoint can undo
            return self._insert_in_savepoint(codec, rows, sender, nulls)
        try:
            added = self._insert_rows(codec, rows, "INSERT OR IGNORE", nulls)
        except cipher.errors() as error:  # a foreign key: refused before that row was written
            if type(error).__name__ != "IntegrityError":  # the same name in sqlite3 and sqlcipher3
                raise
            added = -1
        if added != len(rows):
            # The rows this batch added are exactly those above `before` (see `_insert_logged`).
            self.cursor.execute(f'DELETE FROM "{table}" WHERE rowid > ?', (before,))
            return False
        self._log_inserted(codec, rows, sender, before)
        return True

    def _insert_in_savepoint(
        self, codec: TableCodec, rows: list[tuple[Any, ...]], sender: str, nulls: list[int] | None
    ) -> bool:
        self.cursor.execute("SAVEPOINT new_rows")
        try:
            self._insert_logged(codec, rows, sender, nulls)
        except cipher.errors() as error:
            self.cursor.execute("ROLLBACK TO new_rows")
            self.cursor.execute("RELEASE new_rows")
            if type(error).__name__ != "IntegrityError":
                raise
            return False
        self.cursor.execute("RELEASE new_rows")
        return True

    def _drop(
        self, valid: dict[str, _Item], row_id: str, codec: TableCodec, code: str, reason: str, sender: str
    ) -> None:
        item = valid.pop(row_id)
        record = codec.row_to_record(item.row)
        self.quarantine(Quarantined(codec.name, row_id, code, reason, record, sender, self.bundle_id, item.retry))

    def _was_empty(self, table: str) -> bool:
        """Whether `table` had no rows when this import started (then only our own inserts exist)."""
        if table not in self.empty_at_start:
            row = self.cursor.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
            self.empty_at_start[table] = row is None and not self.seen.has_any(table)
        return self.empty_at_start[table]

    def _existing(self, table: str, ids: list[str]) -> set[str]:
        if self._was_empty(table) and self.seen.complete(table):  # no need to probe the index for every id
            return set(ids) & self.seen[table]
        found: set[str] = set()
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            found.update(r[0] for r in self.cursor.execute(f'SELECT id FROM "{table}" WHERE id IN ({marks})', part))
        return found

    def _check_parents(self, codec: TableCodec, valid: dict[str, _Item], sender: str) -> None:
        for column, parent in codec.parents.items():
            index = codec.index_of[column]
            wanted = {item.row[index] for item in valid.values() if item.row[index] is not None}
            if parent == codec.name:
                wanted -= valid.keys()
            missing = sorted(wanted - self.seen[parent])
            if missing:
                missing_set = set(missing) - self._existing(parent, missing)
                self.seen.add(parent, set(missing) - missing_set)
                if missing_set:
                    for row_id in [i for i, item in valid.items() if item.row[index] in missing_set]:
                        self._drop(valid, row_id, codec, "missing_parent", f"所引用的{parent}记录尚未收到", sender)

    def _check_owner(self, codec: TableCodec, valid: dict[str, _Item], sender: str) -> None:
        """Quarantine the rows `sender` may not write (`trust.ownership`); the rest go on."""
        if self.owners is None or not valid:
            return
        rows = [item.row for item in valid.values()]
        # Fresh: nothing stored could be changed (a repeated id may be another sender's row).
        table = codec.name
        fresh = self._was_empty(table) and self.seen.complete(table) and self.seen[table].isdisjoint(valid)
        for row_id in self.owners.refused(codec, rows, sender, fresh=fresh):
            self._drop(valid, row_id, codec, NOT_OWNER, NOT_OWNER_REASON, sender)

    def _check_unique(self, codec: TableCodec, valid: dict[str, _Item], sender: str) -> None:
        for columns in codec.unique_sets:
            where = " AND ".join(f'"{c}" = ?' for c in columns)
            indexes = [codec.index_of[c] for c in columns]
            claimed: dict[tuple[Any, ...], str] = {}
            for row_id in list(valid):
                row = valid[row_id].row
                values = tuple(row[i] for i in indexes)
                if any(v is None for v in values):
                    continue
                holder = self.cursor.execute(f'SELECT id FROM "{codec.name}" WHERE {where}', values).fetchone()
                other = holder[0] if holder else claimed.get(values)
                if other is not None and other != row_id:
                    self._drop(valid, row_id, codec, "unique_conflict", "唯一字段与已有记录重复", sender)
                else:
                    claimed[values] = row_id

    def _write(self, codec: TableCodec, valid: dict[str, _Item], sender: str) -> None:
        ids = list(valid)
        local: dict[str, dict[str, Any]] = {}
        remembered = self._was_empty(codec.name) and self.seen.complete(codec.name)
        probe = [i for i in ids if i in self.seen[codec.name]] if remembered else ids
        for part in _chunks(probe):
            marks = ",".join("?" * len(part))
            for row in self.cursor.execute(f"{codec.select_sql} WHERE id IN ({marks})", part):
                record = codec.row_to_record(row)
                local[record["id"]] = record
        counts = self.outcome.per_table[codec.name]
        inserts: list[tuple[Any, ...]] = []
        updates: list[list[Any]] = []
        log: list[tuple[Any, ...]] = []
        conflicts: list[tuple[Any, ...]] = []
        taken: dict[str, Merged] = {}
        fresh: list[tuple[str, Any]] = []  # (id, derived) of rows new here: no old derived rows
        touched: list[dict[str, Any]] = []  # merged rows whose fields changed: derive again
        hook = self.hooks.get(codec.name)
        name, now, version_index = codec.name, self.now, codec.version_index
        applied: list[tuple[str, int]] | None = [] if self.collect_applied else None
        max_version = self.outcome.max_version
        for row_id, item in valid.items():
            row = item.row
            if item.retry is not None:
                self.outcome.retried.append(item.retry)
            elif applied is not None:
                applied.append((row_id, row[version_index]))
            if item.top > max_version:
                max_version = item.top
            current = local.get(row_id)
            if current is None:
                inserts.append(row)  # its change-log entry is written in SQL after the insert
                if hook is not None:
                    fresh.append((row_id, item.derived))
                continue
            merged: Merged = merge(current, codec.row_to_record(row), codec.merge_fields)
            if merged.losses:
                conflicts.extend(conflict_log.loss_rows(name, row_id, merged, self.bundle_id, now))
                counts.conflicts += sum(1 for loss in merged.losses if not loss.superseded)
            if merged.taken:
                taken[row_id] = merged
            if not merged.changed:
                counts.unchanged += 1
                continue
            params = codec.record_to_params(merged.row)
            id_index = codec.id_index
            updates.append(params[:id_index] + params[id_index + 1 :] + [row_id])  # for "WHERE id = ?"
            fields = orjson.dumps(sorted(merged.changed_fields)).decode()
            log.append((name, row_id, merged.row["version"], sender, fields, now))
            counts.updated += 1
            if merged.changed_fields:
                touched.append(merged.row)
        counts.created += len(inserts)
        self.outcome.max_version = max_version
        if applied:
            self.outcome.applied.add(name, [i for i, _v in applied], [v for _i, v in applied])
        self._touch(codec, [item.row for item in valid.values()])
        if inserts:
            self._insert_logged(codec, inserts, sender)
        if updates:
            self.cursor.executemany(codec.update_sql, updates)
        if log:
            self.cursor.executemany(
                "INSERT INTO change_log (table_name, row_id, version, source, fields, at) VALUES (?, ?, ?, ?, ?, ?)",
                log,
            )
        conflict_log.write(self.cursor, name, conflicts, taken)
        self.seen.add(codec.name, ids)
        if self.owners is not None:
            self.owners.written(name, ids, sender)
        if hook is not None:
            derive = hook.derive
            if fresh:
                # A row new to this database has no derived rows yet: insert only, no delete.
                hook.write(
                    self.cursor,
                    [(i, d if d is not None else derive(_record(codec, valid[i].row))) for i, d in fresh],
                    False,
                )
            if touched:
                hook.write(self.cursor, [(r["id"], derive(r)) for r in touched], True)

    def _touch(self, codec: TableCodec, rows: list[tuple[Any, ...]]) -> None:
        column = self.touch.get(codec.name)
        if column is not None:
            self.outcome.touched.add(TOUCHED, map(operator.itemgetter(codec.index_of[column]), rows))

    def _insert_logged(
        self, codec: TableCodec, inserts: list[tuple[Any, ...]], sender: str, nulls: list[int] | None = None
    ) -> None:
        """Insert new rows, then their change-log entries (`_log_inserted`)."""
        before = self._last_rowid(codec.name)
        self._insert_rows(codec, inserts, "INSERT", nulls)
        self._log_inserted(codec, inserts, sender, before)

    def _last_rowid(self, table: str) -> int:
        return int(self.cursor.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0])

    def _insert_rows(
        self, codec: TableCodec, rows: list[tuple[Any, ...]], verb: str, nulls: list[int] | None = None
    ) -> int:
        """`rows` into the table; returns how many went in (`nulls`: see `TableCodec.insert_runs`)."""
        added = 0
        for statement, parameters in codec.insert_runs(rows, verb, nulls):
            self.cursor.executemany(statement, parameters)
            added += self.cursor.rowcount
        return added

    def _log_inserted(self, codec: TableCodec, inserts: list[tuple[Any, ...]], sender: str, before: int) -> None:
        """The change-log entries of rows just inserted above rowid `before`, with one `INSERT … SELECT`
        in insert order.

        Rows inserted without an explicit rowid get rowids above the largest one before the insert
        (SQLite's rule while the maximum is below 2**63 - 1, and synced rows are never deleted), and
        nothing else writes in this transaction, so `rowid > before` selects exactly these rows:
        SQLite copies id and version itself instead of Python binding a million more tuples.
        """
        table = codec.name
        if before > _MAX_ROWID - len(inserts):  # SQLite would pick random rowids: bind the entries
            version = codec.version_index
            self.cursor.executemany(
                "INSERT INTO change_log (table_name, row_id, version, source, fields, at) VALUES (?, ?, ?, ?, ?, ?)",
                [(table, row[codec.id_index], row[version], sender, '["*"]', self.now) for row in inserts],
            )
            return
        self.cursor.execute(
            "INSERT INTO change_log (table_name, row_id, version, source, fields, at)"
            f' SELECT ?, id, version, ?, \'["*"]\', ? FROM "{table}" WHERE rowid > ? ORDER BY rowid',
            (table, sender, self.now, before),
        )


def _record(codec: TableCodec, row: tuple[Any, ...]) -> dict[str, Any]:
    return codec.row_to_record(row)
