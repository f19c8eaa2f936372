"""Is the database file sound? The full check, its recorded result, and the cheap start-up check.

The full check is `PRAGMA integrity_check` (pages, b-trees, and every index against its table)
plus `PRAGMA foreign_key_check`. On a large file it takes long (docs/security.md has the figures),
so its result is recorded in a small status file next to the database, together with the file's
*fingerprint* (size and modification time of the database, and whether a WAL is left over). The
same fingerprint is recorded when the program closes the database cleanly.

The cheap check before every CLI command: when the last full check passed and the file is exactly
as this program last left it (same fingerprint), the file is trusted after reading its header and
schema; otherwise — the file was changed by something else, copied in, or left after a crash — the
full check runs now. The window's start reads the header and schema only and owes the full check
to its background task when the file is not trusted (`sound_at_start`): the start stays cheap
whatever the file's size. `PRAGMA quick_check` is not used: it does not compare an
index with its table, so damaged index pages pass it.

The status file holds times, sizes and booleans only — never data from the database.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.db import cipher

STATUS_SUFFIX = ".health.json"


@dataclass(frozen=True)
class FullCheck:
    ok: bool
    # The first problem as SQLite states it (page numbers, table and index names: no data).
    problem: str = ""


def status_path(database: Path) -> Path:
    return database.with_name(database.name + STATUS_SUFFIX)


def fingerprint(database: Path) -> dict[str, Any]:
    """What changes whenever the file changes: size, modification time, a leftover WAL."""
    stat = database.stat()
    wal = database.with_name(database.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "wal": wal_size}


def load_status(database: Path) -> dict[str, Any]:
    try:
        value = json.loads(status_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _save_status(database: Path, status: dict[str, Any]) -> None:
    target = status_path(database)
    temporary = target.with_name(target.name + ".part")
    try:
        temporary.write_text(json.dumps(status), encoding="utf-8")
        if os.name == "posix":
            temporary.chmod(0o600)  # owner-only like every file of the data folder (docs/security.md)
        os.replace(temporary, target)
    except OSError:
        pass  # a read-only data directory: the next start simply checks in full again


def full_check(database: Path) -> FullCheck:
    """integrity_check and foreign_key_check, read-only."""
    try:
        connection = cipher.connect(database, read_only=True)  # keyed when the station is encrypted
    except cipher.errors() as error:
        return FullCheck(False, type(error).__name__)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            return FullCheck(False, str(rows[0][0])[:200] if rows else "integrity_check")
        broken = connection.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            return FullCheck(False, f"foreign key: {broken[0]} -> {broken[2]}")
        return FullCheck(True)
    except cipher.errors() as error:
        return FullCheck(False, type(error).__name__)
    finally:
        connection.close()


def checked(database: Path, now: datetime | None = None) -> FullCheck:
    """Run the full check and record its result and time with the file's fingerprint."""
    result = full_check(database)
    record(database, result, now)
    return result


def record(database: Path, result: FullCheck, now: datetime | None = None) -> None:
    """Record `result` as the full check of `database` as it is now (one made on the file just
    before it was renamed into place counts: the rename keeps size and modification time)."""
    status = load_status(database)
    status["full_check"] = {
        "at": (now or datetime.now(UTC)).isoformat(),
        "ok": result.ok,
        "fingerprint": fingerprint(database) if database.exists() else None,
    }
    if not result.ok:
        status.pop("closed", None)
    _save_status(database, status)


def record_close(database: Path) -> None:
    """After the last connection closed: the file as this program leaves it."""
    if not database.exists():
        return
    status = load_status(database)
    last = status.get("full_check") or {}
    if last.get("ok"):
        status["closed"] = fingerprint(database)
        _save_status(database, status)


def last_full_check(database: Path) -> datetime | None:
    """When the last full check ran (None: never)."""
    at = (load_status(database).get("full_check") or {}).get("at")
    try:
        return datetime.fromisoformat(at) if isinstance(at, str) else None
    except ValueError:
        return None


def trusted(database: Path) -> bool:
    """The last full check passed and the file is exactly as checked or as we last closed it."""
    status = load_status(database)
    last = status.get("full_check") or {}
    if not last.get("ok"):
        return False
    now = fingerprint(database)
    return now in (last.get("fingerprint"), status.get("closed"))


def readable(database: Path) -> bool:
    """The header and the schema can be read (milliseconds, whatever the size)."""
    try:
        connection = cipher.connect(database, read_only=True)
    except cipher.errors():
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return True
    except cipher.errors():
        return False
    finally:
        connection.close()


def sound(database: Path) -> bool:
    """The command line's check: trusted and readable, or else a full check now (recorded)."""
    if not database.exists():
        return True
    if trusted(database):
        return readable(database)
    return checked(database).ok


def sound_at_start(database: Path) -> tuple[bool, bool]:
    """The window's start-up check, which must stay cheap: (readable, full check owed).

    A file that is not as we left it (a crash, a power cut, a copy) is opened after its header
    and schema read, and its full check is owed: the window runs it in the background once the
    pages show, and no backup is made before it passed (every backup full-checks first)."""
    if not database.exists():
        return True, False
    if not readable(database):
        return False, False
    return True, not trusted(database)
