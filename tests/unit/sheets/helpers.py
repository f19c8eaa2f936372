"""Helpers for the spreadsheet tests: a fingerprint of every table, to prove nothing changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests import keyed


def table_hashes(database: Path) -> dict[str, str]:
    """SHA-256 of each table's rows in a stable order (read through a separate connection)."""
    connection = keyed.connect(f"file:{database}?mode=ro", uri=True)
    try:
        names = [
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        result = {}
        for name in names:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{name}"'))
            result[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return result
    finally:
        connection.close()
