"""Migration 0002 on a database that already holds clients and visits: the derived schedule is
filled from the latest visit of each client (or three months after it, or two weeks after
registration when there is no visit), with the open drafts counted."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command

from desktop.db.engine import make_engine
from desktop.db.migrate import _alembic_config, migrate


def _row(connection: sqlite3.Connection, table: str, **values: Any) -> None:
    """Insert a row, filling every other NOT NULL column with a neutral value of its type."""
    row: dict[str, Any] = {}
    for _cid, name, kind, notnull, default, _pk in connection.execute(f"PRAGMA table_info({table})"):
        if name in values or not notnull or default is not None:
            continue
        kind = kind.upper()
        row[name] = "[]" if kind == "JSON" else 0 if kind in ("INTEGER", "BIGINT", "BOOLEAN") else ""
    row.update(values)
    columns = ", ".join(row)
    connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def test_schedule_is_filled_from_existing_visits(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    engine = make_engine(path)
    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_initial")
        connection.commit()
    with sqlite3.connect(path) as db:
        stamp = {"created_at": "2026-01-01T00:00:00.000000Z", "field_versions": "{}", "deleted": 0}
        _row(db, "clients", id="c1", name="甲", management_status="managed", caseworker_id="u1", **stamp)
        _row(db, "clients", id="c2", name="乙", management_status="registered", registered_on="2026-03-01", **stamp)
        _row(db, "visits", id="v1", client_id="c1", visit_date="2026-02-01", next_visit_date="2026-02-15", **stamp)
        _row(db, "visits", id="v2", client_id="c1", visit_date="2026-05-31", status="draft", risk_level=1, **stamp)
    migrate(engine, path, tmp_path / "backups")
    engine.dispose()
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT client_id, status, caseworker_id, last_visit_date, next_due, last_risk, open_drafts "
            "FROM client_schedule ORDER BY client_id"
        ).fetchall()
    assert rows == [
        ("c1", "managed", "u1", "2026-05-31", "2026-08-31", 1, 1),  # no next date: three months later
        ("c2", "registered", "", None, "2026-03-15", None, 0),  # never visited: two weeks after registration
    ]
