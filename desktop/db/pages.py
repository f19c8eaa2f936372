"""A database from before 16 KiB pages, rewritten with them at the first sign-in that knows its key.

Its rows are exported into a new file with `PAGE_SIZE` pages (desktop/db/cipher.py), the new file is
checked to read identically table by table and to pass the full check (desktop/db/health.py), and
only then does one rename put it in place of the old one. Until that rename the old file is
untouched, so a crash at any point leaves a database that opens: the old one (4 KiB pages open as
before) or the new one. Backups keep their 4 KiB pages and still open and restore
(docs/security.md).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Any

from desktop.db import cipher, health
from desktop.db.backup import private

log = logging.getLogger("stationdesk.encryption")
_SUFFIX = ".repaging"


def table_digests(connection: Any) -> dict[str, str]:
    """Per table, a SHA-256 of its rows in rowid order: equal digests, equal contents."""
    tables = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    digests = {}
    for name, sql in tables:
        if name.startswith("sqlite_"):
            continue
        order = "" if "WITHOUT ROWID" in (sql or "").upper() else " ORDER BY rowid"
        digest = hashlib.sha256()
        for row in connection.execute(f'SELECT * FROM "{name}"{order}'):
            digest.update(repr(row).encode("utf-8"))
        digests[name] = digest.hexdigest()
    return digests


def upgrade(database: Path, key: bytes) -> bool:
    """Rewrite `database` with 16 KiB pages when it has the old 4 KiB ones; True when it did.

    Never raises for a database that cannot be rewritten now (open elsewhere, damaged, a full
    disk): it stays as it is, opens as before, and the next sign-in tries again."""
    temporary = database.with_name(database.name + _SUFFIX)
    temporary.unlink(missing_ok=True)  # left by a process that stopped before the rename
    if not database.is_file() or cipher.page_size_of(database, key) != cipher.LEGACY_PAGE_SIZE:
        return False
    try:
        _rewrite(database, temporary, key)
    except (OSError, _Busy, _Mismatch, *cipher.errors()) as error:
        temporary.unlink(missing_ok=True)
        log.warning("the database keeps its 4 KiB pages for now (%s)", type(error).__name__)
        return False
    log.info("rewrote the database with %d-byte pages", cipher.PAGE_SIZE)
    return True


class _Busy(Exception):
    """Another connection has the database open."""


class _Mismatch(Exception):
    """The new file does not read as the old one."""


def _rewrite(database: Path, temporary: Path, key: bytes) -> None:
    source = cipher.connect(database, key, page_size=cipher.LEGACY_PAGE_SIZE, timeout=0)
    try:
        source.isolation_level = None
        # Leaving WAL mode needs the only connection to the file: it fails when another process
        # has it open. The exclusive lock, kept (locking_mode) until the rename is done, then makes
        # anyone else wait or fail rather than write to the file that is being replaced.
        if source.execute("PRAGMA journal_mode = DELETE").fetchone()[0] != "delete":
            raise _Busy()
        source.execute("PRAGMA main.locking_mode = EXCLUSIVE")
        source.execute(f'ATTACH DATABASE ? AS export KEY "{cipher.pragma_value(key)}"', (str(temporary),))
        source.execute(f"PRAGMA export.cipher_page_size = {cipher.PAGE_SIZE}")
        source.execute("BEGIN EXCLUSIVE")
        expected = table_digests(source)
        source.execute("SELECT sqlcipher_export('export')")
        source.execute("COMMIT")
        source.execute("DETACH DATABASE export")
        checked = _check(temporary, key, expected)
        private(temporary)  # SQLite made it with the default mode; the register is owner-only
        os.replace(temporary, database)
    finally:
        source.close()
    # The copy passed the full check just now: the start need not run it again on the new file.
    health.record(database, checked)


def _check(temporary: Path, key: bytes, expected: dict[str, str]) -> health.FullCheck:
    copy = cipher.connect(temporary, key, read_only=True, page_size=cipher.PAGE_SIZE)
    try:
        same = table_digests(copy) == expected
    finally:
        copy.close()
    result = health.full_check(temporary) if same else health.FullCheck(False)
    if not result.ok:
        raise _Mismatch()
    return result
