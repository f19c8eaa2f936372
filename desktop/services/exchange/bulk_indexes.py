"""Secondary indexes set aside during a large import into empty tables, rebuilt at the end.

Inserting a million rows in random UUID order keeps every secondary index of the table in a
random-write pattern; building the index once at the end sorts the keys instead, which costs a
fraction of that. Only plain (non-unique, non-partial) indexes are set aside: unique ones enforce
rules the import checks row by row (`unique_conflict`), primary keys are needed for the id
lookups, and partial ones (tombstones, open check-ins) are small enough to keep up as rows come.
It all happens inside the import's one transaction, so a failed import restores the indexes with
everything else; readers on other connections keep seeing the old snapshot until the commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

# A table gets the treatment only when the bundle brings at least this many rows for it (below
# that, rebuilding costs as much as it saves) and it was empty at the start of the import.
BULK_MIN_ROWS = 20_000


def _plain_indexes(cursor: sqlite3.Cursor, table: str) -> list[tuple[str, str]]:
    """Non-unique, non-partial indexes. A partial index (`… WHERE deleted = 1`) stays: it holds
    few rows, so keeping it up to date costs next to nothing, while rebuilding it scans the table."""
    rows = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
    ).fetchall()
    return [(str(name), str(sql)) for name, sql in rows if _deferrable(str(sql))]


def _deferrable(sql: str) -> bool:
    words = sql.upper().split()
    return words[:2] == ["CREATE", "INDEX"] and "WHERE" not in words


def _is_empty(cursor: sqlite3.Cursor, table: str) -> bool:
    return cursor.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is None


class IndexDeferral:
    """Drop plain indexes of the tables a large import fills from empty; `restore()` rebuilds them."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.cursor = cursor
        self.saved: list[tuple[str, str]] = []
        self.owner: dict[str, str] = {}  # index name → the synced table whose rows fill it
        self.tables: list[str] = []
        self.rows: dict[str, int] = {}  # rows the bundle brings to each deferred table

    def defer(self, table: str, owner: str | None = None) -> None:
        for name, sql in _plain_indexes(self.cursor, table):
            self.cursor.execute(f'DROP INDEX "{name}"')
            self.saved.append((name, sql))
            self.owner[name] = owner or table
        self.tables.append(table)

    def defer_local(self, table: str, rows: int) -> None:
        """A local table about to receive `rows` rows at once, from empty (the schedule rows an
        import recomputes): its indexes are built once, after the rows, by `restore()`."""
        if rows >= BULK_MIN_ROWS and _is_empty(self.cursor, table):
            self.defer(table)

    def restore_table(self, table: str, still_to_come: int) -> None:
        """Rebuild now the indexes of `table` (and of its derived table): the bundle has moved on
        to the next table, so the decoder process keeps decoding while SQLite builds them. Rows of
        `table` that still come later (a retry, an unusual file order) update the indexes as usual.

        Only while the file still holds at least as many records as `table` got (`still_to_come`):
        the decoder then has work for the whole rebuild. A big table near the end waits for
        `restore()`, after the decoder process has exited, so that the rebuild's sorter (it holds
        every key in memory) and the decoder never take memory at the same time."""
        if still_to_come < self.rows.get(table, 0):
            return
        mine = [(name, sql) for name, sql in self.saved if self.owner.get(name) == table]
        if not mine:
            return
        self.saved = [item for item in self.saved if item not in mine]
        for _name, sql in mine:
            self.cursor.execute(sql)

    def plan(self, counts: Mapping[str, int], derived: Mapping[str, str], log_table: str = "change_log") -> None:
        """Choose the tables: synced tables (and their derived tables) empty now that get many rows,
        and the change log when the bundle adds more entries than it holds."""
        for table, count in counts.items():
            if count < BULK_MIN_ROWS or not _is_empty(self.cursor, table):
                continue
            self.defer(table)
            self.rows[table] = count
            extra = derived.get(table)
            if extra is not None and _is_empty(self.cursor, extra):
                self.defer(extra, owner=table)
        total = sum(counts.values())
        # max(seq) counts every entry ever written without scanning the table.
        held = int(self.cursor.execute(f'SELECT coalesce(max(seq), 0) FROM "{log_table}"').fetchone()[0])
        if total >= BULK_MIN_ROWS and total >= held:
            self.defer(log_table)

    def restore(self) -> None:
        saved, self.saved = self.saved, []
        for _name, sql in saved:
            self.cursor.execute(sql)
