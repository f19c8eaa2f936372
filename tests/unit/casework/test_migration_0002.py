"""Migrations 0002 and 0009 on a database that already holds clients and visits.

0002 fills the derived schedule from the latest visit of each client (or three months after it,
or two weeks after registration when there is no visit), with the open drafts counted. 0009
rebuilds it so that only finalised follow-ups count: a draft or a case conference written after
a risk-4 visit no longer hides the client."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command

from desktop.db.engine import make_engine
from desktop.db.migrate import _alembic_config, migrate
from desktop.domain.clock import station_today


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
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002_casework")  # 0009 recomputes these rows with today's rule
        connection.commit()
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


def test_0009_rebuilds_the_schedule_from_finalised_followups_only(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    engine = make_engine(path)
    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008_lists2")
        connection.commit()
    with sqlite3.connect(path) as db:
        stamp = {"created_at": "2026-01-01T00:00:00.000000Z", "field_versions": "{}", "deleted": 0}
        _row(db, "clients", id="c1", name="甲", management_status="managed", caseworker_id="u1", **stamp)
        visit = {"client_id": "c1", "objects_seen": "[1]", **stamp}
        _row(db, "visits", id="v1", visit_date="2026-02-01", status="final", mode=2, risk_level=4,
             next_visit_date="2026-02-15", escalation_followup_due="2026-02-15", **visit)  # fmt: skip
        # What the old rule made of the two later records: 重点关注 off, due in three months.
        _row(db, "visits", id="v2", visit_date="2026-02-05", status="draft", mode=2, risk_level=1, **visit)
        _row(db, "visits", id="v3", visit_date="2026-02-06", status="final", mode=7, risk_level=1,
             next_visit_date="2026-05-06", **visit)  # fmt: skip
        _row(db, "client_schedule", client_id="c1", status="managed", caseworker_id="u1", last_visit_date="2026-02-06",
             next_due="2026-05-06", last_risk=1, key_attention=0, open_drafts=1)  # fmt: skip
    migrate(engine, path, tmp_path / "backups")
    engine.dispose()
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT client_id, last_visit_date, next_due, last_risk, key_attention, followup_due, open_drafts "
            "FROM client_schedule"
        ).fetchall()
        flag = db.execute("SELECT key_attention FROM clients WHERE id = 'c1'").fetchone()
    assert rows == [("c1", "2026-02-01", "2026-02-15", 4, 1, "2026-02-15", 1)]
    assert flag == (1,)


def test_0014_fills_the_years_pace_as_the_schedule_computes_it(tmp_path: Path) -> None:
    """The rule written out in the migration gives what followups.compute (rebuild_all) gives."""
    from datetime import date, timedelta

    from desktop.services.casework.schedule_index import rebuild_all

    today = station_today()
    days = [day for n in range(5) if (day := date(today.year, 1, 1) + timedelta(days=n * 40)) <= today]
    path = tmp_path / "db.sqlite3"
    engine = make_engine(path)
    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0012_auditkey")
        connection.commit()
    with sqlite3.connect(path) as db:
        stamp = {"created_at": "2026-01-01T00:00:00.000000Z", "field_versions": "{}", "deleted": 0}
        for client in ("c1", "c2", "c3"):
            _row(db, "clients", id=client, name="甲", management_status="managed", registered_on="2020-01-01", **stamp)
        visit = {"objects_seen": "[1]", "status": "final", "mode": 2, "risk_level": 0, **stamp}
        for n, day in enumerate(days):  # c1: a follow-up every 40 days this year
            _row(db, "visits", id=f"a{n}", client_id="c1", visit_date=day.isoformat(),
                 next_visit_date=(day + timedelta(days=90)).isoformat(), **visit)  # fmt: skip
        # c2: one follow-up twice on one day, a case conference and a draft; c3: none this year.
        first = days[0].isoformat()
        _row(db, "visits", id="b1", client_id="c2", visit_date=first, next_visit_date=first, **visit)
        _row(db, "visits", id="b2", client_id="c2", visit_date=first, **visit)
        _row(db, "visits", id="b3", client_id="c2", visit_date=first, **{**visit, "mode": 7})
        _row(db, "visits", id="b4", client_id="c2", visit_date=today.isoformat(), **{**visit, "status": "draft"})
        _row(db, "visits", id="c1v", client_id="c3", visit_date=f"{today.year - 1}-11-20",
             next_visit_date=f"{today.year}-02-20", **visit)  # fmt: skip
    with engine.connect() as connection:  # the schedule as 0012 code wrote it, without the pace
        for client, next_due in (
            ("c1", days[-1] + timedelta(days=90)),
            ("c2", days[0]),
            ("c3", date(today.year, 2, 20)),
        ):
            connection.exec_driver_sql(
                "INSERT INTO client_schedule (client_id, status, caseworker_id, next_due, key_attention, open_drafts) "
                "VALUES (?, 'managed', '', ?, 0, 0)",
                (client, next_due.isoformat()),
            )
        connection.commit()
    migrate(engine, path, tmp_path / "backups")
    query = "SELECT client_id, pace_year, year_followups, pace_needed_by, pace_late FROM client_schedule ORDER BY 1"
    with sqlite3.connect(path) as db:
        migrated = db.execute(query).fetchall()
    with engine.begin() as connection:
        rebuild_all(connection)
    engine.dispose()
    with sqlite3.connect(path) as db:
        assert db.execute(query).fetchall() == migrated
    assert [row[:3] for row in migrated] == [
        ("c1", today.year, len(days)),
        ("c2", today.year, 1),
        ("c3", today.year, 0),
    ]
