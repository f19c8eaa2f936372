"""Derived local rows to rebuild when synced rows arrive from a bundle (table name → hook).

Imports write through the driver, not the services, so whatever a service derives from a row
locally must be derived here too: for clients, the search keys (docs/architecture.md §8a — prefix queries hit
an index). A new table with derived data adds its hook here; the sync engine itself stays generic.

A hook has two halves so the import can run the expensive half on the second core:
`derive(record)` is pure (no database; it may run in the decoder process, before anyone knows
whether the row is new or merges with a local one) and `write(cursor, pairs, replace)` stores
the derived values of (row id, derived value) pairs, deleting old derived rows first when
`replace` is true (rows that existed before; a row new to this database has none).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.domain import address, pinyin
from desktop.services.casework.search_keys import keys_for

_IN_CHUNK = 500


@dataclass(frozen=True)
class DerivedRows:
    derive: Callable[[dict[str, Any]], Any]
    write: Callable[[sqlite3.Cursor, list[tuple[str, Any]], bool], None]
    table: str  # the local table written, so a bulk import may rebuild its indexes at the end
    # Frees what `derive` loaded, once a process has no more rows to derive (the decoder process).
    release: Callable[[], None] | None = None


def _village_name(row: dict[str, Any]) -> str:
    code = row.get("village_code") or ""
    if code:
        unit = address.get(code)
        if unit is not None:
            return unit.name
    return str(row.get("village_free_text") or "")


def client_keys(row: dict[str, Any]) -> list[str]:
    """The sorted search keys of one client record (pure)."""
    return sorted(
        keys_for(
            str(row.get("name") or ""),
            str(row.get("id_number") or ""),
            str(row.get("phone") or ""),
            _village_name(row),
        )
    )


def write_client_keys(cursor: sqlite3.Cursor, pairs: list[tuple[str, Any]], replace: bool) -> None:
    if replace:
        ids = [client_id for client_id, _keys in pairs]
        for start in range(0, len(ids), _IN_CHUNK):
            part = ids[start : start + _IN_CHUNK]
            cursor.execute(f"DELETE FROM client_search_keys WHERE client_id IN ({','.join('?' * len(part))})", part)
    cursor.executemany(
        "INSERT INTO client_search_keys (client_id, key) VALUES (?, ?)",
        [(client_id, key) for client_id, keys in pairs for key in keys],
    )


def rebuild_client_keys(cursor: sqlite3.Cursor, rows: list[dict[str, Any]]) -> None:
    """Replace the search keys of these client records (both halves in one call)."""
    write_client_keys(cursor, [(row["id"], client_keys(row)) for row in rows], True)


DERIVED: dict[str, DerivedRows] = {
    "clients": DerivedRows(client_keys, write_client_keys, "client_search_keys", release=pinyin.forget)
}
POST_APPLY: dict[str, Callable[[sqlite3.Cursor, list[dict[str, Any]]], None]] = {"clients": rebuild_client_keys}
