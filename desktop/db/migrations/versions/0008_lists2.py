"""list speed, second round: a caseworker's open drafts, open attendance

Revision ID: 0008_lists2
Revises: 0007_startspeed
Create Date: 2026-12-04 08:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_lists2"
down_revision = "0007_startspeed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client_schedule", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_schedule_cw_drafts", ["caseworker_id", "open_drafts", "client_id"], unique=False
        )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_open", ["id"], unique=False, sqlite_where=sa.text("check_out IS NULL"))


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_open")
    with op.batch_alter_table("client_schedule", schema=None) as batch_op:
        batch_op.drop_index("ix_client_schedule_cw_drafts")
