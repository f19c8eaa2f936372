"""Security: the audit log is append-only inside SQLite, and indexed for the viewer's filters.

Triggers refuse UPDATE and DELETE on audit_events, so no code path (and no casual SQL) can change
or remove an audit row; a deliberate attacker who drops the triggers is still caught by the hash
chain (`stationdesk audit verify`).

Revision ID: 0004_security
Revises: 0001_initial
Create Date: 2026-11-23 19:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0004_security"
down_revision = "0003_volunteers"
branch_labels = None
depends_on = None

TRIGGERS = {
    "audit_events_no_update": "UPDATE",
    "audit_events_no_delete": "DELETE",
}


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_username"), ["username"], unique=False)
    for name, event in TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON audit_events "
            "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
        )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_username"))
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))
