"""sync trust bounds: repair version stamps stored beyond the clock's bounds

A bundle imported before the clock bounds existed could leave versions near 2**63 in synced
rows and the change log; every later local edit then overflowed. Such stamps (beyond the wall
clock plus the allowed skew at migration time) are brought back to now, in one transaction. A
repaired field keeps its value; it merges from here on as an edit made now.

Revision ID: 0013_bounds
Revises: 0012_auditkey
Create Date: 2026-12-08 09:00:00
"""

from __future__ import annotations

import time

import orjson
from alembic import op

from desktop.db.hlc import ceiling, pack

revision = "0013_bounds"
down_revision = "0012_auditkey"
branch_labels = None
depends_on = None

_SYNCED = (
    "stations",
    "clients",
    "guardians",
    "consents",
    "visits",
    "visit_addenda",
    "volunteers",
    "shift_templates",
    "shifts",
    "shift_assignments",
    "attendance",
    "certificates",
)


def _repair_stamp(stamp: object, bound: int, now: int) -> object:
    if not isinstance(stamp, list) or not stamp or not isinstance(stamp[0], int | float):
        return stamp
    repaired = list(stamp)
    if repaired[0] > bound:
        repaired[0] = now
    if len(repaired) > 2 and isinstance(repaired[2], dict):
        repaired[2] = {k: now if isinstance(v, int | float) and v > bound else v for k, v in repaired[2].items()}
    return repaired


def repair(connection: object, wall_seconds: float | None = None) -> int:
    """Rows whose version or any field stamp lies beyond the bound, set to now; returns how many."""
    seconds = time.time() if wall_seconds is None else wall_seconds
    bound, now = ceiling(seconds), pack(int(seconds * 1000))
    cursor = connection.cursor()  # type: ignore[attr-defined]
    existing = {r[0] for r in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    repaired = 0
    for table in _SYNCED:
        if table not in existing:
            continue
        # A stamp beyond the bound is also beyond it in text form: filter in SQL, fix in Python.
        rows = cursor.execute(
            f'SELECT id, version, field_versions FROM "{table}" WHERE version > ? OR version < 0'
            " OR EXISTS (SELECT 1 FROM json_tree(field_versions) WHERE type = 'integer' AND"
            " (atom > ? OR atom < 0)) OR EXISTS (SELECT 1 FROM json_tree(field_versions) WHERE type = 'real')",
            (bound, bound),
        ).fetchall()
        for row_id, version, versions in rows:
            stamps = orjson.loads(versions) if versions else {}
            fixed = {k: _repair_stamp(v, bound, now) for k, v in stamps.items()} if isinstance(stamps, dict) else {}
            top = max([s[0] for s in fixed.values() if isinstance(s, list) and s] + [0])
            new_version = max(version if 0 <= version <= bound else now, int(top))
            cursor.execute(
                f'UPDATE "{table}" SET version = ?, field_versions = ? WHERE id = ?',
                (new_version, orjson.dumps(fixed).decode(), row_id),
            )
            repaired += 1
    if "change_log" in existing:
        cursor.execute("UPDATE change_log SET version = ? WHERE version > ? OR version < 0", (now, bound))
    return repaired


def upgrade() -> None:
    repair(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """Nothing to undo: the repaired stamps were unusable."""
