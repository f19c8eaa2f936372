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

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


# Execution option set by units of work that will write: they take the write lock at BEGIN, so two
# writers never both read and then deadlock upgrading to a write (SQLite answers that with an
# immediate "database is locked" that the busy timeout cannot wait out).
IMMEDIATE = "stationdesk_immediate"


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(IMMEDIATE) else "BEGIN")


def make_engine(path: Path) -> Engine:
    # hide_parameters: SQL errors must never carry names, ID numbers or notes into logs or messages.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
