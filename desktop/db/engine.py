"""SQLite engine with the pragmas the data needs, and real transactions on Python 3.11.

Foreign keys on, WAL journal, `synchronous=FULL` (a committed visit survives a power cut), a busy
timeout. The sqlite3 driver's legacy mode does not BEGIN before DDL or SELECT, so migrations
would be committed statement by statement; we switch the driver to autocommit and issue BEGIN
ourselves (the recipe in SQLAlchemy's SQLite dialect docs).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop.db.cipher import key_for, page_size_of, pragma_value

BUSY_TIMEOUT_MS = 5000
# Per connection, filled only as pages are read. SQLCipher decrypts every page it reads from the
# file, so a search over pages that fell out of SQLite's default 2 MiB cache costs several times
# the plain read; 64 MiB holds the hot ones (clients, search keys, the dashboard's schedule rows)
# of a 100,000-client station, inside the program's 300 MB (docs/performance.md).
CACHE_KIB = 64 * 1024


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Runs after the SQLCipher dialect has keyed the connection (its own connect hook comes first).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA cache_size={-CACHE_KIB}")
    cursor.close()


def _quiet(dbapi_connection: Any, _record: Any) -> None:
    """SQLCipher logs decryption failures to standard error itself; they are raised as errors anyway."""
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")


# Execution option set by units of work that will write: they take the write lock at BEGIN, so two
# writers never both read and then deadlock upgrading to a write (SQLite answers that with an
# immediate "database is locked" that the busy timeout cannot wait out).
IMMEDIATE = "stationdesk_immediate"


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(IMMEDIATE) else "BEGIN")


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """The engine of the database at `path`: encrypted when its folder's key is known (desktop/db/cipher.py)."""
    key = key or key_for(path)
    # hide_parameters: SQL errors must never carry names, ID numbers or notes into logs or messages.
    if key is None:
        url = f"sqlite:///{path}"
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
    else:
        # The raw key as the dialect's passphrase: `PRAGMA key="x'…'"` skips SQLCipher's KDF. The
        # dialect's default pool is one connection per thread; the station's workers share a queue
        # pool as with plain SQLite. The URL's repr masks the key. The dialect sets
        # `cipher_page_size` from the query right after the key: 16 KiB for a new file, the file's
        # own for one made before (desktop/db/cipher.py).
        url = f"sqlite+pysqlcipher://:{pragma_value(key)}@/{path}?cipher_page_size={page_size_of(path, key)}"
        engine = create_engine(
            url, connect_args={"check_same_thread": False}, hide_parameters=True, poolclass=QueuePool
        )
        event.listen(engine, "connect", _quiet, insert=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
