"""Writing the conflict log of one batch so it ends the same in every import order (issue 16, item 6).

Every losing value is logged, whichever side it came from (`merge.Loss`); one that the winner's
writer had seen is logged as resolved, `superseded` (an ordinary update), the others stay open. A
loser already logged is not logged twice (the unique key is the losing stamp). When an incoming
value wins a field, that field's entries are judged again against the new winner: their winning
columns follow it, and an entry not resolved by a person becomes superseded or open as the new
winner did or did not see it. So the entries, their winners and their flags depend only on the
set of bundles applied, not on their order.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson

from desktop.services.exchange.merge import Merged, covers

_SUPERSEDED = "superseded"
_INSERT = (
    "INSERT OR IGNORE INTO sync_conflicts (table_name, row_id, field, losing_value, losing_version,"
    " losing_origin, winning_value, winning_version, winning_origin, bundle_id, at, resolved,"
    " resolution, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"
)


def loss_rows(table: str, row_id: str, merged: Merged, bundle_id: str, now: str) -> list[tuple[Any, ...]]:
    dumps = orjson.dumps
    return [
        (
            table,
            row_id,
            loss.field,
            dumps(loss.losing_value).decode(),
            loss.losing[0],
            loss.losing[1],
            dumps(loss.winning_value).decode(),
            loss.winning[0],
            loss.winning[1],
            bundle_id,
            now,
            1 if loss.superseded else 0,
            _SUPERSEDED if loss.superseded else "",
        )
        for loss in merged.losses
    ]


def write(cursor: sqlite3.Cursor, table: str, rows: list[tuple[Any, ...]], taken: dict[str, Merged]) -> None:
    """Insert this batch's losses, then re-judge existing entries of the fields an incoming value won."""
    if rows:
        cursor.executemany(_INSERT, rows)
    if not taken:
        return
    ids = list(taken)
    updates: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ",".join("?" * len(part))
        found = cursor.execute(
            "SELECT id, row_id, field, losing_version, losing_origin, resolution FROM sync_conflicts"
            f" WHERE table_name = ? AND row_id IN ({marks})",
            [table, *part],
        ).fetchall()
        for entry_id, row_id, field, losing_version, losing_origin, resolution in found:
            for name, stamp, value in taken[row_id].taken:
                if name != field or (losing_version, losing_origin) == (stamp[0], stamp[1]):
                    continue
                seen = covers(stamp, (losing_version, losing_origin))
                if resolution not in ("", _SUPERSEDED):  # a person's decision stays
                    flags: tuple[Any, ...] = (None, None)
                else:
                    flags = (1 if seen else 0, _SUPERSEDED if seen else "")
                updates.append((orjson.dumps(value).decode(), stamp[0], stamp[1], *flags, entry_id))
    if updates:
        cursor.executemany(
            "UPDATE sync_conflicts SET winning_value = ?, winning_version = ?, winning_origin = ?,"
            " resolved = coalesce(?, resolved), resolution = coalesce(?, resolution) WHERE id = ?",
            updates,
        )
