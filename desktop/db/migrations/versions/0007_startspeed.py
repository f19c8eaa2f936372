"""start-up and list speed: caseworker register, tombstone (live count) and dashboard order indexes

Revision ID: 0007_startspeed
Revises: 0006_sync
Create Date: 2026-12-04 07:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_startspeed"
down_revision = "0006_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index("ix_clients_caseworker_pinyin", ["caseworker_id", "name_pinyin", "id"], unique=False)
        batch_op.create_index("ix_clients_tombstones", ["id"], unique=False, sqlite_where=sa.text("deleted = 1"))
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index("ix_visits_tombstones", ["id"], unique=False, sqlite_where=sa.text("deleted = 1"))
    with op.batch_alter_table("client_schedule", schema=None) as batch_op:
        batch_op.create_index("ix_client_schedule_due_order", ["next_due", "client_id", "status"], unique=False)
        batch_op.create_index(
            "ix_client_schedule_cw_due_order", ["caseworker_id", "next_due", "client_id", "status"], unique=False
        )
        batch_op.create_index("ix_client_schedule_drafts", ["open_drafts", "caseworker_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("client_schedule", schema=None) as batch_op:
        batch_op.drop_index("ix_client_schedule_drafts")
        batch_op.drop_index("ix_client_schedule_cw_due_order")
        batch_op.drop_index("ix_client_schedule_due_order")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_tombstones")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_tombstones")
        batch_op.drop_index("ix_clients_caseworker_pinyin")
