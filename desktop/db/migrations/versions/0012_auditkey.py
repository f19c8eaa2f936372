"""The audit chain keyed, and reveal_log folded into the audit log.

1. The unkeyed chain written so far is verified (SHA-256 links and the anchor); the result goes
   into the first keyed row, a "rechain" event, so what was checked at the switch is on record.
2. A random 32-byte key is stored in settings (`audit_key`, sealed with itself so its starting
   seq cannot be moved); from that seq on every row's hash is HMAC-SHA256 with the key.
3. reveal_log rows that have no matching "reveal" audit event (same user, client, field and
   reason) are appended as "reveal" events with their own time and reason; then the table goes.

The chain rules are written out here rather than imported: a migration must do tomorrow what it
did when it was released (docs/architecture.md §4.7).

Revision ID: 0012_auditkey
Revises: 0009_followups
Create Date: 2026-12-20 09:00:00
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections import Counter
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012_auditkey"
down_revision = "0009_followups"
branch_labels = None
depends_on = None

COLUMNS = ("seq", "at", "user_id", "username", "role", "action", "object_type", "object_id", "fields", "result")


def _content(row: dict[str, Any]) -> str:
    values = {key: row[key] for key in COLUMNS}
    values["user_id"] = row["user_id"] or ""
    values["fields"] = list(row["fields"] or [])
    values["reason"] = row["reason"]
    return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _link(prev: str, row: dict[str, Any], key: bytes | None) -> str:
    message = f"{prev}\n{_content(row)}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest() if key else hashlib.sha256(message).hexdigest()


def _setting(connection: sa.Connection, key: str) -> Any:
    value = connection.execute(sa.text("SELECT value FROM settings WHERE key = :k"), {"k": key}).scalar()
    return None if value is None else json.loads(value)


def _put(connection: sa.Connection, key: str, value: Any) -> None:
    connection.execute(
        sa.text("INSERT OR REPLACE INTO settings (key, value) VALUES (:k, :v)"), {"k": key, "v": json.dumps(value)}
    )


def _rows(connection: sa.Connection) -> list[dict[str, Any]]:
    rows = []
    for row in connection.execute(sa.text("SELECT * FROM audit_events ORDER BY seq")).mappings():
        row = dict(row)
        row["fields"] = json.loads(row["fields"]) if row["fields"] else []
        rows.append(row)
    return rows


def _verify(rows: list[dict[str, Any]], anchor: Any) -> tuple[int | None, str]:
    """(None, "") when the unkeyed chain is intact; else the first broken seq and the problem."""
    prev, expected = "", 1
    for row in rows:
        if row["seq"] != expected:
            return expected, "missing"
        if row["prev_hash"] != prev or _link(prev, row, None) != row["hash"]:
            return row["seq"], "content"
        prev, expected = row["hash"], expected + 1
    if rows and (not isinstance(anchor, dict) or anchor.get("seq") != rows[-1]["seq"] or anchor.get("hash") != prev):
        return rows[-1]["seq"], "anchor"
    return None, ""


def _append(connection: sa.Connection, row: dict[str, Any], prev: str, key: bytes) -> str:
    row = {**row, "prev_hash": prev}
    row["hash"] = _link(prev, row, key)
    connection.execute(
        sa.text(
            "INSERT INTO audit_events (seq, at, user_id, username, role, action, object_type, object_id, fields, "
            "result, reason, prev_hash, hash) VALUES (:seq, :at, :user_id, :username, :role, :action, :object_type, "
            ":object_id, :fields, :result, :reason, :prev_hash, :hash)"
        ),
        {**row, "fields": json.dumps(row["fields"])},
    )
    return str(row["hash"])


def _unmatched_reveals(connection: sa.Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    logged = Counter(
        (r["username"], r["object_id"], tuple(r["fields"]), r["reason"])
        for r in rows
        if r["action"] == "reveal" and r["object_type"] == "client"
    )
    moved = []
    for reveal in connection.execute(sa.text("SELECT * FROM reveal_log ORDER BY seq")).mappings():
        match = (reveal["username"], reveal["client_id"], (reveal["field"],), reveal["reason"])
        if logged[match] > 0:
            logged[match] -= 1
            continue
        moved.append(reveal)
    return [
        {
            "at": r["at"],
            "user_id": r["user_id"] or None,
            "username": r["username"],
            "role": r["role"],
            "action": "reveal",
            "object_type": "client",
            "object_id": r["client_id"],
            "fields": [r["field"]],
            "result": "ok",
            "reason": r["reason"],
        }
        for r in moved
    ]


def upgrade() -> None:
    connection = op.get_bind()
    rows = _rows(connection)
    broken, problem = _verify(rows, _setting(connection, "audit_head"))
    key = secrets.token_bytes(32)
    seq, prev = (rows[-1]["seq"], rows[-1]["hash"]) if rows else (0, "")
    from_seq = seq + 1
    now = connection.execute(sa.text("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")).scalar()
    now = f"{now[:-1]}000Z"  # SQLite gives milliseconds; stored times carry microseconds
    appended: list[dict[str, Any]] = []
    if rows:
        reason = (
            f"unkeyed chain 1-{seq} verified intact"
            if broken is None
            else f"unkeyed chain broken at {broken} ({problem})"
        )
        appended.append(
            {
                "at": now,
                "user_id": None,
                "username": "system",
                "role": "system",
                "action": "rechain",
                "object_type": "audit_log",
                "object_id": "",
                "fields": [],
                "result": "ok" if broken is None else "broken",
                "reason": reason,
            }
        )
    appended.extend(_unmatched_reveals(connection, rows))
    for offset, row in enumerate(appended, start=from_seq):
        prev = _append(connection, {**row, "seq": offset}, prev, key)
    seal = hmac.new(key, f"audit-keyed-from:{from_seq}".encode(), hashlib.sha256).hexdigest()
    _put(connection, "audit_key", {"key": key.hex(), "from_seq": from_seq, "seal": seal})
    if appended:
        _put(connection, "audit_head", {"seq": from_seq + len(appended) - 1, "hash": prev})
    with op.batch_alter_table("reveal_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reveal_log_client_id"))
    op.drop_table("reveal_log")


def downgrade() -> None:
    # Audit rows are append-only and stay; older code cannot check keyed rows, so it will report them.
    op.create_table(
        "reveal_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_reveal_log")),
    )
    with op.batch_alter_table("reveal_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reveal_log_client_id"), ["client_id"], unique=False)
