"""Derived local rows to rebuild when synced rows arrive from a bundle (table name → hook).

Imports write through the driver, not the services, so whatever a service derives from a row
locally must be derived here too: for clients, the search keys (DESIGN §8a — prefix queries hit
an index). A new table with derived data adds its hook here; the sync engine itself stays generic.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from desktop.domain import address
from desktop.services.search_keys import keys_for

_IN_CHUNK = 500


def _village_name(row: dict[str, Any]) -> str:
    code = row.get("village_code") or ""
    if code:
        unit = address.get(code)
        if unit is not None:
            return unit.name
    return str(row.get("village_free_text") or "")


def rebuild_client_keys(cursor: sqlite3.Cursor, rows: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids), _IN_CHUNK):
        part = ids[start : start + _IN_CHUNK]
        cursor.execute(f"DELETE FROM client_search_keys WHERE client_id IN ({','.join('?' * len(part))})", part)
    keys = [
        (row["id"], key)
        for row in rows
        for key in sorted(
            keys_for(
                str(row.get("name") or ""),
                str(row.get("id_number") or ""),
                str(row.get("phone") or ""),
                _village_name(row),
            )
        )
    ]
    cursor.executemany("INSERT INTO client_search_keys (client_id, key) VALUES (?, ?)", keys)


POST_APPLY: dict[str, Callable[[sqlite3.Cursor, list[dict[str, Any]]], None]] = {"clients": rebuild_client_keys}
