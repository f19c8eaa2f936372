"""Consistent copies of the database with SQLite's online backup API (safe while it is open)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_database(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` through a temporary file, so a failure leaves nothing half-written."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(destination.name + ".part")
    temporary.unlink(missing_ok=True)  # left over by a process killed mid-copy: never copy into it
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(temporary, destination)
    return destination


def timestamped_name(kind: str, now: datetime | None = None) -> str:
    """File name for a backup: kind and UTC time, no personal data."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"stationdesk-{kind}-{stamp}.sqlite3"
